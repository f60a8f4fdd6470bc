import Foundation
import TICIngest
import TICScoring

/// Monte Carlo uncertainty and Sobol sensitivity of a ranking to its weights, normalization and
/// aggregation, in two modes:
///
/// - **workspace**: the scheme is evaluated (``Evaluator``) once per normalization listed (by
///   default only with its own normalizations, whose cut-offs were calibrated for them); the
///   n × d matrix of dimension sub-scores is the model, the **dimension weights** are perturbed,
///   and each sample's total is `Σ_d w_d·D_id` (weighted sum) or `Π_d D_id^w_d` (geometric over the
///   dimension sub-scores, zeros replaced by 1e-6). Every sample is also graded with the scheme's
///   cut-offs, quotas, tie rule and vetoes (``GradeAssignment``), giving P(grade) per center.
///   With no missing value and weighted-sum aggregation the nominal total equals the evaluation's.
/// - **research**: a plain decision matrix, criteria types and weights; each normalization of the
///   matrix is a scenario; the **criterion weights** are perturbed (or replayed from a file).
///
/// Geometric aggregation is ranked through `ln` of the geometric mean, `Σ w_j ln x_j`, which is
/// linear in w, so every sample stays one row of a BLAS product (``MonteCarlo``).
public enum UncertaintyAnalysis {
    /// Progress: samples (or runs) done and the total, for a progress bar.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// Errors of the analysis.
    public enum Failure: Error, Sendable {
        /// The evaluation of a variant failed.
        case evaluation(normalization: String, EvaluationError)
        /// A scoring step failed (normalization of the research matrix).
        case scoring(ScoringError)
        /// No aggregation was listed.
        case unsupportedAggregation(String)
        /// Research mode: the aggregation does not take this normalization (TOPSIS: min-max or vector;
        /// VIKOR: none; WPM: sum), as in `ticeval mcda`; `allowed` lists what it takes.
        case normalizationNotApplicable(aggregation: String, normalization: String, allowed: [String])
        /// The replayed weights do not have one column per criterion.
        case weightSampleShape(expected: Int, found: Int)
        /// The nominal weights are not one per criterion.
        case weightCount(expected: Int, found: Int)
        /// A nominal weight is negative, not finite or above ``ScoringLimits/maximumWeight``.
        case invalidWeight(index: Int, value: Double)
        /// Every nominal weight is 0.
        case zeroWeights
        /// A replayed weight (zero-based sample row and criterion) is negative, not finite or above
        /// ``ScoringLimits/maximumWeight``.
        case invalidWeightSample(row: Int, column: Int, value: Double)
        /// Every weight of a replayed sample (zero-based row) is 0.
        case zeroWeightSample(row: Int)
        /// Nothing to rank.
        case empty

    }

    /// The model both modes reduce to.
    struct Problem {
        var ids: [String]
        var names: [String]
        var factors: [String]
        var nominalWeights: [Double]
        /// normalization-major: scenario = normalization index × aggregations + aggregation index.
        var scenarios: [MonteCarloScenario]
        var geometricScenario: [Bool]
        /// The aggregation of every listed item, as reported (`topsis`, not `scheme`).
        var aggregations: [String]
        var warnings: [UncertaintyWarning] = []
        var grading: Grading?
        var mode: UncertaintyMode
    }

    /// What grading a sample needs.
    struct Grading {
        var groups: [Int]
        var vetoed: [Bool]
        var rules: GradingRules
        var nominal: [Grade?]
    }

    // MARK: - Workspace mode

    /// Uncertainty of a workspace's evaluation under `scheme`; the dimension weights are varied.
    public static func analyze(workspace: Workspace, scheme: Scheme, cycle: ClosedRange<Int>? = nil,
                               settings: UncertaintySettings, progress: Progress? = nil) throws(Failure) -> UncertaintyResult {
        try validateAggregations(settings.aggregations)
        // `nil` is the scheme's own aggregation, with its parameters (VIKOR's v).
        let aggregations = settings.aggregations.map { $0.map { AggregationSpec(method: $0, v: $0 == scheme.aggregation.method ? scheme.aggregation.v : nil) } ?? scheme.aggregation }
        var reference: Evaluation?
        var scenarios: [MonteCarloScenario] = []
        var geometric: [Bool] = []
        var ids: [String] = []
        // One evaluation per (normalization, imputation) variant, normalization-major; one scenario
        // per aggregation of each.
        for method in settings.normalizations {
          for imputation in settings.imputations {
            var variant = scheme
            if let method {
                variant.defaults.normalization = method
                for d in variant.dimensions.indices {
                    for k in variant.dimensions[d].indicators.indices { variant.dimensions[d].indicators[k].normalization = nil }
                }
            }
            if let imputation {
                // Named on every indicator (not as the default), so that group_mean is allowed as a variant.
                for d in variant.dimensions.indices {
                    for k in variant.dimensions[d].indicators.indices { variant.dimensions[d].indicators[k].missing = imputation }
                }
            }
            let label = (method?.rawValue ?? "scheme") + (imputation.map { "/" + $0.rawValue } ?? "")
            let evaluation: Evaluation
            do { evaluation = try Evaluator(workspace: workspace, scheme: variant, cycle: cycle).evaluate() } catch {
                throw .evaluation(normalization: label, error)
            }
            if reference == nil {
                reference = evaluation
                ids = evaluation.evaluated.map(\.center.id)
            }
            for spec in aggregations {
                if spec.method == .weightedSum {
                    scenarios.append(.linear(dimensionScores(evaluation, ids: ids)))
                } else {
                    do { scenarios.append(.scored(try SchemeAggregationScorer(evaluation: evaluation, spec: spec, ids: ids))) } catch {
                        throw .scoring(error)
                    }
                }
                geometric.append(false)
            }
          }
        }
        guard let reference, !ids.isEmpty else { throw .empty }
        let evaluated = reference.evaluated
        let rules = scheme.grading
        let grading = Grading(
            groups: evaluated.map { rules.quotaScope == .category ? Category.allCases.firstIndex(of: $0.center.category)! : 0 },
            vetoed: evaluated.map { $0.gradeBasis == .veto || $0.gradeBasis == .integrity },
            rules: rules, nominal: evaluated.map(\.grade))
        var problem = Problem(ids: ids, names: evaluated.map(\.center.name), factors: scheme.dimensions.map(\.code),
                              nominalWeights: reference.dimensionWeights, scenarios: scenarios, geometricScenario: geometric,
                              aggregations: aggregations.map(\.method.rawValue), grading: grading, mode: .workspace)
        if problem.factors.count == 1 { problem.warnings.append(.singleWeight(factor: problem.factors[0])) }
        return try run(problem, settings: settings, replay: nil, progress: progress)
    }

    /// The evaluated centers' dimension scores (rows in `ids` order): the weighted sum of a sample
    /// is their product with its dimension weights.
    static func dimensionScores(_ evaluation: Evaluation, ids: [String]) -> Matrix {
        let byID = Dictionary(uniqueKeysWithValues: evaluation.centers.map { ($0.center.id, $0) })
        let d = evaluation.dimensionWeights.count
        var x = Matrix(rows: ids.count, columns: d)
        for (i, id) in ids.enumerated() {
            let scores = byID[id]?.dimensionScores ?? Array(repeating: 0, count: d)
            for k in 0..<d { x[i, k] = scores[k] }
        }
        return x
    }

    // MARK: - Research mode

    /// Uncertainty of a plain decision matrix (rows = alternatives), weighted sum over min-max by
    /// default; `weightSamples` (one weight vector per row) replays given samples instead of
    /// drawing them (then `settings.samples` is ignored and only the first normalization and
    /// aggregation are used).
    public static func analyze(matrix: Matrix, alternatives: [String], criteria: [String], directions: [Direction],
                               weights: [Double], settings: UncertaintySettings, weightSamples: Matrix? = nil,
                               progress: Progress? = nil) throws(Failure) -> UncertaintyResult {
        try validateAggregations(settings.aggregations)
        guard matrix.rows > 0, matrix.columns > 0 else { throw .empty }
        guard weights.count == matrix.columns else { throw .weightCount(expected: matrix.columns, found: weights.count) }
        if let index = weights.firstIndex(where: { !ScoringLimits.isUsableWeight($0) }) {
            throw .invalidWeight(index: index, value: weights[index])
        }
        guard weights.contains(where: { $0 > 0 }) else { throw .zeroWeights }
        if let weightSamples {
            guard weightSamples.columns == matrix.columns else {
                throw .weightSampleShape(expected: matrix.columns, found: weightSamples.columns)
            }
            try validateWeightSamples(weightSamples)
        }
        let total = weights.reduce(0, +)
        let nominal = weights.map { $0 / total }
        var scenarios: [MonteCarloScenario] = [], geometric: [Bool] = []
        let aggregations = settings.aggregations.map { $0 ?? .weightedSum }
        for method in settings.normalizations {
            for aggregation in aggregations {
                let scenario = try researchScenario(matrix, directions: directions, normalization: method, aggregation: aggregation,
                                                    v: settings.vikorWeight, nominalWeights: nominal)
                scenarios.append(scenario)
                geometric.append(aggregation == .geometric)
            }
        }
        var problem = Problem(ids: alternatives, names: alternatives, factors: criteria, nominalWeights: nominal,
                              scenarios: scenarios, geometricScenario: geometric, aggregations: aggregations.map(\.rawValue),
                              grading: nil, mode: .research)
        if criteria.count == 1 { problem.warnings.append(.singleWeight(factor: criteria[0])) }
        return try run(problem, settings: settings, replay: weightSamples, progress: progress)
    }

    /// Every replayed weight usable (finite, 0…``ScoringLimits/maximumWeight``) and no all-zero row:
    /// scores stay finite, so every rank is defined.
    static func validateWeightSamples(_ samples: Matrix) throws(Failure) {
        let m = samples.columns
        for row in 0..<samples.rows {
            var positive = false
            for column in 0..<m {
                let value = samples[row, column]
                guard ScoringLimits.isUsableWeight(value) else { throw .invalidWeightSample(row: row, column: column, value: value) }
                positive = positive || value > 0
            }
            if !positive && m > 0 { throw .zeroWeightSample(row: row) }
        }
    }

    // MARK: - Engine

    static func validateAggregations(_ aggregations: [AggregationMethod?]) throws(Failure) {
        guard !aggregations.isEmpty else { throw .unsupportedAggregation("(none)") }
    }

    /// The scenario of one (normalization, aggregation) pair of research mode, scored as `ticeval mcda`
    /// scores it: weighted sum of the normalized matrix (`nil` = min-max), weighted geometric mean as
    /// a sum of logarithms (values ≤ 1e-6 floored at 1e-6), TOPSIS (min-max or vector), VIKOR
    /// (no normalization) or WPM (sum normalization) through ``MCDAScenarioScorer``.
    static func researchScenario(_ matrix: Matrix, directions: [Direction], normalization: NormalizationMethod?,
                                 aggregation: AggregationMethod, v: Double, nominalWeights: [Double]) throws(Failure) -> MonteCarloScenario {
        func refuse(_ allowed: [String]) -> Failure {
            .normalizationNotApplicable(aggregation: aggregation.rawValue, normalization: normalization?.rawValue ?? "scheme", allowed: allowed)
        }
        do {
            switch aggregation {
            case .weightedSum, .geometric:
                let x = try Normalization.normalize(matrix, method: normalization ?? .minmax, directions: directions).matrix
                guard aggregation == .geometric else { return .linear(x) }
                var logs = x
                logs.withUnsafeMutableBufferPointer { p in
                    for k in 0..<p.count { p[k] = Foundation.log(Swift.max(p[k], 1e-6)) }
                }
                return .linear(logs)
            case .topsis:
                guard normalization == nil || normalization == .minmax || normalization == .vector else { throw refuse(["minmax", "vector"]) }
                return .scored(try MCDAScenarioScorer(matrix: matrix, directions: directions,
                                                      method: .topsis(normalization == .vector ? .vector : .minmax), nominalWeights: nominalWeights))
            case .vikor:
                guard normalization == nil else { throw refuse([]) }
                return .scored(try MCDAScenarioScorer(matrix: matrix, directions: directions, method: .vikor(v: v), nominalWeights: nominalWeights))
            case .wpm:
                guard normalization == nil || normalization == .sum else { throw refuse(["sum"]) }
                return .scored(try MCDAScenarioScorer(matrix: matrix, directions: directions, method: .weightedProduct, nominalWeights: nominalWeights))
            }
        } catch let error as Failure {
            throw error
        } catch let error as ScoringError {
            throw .scoring(error)
        } catch {
            preconditionFailure("UncertaintyAnalysis.researchScenario: \(error)")
        }
    }

    static func run(_ problem: Problem, settings: UncertaintySettings, replay: Matrix?,
                    progress: Progress?) throws(Failure) -> UncertaintyResult {
        let n = problem.ids.count
        let scenarioCount = problem.scenarios.count
        let samples = replay?.rows ?? settings.samples
        var gradeCounter: GradeCounter?
        let distribution: RankDistribution
        do {
            if let grading = problem.grading {
                gradeCounter = try GradeCounter(workers: settings.threads, alternatives: n, grading: grading, geometric: problem.geometricScenario)
            }
            if let replay {
                distribution = try MonteCarlo.rankDistribution(
                    scenarios: [problem.scenarios[0]], nominalWeights: problem.nominalWeights, sampler: ReplayedWeights(samples: replay),
                    samples: samples, blockSize: settings.blockSize, threads: settings.threads, observer: gradeCounter,
                    progress: progress.map { p in { p($0, samples) } })
            } else {
                let sampler = PerturbedWeightSampler(nominal: problem.nominalWeights, perturbation: settings.perturbation,
                                                     seed: settings.seed, scenarioCount: scenarioCount)
                distribution = try MonteCarlo.rankDistribution(
                    scenarios: problem.scenarios, nominalWeights: sampler.nominal, sampler: sampler,
                    samples: samples, blockSize: settings.blockSize, threads: settings.threads, observer: gradeCounter,
                    progress: progress.map { p in { p($0, samples) } })
            }
        } catch {
            throw .scoring(error)
        }
        let gradeShares = gradeCounter?.shares(samples: samples)
        var alternatives: [UncertaintyResult.Alternative] = []
        let summaries = distribution.summaries(topK: settings.topK, threads: settings.threads)
        for i in 0..<n {
            let r = summaries[i]
            alternatives.append(.init(
                id: problem.ids[i], name: problem.names[i], nominalRank: r.nominal,
                meanRank: r.mean, medianRank: r.median, p5Rank: r.p5, p95Rank: r.p95,
                pTopK: r.probabilityTopK, pRank1: r.probabilityFirst, meanAbsoluteShift: r.meanAbsoluteShift,
                nominalGrade: problem.grading?.nominal[i], gradeProbabilities: gradeShares?[i]))
        }
        let order = (0..<n).sorted { (distribution.nominalRanks[$0], $0) < (distribution.nominalRanks[$1], $1) }
        var result = UncertaintyResult(
            mode: problem.mode, samples: samples, seed: settings.seed,
            perturbation: replay == nil ? settings.perturbation.argument : "replay",
            normalizations: settings.normalizations.map { $0?.rawValue ?? (problem.mode == .workspace ? "scheme" : "minmax") }, aggregations: problem.aggregations,
            topK: settings.topK, factors: problem.factors, nominalWeights: problem.nominalWeights,
            meanAbsoluteRankShift: alternatives.reduce(0) { $0 + $1.meanAbsoluteShift } / Double(n), alternatives: order.map { alternatives[$0] })
        if problem.mode == .workspace { result.imputations = settings.imputations.map { $0?.rawValue ?? "scheme" } }
        result.warnings = problem.warnings
        if settings.sensitivity && replay == nil {
            do {
                let sensitivity = try SensitivityAnalysis.run(problem, settings: settings, nominalRanks: distribution.nominalRanks, progress: progress)
                result.sensitivity = sensitivity
                result.warnings += UncertaintyWarning.cautions(sensitivity)
            } catch {
                throw .scoring(error)
            }
        }
        return result
    }
}

/// Counts each alternative's grades over the samples, one row of counts per worker (merged in order).
final class GradeCounter: MonteCarloObserver {
    /// Row w: worker w's counts, alternative i's grade g at `i · 4 + g`.
    private let counts: SampleTable<Int>
    private let workers: Int
    private let alternatives: Int
    private let grading: UncertaintyAnalysis.Grading
    private let geometric: [Bool]

    /// - Throws: ``ScoringError/insufficientMemory(alternatives:bytes:)`` when the counts cannot be had.
    init(workers: Int, alternatives: Int, grading: UncertaintyAnalysis.Grading, geometric: [Bool]) throws(ScoringError) {
        self.workers = workers
        self.alternatives = alternatives
        self.grading = grading
        self.geometric = geometric
        guard let counts = SampleTable<Int>(rows: workers, columns: alternatives * 4, repeating: 0) else {
            throw .insufficientMemory(alternatives: alternatives, bytes: SampleTable<Int>.byteCount(rows: workers, columns: alternatives * 4))
        }
        self.counts = counts
    }

    func observe(worker: Int, sample: Int, scenario: Int, scores: UnsafeBufferPointer<Double>, ranks: UnsafeBufferPointer<Int32>) {
        // Geometric scenarios hold Σ w ln x; the grade cut-offs apply to the geometric mean itself.
        let values = geometric[scenario] ? scores.map { Foundation.exp($0) } : Array(scores)
        let outcome = GradeAssignment.assign(scores: values, groups: grading.groups, vetoed: grading.vetoed, rules: grading.rules)
        counts.withMutableRow(worker) { base in
            for (i, grade) in outcome.grades.enumerated() { base[i * 4 + grade.order] += 1 }
        }
    }

    /// Shares per alternative, the workers' tables summed in worker order.
    func shares(samples: Int) -> [UncertaintyResult.GradeProbabilities] {
        (0..<alternatives).map { i in
            var c = [0, 0, 0, 0]
            for w in 0..<workers { for g in 0..<4 { c[g] += counts[w, i * 4 + g] } }
            let s = Double(max(samples, 1))
            return .init(excellent: Double(c[0]) / s, good: Double(c[1]) / s, qualified: Double(c[2]) / s, unqualified: Double(c[3]) / s)
        }
    }
}
