import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

extension ColorChoice: ExpressibleByArgument {}

extension SubsidySpread: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {}

extension EncodingChoice: ExpressibleByArgument {}

extension CollectionTemplate.FileFormat: ExpressibleByArgument {}

/// `--date 2025-03-31`: a day written `YYYY-MM-DD`.
extension CalendarDay: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
