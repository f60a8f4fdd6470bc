import Foundation
import Testing
import TICIngest
@testable import TICPolicy
import TICTestSupport

/// Issue 18 items 1 and 3: a scheme grades its own centers only (scope), when they are due (due
/// rule), on a stated date (never the clock), and says so when its policy's stated validity has passed.
@Suite("Scheme scope, due rule and validity")
struct SchemeScopeTests {
    static let sample = WorkspaceLoader().load(root: Fixtures.sampleWorkspace.path)

    /// The Sichuan scope of sichuan-2022 on the mini scheme (one indicator, min-max, cut-offs).
    static func sichuanMini() -> Scheme {
        var scheme = miniScheme(GradingRules(cutoffs: standardCutoffs))
        scheme.scope = SchemeScope(levels: [.provincial], jurisdictions: ["四川省", "四川"])
        return scheme
    }

    // MARK: - Scope on the mixed sample

    @Test("each preset grades only its own centers of the mixed sample; the others are listed out of scope, not graded, not in quotas, not paid",
          arguments: [("national-2017", "CN-N", 12), ("sichuan-2022", "SC-P", 115), ("hunan-2020", "HN-P", 86), ("tianjin-2018", "TJ-M", 87)])
    func ownCenters(name: String, prefix: String, registered: Int) throws {
        let scheme = try Scheme.preset(named: name)
        let scope = try #require(scheme.scope)
        let e = try Evaluator(workspace: Self.sample, scheme: scheme).evaluate()
        let inside = e.centers.filter { $0.center.id.hasPrefix(prefix) }
        let outside = e.centers.filter { !$0.center.id.hasPrefix(prefix) }
        #expect(e.centers.count == 300 && inside.count == registered)
        #expect(!e.evaluated.isEmpty && e.evaluated.allSatisfy { $0.center.id.hasPrefix(prefix) })
        #expect(!inside.contains { $0.participation == .outOfScope })
        for c in outside {
            #expect(c.participation == .outOfScope && c.grade == nil && c.score == nil && c.rank == nil && c.dueYears.isEmpty)
            #expect(c.decision.kind == .outOfScope && c.decision.amountRMB == nil && c.decision.reason.additions.isEmpty)
            #expect(c.scopeExclusion?.levels == scope.levels)
        }
        #expect(e.participationCounts[.outOfScope] == 300 - registered)
        #expect(e.decisionCounts[.outOfScope] == 300 - registered)
        #expect(e.notes.contains(EvaluationNote(.centersOutOfScope(count: 300 - registered, levels: scope.levels, jurisdictions: scope.jurisdictions))))
        // Quotas and rewards count the scheme's own centers only; nothing to verify about the others.
        #expect(e.scheme.grading.assignsGrades ? e.gradeCounts().values.reduce(0, +) == e.evaluated.count
                    : e.decisionCounts(category: nil, evaluatedOnly: true).values.reduce(0, +) == e.evaluated.count)
        #expect(e.centers.filter { $0.decision.amountRMB != nil }.allSatisfy { $0.center.id.hasPrefix(prefix) })
        #expect(e.toVerify.allSatisfy { $0.centerID.isEmpty || $0.centerID.hasPrefix(prefix) })
        if name != "national-2017" {
            #expect(!e.centers.contains { $0.center.level == .national && $0.decision.kind == .recommendNational })
        }
    }

    @Test("a national center is outside a provincial scheme whatever its region: CN-N with region 四川 under sichuan-2022")
    func nationalInSichuan() throws {
        let e = try Evaluator(workspace: Self.sample, scheme: try Scheme.preset(named: "sichuan-2022")).evaluate()
        let national = try #require(e.centers.first { $0.center.level == .national && $0.center.region == "四川" })
        #expect(national.participation == .outOfScope)
        #expect(national.scopeExclusion?.cause == .level(.national))
        let hunan = try #require(e.centers.first { $0.center.id.hasPrefix("HN-P") })
        #expect(hunan.scopeExclusion?.cause == .region("湖南"))
    }

    @Test("a Sichuan center's score and grade do not depend on which other provinces are in the file")
    func independentOfOtherProvinces() throws {
        let scheme = try Scheme.preset(named: "sichuan-2022")
        var alone = Self.sample
        alone.centers = alone.centers.filter { $0.id.hasPrefix("SC-P") }
        let mixed = try Evaluator(workspace: Self.sample, scheme: scheme).evaluate()
        let own = try Evaluator(workspace: alone, scheme: scheme).evaluate()
        let byID = Dictionary(uniqueKeysWithValues: own.centers.map { ($0.center.id, $0) })
        #expect(own.evaluated.count == 112 && mixed.evaluated.count == 112)
        for c in mixed.evaluated {
            let o = try #require(byID[c.center.id])
            #expect(c.score == o.score && c.grade == o.grade && c.rank == o.rank && c.decision == o.decision, "\(c.center.id)")
        }
    }

    @Test("under a scope that holds none of the workspace's centers, the evaluation stops and says so")
    func noCenterInScope() throws {
        var hunanOnly = Self.sample
        hunanOnly.centers = hunanOnly.centers.filter { $0.id.hasPrefix("HN-P") }
        #expect(throws: EvaluationError.noCentersInScope(count: 86, levels: [.national], jurisdictions: nil)) {
            _ = try Evaluator(workspace: hunanOnly, scheme: try Scheme.preset(named: "national-2017")).evaluate()
        }
    }

    // MARK: - Matching

    static func center(level: Level = .provincial, region: String, jurisdiction: String? = nil) -> Center {
        var c = Center(id: "X", name: "中心", level: level, region: region, category: .domain, formation: .leadingEnterprise,
                       leadType: .enterprise, field: .economy, approvedYear: 2020, registeredCapitalWan: 1000, line: 2)
        c.jurisdiction = jurisdiction
        return c
    }

    @Test("scope matching is exact: the jurisdiction column first, else the region; a region naming another province is out, a city is counted in",
          arguments: [
              (Level.provincial, "四川", String?.none, ScopeStanding.inside),
              (.provincial, " 四川省 ", nil, .inside),
              (.national, "四川", nil, .outside(ScopeExclusion(cause: .level(.national), levels: [.provincial], jurisdictions: ["四川省", "四川"]))),
              (.provincial, "湖南省", nil, .outside(ScopeExclusion(cause: .region("湖南省"), levels: [.provincial], jurisdictions: ["四川省", "四川"]))),
              (.provincial, "重庆", nil, .outside(ScopeExclusion(cause: .region("重庆"), levels: [.provincial], jurisdictions: ["四川省", "四川"]))),
              (.provincial, "广西壮族自治区", nil, .outside(ScopeExclusion(cause: .region("广西壮族自治区"), levels: [.provincial], jurisdictions: ["四川省", "四川"]))),
              (.provincial, "成都市", nil, .insideByRegion("成都市")),
              (.provincial, "", nil, .insideByRegion("")),
              (.provincial, "重庆", "四川省", .inside),
              (.provincial, "四川", "四川省成都市", .outside(ScopeExclusion(cause: .jurisdiction("四川省成都市"), levels: [.provincial], jurisdictions: ["四川省", "四川"]))),
          ])
    func matching(level: Level, region: String, jurisdiction: String?, expected: ScopeStanding) {
        let scope = SchemeScope(levels: [.provincial], jurisdictions: ["四川省", "四川"])
        #expect(scope.standing(of: Self.center(level: level, region: region, jurisdiction: jurisdiction)) == expected)
    }

    @Test("a scope without jurisdictions takes every center of its levels; 34 province-level divisions are known in both spellings")
    func anyJurisdiction() {
        let national = SchemeScope(levels: [.national])
        #expect(national.standing(of: Self.center(level: .national, region: "成都市")) == .inside)
        #expect(national.standing(of: Self.center(level: .municipal, region: "天津")) == .outside(ScopeExclusion(cause: .level(.municipal), levels: [.national], jurisdictions: nil)))
        // 23 provinces + 5 autonomous regions + 4 municipalities + 2 special administrative regions, each twice.
        #expect(ProvinceLevelDivision.names.count == 68)
        #expect(ProvinceLevelDivision.names.isSuperset(of: ["黑龙江省", "黑龙江", "内蒙古自治区", "内蒙古", "天津市", "天津", "澳门特别行政区", "台湾省"]))
        #expect(!ProvinceLevelDivision.names.contains("成都市"))
    }

    @Test("a workspace without a jurisdiction column whose regions are cities: counted in, and the evaluation says so once with the count")
    func citiesCountedIn() throws {
        var mini = MiniWorkspace([("A", .domain, 10), ("B", .domain, 20), ("C", .domain, 30), ("D", .domain, 40)])
        for (k, region) in ["成都市", "绵阳市", "四川", "重庆"].enumerated() { mini.workspace.centers[k].region = region }
        let e = try Evaluator(workspace: mini.workspace, scheme: Self.sichuanMini()).evaluate()
        #expect(e.evaluated.map(\.center.id).sorted() == ["A", "B", "C"])
        #expect(e.centers.first { $0.center.id == "D" }?.participation == .outOfScope)
        #expect(e.notes.filter { $0.code == "regions_taken_as_in_scope" }
                == [EvaluationNote(.regionsTakenAsInScope(count: 2, regions: ["成都市", "绵阳市"], jurisdictions: ["四川省", "四川"]))])
        // A scheme without scope evaluates every center, as before scope existed, with no note.
        let unscoped = try Evaluator(workspace: mini.workspace, scheme: miniScheme(GradingRules(cutoffs: standardCutoffs))).evaluate()
        #expect(unscoped.evaluated.count == 4 && unscoped.notes.isEmpty)
    }

    // MARK: - Due

    /// Centers approved in 2019 (A, B), 2022 (C) and 2023 (D, comprehensive; E, domain); D and E report 2023–2024.
    static func dueWorkspace() -> MiniWorkspace {
        var mini = MiniWorkspace(centers: [("A", .domain, .provincial, [10, 10, 10], [1, 1, 1]), ("B", .domain, .provincial, [20, 20, 20], [1, 1, 1]),
                                           ("C", .domain, .provincial, [30, 30, 30], [1, 1, 1]), ("D", .comprehensive, .provincial, [40, 40, 40], [1, 1, 1]),
                                           ("E", .domain, .provincial, [50, 50, 50], [1, 1, 1])])
        mini.workspace.centers[2].approvedYear = 2022
        mini.workspace.centers[3].approvedYear = 2023
        mini.workspace.centers[4].approvedYear = 2023
        return mini
    }

    @Test("end_of_construction_period: due when approved_year + construction_years − 1 ≤ the cycle's end; common_cycle: due when approved by its end")
    func dueRules() throws {
        let mini = Self.dueWorkspace()
        var scheme = miniScheme(GradingRules(cutoffs: standardCutoffs))
        scheme.due = [DueSetting(rule: .endOfConstructionPeriod, constructionYears: 3, clause: "六（四）", clauseEn: "VI(4)")]
        let e = try Evaluator(workspace: mini.workspace, scheme: scheme).evaluate()
        let r = Dictionary(uniqueKeysWithValues: e.centers.map { ($0.center.id, $0) })
        #expect(r["C"]?.participation == .evaluated && r["C"]?.dueYears == [2022, 2023, 2024])   // 2022–2024 ends with the cycle
        for id in ["D", "E"] {
            let c = try #require(r[id])
            #expect(c.participation == .notYetDue && c.grade == nil)
            #expect(c.notYetDue == NotYetDue(rule: .endOfConstructionPeriod, approvedYear: 2023, periodEnds: 2025))
            #expect(c.decision.reason.basis == .notYetDue(NotYetDue(rule: .endOfConstructionPeriod, approvedYear: 2023, periodEnds: 2025)))
            #expect(c.decision.clause == .text(zh: "六（四）", en: "VI(4)"))
        }
        // The common cycle (a scheme without `due`, as before): approved within the cycle, evaluated on its own years.
        let common = try Evaluator(workspace: mini.workspace, scheme: miniScheme(GradingRules(cutoffs: standardCutoffs))).evaluate()
        #expect(common.centers.first { $0.center.id == "D" }?.dueYears == [2023, 2024])
        #expect(common.evaluated.count == 5)
    }

    @Test("due per category (Tianjin): comprehensive centers at the end of their construction period, specialized ones on the common cycle")
    func duePerCategory() throws {
        let mini = Self.dueWorkspace()
        var scheme = miniScheme(GradingRules(cutoffs: standardCutoffs))
        scheme.due = try #require(Scheme.preset(named: "tianjin-2018").due)
        scheme.defaults.approvedWithinCycle = .ownYears
        let e = try Evaluator(workspace: mini.workspace, scheme: scheme).evaluate()
        let d = try #require(e.centers.first { $0.center.id == "D" }), en = try #require(e.centers.first { $0.center.id == "E" })
        #expect(d.participation == .notYetDue && d.notYetDue?.periodEnds == 2025)
        #expect(en.participation == .evaluated && en.dueYears == [2023, 2024])
        // With approved_within_cycle: not_yet_due the common cycle lists E too, under its own rule.
        scheme.defaults.approvedWithinCycle = .notYetDue
        let strict = try Evaluator(workspace: mini.workspace, scheme: scheme).evaluate()
        #expect(strict.centers.first { $0.center.id == "E" }?.notYetDue == NotYetDue(rule: .commonCycle, approvedYear: 2023))
    }

    @Test("each preset states its scope and due rule with a clause; Hunan's due rule is the department's setting")
    func presetsState() throws {
        for name in Scheme.presetNames {
            let scheme = try Scheme.preset(named: name)
            #expect(scheme.scope?.clause != nil && scheme.due?.isEmpty == false, "\(name)")
        }
        #expect(try Scheme.preset(named: "national-2017").dueSetting(for: .domain).rule == .endOfConstructionPeriod)
        #expect(try Scheme.preset(named: "sichuan-2022").dueSetting(for: .comprehensive).rule == .commonCycle)
        #expect(try Scheme.preset(named: "hunan-2020").dueSetting(for: .domain).clause == nil)
        #expect(try Scheme.preset(named: "sichuan-2022").valid?.until == CalendarDay(year: 2024, month: 1, day: 31))
    }

    // MARK: - Dates and validity

    @Test("evaluation dates are days written YYYY-MM-DD, leap years included", arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("2025-03-31", true), ("2025-04-31", false), ("2025-3-31", false),
        ("2025-03-31T00:00", false), ("", false), ("２０２５-03-31", false), ("1900-02-28", false), ("2000-02-29", true),
    ])
    func dates(text: String, valid: Bool) {
        #expect((CalendarDay(text) != nil) == valid)
        if valid { #expect(CalendarDay(text)?.description == text) }
    }

    @Test("Sichuan art. 27: a cycle 2022–2024 evaluated on 2025-03-31 gets the note; without a date, or with a validity that covers it, none")
    func validity() throws {
        let sichuan = try Scheme.preset(named: "sichuan-2022")
        let date = try #require(CalendarDay("2025-03-31"))
        let undated = try Evaluator(workspace: Self.sample, scheme: sichuan).evaluate()
        #expect(undated.evaluationDate == nil && !undated.notes.contains { $0.code == "policy_validity_passed" })
        let dated = try Evaluator(workspace: Self.sample, scheme: sichuan, evaluationDate: date).evaluate()
        #expect(dated.evaluationDate == date)
        #expect(dated.notes.first == EvaluationNote(.policyValidityPassed(try #require(sichuan.valid), evaluationDate: date, yearsOutside: [])))
        // The scheme's own evaluation_date applies without --date; --date wins over it.
        var stated = sichuan
        stated.evaluationDate = CalendarDay("2024-01-15")
        #expect(try Evaluator(workspace: Self.sample, scheme: stated).evaluate().notes.first { $0.code == "policy_validity_passed" } == nil)
        #expect(try Evaluator(workspace: Self.sample, scheme: stated, evaluationDate: date).evaluate().evaluationDate == date)
        // A successor text whose validity covers the date: no note.
        var successor = sichuan
        successor.valid = PolicyValidity(from: CalendarDay("2024-02-01"), until: CalendarDay("2029-01-31"))
        successor.valid?.from = CalendarDay("2022-01-01")
        #expect(!(try Evaluator(workspace: Self.sample, scheme: successor, evaluationDate: date).evaluate().notes.contains { $0.code == "policy_validity_passed" }))
        // A cycle year wholly after the validity is named even without a date.
        var short = sichuan
        short.valid = PolicyValidity(from: CalendarDay("2022-02-01"), until: CalendarDay("2023-06-30"))
        let lapsed = try Evaluator(workspace: Self.sample, scheme: short).evaluate()
        #expect(lapsed.notes.first == EvaluationNote(.policyValidityPassed(try #require(short.valid), evaluationDate: nil, yearsOutside: [2024])))
    }

    // MARK: - Scheme files

    /// sichuan-2022 as JSON with `edit` applied to its top-level object.
    static func inspect(_ edit: (inout [String: Any]) -> Void) throws -> SchemeInspection {
        var object = try #require(try JSONSerialization.jsonObject(with: try Scheme.preset(named: "sichuan-2022").jsonData()) as? [String: Any])
        edit(&object)
        return Scheme.inspect(try JSONSerialization.data(withJSONObject: object))
    }

    @Test("scope, due, valid and evaluation_date read back as written; presets round-trip through their JSON")
    func roundTrip() throws {
        let inspection = try Self.inspect { $0["evaluation_date"] = "2025-03-31" }
        #expect(!inspection.hasErrors, "\(inspection.diagnostics)")
        let scheme = try #require(inspection.scheme)
        #expect(scheme.evaluationDate == CalendarDay("2025-03-31"))
        #expect(scheme.scope == SchemeScope(levels: [.provincial], jurisdictions: ["四川省", "四川"],
                                            clause: try Scheme.preset(named: "sichuan-2022").scope?.clause,
                                            clauseEn: try Scheme.preset(named: "sichuan-2022").scope?.clauseEn))
        for name in Scheme.presetNames {
            let preset = try Scheme.preset(named: name)
            #expect(try Scheme.decode(from: preset.jsonData()) == preset, "\(name)")
        }
    }

    @Test("bad scope, due and dates are findings at their JSON paths", arguments: [
        ("evaluation_date", #""2025/3/31""#, "evaluation_date", SchemeFinding.notADate("2025/3/31")),
        ("scope", #"{"levels": []}"#, "scope.levels", .empty),
        ("scope", #"{"levels": ["provincial"], "jurisdictions": []}"#, "scope.jurisdictions", .empty),
        ("scope", #"{"levels": ["provincal"]}"#, "scope.levels[0]", .unknownValue("provincal", expected: Level.allCases.map(\.rawValue))),
        ("scope", #"{"jurisdictions": ["四川"]}"#, "scope.levels", .missingKey),
        ("due", #"[{"rule": "end_of_construction_period", "construction_years": 0}]"#, "due[0].construction_years", .constructionYearsOutOfRange(0)),
        ("due", #"[{"rule": "common_cycle"}, {"rule": "common_cycle"}]"#, "due[1]", .dueRepeated(category: nil, firstAt: "due[0]")),
        ("due", #"[{"rule": "yearly"}]"#, "due[0].rule", .unknownValue("yearly", expected: DueRule.allCases.map(\.rawValue))),
        ("valid", #"{"from": "2024-02-01", "until": "2022-01-31"}"#, "valid.until", .validityEndsBeforeStart(from: "2024-02-01")),
        ("valid", #"{"from": "2022-02-30"}"#, "valid.from", .notADate("2022-02-30")),
    ])
    func badValues(key: String, json: String, path: String, finding: SchemeFinding) throws {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        let inspection = try Self.inspect { $0[key] = value }
        #expect(inspection.diagnostics.contains { $0.isError && $0.path == path && $0.finding == finding }, "\(inspection.diagnostics)")
    }
}
