import ArgumentParser
import TICScoring

/// The aggregation methods of `ticeval mcda`, each with pymcdm 1.4.0's default normalization.
enum MCDAMethod: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Weighted sum of a normalized matrix (pymcdm 1.4.0 `WSM`: sum normalization by default).
    case wsm
    /// Weighted product of the sum-normalized matrix (pymcdm `WPM`); values must be > 0.
    case wpm
    /// Closeness to the ideal (pymcdm `TOPSIS`, min-max by default; `vector` = Hwang & Yoon).
    case topsis
    /// Compromise index `Q`, lower is better (pymcdm `VIKOR`, no normalization).
    case vikor

    /// The normalizations `--normalization` may choose for this method (empty: the option is rejected).
    var allowedNormalizations: [NormalizationMethod] {
        switch self {
        case .wsm: return NormalizationMethod.pymcdm
        case .wpm: return [.sum]
        case .topsis: return [.minmax, .vector]
        case .vikor: return []
        }
    }

    /// The normalization used when `--normalization` is not given; `nil` when the method has none.
    var defaultNormalization: NormalizationMethod? {
        switch self {
        case .topsis: return .minmax
        case .wsm, .wpm: return .sum
        case .vikor: return nil
        }
    }

    /// Which end of the score is best: VIKOR's `Q` is lower-is-better, the others higher-is-better.
    var order: RankOrder { self == .vikor ? .lowerIsBetter : .higherIsBetter }
}
