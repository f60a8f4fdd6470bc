import TICScoring

extension WeightingMethod {
    /// Weights of `matrix` with the defaults of pymcdm 1.4.0: entropy of `p = x/Σx` with
    /// `0·ln 0 = 0` (negative values are rejected) and the sample standard deviation (ddof = 1) on
    /// the raw matrix, CRITIC on min-max of every column as benefit, `1/m` for `equal`.
    /// - Parameters:
    ///   - directions: used only by CRITIC with `criticInvertsCost`.
    ///   - criticInvertsCost: scikit-criteria 0.10's CRITIC, cost columns as `(max − x)/(max − min)`.
    /// - Precondition: the method is one of ``objective`` (parsing offers no other).
    /// - Throws: `ScoringError` (a negative value for entropy, a non-finite value).
    func weigh(_ matrix: Matrix, directions: [Direction], criticInvertsCost: Bool) throws(ScoringError) -> ComputedWeights {
        let result: WeightingResult
        switch self {
        case .entropy: result = try Weighting.entropy(matrix)
        case .critic:
            result = try Weighting.critic(matrix, directions: directions, variant: criticInvertsCost ? .invertCost : .pymcdm)
        case .stddev: result = try Weighting.standardDeviation(matrix)
        case .equal: return ComputedWeights(weights: Weighting.equal(count: matrix.columns), warnings: [])
        case .ahp, .combined: preconditionFailure("\(rawValue) is not an objective weighting of a decision matrix")
        }
        return ComputedWeights(weights: result.weights, warnings: result.warnings)
    }
}
