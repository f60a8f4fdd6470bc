import ArgumentParser
import TICIngest
import TICScoring

/// `--method` of `ticeval ahp`.
enum AHPMethodChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Principal right eigenvector (Saaty 1980).
    case eigenvector
    /// Normalized row geometric means (Crawford & Williams 1985).
    case geometric

    /// The TICScoring method.
    var method: AHPPriorityMethod { self == .eigenvector ? .eigenvector : .geometricMean }
}
