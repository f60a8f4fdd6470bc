import TICScoring

/// A weighting computed from the data themselves.
public enum ObjectiveWeighting: String, Sendable, Hashable, Codable, CaseIterable {
    /// Shannon entropy weights: more dispersion, more weight.
    case entropy
    /// CRITIC (Diakoulaki et al. 1995): contrast times conflict with the other criteria.
    case critic
    /// Weights proportional to the standard deviation of the normalized values.
    case stddev

    /// The `TICScoring` method.
    public var method: WeightingMethod {
        switch self {
        case .entropy: .entropy
        case .critic: .critic
        case .stddev: .stddev
        }
    }
}
