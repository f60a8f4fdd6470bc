import Testing
import TICIngest
import TICSupport
@testable import TICPolicy
@testable import TICReport

/// Policy decides, Report speaks: every decision is data, worded here in both languages.
@Suite("Decision text")
struct DecisionTextTests {
    static let bases: [DecisionReason.Basis] = [
        .notParticipating(note: "未提交材料"), .withdrew(note: ""), .missingReport(years: [2023, 2024]),
        .failedReEvaluation(failedCycle: "2019-2021", year: 2022, score: 41.5, threshold: 55), .notYetDue(NotYetDue(rule: .commonCycle, approvedYear: 2024)),
        .notYetDue(NotYetDue(rule: .endOfConstructionPeriod, approvedYear: 2023, periodEnds: 2025)),
        .outOfScope(ScopeExclusion(cause: .level(.national), levels: [.provincial], jurisdictions: ["四川省", "四川"])),
        .outOfScope(ScopeExclusion(cause: .jurisdiction("湖南省"), levels: [.provincial], jurisdictions: ["四川省"])),
        .outOfScope(ScopeExclusion(cause: .region("天津"), levels: [.provincial, .municipal], jurisdictions: nil)),
        .graded(.good, score: 72.25), .quotaMoved(.good, score: 88, byScore: .excellent), .integrityVeto(note: "合同造假", under: .departmentSetting, graded: true),
        .integrityVeto(note: "", under: .departmentSettingUnder(zh: "第二十四条", en: "art. 24"), graded: false),
        .scored(score: 54.08, atLeast: 40, below: 55),
        .graded(.good, score: 72.25, cutoff: CutoffFacts(grade: .good, met: 70, missed: 85)),
        .quotaMoved(.good, score: 88, byScore: .excellent, quotas: [Self.domainQuota]),
        .hardFloor(hits: [CenterEvaluation.VetoHit(indicator: "rd_staff", condition: "< 10", value: 5)], score: 90),
        .hardFloor(hits: [Self.staffVeto], score: 60.96, byScore: .qualified),
    ]
    static let additions: [DecisionReason.Addition] = [
        .imputed(cells: 3, reported: 51, filledReportYears: [2023]), .undefinedGrowth(indicators: ["transfer_revenue"]),
        .imputed(cells: 1, reported: 51, filledReportYears: [], values: [.init(indicator: Self.staff, year: 2023, value: 25)]),
        .previousCycle(cycle: 2019...2021, grade: .good, status: .active), .integrityFlags(count: 2),
        .reEvaluationPassed(failedCycle: "2019-2021", year: 2022, score: 61), .reward(.oneTime, amountRMB: 300_000),
        .reward(.postSubsidy, amountRMB: nil), .rectify(years: 1, reEvaluationYear: 2025, onFailure: .remove),
        .rectify(years: nil, reEvaluationYear: nil, onFailure: .revoke), .removed, .referredToDepartment,
    ] + Decision.Kind.allCases.map { .outcome($0) }

    static let staff = IndicatorLabel(code: "rd_staff", name: "研发人员数", nameEn: "R&D staff", unit: "人")
    /// 领域类: 20 % of 252 graded centers; 73 reached 优秀 by score, this one is 51st of them, 53rd in the category.
    static let domainQuota = QuotaFacts(grade: .excellent, bound: .maximum, category: .domain, share: 0.2, size: 252, rounding: .floor,
                                        places: 50, holders: 73, position: 51, rankInBase: 53)
    /// rd_staff < 30 on the 2022–2024 mean, 2023 imputed (the sample scheme's illustrative veto).
    static let staffVeto = CenterEvaluation.VetoHit(indicator: "rd_staff", condition: "< 30", value: 77.0 / 3, clause: "示例：研发人员少于30人一票否决",
                                                    clauseEn: "Illustrative: fewer than 30 R&D staff", label: staff, op: .less, threshold: 30,
                                                    aggregation: .mean, years: [2022, 2023, 2024], imputedYears: [2023])

    /// Whether the text holds a CJK ideograph.
    func hasChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    @Test("every decision kind has a distinct Chinese label and its code in English")
    func kinds() {
        #expect(Set(Decision.Kind.allCases.map(\.zh)).count == Decision.Kind.allCases.count)
        for kind in Decision.Kind.allCases {
            #expect(hasChinese(kind.label(.zh)))
            #expect(kind.label(.en) == kind.rawValue)
        }
        #expect(Decision.Kind.revoke.rawValue == "revoke")   // not "withdraw": that is the event of a center leaving the evaluation
    }

    @Test("every basis and addition is worded in Chinese and in English")
    func everyPiece() {
        for basis in Self.bases {
            let zh = DecisionText.reason(DecisionReason(basis), language: .zh), en = DecisionText.reason(DecisionReason(basis), language: .en)
            #expect(hasChinese(zh) && !en.isEmpty && zh != en)
        }
        for addition in Self.additions {
            let zh = DecisionText.addition(addition, language: .zh), en = DecisionText.addition(addition, language: .en)
            #expect(hasChinese(zh) && !hasChinese(en) && !en.isEmpty)
        }
    }

    @Test("a reason reads the same as the evaluation wrote it before it was data")
    func exactWords() {
        let rectify = DecisionReason(.graded(.unqualified, score: 44.39, cutoff: CutoffFacts(grade: .unqualified, met: nil, missed: 55)),
                                     [.imputed(cells: 0, reported: 34, filledReportYears: [2023]), .rectify(years: 1, reEvaluationYear: 2025, onFailure: .remove)])
        #expect(DecisionText.reason(rectify, language: .zh) == "评价等级不合格：得分 44.39 < 合格线 55.00（缺少的 2023 年度报告按本中心其他年份补值，见待核实清单）；限期 1 年整改，以 2025 年度报告复评，复评未通过的不再列入创新中心序列")
        #expect(DecisionText.reason(rectify, language: .en) == "graded unqualified: score 44.39 < 55.00 (pass mark) (its missing 2023 report filled from its own years; see to_verify.csv); rectify within 1 year(s), re-evaluated on the 2025 report; if it fails the re-evaluation: removed from the sequence")
        // National 六(四) and Tianjin 五(四) set no deadline: the words say so and name what a failure decides.
        let open = DecisionReason(.scored(score: 54.08, atLeast: 40, below: 55), [.rectify(years: nil, reEvaluationYear: nil, onFailure: .revoke)])
        #expect(DecisionText.reason(open, language: .zh) == "评价得分 54.08 分，不低于 40 分且低于 55 分（本指标体系不评等级）；整改（政策文件未规定期限，复评时间由主管部门确定），复评未通过的予以撤销")
        let fraud = DecisionReason(.integrityVeto(note: "", under: .departmentSettingUnder(zh: "第二十四条", en: "art. 24"), graded: true))
        #expect(DecisionText.reason(fraud, language: .zh) == "存在弄虚作假行为，按本指标体系的设定一票否决为不合格（依据第二十四条，该条未规定具体处理）")
        let absent = DecisionReason(.notParticipating(note: "未提交材料"), [.removed])
        #expect(DecisionText.reason(absent, language: .zh) == "不参加评估：未提交材料，不再列入序列")
        #expect(DecisionText.reason(absent, language: .en) == "did not take part in the evaluation: 未提交材料: removed from the sequence")
        #expect(DecisionText.clause(.departmentSetting, language: .en) == "the department's setting in this scheme (the policy text does not rule it)")
        #expect(DecisionText.clause(.text(zh: "第二十三条", en: "art. 23"), language: .zh) == "第二十三条")
    }
}

/// Reasons show the arithmetic (issue 18 item 4): the cut-off met or missed, the quota's places and
/// the rank, the veto's indicator by name with its unit and how its value was formed.
@Suite("Reason arithmetic")
struct ReasonArithmeticTests {
    func words(_ basis: DecisionReason.Basis, _ language: Language) -> String { DecisionText.reason(DecisionReason(basis), language: language) }

    @Test("the score against the cut-off it met and the one it missed")
    func cutoffs() {
        let failed = DecisionReason.Basis.graded(.unqualified, score: 54.9, cutoff: CutoffFacts(score: 54.9, cutoffs: GradeCutoffs(excellent: 85, good: 70, qualified: 55)))
        #expect(words(failed, .zh) == "评价等级不合格：得分 54.90 < 合格线 55.00")
        #expect(words(failed, .en) == "graded unqualified: score 54.90 < 55.00 (pass mark)")
        let good = DecisionReason.Basis.graded(.good, score: 84.96, cutoff: CutoffFacts(score: 84.96, cutoffs: GradeCutoffs(excellent: 85, good: 70, qualified: 55)))
        #expect(words(good, .zh) == "评价等级良好：得分 84.96 ≥ 良好线 70.00，< 优秀线 85.00")
        #expect(words(good, .en) == "graded good: score 84.96 ≥ 70.00 (good mark), < 85.00 (excellent mark)")
    }

    @Test("a comparison never shows two equal numbers for unequal values", arguments: [
        (54.9951, "54.995 < 55.000"), (54.9999999, "54.9999999 < 55.0000000"), (54.99, "54.99 < 55.00"),
    ])
    func moreDigitsWhenRoundingHides(score: Double, shown: String) {
        let basis = DecisionReason.Basis.graded(.unqualified, score: score, cutoff: CutoffFacts(grade: .unqualified, met: nil, missed: 55))
        #expect(words(basis, .zh) == "评价等级不合格：得分 \(shown.replacingOccurrences(of: " < ", with: " < 合格线 "))")
    }

    @Test("a quota move names the base, the share, the rounding, the places and the rank")
    func quotaMove() {
        let basis = DecisionReason.Basis.quotaMoved(.good, score: 87.79, byScore: .excellent, cutoff: CutoffFacts(grade: .excellent, met: 85, missed: nil),
                                                    quotas: [DecisionTextTests.domainQuota])
        #expect(words(basis, .zh) == "评价等级良好：得分 87.79 ≥ 优秀线 85.00，但未获优秀名额（领域类 252 个参评中心 × 20% = 50.4，向下取整为 50 个名额；本中心在按分数达到优秀的 73 个中心中排第 51 名（类内得分第 53 名）），由优秀调为良好")
        #expect(words(basis, .en) == "graded good: score 87.79 ≥ 85.00 (excellent mark), but outside the excellent places (domain centers: 252 graded × 20% = 50.4, rounded down to 50 places; 51st of the 73 centers whose score reached excellent (53rd by score in the category)): moved from excellent to good")
    }

    @Test("a quota of no places, and a ceil above the share, say so", arguments: [
        (GradingRules.QuotaRounding.floor, 0, "但该类没有优秀名额（领域类 4 个参评中心 × 20% = 0.8，向下取整为 0 个名额），由优秀调为良好"),
        (.ceil, 1, "领域类 4 个参评中心 × 20% = 0.8，向上取整为 1 个名额（取整后多于 20% 的比例）"),
        (.round, 1, "领域类 4 个参评中心 × 20% = 0.8，四舍五入为 1 个名额"),
    ])
    func fewPlaces(rounding: GradingRules.QuotaRounding, places: Int, text: String) {
        let q = QuotaFacts(grade: .excellent, bound: .maximum, category: .domain, share: 0.2, size: 4, rounding: rounding,
                           places: places, holders: 2, position: 2, rankInBase: 2)
        #expect(rounding.places(share: 0.2, size: 4) == places)
        #expect(words(.quotaMoved(.good, score: 90, byScore: .excellent, quotas: [q]), .zh).contains(text))
    }

    @Test("a forced failure names the minimum, those already there and the center's place from the bottom")
    func minimumShare() {
        let q = QuotaFacts(grade: .unqualified, bound: .minimum, category: .comprehensive, share: 0.05, size: 50, rounding: .ceil,
                           places: 3, holders: 1, position: 2, rankInBase: 48)
        #expect(words(.quotaMoved(.unqualified, score: 56, byScore: .qualified, cutoff: CutoffFacts(grade: .qualified, met: 55, missed: 70), quotas: [q]), .zh)
                == "评价等级不合格：得分 56.00 ≥ 合格线 55.00，< 良好线 70.00，但计入不合格比例下限（综合类 50 个参评中心 × 5% = 2.5，向上取整为 3，至少 3 个不合格，已有 1 个；本中心在其余 49 个中心中得分倒数第 2 名），调为不合格")
    }

    @Test("a veto names the indicator in words, its unit, the years it averages, imputed years and the rule's basis")
    func veto() {
        let basis = DecisionReason.Basis.hardFloor(hits: [DecisionTextTests.staffVeto], score: 60.96, byScore: .qualified)
        #expect(words(basis, .zh) == "触发一票否决：研发人员数（2022–2024 年平均）25.67 人 < 30 人（其中 2023 年为补值）（依据：示例：研发人员少于30人一票否决）；不论得分（60.96 分，按分数为合格）评为不合格")
        #expect(words(basis, .en) == "hard floor failed: R&D staff (2022–2024 mean) 25.67 people < 30 people (2023 imputed) (basis: Illustrative: fewer than 30 R&D staff); unqualified whatever the score (60.96, qualified by score)")
        // A share is shown in per cent, and a value just under the threshold gets the digits it needs.
        var share = DecisionTextTests.staffVeto
        share.label = IndicatorLabel(code: "service_income_share", name: "对外技术服务收入占比", nameEn: "Service income share", unit: "ratio")
        share.value = 0.29999; share.threshold = 0.3; share.imputedYears = []; share.clause = nil
        #expect(words(.hardFloor(hits: [share], score: 50), .zh) == "触发一票否决：对外技术服务收入占比（2022–2024 年平均）29.999% < 30%；不论得分（50.00 分）评为不合格")
    }
}

/// Every code a user sees has a label in both languages (issue 14: one place per language).
@Suite("Labels of user-visible codes")
struct CodeLabelTests {
    func check<T: DomainCode>(_ type: T.Type) {
        let zh = T.allCases.map(\.zh), en = T.allCases.map(\.en)
        #expect(Set(zh).count == zh.count && Set(en).count == en.count, "\(T.self)")
        #expect(zh.allSatisfy { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }, "\(T.self)")
        #expect(en.allSatisfy { !$0.isEmpty && !$0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }, "\(T.self)")
    }

    @Test("registry codes, grades, statuses and events have distinct Chinese and English labels")
    func domainCodes() {
        check(Level.self); check(Category.self); check(Formation.self); check(LeadType.self)
        check(Field.self); check(Grade.self); check(Status.self); check(EventKind.self)
    }

    @Test("eligibility and subsidy codes have distinct Chinese and English labels")
    func eligibilityAndSubsidyCodes() {
        check(EligibilityVerdict.self); check(EligibilityOutcome.self); check(EligibilityField.self)
        check(SubsidyStatus.self); check(SubsidyLimit.self); check(SubsidyField.self)
    }

    @Test("every scheme finding is worded in Chinese and in English, in words rather than Swift values")
    func schemeFindings() {
        for finding in SchemeFindingTextTests.findings {
            let zh = finding.message(.zh), en = finding.message(.en)
            #expect(!zh.isEmpty && !en.isEmpty && zh != en, "\(finding)")
            #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(finding): \(zh)")
            #expect(!en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(finding): \(en)")
            for dump in ["Optional(", "TICPolicy.", "TICScoring.", "SchemeFinding", "nil"] {
                #expect(!zh.contains(dump) && !en.contains(dump), "\(finding): \(en)")
            }
        }
    }

    @Test("every to_verify kind and reference is worded in both languages")
    func verificationReferences() {
        let references: [VerificationItem.Reference] = [
            .policy(.centerMean, years: [2022, 2024], count: 2), .policy(.centerMin, years: [2022], count: 2), .policy(.zero, years: [], count: 0),
            .policy(.groupMean, years: [2023], count: 12), .missingReport(.imputeOwnYears), .missingReport(.notParticipating),
            .outsideCycle(file: "events.csv", cycle: 2022...2024), .outsideCycle(file: "history.csv", cycle: 2022...2024),
            .integrityOutsideCycle(cycle: 2022...2024), .reportOutsideCycle(cycle: 2022...2024), .growthUndefined(firstYear: 2022, firstValue: 0),
            .gradeBoundary(score: 78.5, grade: .excellent, cutoff: 80, margin: 2), .flaggedCenter(count: 2),
        ]
        for reference in references {
            let zh = ToVerifyTable.reference(reference, language: .zh), en = ToVerifyTable.reference(reference, language: .en)
            #expect(zh != en && !en.isEmpty && en.unicodeScalars.allSatisfy { !(0x4E00...0x9FFF).contains($0.value) })
        }
        // The site-check shortlist names the score, the cut-off and the scheme's margin (grading.site_checks).
        #expect(ToVerifyTable.reference(.gradeBoundary(score: 78.5, grade: .excellent, cutoff: 80, margin: 2), language: .en)
                == "score 78.5 is within 2 points of the excellent cut-off 80 (site_checks.margin): shortlisted for a site check")
        #expect(ToVerifyTable.reference(.gradeBoundary(score: 78.5, grade: .excellent, cutoff: 80, margin: 2), language: .zh)
                == "得分 78.5 距优秀分数线 80 不超过 2 分（site_checks.margin）：列入现场核查名单")
        #expect(ToVerifyTable.reference(.flaggedCenter(count: 2), language: .zh) == "有 2 条诚信疑点（site_checks.flagged）：列入现场核查名单")
        for kind in VerificationItem.Kind.allCases {
            let item = VerificationItem(centerID: "A", name: "甲", year: 2023, indicator: "rd_staff", kind: kind, value: "", imputedValue: 1,
                                        reference: .missingReport(.imputeOwnYears), source: "reports/2023.csv")
            #expect(ToVerifyTable.action(item, language: .zh) != ToVerifyTable.action(item, language: .en))
        }
    }
}

@Suite("Evaluation notes are data, worded in Report")
struct EvaluationNoteTextTests {
    @Test("every note kind is worded in both languages, a weighting warning in words rather than a Swift value")
    func everyNote() {
        let notes: [EvaluationNote.Kind] = [
            .indicatorAllMissing(path: "dimensions[0].indicators[1]", indicator: "rd_staff"),
            .outliersTreated(path: "p", indicator: "x", method: "winsorize", points: 3, logTransformed: true),
            .constantIndicator(path: "p", indicator: "x"), .objectiveWeightsFallback(path: "p"),
            .weightingWarning(path: "dimensions[0].indicator_weights", method: "entropy", warning: .constantColumn(column: 1), names: ["a", "b"]),
            .quotaTie(grade: .excellent, score: 88.5, kept: 3, limit: 2, includeTies: true),
            .imputedValues(count: 3, centers: ["A", "B"]), .growthUndefined(count: 1, centers: ["A"]),
            .missingReportsImputed(entries: ["A 2023"]), .missingReportsNotParticipating(entries: ["B 2022/2023"]),
            .quotaWithoutPlaces(grade: .excellent, category: .domain, share: 0.2, size: 4, rounding: .floor, moved: ["A", "B"]),
            .quotaAboveShare(grade: .excellent, category: nil, share: 0.2, size: 4, rounding: .ceil, places: 1),
            .quotaForcedFailures(category: .comprehensive, share: 0.05, size: 50, required: 3, already: 1, moved: ["C", "D"]),
        ]
        #expect(Set(notes.map { EvaluationNote($0).code }).count == notes.count)
        for kind in notes {
            let note = EvaluationNote(kind)
            #expect(note.text(.zh) != note.text(.en) && note.text(.zh).unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
            #expect(!note.text(.en).contains("constantColumn(") && !note.text(.en).contains("("+"column:"))
        }
        #expect(EvaluationNote(notes[4]).text(.en).hasPrefix("dimensions[0].indicator_weights: entropy weighting: \"b\" is constant"))
        #expect(EvaluationNote(notes[10]).zh == "领域类 4 个参评中心 × 20% = 0.8，向下取整为 0 个名额：该类没有优秀名额，按分数达到优秀的 2 个中心均调低一级（A, B）；如需保留名额，可在指标体系中设 grading.quota_rounding 为 round 或 ceil")
        #expect(EvaluationNote(notes[12]).en == "unqualified minimum: comprehensive centers: 50 graded × 5% = 2.5, rounded up to 3, at least 3 unqualified, 1 already; the 2 lowest-scoring centers moved to unqualified (C, D)")
    }
}
