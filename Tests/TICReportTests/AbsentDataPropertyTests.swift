import Foundation
import Testing
import TICIngest
import TICScoring
@testable import TICPolicy
@testable import TICReport
import TICSupport

/// Seeded random workspaces with fixed weights and goalposts, to test what absent data may and may
/// not do (issue 12, item 8): a center without reports is never graded, every deleted cell is
/// shown with its cause and imputed value, and under `missing: zero` a deletion never helps.
struct AbsentDataWorkspace {
    static let columns = ["rd_staff", "invention_patents", "government_funding"]
    static let years = [2022, 2023, 2024]

    var ids: [String]
    /// `values[center][year][indicator]`; NaN is a missing value; nil rows are missing reports.
    var values: [[[Double]?]]

    init(seed: UInt64) {
        var rng = Xoshiro256StarStar(seed: seed)
        let n = Int.random(in: 5...25, using: &rng)
        ids = (0..<n).map { "R\(seed)-\($0)" }
        values = (0..<n).map { _ in
            Self.years.indices.map { _ in
                Self.columns.indices.map { j in j == 2 ? Double(Int.random(in: 10...5_000, using: &rng)) : Double(Int.random(in: 1...400, using: &rng)) }
            }
        }
    }

    func workspace() -> Workspace {
        var workspace = Workspace(root: "ws")
        for (k, id) in ids.enumerated() {
            workspace.centers.append(Center(id: id, name: "中心\(id)", level: .provincial, region: "四川",
                                            category: k % 2 == 0 ? .domain : .comprehensive, formation: .leadingEnterprise,
                                            leadType: .enterprise, field: .economy, approvedYear: 2019, registeredCapitalWan: 2000, line: k + 2))
        }
        for (t, year) in Self.years.enumerated() {
            var report = AnnualReport(year: year, path: "ws/reports/\(year).csv", columns: Self.columns)
            for (k, id) in ids.enumerated() { if let row = values[k][t] { report.append(centerID: id, line: k + 2, values: row) } }
            workspace.reports.append(report)
        }
        return workspace
    }

    /// Fixed weights, goalposts, cut-offs: a center's score depends on its own values only.
    static func scheme(missing: MissingDataPolicy, report: MissingReportPolicy = .error) -> Scheme {
        Scheme(name: "absent", title: "缺失", titleEn: "absent",
               defaults: SchemeDefaults(cycleAggregation: .mean, missing: missing, missingReport: report, maxImputedShare: 1,
                                        outliers: .none, normalization: .goalposts),
               dimensionWeights: .explicit,
               dimensions: [
                   SchemeDimension(code: "output", name: "产出", nameEn: "output", weight: 0.6, indicatorWeights: .explicit,
                                   indicators: [.catalogue("rd_staff", weight: 0.5, floor: 0, ceiling: 400),
                                                .catalogue("invention_patents", weight: 0.5, floor: 0, ceiling: 400)]),
                   SchemeDimension(code: "funding", name: "经费", nameEn: "funding", weight: 0.4, indicatorWeights: .explicit,
                                   indicators: [.catalogue("government_funding", direction: .cost, weight: 1, floor: 0, ceiling: 5_000)]),
               ],
               grading: GradingRules(cutoffs: GradeCutoffs(excellent: 75, good: 55, qualified: 35)))
    }
}

@Suite("Absent data: properties over seeded workspaces")
struct AbsentDataPropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    @Test("deleting a center's report years, or all of them, fails with the missing-report error or leaves it ungraded — never graded", arguments: seeds)
    func deletedReports(seed: UInt64) throws {
        var data = AbsentDataWorkspace(seed: seed)
        var rng = Xoshiro256StarStar(seed: seed &+ 1000)
        let k = Int.random(in: 0..<data.ids.count, using: &rng)
        let mask = Int.random(in: 1...7, using: &rng)   // a non-empty subset of the three years
        for t in 0..<3 where mask & (1 << t) != 0 { data.values[k][t] = nil }
        let workspace = data.workspace()
        do {
            _ = try Evaluator(workspace: workspace, scheme: AbsentDataWorkspace.scheme(missing: .centerMean)).evaluate()
            Issue.record("a center without a report was evaluated")
        } catch {
            guard case .data(let problems) = error else { Issue.record("unexpected \(error)"); return }
            #expect(problems.allSatisfy { if case .missingReport(let id, _, _, _) = $0.kind { id == data.ids[k] } else { false } })
            #expect(problems.count == (0..<3).filter { mask & (1 << $0) != 0 }.count)
        }
        let evaluation = try Evaluator(workspace: workspace, scheme: AbsentDataWorkspace.scheme(missing: .centerMean, report: .notParticipating)).evaluate()
        let c = try #require(evaluation.centers.first { $0.center.id == data.ids[k] })
        #expect(c.grade == nil && c.score == nil && c.participation == .missingReport)
    }

    @Test("every deleted cell appears in to_verify.csv, summary.json and the card with its cause and imputed value, or the run fails", arguments: seeds)
    func deletedCells(seed: UInt64) throws {
        var data = AbsentDataWorkspace(seed: seed)
        var rng = Xoshiro256StarStar(seed: seed &+ 2000)
        var deleted: Set<String> = []
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            let k = Int.random(in: 0..<data.ids.count, using: &rng), t = Int.random(in: 0..<3, using: &rng), j = Int.random(in: 0..<3, using: &rng)
            data.values[k][t]![j] = .nan
            deleted.insert("\(data.ids[k])|\(AbsentDataWorkspace.years[t])|\(AbsentDataWorkspace.columns[j])")
        }
        let policy: MissingDataPolicy = [.zero, .centerMean, .centerMin][Int(seed % 3)]
        let evaluation: Evaluation
        do {
            evaluation = try Evaluator(workspace: data.workspace(), scheme: AbsentDataWorkspace.scheme(missing: policy)).evaluate()
        } catch {
            guard case .data(let problems) = error else { Issue.record("unexpected \(error)"); return }
            #expect(problems.allSatisfy { if case .noOwnValue = $0.kind { true } else { false } })
            return
        }
        let imputed = evaluation.toVerify.filter { $0.kind == .imputed }
        #expect(Set(imputed.map { "\($0.centerID)|\($0.year!)|\($0.indicator!)" }) == deleted)
        #expect(imputed.allSatisfy { $0.imputedValue != nil })
        let rows = ToVerifyTable.rows(evaluation, language: .en).filter { $0[4] == "imputed" }
        #expect(rows.count == deleted.count && rows.allSatisfy { $0[7].hasPrefix(policy.rawValue + ":") && !$0[6].isEmpty && !$0[8].isEmpty })
        let summary = SummaryDocument(evaluation, workspace: "ws", language: .en, version: "test")
        #expect(summary.toVerify.filter { $0.kind == "imputed" }.count == deleted.count)
        #expect(summary.imputation.imputedCells == deleted.count)
        let html = HTMLReport(evaluation: evaluation, language: .en, version: "test").render()
        for item in imputed {
            #expect(html.contains("<code>imputed</code> \(item.year!) · \(item.indicator!) → "))
            let center = try #require(evaluation.centers.first { $0.center.id == item.centerID })
            #expect(center.imputed.contains { $0.indicator == item.indicator && $0.year == item.year && $0.cause == .emptyCell && $0.value == item.imputedValue })
        }
    }

    @Test("with missing: zero, deleting a cell never raises the center's score or grade", arguments: seeds)
    func zeroNeverHelps(seed: UInt64) throws {
        let data = AbsentDataWorkspace(seed: seed)
        var rng = Xoshiro256StarStar(seed: seed &+ 3000)
        let scheme = AbsentDataWorkspace.scheme(missing: .zero)
        let before = try Evaluator(workspace: data.workspace(), scheme: scheme).evaluate()
        for _ in 0..<5 {
            var changed = data
            let k = Int.random(in: 0..<data.ids.count, using: &rng), t = Int.random(in: 0..<3, using: &rng), j = Int.random(in: 0..<2, using: &rng)
            changed.values[k][t]![j] = .nan   // a benefit indicator: zero is its worst value
            let after = try Evaluator(workspace: changed.workspace(), scheme: scheme).evaluate()
            let id = data.ids[k]
            let old = try #require(before.centers.first { $0.center.id == id }), new = try #require(after.centers.first { $0.center.id == id })
            #expect(new.score! <= old.score! + 1e-9)
            #expect(new.grade! >= old.grade!)   // grades order excellent < … < unqualified
        }
    }
}
