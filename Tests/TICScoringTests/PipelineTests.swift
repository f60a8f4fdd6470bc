import Testing
@testable import TICScoring

@Suite struct PipelineTests {
    @Test("the example in TICScoring.docc runs end to end")
    func documentationExample() throws {
        let raw = Matrix(rows: [[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4]])
        let directions: [Direction] = [.cost, .benefit, .benefit, .benefit]
        let treated = try OutlierTreatment.treat(raw, method: .winsorize)
        let weights = try Weighting.critic(treated.matrix).weights
        let normalized = try Normalization.normalize(treated.matrix, method: .minmax, directions: directions)
        let scores = try HierarchicalScores(normalized: normalized.matrix, indicatorWeights: weights,
                                            dimensionOfIndicator: [0, 0, 1, 1], dimensionWeights: [0.5, 0.5])
        let ranks = Ranking.competitionRanks(scores.total)
        #expect(ranks.sorted() == [1, 2, 3])
        #expect(treated.warnings == [.tooFewValuesForMoments(column: 0, count: 3), .tooFewValuesForMoments(column: 1, count: 3),
                                     .tooFewValuesForMoments(column: 2, count: 3), .tooFewValuesForMoments(column: 3, count: 3)])
    }
}
