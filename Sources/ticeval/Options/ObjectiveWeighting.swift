import ArgumentParser
import Foundation
import TICScoring

/// The objective weighting methods of `ticeval weights` and `ticeval mcda --weights`, with the
/// defaults of pymcdm 1.4.0: entropy and standard deviation on the raw matrix, CRITIC on min-max of
/// every column as benefit (scikit-criteria's cost inversion on request).
enum ObjectiveWeighting: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Shannon entropy of `p = x/Σx`, `0·ln 0 = 0`; negative values are rejected.
    case entropy
    /// Criteria importance through intercriteria correlation.
    case critic
    /// Sample standard deviation (ddof = 1) of the raw columns.
    case stddev
    /// `1/m` for every criterion.
    case equal

    /// Weights of `matrix`.
    /// - Parameters:
    ///   - directions: used only by CRITIC with `criticInvertsCost`.
    ///   - criticInvertsCost: scikit-criteria 0.10's CRITIC, cost columns as `(max − x)/(max − min)`.
    /// - Throws: `ScoringError` (a negative value for entropy, a non-finite value).
    func weigh(_ matrix: Matrix, directions: [Direction], criticInvertsCost: Bool) throws(ScoringError) -> ComputedWeights {
        let result: WeightingResult
        switch self {
        case .entropy: result = try Weighting.entropy(matrix)
        case .critic:
            result = try Weighting.critic(matrix, directions: directions, variant: criticInvertsCost ? .invertCost : .pymcdm)
        case .stddev: result = try Weighting.standardDeviation(matrix)
        case .equal: return ComputedWeights(weights: Weighting.equal(count: matrix.columns), warnings: [])
        }
        return ComputedWeights(weights: result.weights, warnings: result.warnings)
    }
}
