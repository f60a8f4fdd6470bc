import ArgumentParser
import TICScoring

/// Scores of every alternative under one method, with the rank order and the warnings met.
struct MCDAScores: Sendable {
    /// One score per alternative (VIKOR: `Q`).
    var scores: [Double]
    /// Competition ranks, 1 = best.
    var ranks: [Int]
    /// The normalization used, if any.
    var normalization: NormalizationMethod?
    /// Constant columns and the like.
    var warnings: [ScoringWarning]

    /// Scores `matrix` with `method`.
    /// - Parameters:
    ///   - normalization: `nil` for the method's default; must be one of its allowed ones.
    ///   - v: VIKOR's weight of the group utility.
    /// - Throws: `ScoringError` (e.g. a value ≤ 0 for WPM).
    init(_ matrix: Matrix, method: MCDAMethod, weights: [Double], directions: [Direction],
         normalization: NormalizationMethod?, v: Double) throws(ScoringError) {
        let chosen = normalization ?? method.defaultNormalization
        switch method {
        case .wsm:
            let normalized = try Normalization.normalize(matrix, method: chosen ?? .sum, directions: directions)
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
