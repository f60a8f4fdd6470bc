import Foundation
import Testing
import TICTestSupport
import TICIngest
import TICScoring
@testable import TICPolicy
import TICSupport

/// Issue #30, item 1: `uncertainty` varies the aggregation it is given (the scheme's own in
/// workspace mode, any `mcda` method in research mode) and its nominal ranking is the one
/// `evaluate` (workspace) or `mcda` (research) gives; what cannot be done is refused, what cannot
/// vary anything is a warning.
@Suite("Uncertainty: no silent substitution of the aggregation")
struct UncertaintyAggregationTests {
    /// 45 alternatives × 5 criteria, every value > 0 (so WPM applies), seeded.
    static let matrix: Matrix = {
        var rng = Xoshiro256StarStar(seed: 30)
        return Matrix(rows: (0..<45).map { _ in (0..<5).map { _ in 1 + 99 * rng.nextUnitInterval() } })
    }()
    static let names = (1...45).map { "A\($0)" }
    static let criteria = ["c1", "c2", "c3", "c4", "c5"]
    static let directions: [Direction] = [.cost, .benefit, .benefit, .cost, .benefit]
    static let weights = [0.3, 0.25, 0.2, 0.15, 0.1]

    @Test("workspace mode: the nominal ranking is evaluate's ranking under every preset (hunan-2020 is TOPSIS, tianjin-2018 VIKOR)",
          arguments: Scheme.presetNames)
    func workspaceNominalIsEvaluate(name: String) throws {
        let workspace = WorkspaceLoader().load(root: Fixtures.sampleWorkspace.path)
        let scheme = try Scheme.preset(named: name)
        let evaluation = try Evaluator(workspace: workspace, scheme: scheme).evaluate()
        let result = try UncertaintyAnalysis.analyze(workspace: workspace, scheme: scheme,
                                                     settings: UncertaintySettings(samples: 20, seed: 5, threads: 2))
        let expected = Dictionary(uniqueKeysWithValues: evaluation.evaluated.map { ($0.center.id, $0.rank!) })
        #expect(result.alternatives.count == expected.count)
        for a in result.alternatives { #expect(a.nominalRank == expected[a.id], "\(a.id)") }
        #expect(result.aggregations == [scheme.aggregation.method.rawValue])
        if name == "hunan-2020" {
            #expect(result.aggregations == ["topsis"])
            // Ranked among the Hunan centers only (the preset's scope): first, as `evaluate` ranks it.
            #expect(result.alternatives.first { $0.id == "HN-P-013" }?.nominalRank == 1)
        }
    }

    @Test("research mode: the nominal ranking is mcda's for TOPSIS (min-max, vector), VIKOR, WPM and WSM (sum, min-max)",
          arguments: [(AggregationMethod.topsis, NormalizationMethod?.none), (.topsis, .vector), (.vikor, nil), (.wpm, nil),
                      (.wpm, .sum), (.weightedSum, .sum), (.weightedSum, .minmax)])
    func researchNominalIsMCDA(aggregation: AggregationMethod, normalization: NormalizationMethod?) throws {
        let settings = UncertaintySettings(samples: 50, seed: 2, normalizations: [normalization], aggregations: [aggregation], threads: 2)
        let result = try UncertaintyAnalysis.analyze(matrix: Self.matrix, alternatives: Self.names, criteria: Self.criteria,
                                                     directions: Self.directions, weights: Self.weights, settings: settings)
        // What `ticeval mcda` computes (Support/MCDAScores.swift), with the same weights.
        let x = Self.matrix, d = Self.directions, w = Self.weights
        let scores: [Double], order: RankOrder
        switch aggregation {
        case .topsis:
            scores = try Aggregation.topsis(x, weights: w, directions: d, normalization: normalization == .vector ? .vector : .minmax).closeness
            order = .higherIsBetter
        case .vikor:
            scores = try Aggregation.vikor(x, weights: w, directions: d).q
            order = .lowerIsBetter
        case .wpm:
            scores = try Aggregation.weightedProduct(x, weights: w, directions: d).scores
            order = .higherIsBetter
        default:
            scores = try Aggregation.weightedSum(Normalization.normalize(x, method: normalization!, directions: d).matrix, weights: w)
            order = .higherIsBetter
        }
        let expected = Ranking.competitionRanks(scores, order: order)
        #expect(result.aggregations == [aggregation.rawValue])
        for a in result.alternatives { #expect(a.nominalRank == expected[Self.names.firstIndex(of: a.id)!], "\(a.id)") }
        // Not the min-max weighted sum the issue found in its place.
        if aggregation == .topsis && normalization == nil {
            let minmaxSum = Ranking.competitionRanks(try Normalization.normalize(x, method: .minmax, directions: d).matrix.multiplied(by: w))
            #expect(minmaxSum != expected)
        }
    }

    @Test("a scored aggregation gives the same result for every block size and thread count", arguments: [(1, 1), (7, 3)])
    func scoredDeterminism(block: Int, threads: Int) throws {
        var settings = UncertaintySettings(samples: 120, seed: 8, aggregations: [.topsis, .vikor, .weightedSum], blockSize: 256, threads: 2)
        let reference = try UncertaintyAnalysis.analyze(matrix: Self.matrix, alternatives: Self.names, criteria: Self.criteria,
                                                        directions: Self.directions, weights: Self.weights, settings: settings)
        settings.blockSize = block
        settings.threads = threads
        let other = try UncertaintyAnalysis.analyze(matrix: Self.matrix, alternatives: Self.names, criteria: Self.criteria,
                                                    directions: Self.directions, weights: Self.weights, settings: settings)
        #expect(other.alternatives == reference.alternatives)
        #expect(reference.meanAbsoluteRankShift > 0)
    }

    @Test("a normalization the aggregation does not take is refused with the ones it takes (as mcda)")
    func refusals() {
        func analyze(_ normalization: NormalizationMethod, _ aggregation: AggregationMethod) throws(UncertaintyAnalysis.Failure) {
            _ = try UncertaintyAnalysis.analyze(matrix: Self.matrix, alternatives: Self.names, criteria: Self.criteria,
                                                directions: Self.directions, weights: Self.weights,
                                                settings: UncertaintySettings(samples: 5, normalizations: [normalization], aggregations: [aggregation]))
        }
        func refused(_ normalization: NormalizationMethod, _ aggregation: AggregationMethod) -> (String, String, [String])? {
            do { try analyze(normalization, aggregation) } catch {
                if case .normalizationNotApplicable(let a, let n, let allowed) = error { return (a, n, allowed) }
            }
            return nil
        }
        #expect(refused(.percentile, .topsis)! == ("topsis", "percentile", ["minmax", "vector"]))
        #expect(refused(.minmax, .vikor)! == ("vikor", "minmax", []))
        #expect(refused(.minmax, .wpm)! == ("wpm", "minmax", ["sum"]))
    }

    @Test("one weight cannot change any rank: a warning, and every rank stays nominal")
    func singleWeight() throws {
        let column = Matrix(rows: [[3], [1], [2]])
        let result = try UncertaintyAnalysis.analyze(matrix: column, alternatives: ["a", "b", "c"], criteria: ["only"], directions: [.benefit],
                                                     weights: [1], settings: UncertaintySettings(samples: 30, aggregations: [.topsis]))
        #expect(result.warnings == [.singleWeight(factor: "only")])
        #expect(result.meanAbsoluteRankShift == 0)
    }

    @Test("workspace mode: a scheme with one dimension gets the single-weight warning (TOPSIS still varies nothing)")
    func singleDimension() throws {
        let workspace = WorkspaceLoader().load(root: Fixtures.sampleWorkspace.path)
        var scheme = try Scheme.preset(named: "hunan-2020")
        scheme.dimensions = [scheme.dimensions[0]]
        scheme.dimensions[0].weight = 1
        scheme.dimensionWeights = .explicit
        let result = try UncertaintyAnalysis.analyze(workspace: workspace, scheme: scheme, settings: UncertaintySettings(samples: 10, threads: 1))
        #expect(result.warnings == [.singleWeight(factor: scheme.dimensions[0].code)])
        #expect(result.aggregations == ["topsis"])
        #expect(result.meanAbsoluteRankShift == 0)
    }
}
