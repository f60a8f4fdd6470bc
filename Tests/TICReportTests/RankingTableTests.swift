import Testing
import TICIngest
import TICPolicy
import TICSupport
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
            #expect(row.dropFirst(11).compactMap(Double.init) == center.dimensionScores)
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

    @Test("the previous cycle's grade and status (history.csv) stand beside this cycle's in ranking.csv, adjustments.csv and the report",
          arguments: [Language.en, .zh])
    func previousCycle(language: Language) throws {
        let workspace = WorkspaceLoader().load(root: Fixtures.sampleWorkspace.path)
        let evaluation = try Evaluator(workspace: workspace, scheme: try Scheme.preset(named: "hunan-2020")).evaluate()
        #expect(Array(RankingTable.header(evaluation, language: .en)[8...10]) == ["grade", "previous_grade", "previous_status"])
        #expect(Array(AdjustmentsTable.header(language: .en)[2...4]) == ["grade", "previous_grade", "previous_status"])
        #expect(Array(AdjustmentsTable.header(language: .zh)[2...4]) == ["等级", "上周期等级", "原状态"])
        let ranking = RankingTable.rows(evaluation, language: language), adjustments = AdjustmentsTable.rows(evaluation, language: language)
        // Datasets/sample/history.csv line 2: HN-P-011,2019-2021,qualified,active.
        let k = try #require(evaluation.centers.firstIndex { $0.center.id == "HN-P-011" })
        let (grade, status) = language == .zh ? ("合格", "运行") : ("qualified", "active")
        #expect(ranking[k][9] == grade && ranking[k][10] == status)
        #expect(adjustments[k][3] == grade && adjustments[k][4] == status)
        // A center without history has both empty.
        let none = try #require(evaluation.centers.firstIndex { c in !workspace.history.contains { $0.centerID == c.center.id } })
        #expect(ranking[none][9].isEmpty && ranking[none][10].isEmpty && adjustments[none][3].isEmpty)
        let html = HTMLReport(evaluation: evaluation, language: language, version: "test").render()
        let card = language == .zh ? "<dt>上周期等级</dt><dd>合格 · 2019–2021</dd>" : "<dt>previous grade</dt><dd>qualified · 2019–2021</dd>"
        #expect(html.contains(card))
        #expect(html.contains(language == .zh ? "<th>上周期等级</th><th>原状态</th>" : "<th>previous grade</th><th>previous status</th>"))
    }
}
