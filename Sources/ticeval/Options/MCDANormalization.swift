import ArgumentParser
import TICScoring

/// `--normalization` of `ticeval mcda`: pymcdm 1.4.0's normalizations, cost columns included.
enum MCDANormalization: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// (x − min)/(max − min); cost (max − x)/(max − min).
    case minmax
    /// x/‖x‖₂; cost 1 − x/‖x‖₂ (TOPSIS: Hwang & Yoon's vector normalization).
    case vector
    /// x/max; cost 1 − x/max.
    case max
    /// x/Σx; cost (1/x)/Σ(1/x).
    case sum
    /// (x − mean)/s (ddof = 1); cost negated.
    case zscore

    /// The TICScoring method.
    var method: NormalizationMethod {
        switch self {
        case .minmax: return .minmax
        case .vector: return .vector
        case .max: return .max
        case .sum: return .sum
        case .zscore: return .zscore
        }
    }
}
