import Testing
import TICTestSupport
@testable import TICScoring

@Suite struct PipelineTests {
    @Test("the example in TICScoring.docc runs end to end and gives the hand-computed CRITIC weights, scores and ranks")
    func documentationExample() throws {
        let raw = Matrix(rows: [[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4]])
        let directions: [Direction] = [.cost, .benefit, .benefit, .benefit]
        let treated = try OutlierTreatment.treat(raw, method: .winsorize)
        #expect(treated.matrix == raw)  // three values per column: no moments, nothing clipped
        let weights = try Weighting.critic(treated.matrix).weights
        // CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995) by hand: the min-max columns are
        // (½, 0, 1), (0, 0, 1), (½, 0, 1), (1, 0, ½); σ = ½, 1/√3, ½, ½; r = 1, √3/2, ½ and 0 between
        // them, so C = (¾ − √3/4, (3 − √3)/√3, ¾ − √3/4, 1) and w = C / ΣC.
        let root3 = 3.0.squareRoot()
        let c = [0.75 - root3 / 4, (3 - root3) / root3, 0.75 - root3 / 4, 1]
        let total = c.reduce(0, +)
        expectClose(weights, c.map { $0 / total }, rel: 1e-12, abs: 1e-15)
        expectClose(weights, [0.13397459621556135, 0.30940107675850315, 0.13397459621556135, 0.4226497308103741],
                    rel: 1e-12, abs: 1e-15)
        let normalized = try Normalization.normalize(treated.matrix, method: .minmax, directions: directions)
        #expect(normalized.matrix == Matrix(rows: [[0.5, 0, 0.5, 1], [1, 0, 0, 0], [0, 1, 1, 0.5]]))
        let scores = try HierarchicalScores(normalized: normalized.matrix, indicatorWeights: weights,
                                            dimensionOfIndicator: [0, 0, 1, 1], dimensionWeights: [0.5, 0.5])
        // Sub-scores: within-dimension weighted means; totals: their mean (numpy 2.4.6 on the same formulas).
        expectClose(scores.dimension(0), [0.1510847396259811, 0.3021694792519622, 0.6978305207480379], rel: 1e-12, abs: 1e-15)
        expectClose(scores.dimension(1), [0.8796543829377773, 0.0, 0.6203456170622228], rel: 1e-12, abs: 1e-15)
        expectClose(scores.total, [0.5153695612818792, 0.1510847396259811, 0.6590880689051304], rel: 1e-12, abs: 1e-15)
        #expect(Ranking.competitionRanks(scores.total) == [2, 3, 1])
        #expect(treated.warnings == [.tooFewValuesForMoments(column: 0, count: 3), .tooFewValuesForMoments(column: 1, count: 3),
                                     .tooFewValuesForMoments(column: 2, count: 3), .tooFewValuesForMoments(column: 3, count: 3)])
    }
}
