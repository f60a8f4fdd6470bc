import Testing
@testable import TICScoring

@Suite struct RankingTests {
    @Test("competition ranks give ties the best shared place and skip the next", arguments: [
        ([0.9, 0.5, 0.5, 0.1], RankOrder.higherIsBetter, [1, 2, 2, 4]),
        ([0.9, 0.5, 0.5, 0.1], RankOrder.lowerIsBetter, [4, 2, 2, 1]),
        ([3.0, 3.0, 3.0], RankOrder.higherIsBetter, [1, 1, 1]),
        ([7.0], RankOrder.higherIsBetter, [1]),
        ([], RankOrder.higherIsBetter, []),
    ])
    func competition(scores: [Double], order: RankOrder, expected: [Int]) {
        #expect(Ranking.competitionRanks(scores, order: order) == expected)
    }

    @Test("average ranks match pymcdm's rankdata on ties")
    func average() {
        #expect(Ranking.averageRanks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
        #expect(Ranking.averageRanks([5, 5, 5]) == [2, 2, 2])
    }

    @Test("exactly equal values tie, nearly equal ones do not")
    func exactTies() {
        #expect(Ranking.competitionRanks([0.3, 0.1 + 0.2]) == [2, 1])
    }
}
