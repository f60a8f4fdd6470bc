import Foundation
import Testing
import TICIngest
@testable import TICPolicy
import TICSupport
import TICTestSupport

/// Issue #19 items 4–5: the previous cycle's grade as a decision condition ("two consecutive 不合格
/// → removal", DecisionRule.swift `previous_grades`) and the site-check shortlist (SiteChecks.swift).
@Suite struct HistoryRuleTests {
    /// Yingtan and Shandong remove a center graded 不合格 twice running; the clause here is a
    /// placeholder a department replaces with its own text.
    static let twice = DecisionRule(grades: [.unqualified], previousGrades: [.unqualified], decision: .remove,
                                    clause: "连续两次评估不合格的，不再列入序列", clauseEn: "unqualified twice running: removed")
    static let rules: [DecisionRule] = [twice, DecisionRule(grades: [.unqualified], decision: .rectify, rectificationYears: 1),
                                        DecisionRule(decision: .continue)]

    func evaluate(_ mini: MiniWorkspace, _ grading: GradingRules) throws -> [String: CenterEvaluation] {
        let evaluation = try Evaluator(workspace: mini.workspace, scheme: miniScheme(grading)).evaluate()
        return Dictionary(uniqueKeysWithValues: evaluation.centers.map { ($0.center.id, $0) })
    }

    /// Scores are the rd_staff values (min-max over 0…100): A 0 and C 20 are 不合格 (< 40), D 50 is 合格.
    static func mini() -> MiniWorkspace {
        var mini = MiniWorkspace([("A", .domain, 0), ("B", .domain, 100), ("C", .domain, 20), ("D", .domain, 50)])
        mini.workspace.history = [
            HistoryRecord(centerID: "A", cycle: 2016...2018, grade: .good, status: .active, line: 2),
            HistoryRecord(centerID: "A", cycle: 2019...2021, grade: .unqualified, status: .active, line: 3),   // the latest earlier cycle
            HistoryRecord(centerID: "C", cycle: 2016...2018, grade: .unqualified, status: .active, line: 4),
            HistoryRecord(centerID: "C", cycle: 2019...2021, grade: .qualified, status: .active, line: 5),
            HistoryRecord(centerID: "D", cycle: 2019...2021, grade: .unqualified, status: .active, line: 6),
        ]
        return mini
    }

    @Test("不合格 again after a 不合格 latest cycle: the previous_grades rule removes the center under its clause; the others rectify or continue")
    func twiceUnqualified() throws {
        let r = try evaluate(Self.mini(), GradingRules(cutoffs: standardCutoffs, decisions: Self.rules))
        let a = try #require(r["A"])
        #expect(a.grade == .unqualified && a.previousGrade == .unqualified && a.previousCycle == 2019...2021)
        #expect(a.decision.kind == .remove)
        #expect(a.decision.clause == .text(zh: "连续两次评估不合格的，不再列入序列", en: "unqualified twice running: removed"))
        #expect(a.decision.reason.additions.contains(.previousCycle(cycle: 2019...2021, grade: .unqualified, status: .active)))
        #expect(a.decision.reason.additions.last == .outcome(.remove))
        // C was 不合格 two cycles ago but 合格 in its latest: one 不合格, so it rectifies.
        #expect(r["C"]?.decision.kind == .rectify && r["C"]?.previousGrade == .qualified)
        // D was 不合格 last cycle and is 合格 now: it continues.
        #expect(r["D"]?.grade == .qualified && r["D"]?.decision.kind == .continue)
        // B has no history: the rule cannot apply.
        #expect(r["B"]?.decision.kind == .continue && r["B"]?.previousGrade == nil)

        // Without a clause the removal is the department's setting.
        var own = Self.rules
        own[0].clause = nil; own[0].clauseEn = nil
        let d = try evaluate(Self.mini(), GradingRules(cutoffs: standardCutoffs, decisions: own))
        #expect(d["A"]?.decision.kind == .remove && d["A"]?.decision.clause == .departmentSetting)
        // The default rules know no history: A rectifies like any 不合格 center.
        let plain = try evaluate(Self.mini(), GradingRules(cutoffs: standardCutoffs))
        #expect(plain["A"]?.decision.kind == .rectify)
    }

    @Test("previous_grades reads from a scheme file, and a rule placed after the rectify rule it would override is a warning")
    func validation() throws {
        let json = """
        {"cutoffs": {"excellent": 80, "good": 60, "qualified": 40},
         "decisions": [{"grades": ["unqualified"], "decision": "rectify", "rectification_years": 1},
                       {"grades": ["unqualified"], "previous_grades": ["unqualified"], "decision": "remove"},
                       {"decision": "continue"}]}
        """
        let grading = try JSONDecoder().decode(GradingRules.self, from: Data(json.utf8))
        #expect(grading.decisions?[1].previousGrades == [.unqualified])
        var scheme = miniScheme(grading)
        let shadowed = SchemeValidator().validate(scheme).filter { $0.path == "grading.decisions[1].previous_grades" }
        #expect(shadowed.map(\.finding) == [.previousGradesRuleShadowed(by: 0)] && shadowed.first?.severity == .warning)

        scheme.grading.decisions = Self.rules
        #expect(SchemeValidator().validate(scheme).filter { $0.path.contains("previous_grades") }.isEmpty)
        scheme.grading.decisions?[0].previousGrades = []
        #expect(SchemeValidator().validate(scheme).contains { $0.path == "grading.decisions[0].previous_grades" && $0.finding == .empty })
        // The rule with history before the plain ones still leaves the decisions exhaustive.
        scheme.grading.decisions = Self.rules
        #expect(!SchemeValidator().validate(scheme).contains { $0.finding == .decisionsNotExhaustive })
    }

    /// Cut-offs 80/60/40; scores A 0, B 100, C 41, D 78.5, E 60, F 50.
    static func boundaryMini() -> MiniWorkspace {
        MiniWorkspace([("A", .domain, 0), ("B", .domain, 100), ("C", .domain, 41), ("D", .domain, 78.5), ("E", .domain, 60), ("F", .domain, 50)])
    }

    func shortlist(_ checks: SiteChecks?, flagging: String? = nil) throws -> [VerificationItem] {
        let mini = Self.boundaryMini()
        let scheme = miniScheme(GradingRules(cutoffs: standardCutoffs, siteChecks: checks))
        var evaluation = try Evaluator(workspace: mini.workspace, scheme: scheme).evaluate()
        if let flagging, let i = evaluation.centers.firstIndex(where: { $0.center.id == flagging }) {
            evaluation.centers[i].flags = [IntegrityFlag(centerID: flagging, year: 2023, kind: .yearOverYearJump, indicator: "rd_staff",
                                                          otherIndicator: nil, value: 50, reference: 5, referenceYear: 2022,
                                                          measure: 10, threshold: 5, source: "reports/2023.csv:6:2")]
        }
        return Evaluator.itemsToVerify(evaluation.centers, flags: [], workspace: mini.workspace, cycle: 2022...2024,
                                       reEvaluationYears: [], missingReport: .error, grading: scheme.grading)
            .filter { $0.kind == .siteCheck }
    }

    @Test("the shortlist lists centers within the scheme's margin of a cut-off, with the cut-off; a wider margin lists more")
    func boundaryShortlist() throws {
        #expect(try shortlist(nil).isEmpty)   // off unless the scheme states it
        let one = try shortlist(SiteChecks(margin: 1))
        // |41 − 40| = 1 and |60 − 60| = 0 are within 1 point; |78.5 − 80| = 1.5 is not.
        #expect(one.map(\.centerID) == ["C", "E"])
        #expect(one.first?.reference == .gradeBoundary(score: 41, grade: .qualified, cutoff: 40, margin: 1))
        #expect(one.first?.source == "mini/centers.csv:4" && one.first?.value == "41")
        let two = try shortlist(SiteChecks(margin: 2))
        #expect(two.map(\.centerID) == ["C", "D", "E"])
        #expect(two.first { $0.centerID == "D" }?.reference == .gradeBoundary(score: 78.5, grade: .excellent, cutoff: 80, margin: 2))
    }

    @Test("a flagged center is shortlisted with its flag count unless flagged is false; near a cut-off too, it has both rows")
    func flaggedShortlist() throws {
        let flagged = try shortlist(SiteChecks(margin: 1), flagging: "C")
        #expect(flagged.map(\.reference) == [.gradeBoundary(score: 41, grade: .qualified, cutoff: 40, margin: 1), .flaggedCenter(count: 1),
                                             .gradeBoundary(score: 60, grade: .good, cutoff: 60, margin: 1)])
        #expect(try shortlist(SiteChecks(), flagging: "B").map(\.reference) == [.flaggedCenter(count: 1)])
        #expect(try shortlist(SiteChecks(flagged: false), flagging: "B").isEmpty)
    }

    @Test("site_checks reads from a scheme file; a margin that is not positive is an error, and a margin without cut-offs a warning")
    func siteChecksValidation() throws {
        let grading = try JSONDecoder().decode(GradingRules.self, from: Data(#"{"cutoffs": {"excellent": 80, "good": 60, "qualified": 40}, "site_checks": {"margin": 2.5}}"#.utf8))
        #expect(grading.siteChecks == SiteChecks(margin: 2.5, flagged: true))
        var scheme = miniScheme(grading)
        #expect(SchemeValidator().validate(scheme).filter { $0.path.hasPrefix("grading.site_checks") }.isEmpty)
        scheme.grading.siteChecks = SiteChecks(margin: 0)
        #expect(SchemeValidator().validate(scheme).contains { $0.path == "grading.site_checks.margin" && $0.finding == .notPositive })
        scheme.grading.siteChecks = SiteChecks(margin: 2)
        scheme.grading.cutoffs = nil
        scheme.grading.quotas = GradeQuotas(excellent: GradeQuota(maxShare: 0.3))
        #expect(SchemeValidator().validate(scheme).contains { $0.path == "grading.site_checks.margin" && $0.finding == .siteCheckMarginWithoutCutoffs })
    }

    @Test("on the sample under sichuan-2022, the shortlist is exactly the centers within the margin of a cut-off plus the flagged ones; the preset alone lists none",
          arguments: [0.5, 2.0])
    func sampleShortlist(margin: Double) throws {
        let workspace = WorkspaceLoader().load(root: Fixtures.sampleWorkspace.path)
        var scheme = try Scheme.preset(named: "sichuan-2022")
        #expect(try Evaluator(workspace: workspace, scheme: scheme).evaluate().toVerify.allSatisfy { $0.kind != .siteCheck })
        scheme.grading.siteChecks = SiteChecks(margin: margin)
        let evaluation = try Evaluator(workspace: workspace, scheme: scheme).evaluate()
        let cutoffs = try #require(scheme.grading.cutoffs)
        let evaluated = evaluation.centers.filter { $0.participation == .evaluated }
        let near = Set(evaluated.filter { c in
            [cutoffs.excellent, cutoffs.good, cutoffs.qualified].contains { abs((c.score ?? -1000) - $0) <= margin }
        }.map(\.center.id))
        let flagged = Set(evaluated.filter { !$0.flags.isEmpty }.map(\.center.id))
        let items = evaluation.toVerify.filter { $0.kind == .siteCheck }
        #expect(Set(items.compactMap { if case .gradeBoundary = $0.reference { $0.centerID } else { nil } }) == near)
        #expect(Set(items.compactMap { if case .flaggedCenter = $0.reference { $0.centerID } else { nil } }) == flagged)
        #expect(items.count == near.count + flagged.count && !near.isEmpty)
    }
}
