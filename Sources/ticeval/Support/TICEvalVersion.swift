import ArgumentParser
import Foundation
import TICIngest

enum TICEvalVersion {
    static let string = "0.1.0"
}
