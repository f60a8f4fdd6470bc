import Testing
import TICIngest
import TICPolicy
import TICTestSupport
@testable import TICReport

/// `ranking.csv` (RankingTable.swift) keeps the scores at full precision.
@Suite struct RankingTableTests {
    @Test("ranking.csv scores read back as the evaluation's own numbers, so ranks recomputed from the file are its ranks",
          arguments: ["sichuan-2022", "hunan-2020"])
    func fullPrecision(scheme name: String) throws {
        let workspace = WorkspaceLoader().load(root: Fixtures.sampleWorkspace.path)
        // Every center of the mixed sample (the preset's scope left out), for ties enough to matter.
        var scheme = try Scheme.preset(named: name)
        scheme.scope = nil
        let evaluation = try Evaluator(workspace: workspace, scheme: scheme).evaluate()
        let rows = RankingTable.rows(evaluation, language: .en)
        var scores: [Double] = [], ranks: [Int] = []
        for (row, center) in zip(rows, evaluation.centers) where center.participation == .evaluated {
            let score = try #require(Double(row[5]))
            #expect(score == center.score, "\(row[0]): \(row[5])")
            #expect(row.dropFirst(9).compactMap(Double.init) == center.dimensionScores)
            scores.append(score)
            ranks.append(try #require(Int(row[6])))
        }
        #expect(scores.count > 100)
        // Higher is better; a tie shares the best rank (the evaluation's own order, recomputed from the file).
        let recomputed = scores.map { score in 1 + scores.filter { $0 > score }.count }
        #expect(recomputed == ranks)
        // With two decimals (the file before issue #30), ties appear that the evaluation does not have.
        let rounded = scores.map { ($0 * 100).rounded() / 100 }
        #expect(Set(rounded).count < Set(scores).count)
    }
}
