import Testing
import TICPolicy
@testable import TICReport
import TICSupport

/// The words of eligibility and subsidy results (Policy decides, Report speaks).
@Suite("Eligibility and subsidy text")
struct EligibilityTextTests {
    @Test("the display of a value just below the threshold never equals the threshold")
    func displayNearThreshold() {
        #expect(EligibilityUnit.wan.format(11999.99 / 3, .zh, distinctFrom: 4000) == "3999.997 万元")
        #expect(EligibilityUnit.share.format(0.2999, .en, distinctFrom: 0.3) == "29.99%")
        #expect(EligibilityUnit.share.format(0.3, .en, distinctFrom: 0.3) == "30%")
        #expect(EligibilityUnit.flag.format(0, .zh) == "否")
        #expect(EligibilityUnit.cases.format(.nan, .en) == "")
    }

    @Test("a requirement reads with its unit in both languages")
    func requirement() {
        #expect(EligibilityComparison.atLeast(4000).text(unit: .wan, .zh) == "≥ 4000 万元")
        #expect(EligibilityComparison.atLeast(4000).text(unit: .wan, .en) == "≥ 4000 wan")
        #expect(EligibilityComparison.atLeast(0.3).text(unit: .share, .en) == "≥ 30%")
        #expect(EligibilityComparison.isYes.text(unit: .flag, .zh) == "= 是")
    }

    @Test("every gap reason is worded in both languages, naming the column")
    func gaps() {
        for reason in EligibilityGap.Reason.allCases {
            let gap = EligibilityGap(.rdExpenditureY2, reason)
            #expect(gap.text(.zh).hasPrefix("rd_expenditure_y2（") && gap.text(.en).hasPrefix("rd_expenditure_y2 ("))
            #expect(gap.text(.zh) != gap.text(.en))
        }
        #expect(EligibilityGap(.rdExpenditureY2, .missing).text(.en) == "rd_expenditure_y2 (missing)")
        for reason in SubsidyGap.Reason.allCases {
            let field = SubsidyField.allCases[0]
            let gap = SubsidyGap(field, reason)
            #expect(gap.text(.zh).hasPrefix("\(field.rawValue)（") && gap.text(.en).hasPrefix("\(field.rawValue) ("))
        }
    }
}
