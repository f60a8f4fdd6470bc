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
    var allowedNormalizations: [MCDANormalization] {
        switch self {
        case .wsm: return MCDANormalization.allCases
        case .wpm: return [.sum]
        case .topsis: return [.minmax, .vector]
        case .vikor: return []
        }
    }

    /// The normalization used when `--normalization` is not given; `nil` when the method has none.
    var defaultNormalization: MCDANormalization? {
        switch self {
        case .topsis: return .minmax
        case .wsm, .wpm: return .sum
        case .vikor: return nil
        }
    }

    /// Which end of the score is best: VIKOR's `Q` is lower-is-better, the others higher-is-better.
    var order: RankOrder { self == .vikor ? .lowerIsBetter : .higherIsBetter }
}

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

/// Scores of every alternative under one method, with the rank order and the warnings met.
struct MCDAScores: Sendable {
    /// One score per alternative (VIKOR: `Q`).
    var scores: [Double]
    /// Competition ranks, 1 = best.
    var ranks: [Int]
    /// The normalization used, if any.
    var normalization: MCDANormalization?
    /// Constant columns and the like.
    var warnings: [ScoringWarning]

    /// Scores `matrix` with `method`.
    /// - Parameters:
    ///   - normalization: `nil` for the method's default; must be one of its allowed ones.
    ///   - v: VIKOR's weight of the group utility.
    /// - Throws: `ScoringError` (e.g. a value ≤ 0 for WPM).
    init(_ matrix: Matrix, method: MCDAMethod, weights: [Double], directions: [Direction],
         normalization: MCDANormalization?, v: Double) throws(ScoringError) {
        let chosen = normalization ?? method.defaultNormalization
        switch method {
        case .wsm:
            let normalized = try Normalization.normalize(matrix, method: (chosen ?? .sum).method, directions: directions)
            scores = try Aggregation.weightedSum(normalized.matrix, weights: weights)
            warnings = normalized.warnings
        case .wpm:
            let result = try Aggregation.weightedProduct(matrix, weights: weights, directions: directions)
            scores = result.scores
            warnings = result.warnings
        case .topsis:
            let result = try Aggregation.topsis(matrix, weights: weights, directions: directions,
                                                normalization: chosen == .vector ? .vector : .minmax)
            scores = result.closeness
            warnings = result.warnings
        case .vikor:
            let result = try Aggregation.vikor(matrix, weights: weights, directions: directions, v: v)
            scores = result.q
            warnings = result.warnings
        }
        self.normalization = chosen
        ranks = Ranking.competitionRanks(scores, order: method.order)
    }
}
