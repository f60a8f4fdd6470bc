import TICIngest
import TICScoring

/// The outcome of ``UncertaintyAnalysis``: rank statistics per alternative (center), grade
/// probabilities in workspace mode, and optionally Sobol indices.
///
/// Conventions: ranks are competition ranks per sample (1 = best, ties share the best rank);
/// percentiles are numpy's default `linear` (Hyndman & Fan type 7) over the N sampled ranks.
public struct UncertaintyResult: Sendable, Codable {
    /// Rank statistics of one alternative.
    public struct Alternative: Sendable, Codable, Hashable {
        /// Id (center id, or the matrix's first column).
        public var id: String
        /// Display name (center name; the id in research mode).
        public var name: String
        /// Rank under the nominal weights, normalization and aggregation.
        public var nominalRank: Int
        /// Mean rank.
        public var meanRank: Double
        /// Median rank (linear 0.5-quantile).
        public var medianRank: Double
        /// 5th percentile rank.
        public var p5Rank: Double
        /// 95th percentile rank.
        public var p95Rank: Double
        /// P(rank ≤ top_k).
        public var pTopK: Double
        /// P(rank = 1).
        public var pRank1: Double
        /// Mean |rank − nominal rank|.
        public var meanAbsoluteShift: Double
        /// Grade under the nominal evaluation (workspace mode).
        public var nominalGrade: Grade?
        /// P(grade) with the scheme's cut-offs, quotas, ties and vetoes applied to every sample
        /// (workspace mode), in the order excellent, good, qualified, unqualified.
        public var gradeProbabilities: GradeProbabilities?
    }

    /// Probability of each grade.
    public struct GradeProbabilities: Sendable, Codable, Hashable {
        public var excellent: Double
        public var good: Double
        public var qualified: Double
        public var unqualified: Double
    }

    /// Sobol indices on the ranks.
    public struct Sensitivity: Sendable, Codable {
        /// Indices of one alternative's rank.
        public struct AlternativeIndices: Sendable, Codable {
            public var id: String
            public var indices: SobolIndices
        }
        /// Factor names (dimension or criterion weights, then `normalization`, `aggregation`).
        public var factors: [String]
        /// Base sample N; the design has N(d+2) runs.
        public var baseSamples: Int
        /// Runs N(d+2).
        public var runs: Int
        /// Bootstrap resamples.
        public var bootstrap: Int
        /// Indices on COINr's target: the mean over alternatives of |rank − nominal rank|.
        public var meanAbsoluteRankChange: SobolIndices
        /// Indices per alternative on its rank (nil when n·N(d+2) exceeds the memory limit).
        public var alternatives: [AlternativeIndices]?
    }

    /// What was varied: a workspace's dimension weights or a decision matrix's criterion weights.
    public var mode: UncertaintyMode
    /// Samples N.
    public var samples: Int
    /// Seed.
    public var seed: UInt64
    /// `dirichlet:c` or `uniform:f`.
    public var perturbation: String
    /// The normalizations varied (first = nominal).
    public var normalizations: [String]
    /// The missing-data policies varied (first = nominal; `scheme` = the scheme's own).
    public var imputations: [String] = ["scheme"]
    /// The aggregations varied (first = nominal).
    public var aggregations: [String]
    /// k of `p_top_k`.
    public var topK: Int
    /// What is weighted: dimension codes (workspace) or criteria (research).
    public var factors: [String]
    /// Nominal weights (sum 1).
    public var nominalWeights: [Double]
    /// Mean |rank − nominal rank| over alternatives and samples.
    public var meanAbsoluteRankShift: Double
    /// Rank conventions, for readers of the JSON.
    public var rankConvention: String = "competition ranks per sample (1 = best; ties share the best rank)"
    /// Percentile definition.
    public var percentileDefinition: String = "numpy linear (Hyndman & Fan 1996 type 7)"
    /// Per alternative, in nominal rank order (ties by input order).
    public var alternatives: [Alternative]
    /// Sobol indices, when asked for.
    public var sensitivity: Sensitivity?
    /// What makes part of the output uninformative (e.g. a single weight that cannot vary).
    public var warnings: [UncertaintyWarning] = []
    /// The tool, command line, seed and input hashes (set by the command that writes the result).
    public var run: RunRecord?
}
