/// Whether a larger value of a criterion is better (`benefit`), worse (`cost`),
/// or best when closest to a target value (`target`).
public enum Direction: Sendable, Hashable, Codable {
    /// Larger is better (pymcdm type `1`).
    case benefit
    /// Smaller is better (pymcdm type `-1`).
    case cost
    /// Best at the given value; scored on the distance `|x − target|` as a cost.
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

/// How raw indicator values are mapped to comparable scales. See ``Normalization``.
public enum NormalizationMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// (x − min)/(max − min); cost (max − x)/(max − min).
    case minmax
    /// (x − mean)/s with the sample standard deviation (ddof = 1); cost negated.
    case zscore
    /// Linear between a per-column floor and ceiling, capped at 0 and 1.
    case goalposts
    /// Average rank, 1 = worst … n = best.
    case rank
    /// (rank − 1)/(n − 1) in [0, 1].
    case percentile
    /// x/‖x‖₂; cost 1 − x/‖x‖₂ (pymcdm).
    case vector
    /// x/max; cost 1 − x/max (pymcdm).
    case max
    /// x/Σx; cost (1/x)/Σ(1/x) (pymcdm).
    case sum
}

/// Objective and subjective weighting methods. See ``Weighting`` and ``AHP``.
public enum WeightingMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// 1/m for every criterion.
    case equal
    /// Shannon entropy of the column shares (``Weighting/entropy(_:)``).
    case entropy
    /// Contrast and conflict (``Weighting/critic(_:directions:variant:)``).
    case critic
    /// Standard deviation of the raw columns (``Weighting/standardDeviation(_:)``).
    case stddev
    /// Pairwise comparisons (``AHP``).
    case ahp
    /// Subjective and objective weights combined (``Weighting/combined(subjective:objective:rule:)``).
    case combined
}

/// How normalized values and weights are combined into one score. See ``Aggregation``.
public enum AggregationMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Σ w_j r_ij on a normalized matrix (``Aggregation/weightedSum(_:weights:)``).
    case weightedSum = "weighted_sum"
    /// Weighted geometric mean Π r_ij^w_j on a normalized matrix (``Aggregation/geometric(_:weights:epsilon:)``).
    case geometric
    /// TOPSIS closeness to the ideal (``Aggregation/topsis(_:weights:directions:normalization:)``).
    case topsis
    /// VIKOR compromise ranking, `Q` lower is better (``Aggregation/vikor(_:weights:directions:v:)``).
    case vikor
    /// pymcdm's weighted product model: sum normalization of the raw matrix, then Π r^w
    /// (``Aggregation/weightedProduct(_:weights:directions:)``).
    case wpm
}

/// What to do with outliers before normalization. See ``OutlierTreatment``.
public enum OutlierMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Leave the data as it is.
    case none
    /// COINr's rule: winsorise up to a limit while |skew| > 2 and kurtosis > 3.5, else log-transform.
    case winsorize
    /// Log-transform (COINr `log_CT`) the columns that fail the skew/kurtosis check.
    case log
}
