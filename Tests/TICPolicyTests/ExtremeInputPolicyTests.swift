import Foundation
import Testing
import TICIngest
@testable import TICPolicy
import TICScoring

/// Huge amounts in applications, projects and weights (issue 13): measured, formatted or refused,
/// never a trap or an infinity.
@Suite("Extreme inputs in the policy rules")
struct ExtremeInputPolicyTests {
    @Test("a three-year R&D average whose sum overflows is the average of thirds, a finite number")
    func overflowingAverage() throws {
        let application = EligibilityApplication(id: "A", name: "甲", leadType: .enterprise,
                                                 rdExpenditure: [1.7e308, 1.7e308, 1.7e308], legalEntity: true, registeredCapitalWan: 5000)
        guard case .success(let average) = EligibilityMeasure.averageRDExpenditure.measure(application) else {
            Issue.record("the average is available"); return
        }
        #expect(abs(average - 1.7e308) <= 1.7e308 * 1e-15)
        #expect(average.isFinite)
        // Ordinary amounts keep the exact (y1 + y2 + y3) / 3.
        let plain = EligibilityApplication(id: "B", name: "乙", leadType: .enterprise, rdExpenditure: [3999.99, 4000, 4000],
                                           legalEntity: true, registeredCapitalWan: 5000)
        #expect(try EligibilityMeasure.averageRDExpenditure.measure(plain).get() == (3999.99 + 4000 + 4000) / 3)
    }

    @Test("a service-income share that overflows is undefined, not infinite")
    func overflowingShare() {
        var application = EligibilityApplication(id: "A", name: "甲", leadType: .university, rdExpenditure: [], legalEntity: true,
                                                 registeredCapitalWan: 5000)
        application.serviceIncome = 1e300
        application.annualIncome = 1e-300
        guard case .failure(let gaps) = EligibilityMeasure.serviceIncomeShare.measure(application) else {
            Issue.record("the share is undefined"); return
        }
        #expect(gaps.gaps.map(\.field) == [.annualIncome])
    }

    @Test("an investment beyond Int64 yuan saturates instead of trapping; the caps still apply")
    func hugeInvestment() {
        #expect(SubsidyPolicy.yuan(fromWan: 1e300) == Int64.max)
        #expect(SubsidyPolicy.yuan(fromWan: 2000) == 20_000_000)
    }

    @Test("research weights above 1e100, or replayed samples that overflow or are all zero, are refused")
    func researchWeights() {
        let matrix = Matrix(rows: [[1, 2], [3, 1], [2, 2]])
        let settings = UncertaintySettings(samples: 10, seed: 1)
        #expect(throws: UncertaintyAnalysis.Failure.self) {
            try UncertaintyAnalysis.analyze(matrix: matrix, alternatives: ["a", "b", "c"], criteria: ["x", "y"],
                                            directions: [.benefit, .benefit], weights: [1.7e308, 1.7e308], settings: settings)
        }
        for samples in [Matrix(rows: [[1.7e308, 1]]), Matrix(rows: [[0.5, 0.5], [0, 0]])] {
            #expect(throws: UncertaintyAnalysis.Failure.self) {
                try UncertaintyAnalysis.analyze(matrix: matrix, alternatives: ["a", "b", "c"], criteria: ["x", "y"],
                                                directions: [.benefit, .benefit], weights: [0.5, 0.5], settings: settings,
                                                weightSamples: samples)
            }
        }
    }

}
