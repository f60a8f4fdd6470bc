import Testing
import TICIngest
import TICScoring
@testable import TICPolicy
import TICSupport

/// A small workspace built in memory: every center reports `rd_staff` and `invention_patents`.
struct MiniWorkspace {
    var workspace = Workspace(root: "mini")

    /// Centers with (id, category, level, rd_staff per year, patents per year).
    init(years: [Int] = [2022, 2023, 2024],
         centers: [(id: String, category: Category, level: Level, staff: [Double], patents: [Double])]) {
        for (k, c) in centers.enumerated() {
            workspace.centers.append(Center(id: c.id, name: "中心\(c.id)", level: c.level, region: "四川", category: c.category,
                                            formation: .leadingEnterprise, leadType: .enterprise, field: .economy,
                                            approvedYear: 2019, registeredCapitalWan: 2000, line: k + 2))
        }
        for (t, year) in years.enumerated() {
            var report = AnnualReport(year: year, path: "reports/\(year).csv", columns: ["rd_staff", "invention_patents"])
            for (k, c) in centers.enumerated() where t < c.staff.count {
                report.append(centerID: c.id, line: k + 2, values: [c.staff[t], c.patents[t]])
            }
            workspace.reports.append(report)
        }
    }

    /// Same values every year.
    init(_ rows: [(String, Category, Double)], level: Level = .provincial) {
        self.init(centers: rows.map { ($0.0, $0.1, level, [$0.2, $0.2, $0.2], [$0.2, $0.2, $0.2]) })
    }
}

/// One dimension, one indicator (rd_staff), min-max to 0–100: a center's score is
/// 100·(x − min)/(max − min), easy to check by hand.
func miniScheme(_ grading: GradingRules, indicators: [SchemeIndicator] = [.catalogue("rd_staff")], missing: MissingDataPolicy = .centerMean) -> Scheme {
    Scheme(name: "mini", title: "测试", titleEn: "test",
           defaults: SchemeDefaults(cycleAggregation: .mean, missing: missing, outliers: .none, normalization: .minmax),
           dimensionWeights: .equal,
           dimensions: [SchemeDimension(code: "d", name: "维度", nameEn: "dimension", indicatorWeights: .equal, indicators: indicators)],
           grading: grading)
}

let standardCutoffs = GradeCutoffs(excellent: 80, good: 60, qualified: 40)

@Suite struct EvaluationTests {
    func evaluate(_ mini: MiniWorkspace, _ scheme: Scheme) throws -> [String: CenterEvaluation] {
        let evaluation = try Evaluator(workspace: mini.workspace, scheme: scheme).evaluate()
        return Dictionary(uniqueKeysWithValues: evaluation.centers.map { ($0.center.id, $0) })
    }

    @Test("scores are min-max of the cycle means, graded by cut-offs, with competition ranks")
    func cutoffs() throws {
        let mini = MiniWorkspace([("A", .domain, 0), ("B", .domain, 25), ("C", .domain, 50), ("D", .domain, 75), ("E", .domain, 100), ("F", .domain, 100)])
        let r = try evaluate(mini, miniScheme(GradingRules(cutoffs: standardCutoffs)))
        #expect(r["A"]?.score == 0)
        #expect(r["C"]?.score == 50)
        #expect(r.mapValues { $0.grade! } == ["A": .unqualified, "B": .unqualified, "C": .qualified, "D": .good, "E": .excellent, "F": .excellent])
        #expect(r.mapValues { $0.rank! } == ["E": 1, "F": 1, "D": 3, "C": 4, "B": 5, "A": 6])
        #expect(r["B"]?.decision.kind == .rectify)
        #expect(r["B"]?.decision.reEvaluationYear == 2025)
        #expect(r["D"]?.decision.kind == .continue)
        // A scheme without `decisions` gets the department's defaults: no recommendation for a national center is invented.
        #expect(r["E"]?.decision.kind == .continue && r["E"]?.decision.clause == .departmentSetting)
    }

    @Test("a tie at the quota boundary: include_ties keeps both, exclude_ties moves both", arguments: [
        (GradingRules.TieRule.includeTies, Grade.excellent), (.excludeTies, .good),
    ])
    func quotaTies(rule: GradingRules.TieRule, tiedGrade: Grade) throws {
        // N = 4, max 25 % excellent → 1 place; B and C tie for it.
        let mini = MiniWorkspace([("A", .domain, 0), ("B", .domain, 100), ("C", .domain, 100), ("D", .domain, 50)])
        let rules = GradingRules(cutoffs: GradeCutoffs(excellent: 80, good: 40, qualified: 20),
                                 quotas: GradeQuotas(excellent: GradeQuota(maxShare: 0.25)), tieRule: rule)
        let r = try evaluate(mini, miniScheme(rules))
        #expect(r["B"]?.grade == tiedGrade)
        #expect(r["C"]?.grade == tiedGrade)
        #expect(r["B"]?.gradeBasis == (tiedGrade == .excellent ? .cutoff : .quota))
        #expect(r["D"]?.grade == .good)
    }

    @Test("quotas count per category and demote the lowest-scoring excess")
    func quotaPerCategory() throws {
        // Comprehensive: 4 centers at 100, 90, 85, 82 (scores over all 8 centers); 25 % → 1 excellent.
        let mini = MiniWorkspace([("C1", .comprehensive, 100), ("C2", .comprehensive, 90), ("C3", .comprehensive, 85), ("C4", .comprehensive, 82),
                                  ("D1", .domain, 95), ("D2", .domain, 30), ("D3", .domain, 0), ("D4", .domain, 10)])
        let rules = GradingRules(cutoffs: standardCutoffs, quotas: GradeQuotas(excellent: GradeQuota(maxShare: 0.25)))
        let r = try evaluate(mini, miniScheme(rules))
        #expect(r["C1"]?.grade == .excellent)
        #expect([r["C2"]!.grade, r["C3"]!.grade, r["C4"]!.grade] == [.good, .good, .good])
        #expect(r["C2"]?.gradeByScore == .excellent)
        #expect(r["D1"]?.grade == .excellent)
        #expect(r["C1"]?.categoryRank == 1 && r["D1"]?.categoryRank == 1 && r["C2"]?.rank == 3)
    }

    @Test("a minimum share of unqualified moves the lowest scores down")
    func minimumUnqualified() throws {
        let mini = MiniWorkspace([("A", .domain, 0), ("B", .domain, 50), ("C", .domain, 70), ("D", .domain, 100)])
        let rules = GradingRules(cutoffs: GradeCutoffs(excellent: 90, good: 60, qualified: 0),
                                 quotas: GradeQuotas(unqualified: GradeQuota(minShare: 0.5)))
        let r = try evaluate(mini, miniScheme(rules))
        #expect(r["A"]?.grade == .unqualified && r["B"]?.grade == .unqualified)
        #expect(r["B"]?.gradeByScore == .qualified && r["B"]?.gradeBasis == .quota)
        #expect(r["C"]?.grade == .good)
    }

    @Test("a hard floor forces 不合格 whatever the score")
    func veto() throws {
        // Scored on patents; vetoed on rd_staff < 10.
        let mini = MiniWorkspace(centers: [("A", .domain, .provincial, [5, 5, 5], [100, 100, 100]),
                                           ("B", .domain, .provincial, [50, 50, 50], [0, 0, 0])])
        let rules = GradingRules(cutoffs: standardCutoffs, vetoes: [Veto(indicator: "rd_staff", op: .less, value: 10)])
        let r = try evaluate(mini, miniScheme(rules, indicators: [.catalogue("invention_patents")]))
        #expect(r["A"]?.score == 100)
        #expect(r["A"]?.grade == .unqualified)
        #expect(r["A"]?.gradeBasis == .veto)
        #expect(r["A"]?.vetoes.first?.value == 5)
        guard case .hardFloor(let hits, _)? = r["A"]?.decision.reason.basis else { Issue.record("expected a hard floor"); return }
        #expect(hits.map { "\($0.indicator) \($0.value ?? .nan) \($0.condition)" } == ["rd_staff 5.0 < 10"])
    }

    @Test("withdrawn and non-participating centers get no grade and are removed; integrity violation vetoes")
    func events() throws {
        var mini = MiniWorkspace([("A", .domain, 0), ("B", .domain, 50), ("C", .domain, 100), ("W", .domain, 80), ("N", .domain, 90)])
        mini.workspace.events = [
            EventRecord(centerID: "W", year: 2024, kind: .withdrawn, note: "书面申请退出", line: 2),
            EventRecord(centerID: "N", year: 2024, kind: .notParticipating, note: "", line: 3),
            EventRecord(centerID: "C", year: 2023, kind: .integrityViolation, note: "数据造假", line: 4),
        ]
        let r = try evaluate(mini, miniScheme(GradingRules(cutoffs: standardCutoffs)))
        #expect(r["W"]?.grade == nil && r["W"]?.participation == .withdrawn && r["W"]?.decision.kind == .remove)
        #expect(r["N"]?.grade == nil && r["N"]?.decision.kind == .remove)
        #expect(r["C"]?.score == 100 && r["C"]?.grade == .unqualified && r["C"]?.gradeBasis == .integrity)
        #expect(r["C"]?.decision.reason.basis == .integrityVeto(note: r["C"]?.events.first { $0.kind == .integrityViolation }?.note ?? "",
                                                                under: .departmentSetting, graded: true))
        #expect((r["C"]?.events.first { $0.kind == .integrityViolation }?.note ?? "").contains("数据造假"))
        // Scores are over the three participants only: B sits in the middle.
        #expect(r["B"]?.score == 50)

        let flagOnly = try evaluate(mini, miniScheme(GradingRules(cutoffs: standardCutoffs, events: EventHandling(integrityViolation: .flagOnly))))
        #expect(flagOnly["C"]?.grade == .excellent)
    }

    @Test("a rectifying center is re-evaluated on the year after its failing cycle: pass continues, fail is removed")
    func reEvaluation() throws {
        var mini = MiniWorkspace(centers: [
            ("A", .domain, .provincial, [0, 0, 0], [0, 0, 0]),
            ("B", .domain, .provincial, [100, 100, 100], [0, 0, 0]),
            ("P", .domain, .provincial, [90, 50, 50], [0, 0, 0]),  // strong in 2022: passes
            ("F", .domain, .provincial, [10, 80, 80], [0, 0, 0]),  // weak in 2022: removed
        ])
        mini.workspace.history = [
            HistoryRecord(centerID: "P", cycle: 2019...2021, grade: .unqualified, status: .rectifying, line: 2),
            HistoryRecord(centerID: "F", cycle: 2019...2021, grade: .unqualified, status: .rectifying, line: 3),
        ]
        let r = try evaluate(mini, miniScheme(GradingRules(cutoffs: standardCutoffs)))
        #expect(r["P"]?.reEvaluation?.passed == true)
        #expect(r["P"]?.reEvaluation?.year == 2022)
        #expect(r["P"]?.participation == .evaluated)
        #expect(r["P"]?.decision.reason.additions.contains { if case .reEvaluationPassed = $0 { true } else { false } } == true)
        #expect(r["F"]?.reEvaluation?.passed == false)
        #expect(r["F"]?.participation == .removedAfterRectification)
        #expect(r["F"]?.decision.kind == .remove)
        #expect(r["F"]?.grade == nil)
        // F left the cohort, so P (cycle mean 63.3) is scored against A (0) and B (100).
        #expect(abs((r["P"]?.score ?? 0) - 190.0 / 3) < 1e-9)
    }

    @Test("conversion review (Tianjin 三(六)): only registry rows marked engineering_center are reviewed; centers of the same level are not, and no reward goes to a converting center")
    func conversionReview() throws {
        var mini = MiniWorkspace([("A", .domain, 0), ("B", .domain, 100), ("C", .domain, 70), ("T", .domain, 10)], level: .municipal)
        for i in mini.workspace.centers.indices where mini.workspace.centers[i].id != "T" { mini.workspace.centers[i].platform = .engineeringCenter }
        let rules = GradingRules(cutoffs: standardCutoffs,
                                 rewards: [RewardRule(grade: .excellent, category: .domain, amountRMB: 300_000, kind: .oneTime)],
                                 conversionReview: true)
        let r = try evaluate(mini, miniScheme(rules))
        #expect(r["B"]?.decision.kind == .convert && r["B"]?.decision.amountRMB == nil)
        #expect(r["C"]?.decision.kind == .convert)
        #expect(r["A"]?.decision.kind == .notConverted && r["A"]?.decision.reason.additions.last == .outcome(.notConverted))
        // T is a municipal innovation center like the others, but not under review: graded 不合格 (10 < 40), it rectifies.
        #expect(r["T"]?.decision.kind == .rectify)
        // Without the column every row is a center: nothing is converted whatever the level.
        let plain = try evaluate(MiniWorkspace([("A", .domain, 0), ("B", .domain, 100)], level: .municipal), miniScheme(rules))
        #expect(plain["B"]?.decision.kind == .continue && plain["B"]?.decision.amountRMB == 300_000)
    }

    @Test("decision rules: first match decides, in the scheme's vocabulary and clause; a rule without clause is the department's setting")
    func decisionRules() throws {
        let mini = MiniWorkspace([("A", .domain, 0), ("B", .domain, 30), ("C", .domain, 50), ("D", .domain, 100)])
        let rules = GradingRules(cutoffs: standardCutoffs, decisions: [
            DecisionRule(grades: [.unqualified], belowScore: 10, decision: .revoke),
            DecisionRule(grades: [.unqualified], decision: .rectify, clause: "五（四）", clauseEn: "V(4)"),
            DecisionRule(decision: .continueSupport, clause: "五（四）", clauseEn: "V(4)"),
        ])
        let r = try evaluate(mini, miniScheme(rules))
        #expect(r["A"]?.decision.kind == .revoke && r["A"]?.decision.clause == .departmentSetting)
        #expect(r["B"]?.decision.kind == .rectify && r["B"]?.decision.reEvaluationYear == nil)
        #expect(r["B"]?.decision.clause == .text(zh: "五（四）", en: "V(4)"))
        #expect(r["C"]?.decision.kind == .continueSupport && r["D"]?.decision.kind == .continueSupport)
        // A rule list that leaves a center out refers it to the department.
        let partial = try evaluate(mini, miniScheme(GradingRules(cutoffs: standardCutoffs, decisions: [DecisionRule(grades: [.excellent], decision: .continue)])))
        #expect(partial["A"]?.decision.kind == .referToDepartment && partial["D"]?.decision.kind == .continue)
    }

    @Test("a scheme without grades (national 六(四)) decides on score bands; a veto goes to its own rule; the reason shows the band")
    func gradeless() throws {
        var mini = MiniWorkspace([("A", .domain, 0), ("B", .domain, 45), ("C", .domain, 60), ("D", .domain, 100)])
        mini.workspace.events.append(EventRecord(centerID: "D", year: 2024, kind: .integrityViolation, note: "造假", line: 2))
        let rules = GradingRules(decisions: [
            DecisionRule(vetoed: true, decision: .rectify),
            DecisionRule(minScore: 55, decision: .continueSupport),
            DecisionRule(minScore: 40, decision: .rectify),
            DecisionRule(decision: .revoke),
        ])
        let r = try evaluate(mini, miniScheme(rules))
        #expect(r.values.allSatisfy { $0.grade == nil })
        #expect(r["A"]?.decision.kind == .revoke && r["A"]?.decision.reason.basis == .scored(score: 0, atLeast: nil, below: 40))
        #expect(r["B"]?.decision.kind == .rectify && r["B"]?.decision.reason.basis == .scored(score: 45, atLeast: 40, below: 55))
        #expect(r["C"]?.decision.kind == .continueSupport && r["C"]?.decision.reason.basis == .scored(score: 60, atLeast: 55, below: nil))
        #expect(r["D"]?.decision.kind == .rectify)
        #expect(r["D"]?.decision.reason.basis == .integrityVeto(note: "造假", under: .departmentSetting, graded: false))
    }

    /// A scheme like `miniScheme` with the given missing-report policy and approval handling.
    func schemeWith(_ report: MissingReportPolicy, missing: MissingDataPolicy = .centerMean,
                    approved: ApprovedWithinCyclePolicy = .ownYears, share: Double = 0.2, grading: GradingRules? = nil) -> Scheme {
        var scheme = miniScheme(grading ?? GradingRules(cutoffs: standardCutoffs), missing: missing)
        scheme.defaults.missingReport = report
        scheme.defaults.approvedWithinCycle = approved
        scheme.defaults.maxImputedShare = share
        return scheme
    }

    @Test("a missing report is an error by default, naming the center, the year, the registry line and the ways out")
    func missingReportIsError() {
        let mini = MiniWorkspace(centers: [("A", .domain, .provincial, [10, 20], [1, 1]),   // no 2024 row
                                           ("B", .domain, .provincial, [30, 30, 30], [1, 1, 1])])
        #expect(throws: EvaluationError.data([DataProblem(.missingReport(centerID: "A", name: "中心A", year: 2024, reportPath: "reports/2024.csv"),
                                                          at: FileLocation(path: "mini/centers.csv", line: 2))])) {
            _ = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.error)).evaluate()
        }
    }

    @Test("impute_own_years fills a missing report from the center's own years, counted apart from imputed cells")
    func missingReportImputed() throws {
        let mini = MiniWorkspace(centers: [("A", .domain, .provincial, [10, 20], [1, 1]),   // no 2024 row
                                           ("B", .domain, .provincial, [30, 30, 30], [1, 1, 1])])
        let evaluation = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.imputeOwnYears)).evaluate()
        let a = try #require(evaluation.centers.first { $0.center.id == "A" })
        #expect(a.cycleValues[0] == 15)
        #expect(a.imputed == [ImputedValue(centerID: "A", indicator: "rd_staff", year: 2024, cause: .noReport, policy: .centerMean, value: 15,
                                           basisYears: [2022, 2023], basisCount: 2, source: "reports/2024.csv")])
        #expect(a.yearlyValues[0] == [10, 20, nil])
        #expect(a.missingReportYears == [2024] && a.imputedCellCount == 0 && a.reportedCells == 2)
        #expect(a.decision.reason.additions.first == .imputed(cells: 0, reported: 2, filledReportYears: [2024]))
        let items = evaluation.toVerify(centerID: "A")
        #expect(items.map(\.kind) == [.missingReport] && items[0].imputedValue == 15 && items[0].year == 2024)
    }

    @Test("impute_own_years never reaches across centers: a center with no report at all is an error")
    func noReportAtAll() {
        let mini = MiniWorkspace(centers: [("A", .domain, .provincial, [], []),
                                           ("B", .domain, .provincial, [30, 30, 30], [1, 1, 1]), ("C", .domain, .provincial, [5, 5, 5], [1, 1, 1])])
        #expect(throws: EvaluationError.data([DataProblem(.noReportInCycle(centerID: "A", name: "中心A", cycle: 2022...2024),
                                                          at: FileLocation(path: "mini/centers.csv", line: 2))])) {
            _ = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.imputeOwnYears)).evaluate()
        }
    }

    @Test("three centers without any report are errors by default, and ungraded under not_participating — never graded from others' means")
    func centersWithoutReports() throws {
        let mini = MiniWorkspace(centers: [("X", .domain, .provincial, [], []), ("Y", .comprehensive, .provincial, [], []),
                                           ("Z", .domain, .provincial, [], []),
                                           ("B", .domain, .provincial, [30, 30, 30], [1, 1, 1]), ("C", .domain, .provincial, [5, 5, 5], [1, 1, 1])])
        do {
            _ = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.error)).evaluate()
            Issue.record("expected an error")
        } catch {
            guard case .data(let problems) = error else { Issue.record("\(error)"); return }
            #expect(problems.count == 9)
            #expect(Set(problems.compactMap { if case .missingReport(let id, _, _, _) = $0.kind { id } else { nil } }) == ["X", "Y", "Z"])
        }
        let evaluation = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.notParticipating)).evaluate()
        for id in ["X", "Y", "Z"] {
            let c = try #require(evaluation.centers.first { $0.center.id == id })
            #expect(c.grade == nil && c.score == nil && c.rank == nil && c.participation == .missingReport)
            #expect(c.decision.kind == .remove)
            // The mini scheme cites no clause for non-participation: the department's setting, never another jurisdiction's.
            #expect(c.decision.clause == .departmentSetting)
            #expect(c.decision.reason == DecisionReason(.missingReport(years: [2022, 2023, 2024]), [.removed]))
        }
        #expect(evaluation.toVerify.filter { $0.kind == .missingReport }.count == 9)
    }

    @Test("non_participation may refer the decision to the department, with the scheme's clause")
    func referToDepartment() throws {
        let mini = MiniWorkspace(centers: [("X", .domain, .provincial, [1, 2], [1, 1]), ("B", .domain, .provincial, [30, 30, 30], [1, 1, 1]),
                                           ("C", .domain, .provincial, [5, 5, 5], [1, 1, 1])])
        let rules = GradingRules(cutoffs: standardCutoffs,
                                 nonParticipation: NonParticipationRule(decision: .referToDepartment, clause: "第九条", clauseEn: "art. 9"))
        let evaluation = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.notParticipating, grading: rules)).evaluate()
        let x = try #require(evaluation.centers.first { $0.center.id == "X" })
        #expect(x.decision.kind == .referToDepartment && x.decision.clause == .text(zh: "第九条", en: "art. 9") && x.grade == nil)
        #expect(x.decision.reason.additions == [.referredToDepartment])
    }

    @Test("years before a center's approval are not missing: own_years evaluates the years since, not_yet_due lists it")
    func approvedWithinCycle() throws {
        var mini = MiniWorkspace(centers: [("N", .domain, .provincial, [40], [1]), ("B", .domain, .provincial, [30, 30, 30], [1, 1, 1]),
                                           ("C", .domain, .provincial, [5, 5, 5], [1, 1, 1])])
        // N was approved in 2023 and reported 2023 only... put its one row in 2023, none in 2022.
        mini.workspace.centers[0].approvedYear = 2023
        var reports = mini.workspace.reports
        reports[0] = AnnualReport(year: 2022, path: "reports/2022.csv", columns: ["rd_staff", "invention_patents"])
        reports[0].append(centerID: "B", line: 3, values: [30, 1]); reports[0].append(centerID: "C", line: 4, values: [5, 1])
        reports[1] = AnnualReport(year: 2023, path: "reports/2023.csv", columns: ["rd_staff", "invention_patents"])
        reports[1].append(centerID: "N", line: 2, values: [40, 1]); reports[1].append(centerID: "B", line: 3, values: [30, 1])
        reports[1].append(centerID: "C", line: 4, values: [5, 1])
        mini.workspace.reports = reports
        // 2024 has no row for N: still a missing report of a year it is due.
        let error = try #require(throws: EvaluationError.self) {
            _ = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.error)).evaluate()
        }
        guard case .data(let problems) = error else { Issue.record("expected a data problem, got \(error)"); return }
        #expect(problems.map(\.kind) == [.missingReport(centerID: "N", name: "中心N", year: 2024, reportPath: "reports/2024.csv")])
        let own = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.imputeOwnYears)).evaluate()
        let n = try #require(own.centers.first { $0.center.id == "N" })
        #expect(n.dueYears == [2023, 2024] && n.missingReportYears == [2024] && n.cycleValues[0] == 40 && n.grade != nil)
        #expect(!n.imputed.contains { $0.year == 2022 })
        let later = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.error, approved: .notYetDue)).evaluate()
        #expect(later.centers.first { $0.center.id == "N" }?.participation == .notYetDue)
    }

    @Test("center_mean never falls back to a group mean; center_min takes the worst own year; every fill is recorded with its source")
    func cellPolicies() throws {
        var mini = MiniWorkspace(centers: [("A", .domain, .provincial, [10, 20, 30], [1, 1, 1]), ("B", .domain, .provincial, [30, 30, 30], [1, 1, 1]),
                                           ("C", .domain, .provincial, [5, 7, 9], [1, 1, 1])])
        func blank(_ center: Int, _ year: Int) {
            var r = mini.workspace.reports[year]
            var rebuilt = AnnualReport(year: r.year, path: r.path, columns: r.columns)
            for (k, id) in r.centerIDs.enumerated() {
                var row = Array(r.values[(k * 2)..<(k * 2 + 2)])
                if k == center { row[0] = .nan }
                rebuilt.append(centerID: id, line: r.lines[k], values: row)
            }
            r = rebuilt
            mini.workspace.reports[year] = r
        }
        blank(0, 2)   // A 2024 empty
        let mean = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.error, missing: .centerMean, share: 1)).evaluate()
        let a = try #require(mean.centers.first { $0.center.id == "A" })
        #expect(a.imputed.map(\.value) == [15] && a.imputed[0].source == "reports/2024.csv:2:3" && a.imputed[0].basisYears == [2022, 2023])
        #expect(a.decision.reason.additions.first == .imputed(cells: 1, reported: 3, filledReportYears: []))
        let worst = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.error, missing: .centerMin, share: 1)).evaluate()
        #expect(worst.centers.first { $0.center.id == "A" }?.imputed.map(\.value) == [10])
        // The share cap: 1 of 3 cells is 33 %; a cap of 10 % stops the run with both numbers.
        #expect(throws: EvaluationError.data([DataProblem(.imputedShareExceeded(centerID: "A", imputed: 1, cells: 3, limit: 0.1, missingReportYears: []),
                                                          at: FileLocation(path: "mini/centers.csv", line: 2))])) {
            _ = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.error, missing: .centerMean, share: 0.1)).evaluate()
        }
        // A has nothing in any year: center_mean is an error, not the category mean.
        blank(0, 0); blank(0, 1)
        #expect(throws: EvaluationError.data([DataProblem(.noOwnValue(centerID: "A", indicator: "rd_staff", policy: .centerMean),
                                                          at: FileLocation(path: "reports/2022.csv", line: 2, column: 3))])) {
            _ = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.error, missing: .centerMean, share: 1)).evaluate()
        }
    }

    @Test("the error policy refuses missing data and names the cell")
    func missingIsError() {
        var mini = MiniWorkspace(centers: [("A", .domain, .provincial, [10, 20, 30], [1, 1, 1]), ("B", .domain, .provincial, [30, 30, 30], [1, 1, 1])])
        var r = AnnualReport(year: 2024, path: "reports/2024.csv", columns: ["rd_staff", "invention_patents"])
        r.append(centerID: "A", line: 2, values: [.nan, 1]); r.append(centerID: "B", line: 3, values: [30, 1])
        mini.workspace.reports[2] = r
        #expect(throws: EvaluationError.data([DataProblem(.missingValue(centerID: "A", indicator: "rd_staff", year: 2024, cause: .emptyCell),
                                                          at: FileLocation(path: "reports/2024.csv", line: 2, column: 3))])) {
            _ = try Evaluator(workspace: mini.workspace, scheme: schemeWith(.error, missing: .error)).evaluate()
        }
    }

    @Test("an indicator with no value at any center, and a column missing from one year's file, are errors")
    func columnsAndEmptyIndicators() {
        var mini = MiniWorkspace(centers: [("A", .domain, .provincial, [10, 20, 30], [.nan, .nan, .nan]), ("B", .domain, .provincial, [30, 30, 30], [.nan, .nan, .nan])])
        let scheme = miniScheme(GradingRules(cutoffs: standardCutoffs), indicators: [.catalogue("rd_staff"), .catalogue("invention_patents")])
        #expect(throws: EvaluationError.data([DataProblem(.indicatorWithoutValues(indicator: "invention_patents", indicatorPath: "dimensions[0].indicators[1]"),
                                                          at: FileLocation(path: "reports/2022.csv", line: 1, column: 4))])) {
            _ = try Evaluator(workspace: mini.workspace, scheme: scheme).evaluate()
        }
        var r = AnnualReport(year: 2023, path: "reports/2023.csv", columns: ["invention_patents"])
        r.append(centerID: "A", line: 2, values: [1]); r.append(centerID: "B", line: 3, values: [1])
        mini.workspace.reports[1] = r
        #expect(throws: EvaluationError.data([DataProblem(.columnMissing(column: "rd_staff", indicator: "rd_staff", indicatorPath: "dimensions[0].indicators[0]", year: 2023),
                                                          at: FileLocation(path: "reports/2023.csv", line: 1))])) {
            _ = try Evaluator(workspace: mini.workspace, scheme: miniScheme(GradingRules(cutoffs: standardCutoffs))).evaluate()
        }
    }

    @Test("equal scores never get different grades, and no score is NaN, on the sample with every preset", arguments: Scheme.presetNames)
    func presetsOnSample(name: String) throws {
        let workspace = WorkspaceLoader().load(root: IntegrityScreeningTests.sampleRoot)
        let evaluation = try Evaluator(workspace: workspace, scheme: try Scheme.preset(named: name)).evaluate()
        let graded = evaluation.evaluated.filter { $0.vetoes.isEmpty && $0.gradeBasis != .integrity }
        var gradeOfScore: [Double: Grade] = [:]
        for c in graded {
            let score = try #require(c.score)
            #expect(score.isFinite)
            if let seen = gradeOfScore[score] { #expect(seen == c.grade) }
            gradeOfScore[score] = c.grade
        }
        #expect(abs(evaluation.indicatorWeights.map(\.effective).reduce(0, +) - 1) < 1e-9)
        #expect(evaluation.evaluated.count == 292)
        // Within a category, a better grade never has a lower score than a worse one (vetoes aside).
        for category in Category.allCases {
            let members = graded.filter { $0.center.category == category }
            for a in members { for b in members where a.grade.flatMap { x in b.grade.map { x < $0 } } == true { #expect(a.score! >= b.score!) } }
        }
        // A scheme without a grade scale (national 六(四)) grades nobody; its score bands order the decisions.
        if !evaluation.scheme.grading.assignsGrades {
            #expect(evaluation.centers.allSatisfy { $0.grade == nil })
            let kept = graded.filter { $0.decision.kind == .continueSupport }.compactMap(\.score)
            let revoked = graded.filter { $0.decision.kind == .revoke }.compactMap(\.score)
            #expect(!kept.isEmpty && !revoked.isEmpty && kept.min()! > revoked.max()!)
        }
    }
}

@Suite("Optional files outside the cycle")
struct OutsideCycleTests {
    @Test("events, ratings and history rows outside the cycle are listed to verify and change no grade")
    func listedNotUsed() throws {
        var mini = MiniWorkspace([("A", .domain, 0), ("B", .domain, 50), ("C", .domain, 100)])
        let scheme = miniScheme(GradingRules(cutoffs: standardCutoffs))
        let before = try Evaluator(workspace: mini.workspace, scheme: scheme).evaluate()
        mini.workspace.events = [EventRecord(centerID: "C", year: 2031, kind: .integrityViolation, note: "typo for 2023?", line: 2)]
        mini.workspace.ratings = [RatingRecord(centerID: "B", year: 2019, rater: "R1", score: 90, line: 2)]
        mini.workspace.history = [HistoryRecord(centerID: "A", cycle: 2022...2024, grade: .unqualified, status: .rectifying, line: 2)]
        let after = try Evaluator(workspace: mini.workspace, scheme: scheme).evaluate()
        #expect(after.centers.map(\.grade) == before.centers.map(\.grade))
        #expect(after.centers.first { $0.center.id == "A" }?.previousStatus == nil)   // its own cycle is not history
        let items = after.toVerify.filter { $0.kind == .outsideCycle }
        #expect(items.map(\.source) == ["mini/history.csv:2", "mini/ratings.csv:2", "mini/events.csv:2"])
        #expect(items.last?.reference == .integrityOutsideCycle(cycle: 2022...2024))
        #expect(items.first?.reference == .outsideCycle(file: "history.csv", cycle: 2022...2024))
    }
}

@Suite("Undefined growth is shown, not silent")
struct UndefinedGrowthTests {
    @Test("a growth rate from a first year of 0 leaves the indicator out for that center, in to_verify, the notes and its reason")
    func growthFromZero() throws {
        let mini = MiniWorkspace(centers: [("A", .domain, .provincial, [0, 10, 20], [1, 2, 3]), ("B", .domain, .provincial, [10, 12, 14], [1, 2, 4]),
                                           ("C", .domain, .provincial, [5, 6, 7], [3, 3, 3])])
        let scheme = miniScheme(GradingRules(cutoffs: standardCutoffs),
                                indicators: [.catalogue("rd_staff", cycleAggregation: .growth), .catalogue("invention_patents")])
        let evaluation = try Evaluator(workspace: mini.workspace, scheme: scheme).evaluate()
        let a = try #require(evaluation.centers.first { $0.center.id == "A" })
        #expect(a.cycleValues[0] == nil && a.normalizedValues[0] == nil)
        #expect(a.undefinedGrowth == [UndefinedGrowthValue(indicator: "rd_staff", firstYear: 2022, firstValue: 0, source: "reports/2022.csv:2:3")])
        #expect(a.decision.reason.additions.contains(.undefinedGrowth(indicators: ["rd_staff"])))
        let items = evaluation.toVerify(centerID: "A")
        #expect(items.count == 1 && items[0].reference == .growthUndefined(firstYear: 2022, firstValue: 0) && items[0].imputedValue == nil)
        #expect(evaluation.notes.contains { $0.code == "growth_undefined" })
        #expect(evaluation.centers.filter { $0.center.id != "A" }.allSatisfy { $0.undefinedGrowth.isEmpty })
    }
}
