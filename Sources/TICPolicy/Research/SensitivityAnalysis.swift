import TICIngest
import TICScoring
import TICSupport

/// Sobol indices of the factors of an uncertainty analysis on the ranks (``Sobol``), as COINr's
/// `get_sensitivity(SA_type = "SA")` reports them.
///
/// Factors: one per weight (dimension or criterion), then `normalization` and `aggregation` when
/// more than one is listed. Each factor is an independent input of the Saltelli design:
/// - weight j, Dirichlet: G_j ~ Γ(c·w_j, 1) and w' = G/ΣG (the Dirichlet's gamma representation,
///   so the inputs are independent and the weight vector has exactly the Dirichlet law);
/// - weight j, uniform ±f: U_j ~ U(0, 1), w'_j ∝ w_j(1 + f(2U_j − 1));
/// - a choice among K options: U ~ U(0, 1), option ⌊U·K⌋ (COINr's discrete factors).
/// Base rows r of A and B are drawn from `Xoshiro256StarStar(seed: seed, stream: 2⁴⁸ + r)`.
///
/// Outputs: every alternative's rank (per-alternative indices) and COINr's target, the mean over
/// alternatives of |rank − nominal rank| (``UncertaintyResult/Sensitivity/meanAbsoluteRankChange``).
/// An alternative whose rank never changes has variance 0 and undefined (NaN) indices.
enum SensitivityAnalysis {
    static func run(_ problem: UncertaintyAnalysis.Problem, settings: UncertaintySettings, nominalRanks: [Int],
                    progress: UncertaintyAnalysis.Progress?) -> UncertaintyResult.Sensitivity {
        let m = problem.nominalWeights.count
        let normalizationCount = settings.normalizations.count, aggregationCount = settings.aggregations.count
        let imputationCount = problem.mode == "workspace" ? settings.imputations.count : 1
        var factors = problem.factors
        if normalizationCount > 1 { factors.append("normalization") }
        if imputationCount > 1 { factors.append("imputation") }
        if aggregationCount > 1 { factors.append("aggregation") }
        let d = factors.count
        let n = settings.samples, alternatives = problem.ids.count
        let runs = n * (d + 2)
        let sampler = SaltelliWeightSampler(nominal: problem.nominalWeights, perturbation: settings.perturbation,
                                            seed: settings.seed, baseSamples: n, factors: d, weights: m,
                                            normalizations: normalizationCount, imputations: imputationCount,
                                            aggregations: aggregationCount)
        let keepRanks = alternatives * runs <= settings.perAlternativeSensitivityLimit
        let recorder = RankRecorder(alternatives: alternatives, runs: runs, nominal: nominalRanks, keepRanks: keepRanks)
        _ = MonteCarlo.rankDistribution(scenarios: problem.scenarios, nominalWeights: problem.nominalWeights, sampler: sampler,
                                        samples: runs, blockSize: settings.blockSize, threads: settings.threads,
                                        observer: recorder, progress: progress.map { p in { p($0, runs) } })
        var rng = Xoshiro256StarStar(seed: settings.seed, stream: 1 << 56)
        let overall = Sobol.indices(outputs: recorder.meanChanges, baseSamples: n, factors: d, bootstrap: settings.bootstrap, using: &rng)
        var perAlternative: [UncertaintyResult.Sensitivity.AlternativeIndices]?
        if keepRanks {
            perAlternative = (0..<alternatives).map { i in
                var generator = Xoshiro256StarStar(seed: settings.seed, stream: (1 << 56) + 1 + UInt64(i))
                return .init(id: problem.ids[i], indices: Sobol.indices(outputs: recorder.ranks(of: i), baseSamples: n, factors: d,
                                                                         bootstrap: settings.bootstrap, using: &generator))
            }
        }
        return .init(factors: factors, baseSamples: n, runs: runs, bootstrap: settings.bootstrap,
                     meanAbsoluteRankChange: overall, alternatives: perAlternative)
    }
}

/// The runs of the Saltelli design as weight samples (see ``SensitivityAnalysis``).
struct SaltelliWeightSampler: WeightSampler {
    let nominal: [Double]
    let perturbation: WeightPerturbation
    let seed: UInt64
    let baseSamples: Int
    let factors: Int
    let weights: Int
    let normalizations: Int
    let imputations: Int
    let aggregations: Int

    var criteria: Int { weights }
    var scenarioCount: Int { normalizations * imputations * aggregations }

    /// The k inputs of base row r of A (first) or B.
    func inputs(row: Int, fromB: Bool) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed, stream: (1 << 48) + UInt64(row))
        var a = [Double](), b = [Double]()
        for matrix in 0..<2 {
            var x = [Double]()
            for f in 0..<factors {
                if f < weights, case .dirichlet(let c) = perturbation {
                    let alpha = c * nominal[f]
                    x.append(alpha > 0 ? rng.nextGamma(shape: alpha, scale: 1) : 0)
                } else {
                    x.append(rng.nextUnitInterval())
                }
            }
            if matrix == 0 { a = x } else { b = x }
        }
        return fromB ? b : a
    }

    func draw(sample index: Int, into w: UnsafeMutableBufferPointer<Double>) -> Int {
        let (row, swapped, fromB) = Sobol.designRow(index, baseSamples: baseSamples)
        var x = inputs(row: row, fromB: fromB)
        if let i = swapped { x[i] = inputs(row: row, fromB: true)[i] }
        var total = 0.0
        for j in 0..<weights {
            switch perturbation {
            case .dirichlet: w[j] = x[j]
            case .uniform(let f): w[j] = nominal[j] * (1 + f * (2 * x[j] - 1))
            }
            total += w[j]
        }
        for j in 0..<weights { w[j] = total > 0 ? w[j] / total : nominal[j] }
        var k = weights
        var normalization = 0, imputation = 0, aggregation = 0
        if normalizations > 1 { normalization = min(Int(x[k] * Double(normalizations)), normalizations - 1); k += 1 }
        if imputations > 1 { imputation = min(Int(x[k] * Double(imputations)), imputations - 1); k += 1 }
        if aggregations > 1 { aggregation = min(Int(x[k] * Double(aggregations)), aggregations - 1) }
        return (normalization * imputations + imputation) * aggregations + aggregation
    }
}

/// Keeps every run's ranks (optional) and the mean absolute rank change per run; runs are written
/// by exactly one worker each, so no locking is needed.
final class RankRecorder: MonteCarloObserver, @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Int32>?
    private let changes: UnsafeMutablePointer<Double>
    private let alternatives: Int
    private let runs: Int
    private let nominal: [Int]

    init(alternatives: Int, runs: Int, nominal: [Int], keepRanks: Bool) {
        self.alternatives = alternatives
        self.runs = runs
        self.nominal = nominal
        storage = keepRanks ? .allocate(capacity: alternatives * runs) : nil
        changes = .allocate(capacity: runs)
        changes.initialize(repeating: 0, count: runs)
    }

    deinit {
        storage?.deallocate()
        changes.deallocate()
    }

    func observe(worker: Int, sample: Int, scenario: Int, scores: UnsafeBufferPointer<Double>, ranks: UnsafeBufferPointer<Int32>) {
        var total = 0
        for i in 0..<alternatives {
            total += abs(Int(ranks[i]) - nominal[i])
            storage?[i * runs + sample] = ranks[i]
        }
        changes[sample] = Double(total) / Double(alternatives)
    }

    var meanChanges: [Double] { Array(UnsafeBufferPointer(start: changes, count: runs)) }

    func ranks(of alternative: Int) -> [Double] {
        guard let storage else { return [] }
        return (0..<runs).map { Double(storage[alternative * runs + $0]) }
    }
}
