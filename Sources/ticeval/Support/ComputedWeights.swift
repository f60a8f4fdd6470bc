import ArgumentParser
import Foundation
import TICScoring

/// A weight vector and the warnings met computing it.
struct ComputedWeights: Sendable, Hashable {
    /// One weight per criterion.
    var weights: [Double]
    /// Constant columns, equal-weights fallback, …
    var warnings: [ScoringWarning]
}
