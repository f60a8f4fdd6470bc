import TICIngest
import TICScoring

/// The weights and the scores of one MCDA method on a decision matrix: the one path `ticeval mcda`
/// and each `ticeval compare --method` spec take, so a spec ranks exactly as the same `mcda` options.
struct MCDAOutcome: Sendable {
    /// One weight per criterion.
    let weights: [Double]
    /// Scores, ranks and the aggregation's warnings.
    let scores: MCDAScores
    /// The weighting's warnings.
    let weightWarnings: [ScoringWarning]

    /// Weighs and scores `input`; a value a step cannot take ends the command with a failure at its
    /// cell that names the steps that reject it (status 1).
    /// - Parameters:
    ///   - choice: the weights as chosen (for the requirements named in a failure).
    ///   - v: VIKOR's weight of the group utility.
    init(_ input: DecisionMatrixInput, method: MCDAMethod, weights: CriterionWeights, directions: [Direction],
         normalization: NormalizationMethod?, v: Double, criticInvertsCost: Bool = false) throws(CommandFailure) {
        do {
            let resolved = try weights.compute(input.matrix, directions: directions, criticInvertsCost: criticInvertsCost)
            self.scores = try MCDAScores(input.matrix, method: method, weights: resolved.weights, directions: directions,
                                         normalization: normalization, v: v)
            self.weights = resolved.weights
            self.weightWarnings = resolved.warnings
        } catch {
            let requirements = ValueRequirements.mcda(weights: weights.choice, method: method, normalization: normalization,
                                                      directions: directions)
            throw input.failure(error, requirements: requirements)
        }
    }
}
