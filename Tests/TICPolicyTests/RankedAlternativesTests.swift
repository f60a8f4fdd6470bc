import Testing
import TICPolicy

/// ``RankedAlternatives`` and ``SchemeComparison`` on methods' rankings of a decision matrix.
@Suite struct RankedAlternativesTests {
    @Test("a lower-is-better score (VIKOR's Q) is negated, so its best alternative compares as best")
    func lowerIsBetter() {
        // Q = (0.1, 0.5, 0.9): A is best; the same order as closeness (0.9, 0.5, 0.1).
        let vikor = RankedAlternatives(label: "vikor:equal", ids: ["A", "B", "C"], scores: [0.1, 0.5, 0.9], ranks: [1, 2, 3], lowerIsBetter: true)
        let topsis = RankedAlternatives(label: "topsis:equal", ids: ["A", "B", "C"], scores: [0.9, 0.5, 0.1], ranks: [1, 2, 3], lowerIsBetter: false)
        let pair = SchemeComparison(vikor, topsis, topK: 1, movers: 3)
        #expect(pair.spearman == 1 && pair.kendallTauB == 1 && pair.topKOverlap == 1)
        #expect(pair.movers.allSatisfy { $0.change == 0 })
    }

    @Test("without grades the grade-change share and κ are NaN, not 0; alternatives are paired by id, in any order")
    func ungraded() {
        let a = RankedAlternatives(label: "a", ids: ["A", "B", "C", "D"], scores: [4, 3, 2, 1], ranks: [1, 2, 3, 4], lowerIsBetter: false)
        let b = RankedAlternatives(label: "b", ids: ["D", "C", "B", "A"], scores: [4, 3, 2, 1], ranks: [1, 2, 3, 4], lowerIsBetter: false)
        let pair = SchemeComparison(a, b, topK: 2, movers: 2)
        #expect(!a.isGraded)
        #expect(pair.gradeChangeShare.isNaN && pair.weightedKappa.isNaN)
        // Fully reversed: ρ = τ-b = −1 (hand-computed), no common top-2 alternative.
        #expect(pair.spearman == -1 && pair.kendallTauB == -1 && pair.topKOverlap == 0 && pair.centers == 4)
        // The largest movers first, ties by id: A (1 → 4) and D (4 → 1) move 3 places.
        #expect(pair.movers.map(\.centerID) == ["A", "D"] && pair.movers.map(\.change) == [3, -3])
    }
}
