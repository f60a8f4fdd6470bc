import TICScoring
import TICIngest
import TICSupport

/// What an uncertainty (and sensitivity) analysis varies and how much work it does.
public struct UncertaintySettings: Sendable, Hashable {
    /// Monte Carlo samples N (also the base sample of the Sobol design).
    public var samples: Int
    /// Seed: sample i uses `Xoshiro256StarStar(seed: seed, stream: i)`.
    public var seed: UInt64
    /// How the weights are perturbed.
    public var perturbation: WeightPerturbation
    /// Normalizations each sample chooses from uniformly (the first is nominal). `nil` stands for
    /// the scheme's own per-indicator normalizations (workspace mode) or min-max (research mode);
    /// a listed method replaces every indicator's normalization.
    public var normalizations: [NormalizationMethod?]
    /// Missing-data policies each sample chooses from uniformly (workspace mode; the first is
    /// nominal). `nil` stands for the scheme's own per-indicator policies; a listed policy replaces
    /// every indicator's.
    public var imputations: [MissingDataPolicy?]
    /// Aggregations each sample chooses from uniformly (first is nominal): every method `ticeval mcda`
    /// has (`weighted_sum`, `geometric`, `topsis`, `vikor`, `wpm`). `nil` stands for the scheme's own
    /// aggregation (workspace mode) or the weighted sum (research mode). In workspace mode a method
    /// other than the weighted sum aggregates the indicators as `evaluate` would with that method.
    public var aggregations: [AggregationMethod?]
    /// VIKOR's `v` in research mode (the scheme's own `v` in workspace mode).
    public var vikorWeight: Double
    /// k of P(rank ≤ k).
    public var topK: Int
    /// Samples per BLAS product.
    public var blockSize: Int
    /// Worker threads (default: the machine's active processors, ``MonteCarlo/defaultThreads``);
    /// results do not depend on it.
    public var threads: Int
    /// Also estimate Sobol indices (N(d+2) more runs).
    public var sensitivity: Bool
    /// Bootstrap resamples for the Sobol intervals.
    public var bootstrap: Int
    /// Keep per-alternative Sobol indices only while n × N(d+2) stays below this many cells
    /// (4 bytes each); above it only the average target (mean absolute rank change) is analysed.
    public var perAlternativeSensitivityLimit: Int

    public init(samples: Int = 1_000, seed: UInt64 = 1, perturbation: WeightPerturbation = .dirichlet(concentration: 100),
                normalizations: [NormalizationMethod?] = [nil], imputations: [MissingDataPolicy?] = [nil],
                aggregations: [AggregationMethod?] = [nil], vikorWeight: Double = Aggregation.defaultVIKORWeight,
                topK: Int = 10, blockSize: Int = 256, threads: Int = MonteCarlo.defaultThreads, sensitivity: Bool = false, bootstrap: Int = 200,
                perAlternativeSensitivityLimit: Int = 50_000_000) {
        self.samples = samples
        self.seed = seed
        self.perturbation = perturbation
        self.normalizations = normalizations
        self.imputations = imputations
        self.aggregations = aggregations
        self.vikorWeight = vikorWeight
        self.topK = topK
        self.blockSize = blockSize
        self.threads = threads
        self.sensitivity = sensitivity
        self.bootstrap = bootstrap
        self.perAlternativeSensitivityLimit = perAlternativeSensitivityLimit
    }
}
