import Foundation
import Testing
import TICTestSupport
import TICIngest
import TICScoring
@testable import TICPolicy
import TICSupport

@Suite("Uncertainty, sensitivity and scheme comparison")
struct ResearchTests {
    static let matrix = Matrix(rows: [
        [250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4], [275, 32, 8, 4], [225, 16, 16, 2],
        [240, 20, 10, 5], [260, 24, 14, 3], [210, 18, 9, 4],
    ])
    static let names = (1...8).map { "A\($0)" }
    static let directions: [Direction] = [.cost, .benefit, .benefit, .benefit]

    @Test("Dirichlet samples: the same seed gives the same result for every block size and thread count",
          arguments: [(1, 1), (5, 2), (64, 3)])
    func determinism(block: Int, threads: Int) throws {
        var settings = UncertaintySettings(samples: 300, seed: 42, normalizations: [.minmax, .vector], aggregations: [.weightedSum, .geometric])
        let reference = try UncertaintyAnalysis.analyze(matrix: Self.matrix, alternatives: Self.names, criteria: ["c", "q", "d", "s"],
                                                        directions: Self.directions, weights: [0.4, 0.3, 0.2, 0.1], settings: settings)
        settings.blockSize = block
        settings.threads = threads
        let other = try UncertaintyAnalysis.analyze(matrix: Self.matrix, alternatives: Self.names, criteria: ["c", "q", "d", "s"],
                                                    directions: Self.directions, weights: [0.4, 0.3, 0.2, 0.1], settings: settings)
        #expect(other.alternatives == reference.alternatives)
    }

    @Test("--weight-samples replay equals a brute-force computation (all ranks, numpy-linear percentiles)")
    func replay() throws {
        var rng = Xoshiro256StarStar(seed: 3)
        let samples = Matrix(rows: (0..<97).map { _ in
            let g = (0..<4).map { _ in rng.nextGamma(shape: 5, scale: 1) }
            return g.map { $0 / g.reduce(0, +) }
        })
        let result = try UncertaintyAnalysis.analyze(matrix: Self.matrix, alternatives: Self.names, criteria: ["c", "q", "d", "s"],
                                                     directions: Self.directions, weights: [0.25, 0.25, 0.25, 0.25],
                                                     settings: UncertaintySettings(), weightSamples: samples)
        let normalized = try Normalization.normalize(Self.matrix, method: .minmax, directions: Self.directions).matrix
        var ranks = [[Double]](repeating: [], count: 8)
        for s in 0..<97 {
            let r = Ranking.competitionRanks(normalized.multiplied(by: samples.row(s)))
            for i in 0..<8 { ranks[i].append(Double(r[i])) }
        }
        for a in result.alternatives {
            let i = Self.names.firstIndex(of: a.id)!
            let sorted = ranks[i].sorted()
            #expect(a.p5Rank == Quantile.linear(sorted: sorted, 0.05))
            #expect(a.medianRank == Quantile.linear(sorted: sorted, 0.5))
            #expect(a.p95Rank == Quantile.linear(sorted: sorted, 0.95))
            #expect(abs(a.meanRank - sorted.reduce(0, +) / 97) < 1e-12)
            #expect(a.pRank1 == Double(sorted.filter { $0 == 1 }.count) / 97)
        }
        #expect(result.perturbation == "replay" && result.samples == 97)
    }

    @Test("three replayed weight samples on five alternatives give the hand-computed rank statistics")
    func replayByHand() throws {
        // Min-max with the cost column reversed: (½, 0, ½), (1, 0, 0), (0, 1, 1), (¼, 1, 0), (¾, 0, 1).
        // Samples (½, ¼, ¼), (0.2, 0.4, 0.4), (1, 0, 0) give competition ranks
        // A1 4, 4, 3 · A2 2, 5, 1 · A3 2, 1, 5 · A4 4, 3, 4 · A5 1, 2, 2;
        // numpy-linear percentiles of three sorted ranks r₁ ≤ r₂ ≤ r₃: p5 = r₁ + 0.1 (r₂ − r₁),
        // median r₂, p95 = r₂ + 0.9 (r₃ − r₂).
        let matrix = Matrix(rows: [[250, 16, 12], [200, 16, 8], [300, 32, 16], [275, 32, 8], [225, 16, 16]])
        let samples = Matrix(rows: [[0.5, 0.25, 0.25], [0.2, 0.4, 0.4], [1, 0, 0]])
        let result = try UncertaintyAnalysis.analyze(matrix: matrix, alternatives: ["A1", "A2", "A3", "A4", "A5"],
                                                     criteria: ["cost", "quality", "delivery"], directions: [.cost, .benefit, .benefit],
                                                     weights: [1.0 / 3, 1.0 / 3, 1.0 / 3], settings: UncertaintySettings(), weightSamples: samples)
        let expected: [String: (mean: Double, p5: Double, median: Double, p95: Double, first: Double)] = [
            "A1": (11.0 / 3, 3.1, 4, 4, 0), "A2": (8.0 / 3, 1.1, 2, 4.7, 1.0 / 3), "A3": (8.0 / 3, 1.1, 2, 4.7, 1.0 / 3),
            "A4": (11.0 / 3, 3.1, 4, 4, 0), "A5": (5.0 / 3, 1.1, 2, 2, 1.0 / 3),
        ]
        #expect(Set(result.alternatives.map(\.id)) == Set(expected.keys))
        for a in result.alternatives {
            let e = try #require(expected[a.id])
            expectClose([a.meanRank, a.p5Rank, a.medianRank, a.p95Rank, a.pRank1], [e.mean, e.p5, e.median, e.p95, e.first],
                        rel: 1e-12, abs: 1e-12, "\(a.id)")
        }
    }

    @Test("Dirichlet(c·w) is unbiased on the simplex; uniform-then-renormalize is not")
    func bias() {
        let nominal = [0.7, 0.2, 0.1]
        func mean(_ p: WeightPerturbation) -> [Double] {
            let sampler = PerturbedWeightSampler(nominal: nominal, perturbation: p, seed: 1)
            var total = [0.0, 0.0, 0.0], w = [0.0, 0.0, 0.0]
            for i in 0..<40_000 {
                _ = w.withUnsafeMutableBufferPointer { sampler.draw(sample: i, into: $0) }
                for j in 0..<3 { total[j] += w[j] / 40_000 }
            }
            return total
        }
        let dirichlet = mean(.dirichlet(concentration: 20)), uniform = mean(.uniform(fraction: 0.9))
        #expect(abs(dirichlet[0] - 0.7) < 0.003)
        #expect(uniform[0] < 0.695)  // pulled towards equal weights
    }

    @Test("sensitivity: factors, design size, the dominant weight, COINr's average target")
    func sensitivity() throws {
        // Criterion c is constant: its weight adds the same amount to every score, so its total
        // index is exactly 0; the others move the ranks.
        var rows: [[Double]] = []
        for i in 0..<12 {
            let k = Double(i)
            let b: Double = Double(i % 2) * 0.01
            let d: Double = Double((i * 7) % 12) * 0.02
            rows.append([k, b, 1, d])
        }
        let x = Matrix(rows: rows)
        let settings = UncertaintySettings(samples: 400, seed: 5, perturbation: .uniform(fraction: 0.9),
                                           normalizations: [.minmax, .max], sensitivity: true, bootstrap: 50)
        let result = try UncertaintyAnalysis.analyze(matrix: x, alternatives: (0..<12).map { "X\($0)" }, criteria: ["a", "b", "c", "d"],
                                                     directions: Array(repeating: .benefit, count: 4), weights: [0.25, 0.25, 0.25, 0.25],
                                                     settings: settings)
        let s = try #require(result.sensitivity)
        #expect(s.factors == ["a", "b", "c", "d", "normalization"])
        #expect(s.runs == 400 * 7 && s.alternatives?.count == 12)
        let total = s.meanAbsoluteRankChange.total
        #expect(total[2] == 0 && total[0] > 0.01 && total[1] > 0.01)
        let first = try #require(s.alternatives?.first(where: { $0.indices.variance > 0 }))
        #expect(first.indices.total[2] == 0)
        #expect(s.meanAbsoluteRankChange.firstOrderLow.count == 5)
    }

    @Test("the imputation policy can be varied: with zero instead of center means the ranks move, the result lists both, and Sobol gets an imputation factor")
    func imputationFactor() throws {
        let workspace = WorkspaceLoader().load(root: IntegrityScreeningTests.sampleRoot)
        let scheme = try Scheme.preset(named: "sichuan-2022")
        let fixed = try UncertaintyAnalysis.analyze(workspace: workspace, scheme: scheme,
                                                    settings: UncertaintySettings(samples: 64, seed: 9, perturbation: .dirichlet(concentration: 1e9)))
        let varied = try UncertaintyAnalysis.analyze(workspace: workspace, scheme: scheme,
                                                     settings: UncertaintySettings(samples: 64, seed: 9, perturbation: .dirichlet(concentration: 1e9),
                                                                                   imputations: [nil, .zero], sensitivity: true, bootstrap: 10))
        #expect(varied.imputations == ["scheme", "zero"])
        #expect(fixed.imputations == ["scheme"])
        // Near-fixed weights: without imputation variation ranks barely move; with it, centers with
        // missing years (filled by 0 in half the samples) do.
        #expect(varied.meanAbsoluteRankShift > fixed.meanAbsoluteRankShift)
        #expect(varied.sensitivity?.factors.last == "imputation")
    }

    @Test("workspace: grade probabilities sum to 1, nominal ranks equal the evaluation's, compare on the sample")
    func workspace() throws {
        let workspace = WorkspaceLoader().load(root: IntegrityScreeningTests.sampleRoot)
        let scheme = try Scheme.preset(named: "sichuan-2022")
        let result = try UncertaintyAnalysis.analyze(workspace: workspace, scheme: scheme,
                                                     settings: UncertaintySettings(samples: 64, seed: 9))
        let evaluation = try Evaluator(workspace: workspace, scheme: scheme).evaluate()
        let rankOf = Dictionary(uniqueKeysWithValues: evaluation.evaluated.map { ($0.center.id, $0.rank!) })
        var agree = 0
        for a in result.alternatives {
            let g = try #require(a.gradeProbabilities)
            #expect(abs(g.excellent + g.good + g.qualified + g.unqualified - 1) < 1e-12)
            if rankOf[a.id] == a.nominalRank { agree += 1 }
        }
        // Equal up to centers with missing values (the evaluation renormalizes over present indicators).
        #expect(Double(agree) / Double(result.alternatives.count) > 0.8)
        // The national indicator system on the same (Sichuan) centers: a comparison needs one cohort.
        var national = try Scheme.preset(named: "national-2017")
        national.scope = scheme.scope
        national.due = scheme.due
        let other = try Evaluator(workspace: workspace, scheme: national).evaluate()
        let pair = SchemeComparison(evaluation, labeled: "a", evaluation, labeled: "b")
        #expect(pair.spearman == 1 && pair.kendallTauB == 1 && pair.rankSimilarity == 1 && pair.weightedKappa == 1 && pair.gradeChangeShare == 0)
        let pairs = SchemeComparison.pairwise([("a", evaluation), ("b", other), ("c", evaluation)])
        #expect(pairs.count == 3 && pairs[0].movers.count == 5 && pairs[0].spearman < 1)
        #expect(abs(pairs[0].spearman - pairs[2].spearman) < 1e-12)
    }
}

