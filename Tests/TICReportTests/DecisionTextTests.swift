import Testing
import TICIngest
@testable import TICPolicy
@testable import TICReport

/// Policy decides, Report speaks: every decision is data, worded here in both languages.
@Suite("Decision text")
struct DecisionTextTests {
    static let bases: [DecisionReason.Basis] = [
        .notParticipating(note: "未提交材料"), .withdrew(note: ""), .missingReport(years: [2023, 2024]),
        .failedReEvaluation(failedCycle: "2019-2021", year: 2022, score: 41.5, threshold: 55), .notYetDue(approvedYear: 2024),
        .graded(.good, score: 72.25), .quotaMoved(.good, score: 88, byScore: .excellent), .integrityVeto(note: "合同造假", under: .departmentSetting, graded: true),
        .integrityVeto(note: "", under: .departmentSettingUnder(zh: "第二十四条", en: "art. 24"), graded: false),
        .scored(score: 54.08, atLeast: 40, below: 55),
        .hardFloor(hits: [CenterEvaluation.VetoHit(indicator: "rd_staff", condition: "< 10", value: 5)], score: 90),
    ]
    static let additions: [DecisionReason.Addition] = [
        .imputed(cells: 3, reported: 51, filledReportYears: [2023]), .undefinedGrowth(indicators: ["transfer_revenue"]),
        .reEvaluationPassed(failedCycle: "2019-2021", year: 2022, score: 61), .reward(.oneTime, amountRMB: 300_000),
        .reward(.postSubsidy, amountRMB: nil), .rectify(years: 1, reEvaluationYear: 2025, onFailure: .remove),
        .rectify(years: nil, reEvaluationYear: nil, onFailure: .revoke), .removed, .referredToDepartment,
    ] + Decision.Kind.allCases.map { .outcome($0) }

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
        let rectify = DecisionReason(.graded(.unqualified, score: 44.39), [.imputed(cells: 0, reported: 34, filledReportYears: [2023]),
                                                                           .rectify(years: 1, reEvaluationYear: 2025, onFailure: .remove)])
        #expect(DecisionText.reason(rectify, language: .zh) == "评价等级不合格（44.39 分）（缺少的 2023 年度报告按本中心其他年份补值，见待核实清单）；限期 1 年整改，以 2025 年度报告复评，复评未通过的不再列入创新中心序列")
        #expect(DecisionText.reason(rectify, language: .en) == "graded unqualified (score 44.39) (its missing 2023 report filled from its own years; see to_verify.csv); rectify within 1 year(s), re-evaluated on the 2025 report; if it fails the re-evaluation: removed from the sequence")
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
        ]
        for reference in references {
            let zh = ToVerifyTable.reference(reference, language: .zh), en = ToVerifyTable.reference(reference, language: .en)
            #expect(zh != en && !en.isEmpty && en.unicodeScalars.allSatisfy { !(0x4E00...0x9FFF).contains($0.value) })
        }
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
        ]
        #expect(Set(notes.map { EvaluationNote($0).code }).count == notes.count)
        for kind in notes {
            let note = EvaluationNote(kind)
            #expect(note.text(.zh) != note.text(.en) && note.text(.zh).unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
            #expect(!note.text(.en).contains("constantColumn(") && !note.text(.en).contains("("+"column:"))
        }
        #expect(EvaluationNote(notes[4]).text(.en).hasPrefix("dimensions[0].indicator_weights: entropy weighting: \"b\" is constant"))
    }
}
