import Testing
import TICIngest
import TICScoring
@testable import TICPolicy

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
        #expect(r["E"]?.decision.kind == .recommendNational)
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
        #expect(r["A"]?.decision.reason.contains("rd_staff 5 < 10") == true)
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
        #expect(r["C"]?.decision.reason.contains("数据造假") == true)
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
        #expect(r["P"]?.decision.reason.contains("复评通过") == true)
        #expect(r["F"]?.reEvaluation?.passed == false)
        #expect(r["F"]?.participation == .removedAfterRectification)
        #expect(r["F"]?.decision.kind == .remove)
        #expect(r["F"]?.grade == nil)
        // F left the cohort, so P (cycle mean 63.3) is scored against A (0) and B (100).
        #expect(abs((r["P"]?.score ?? 0) - 190.0 / 3) < 1e-9)
    }

    @Test("Tianjin conversion review: municipal centers that pass convert, those that fail withdraw; rewards are paid")
    func conversionReview() throws {
        let mini = MiniWorkspace([("A", .domain, 0), ("B", .domain, 100), ("C", .domain, 70)], level: .municipal)
        let rules = GradingRules(cutoffs: standardCutoffs,
                                 rewards: [RewardRule(grade: .excellent, category: .domain, amountRMB: 300_000, kind: .oneTime)],
                                 conversionReview: true)
        let r = try evaluate(mini, miniScheme(rules))
        #expect(r["B"]?.decision.kind == .convert && r["B"]?.decision.amountRMB == 300_000)
        #expect(r["C"]?.decision.kind == .convert && r["C"]?.decision.amountRMB == nil)
        #expect(r["A"]?.decision.kind == .withdraw)
    }

    @Test("a missing year is filled from the center's other years and recorded")
    func imputation() throws {
        let mini = MiniWorkspace(centers: [("A", .domain, .provincial, [10, 20], [1, 1]),   // no 2024 row
                                           ("B", .domain, .provincial, [30, 30, 30], [1, 1, 1])])
        let evaluation = try Evaluator(workspace: mini.workspace, scheme: miniScheme(GradingRules(cutoffs: standardCutoffs))).evaluate()
        let a = try #require(evaluation.centers.first { $0.center.id == "A" })
        #expect(a.cycleValues[0] == 15)
        #expect(a.imputed == [ImputedValue(centerID: "A", indicator: "rd_staff", year: 2024, cause: .noReport, policy: .centerMean, value: 15)])
        #expect(a.yearlyValues[0] == [10, 20, nil])
    }

    @Test("the error policy refuses missing data and names the indicator, its path and the center-years")
    func missingIsError() {
        let mini = MiniWorkspace(centers: [("A", .domain, .provincial, [10, 20], [1, 1]), ("B", .domain, .provincial, [30, 30, 30], [1, 1, 1])])
        #expect(throws: EvaluationError.missingValues(indicator: "rd_staff", path: "dimensions[0].indicators[0]", examples: ["A 2024"], total: 1)) {
            _ = try Evaluator(workspace: mini.workspace, scheme: miniScheme(GradingRules(cutoffs: standardCutoffs), missing: .error)).evaluate()
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
        #expect(evaluation.evaluated.count == 294)
        // Within a category, a better grade never has a lower score than a worse one (vetoes aside).
        for category in Category.allCases {
            let members = graded.filter { $0.center.category == category }
            for a in members { for b in members where a.grade! < b.grade! { #expect(a.score! >= b.score!) } }
        }
    }
}
