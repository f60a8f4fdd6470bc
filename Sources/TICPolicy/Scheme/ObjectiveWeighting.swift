import TICScoring

/// A weighting computed from the data themselves, one name per convention: the same names and the
/// same numbers as `ticeval weights --method` (Guides/Methods.md, "Weights").
public enum ObjectiveWeighting: String, Sendable, Hashable, Codable, CaseIterable {
    /// Shannon entropy weights as pymcdm 1.4.0 `entropy_weights`: more dispersion, more weight.
    case entropy
    /// SPSSAU's entropy method: a column holding a value ≤ 0 is first shifted by `|min| + 0.01`.
    case entropySPSSAU = "entropy:spssau"
    /// CRITIC (Diakoulaki et al. 1995) as pymcdm 1.4.0 `critic_weights`: contrast times conflict
    /// with the other criteria, on min-max of every column taken as a benefit.
    case critic
    /// CRITIC as scikit-criteria 0.10 `CRITIC`: the cost columns inverted before min-max.
    case criticInvertedCost = "critic:inverted-cost"
    /// Weights proportional to the standard deviation of the values.
    case stddev

    /// The `TICScoring` method family (`entropy:spssau` is an entropy method, `critic:inverted-cost`
    /// a CRITIC one).
    public var method: WeightingMethod {
        switch self {
        case .entropy, .entropySPSSAU: .entropy
        case .critic, .criticInvertedCost: .critic
        case .stddev: .stddev
        }
    }

    /// Whether the formula reads the criteria's directions (only `critic:inverted-cost` does).
    public var usesDirections: Bool { self == .criticInvertedCost }

    /// The weights of `matrix` under this convention: the one call that both a scheme and
    /// `ticeval weights` make.
    /// - Parameter directions: one per column, read by `critic:inverted-cost` only. A scheme's
    ///   values are already oriented (higher is better), so it passes every column as a benefit and
    ///   its `critic:inverted-cost` equals its `critic`.
    /// - Throws: `ScoringError` (a negative value for `entropy`, a non-finite value).
    public func weigh(_ matrix: Matrix, directions: [Direction]) throws(ScoringError) -> WeightingResult {
        switch self {
        case .entropy: try Weighting.entropy(matrix)
        case .entropySPSSAU: try Weighting.entropySPSSAU(matrix)
        case .critic: try Weighting.critic(matrix, directions: directions, variant: .pymcdm)
        case .criticInvertedCost: try Weighting.critic(matrix, directions: directions, variant: .invertCost)
        case .stddev: try Weighting.standardDeviation(matrix)
        }
    }
}
