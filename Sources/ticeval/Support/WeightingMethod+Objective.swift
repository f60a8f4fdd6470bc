import TICScoring

extension WeightingMethod {
    /// Weights of `matrix` with the defaults of pymcdm 1.4.0 (``ObjectiveWeightsMethod``'s
    /// `entropy`, `critic`, `stddev`, `equal`).
    /// - Parameters:
    ///   - directions: used only by CRITIC with `criticInvertsCost`.
    ///   - criticInvertsCost: scikit-criteria 0.10's CRITIC (`critic:inverted-cost`).
    /// - Precondition: the method is one of ``objective`` (parsing offers no other).
    /// - Throws: `ScoringError` (a negative value for entropy, a non-finite value).
    func weigh(_ matrix: Matrix, directions: [Direction], criticInvertsCost: Bool) throws(ScoringError) -> ComputedWeights {
        let named: ObjectiveWeightsMethod
        switch self {
        case .entropy: named = .entropy
        case .critic: named = criticInvertsCost ? .criticInvertedCost : .critic
        case .stddev: named = .stddev
        case .equal: named = .equal
        case .ahp, .combined: preconditionFailure("\(rawValue) is not an objective weighting of a decision matrix")
        }
        return try named.weigh(matrix, directions: directions)
    }
}
