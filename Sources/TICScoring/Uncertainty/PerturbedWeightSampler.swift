import TICSupport

/// Weight samples around nominal weights (``WeightPerturbation``), plus a uniformly drawn scenario
/// (normalization × aggregation choice) when there are several.
///
/// Sample i uses its own generator `Xoshiro256StarStar(seed: seed, stream: i)`, so a sample does
/// not depend on the block size, the number of threads or the other samples. Within a sample the
/// draws are, in order: the m weight draws, then the scenario (only when `scenarioCount > 1`).
public struct PerturbedWeightSampler: WeightSampler {
    /// Nominal weights, normalized to sum 1.
    public let nominal: [Double]
    /// The perturbation.
    public let perturbation: WeightPerturbation
    /// The seed.
    public let seed: UInt64
    /// Number of scenarios a sample chooses from, uniformly.
    public let scenarioCount: Int

    /// - Precondition: weights are finite and ≥ 0 with a positive sum; `scenarioCount ≥ 1`.
    public init(nominal: [Double], perturbation: WeightPerturbation, seed: UInt64, scenarioCount: Int = 1) {
        let total = nominal.reduce(0, +)
        precondition(total > 0 && nominal.allSatisfy { $0 >= 0 && $0.isFinite }, "PerturbedWeightSampler: weights must be ≥ 0 with a positive sum")
        precondition(scenarioCount >= 1, "PerturbedWeightSampler: scenarioCount ≥ 1")
        self.nominal = nominal.map { $0 / total }
        self.perturbation = perturbation
        self.seed = seed
        self.scenarioCount = scenarioCount
    }

    public var criteria: Int { nominal.count }

    public func draw(sample index: Int, into weights: UnsafeMutableBufferPointer<Double>) -> Int {
        var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(index))
        Self.perturb(nominal, perturbation, into: weights, using: &rng)
        return scenarioCount > 1 ? rng.nextInt(below: scenarioCount) : 0
    }

    /// One perturbed weight vector (sum 1).
    static func perturb(_ nominal: [Double], _ perturbation: WeightPerturbation,
                        into weights: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) {
        let m = nominal.count
        var total = 0.0
        switch perturbation {
        case .dirichlet(let c):
            for j in 0..<m {
                let alpha = c * nominal[j]
                let g = alpha > 0 ? rng.nextGamma(shape: alpha, scale: 1) : 0
                weights[j] = g
                total += g
            }
        case .uniform(let f):
            for j in 0..<m {
                let w = nominal[j] * (1 + f * (2 * rng.nextUnitInterval() - 1))
                weights[j] = w
                total += w
            }
        }
        if total > 0 {
            for j in 0..<m { weights[j] /= total }
        } else {
            for j in 0..<m { weights[j] = nominal[j] }  // every gamma underflowed: keep nominal
        }
    }
}
