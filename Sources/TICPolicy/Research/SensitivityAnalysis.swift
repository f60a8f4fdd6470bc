import TICIngest
import TICScoring
import TICSupport

/// Sobol indices of the factors of an uncertainty analysis on the ranks (``Sobol``), as COINr's
/// `get_sensitivity(SA_type = "SA")` reports them.
///
/// Factors: one per weight (dimension or criterion), then `normalization`, `imputation` and
/// `aggregation` when more than one is listed; the design and its inputs are
/// ``SaltelliWeightSampler``'s.
///
/// Outputs: every alternative's rank (per-alternative indices) and COINr's target, the mean over
/// alternatives of |rank − nominal rank| (``UncertaintyResult/Sensitivity/meanAbsoluteRankChange``).
/// An alternative whose rank never changes has variance 0 and undefined (NaN) indices.
enum SensitivityAnalysis {
    static func run(_ problem: UncertaintyAnalysis.Problem, settings: UncertaintySettings, nominalRanks: [Int],
                    progress: UncertaintyAnalysis.Progress?) throws(ScoringError) -> UncertaintyResult.Sensitivity {
        let normalizationCount = settings.normalizations.count, aggregationCount = settings.aggregations.count
        let imputationCount = problem.mode == .workspace ? settings.imputations.count : 1
        var factors = problem.factors
        if normalizationCount > 1 { factors.append("normalization") }
        if imputationCount > 1 { factors.append("imputation") }
        if aggregationCount > 1 { factors.append("aggregation") }
        let n = settings.samples, alternatives = problem.ids.count
        let sampler = SaltelliWeightSampler(nominal: problem.nominalWeights, perturbation: settings.perturbation,
                                            seed: settings.seed, baseSamples: n,
                                            choices: [normalizationCount, imputationCount, aggregationCount])
        let d = sampler.factors, runs = sampler.runs
        precondition(d == factors.count, "SensitivityAnalysis: \(factors.count) factor names for \(d) factors")
        let keepRanks = alternatives * runs <= settings.perAlternativeSensitivityLimit
        let recorder = try RankRecorder(alternatives: alternatives, runs: runs, nominal: nominalRanks, keepRanks: keepRanks)
        _ = try MonteCarlo.rankDistribution(scenarios: problem.scenarios, nominalWeights: problem.nominalWeights, sampler: sampler,
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

/// Keeps every run's ranks (optional) and the mean absolute rank change per run; runs are written
/// by exactly one worker each, so no locking is needed.
final class RankRecorder: MonteCarloObserver {
    /// Row i: alternative i's rank in every run.
    private let storage: SampleTable<Int32>?
    /// The mean absolute rank change of every run (one row).
    private let changes: SampleTable<Double>
    private let alternatives: Int
    private let runs: Int
    private let nominal: [Int]

    /// - Throws: ``ScoringError/insufficientMemory(alternatives:bytes:)`` when the tables cannot be had
    ///   (runs = N(d + 2) come from `--samples` and the criteria).
    init(alternatives: Int, runs: Int, nominal: [Int], keepRanks: Bool) throws(ScoringError) {
        self.alternatives = alternatives
        self.runs = runs
        self.nominal = nominal
        if keepRanks {
            guard let ranks = SampleTable<Int32>(rows: alternatives, columns: runs, repeating: 0) else {
                throw .insufficientMemory(alternatives: alternatives, bytes: SampleTable<Int32>.byteCount(rows: alternatives, columns: runs))
            }
            storage = ranks
        } else {
            storage = nil
        }
        guard let changes = SampleTable<Double>(rows: 1, columns: runs, repeating: 0) else {
            throw .insufficientMemory(alternatives: alternatives, bytes: SampleTable<Double>.byteCount(rows: 1, columns: runs))
        }
        self.changes = changes
    }

    func observe(worker: Int, sample: Int, scenario: Int, scores: UnsafeBufferPointer<Double>, ranks: UnsafeBufferPointer<Int32>) {
        var total = 0
        for i in 0..<alternatives {
            total += abs(Int(ranks[i]) - nominal[i])
            storage?[i, sample] = ranks[i]
        }
        changes[0, sample] = Double(total) / Double(alternatives)
    }

    var meanChanges: [Double] { changes.row(0) }

    func ranks(of alternative: Int) -> [Double] {
        guard let storage else { return [] }
        return storage.row(alternative).map { Double($0) }
    }
}
