/// Whether a larger value of a criterion is better (`benefit`), worse (`cost`),
/// or best when closest to a target value (`target`).
public enum Direction: Sendable, Hashable, Codable {
    case benefit
    case cost
    case target(Double)

    /// `+1` for benefit, `-1` for cost, `0` for target: pymcdm's `types` convention.
    public var sign: Int {
        switch self {
        case .benefit: return 1
        case .cost: return -1
        case .target: return 0
        }
    }
}

/// How raw indicator values are mapped to comparable scales. See README "Methods".
public enum NormalizationMethod: String, Sendable, Hashable, Codable, CaseIterable {
    case minmax, zscore, goalposts, rank, percentile, vector, max, sum
}

/// Objective and subjective weighting methods.
public enum WeightingMethod: String, Sendable, Hashable, Codable, CaseIterable {
    case equal, entropy, critic, stddev, ahp, combined
}

/// How normalized values and weights are combined into one score.
public enum AggregationMethod: String, Sendable, Hashable, Codable, CaseIterable {
    case weightedSum = "weighted_sum"
    case geometric
    case topsis
    case vikor
}
