import Foundation
import TICIngest
import TICPolicy
import Testing
import TICTestSupport

@Suite struct EligibilityRuleSetTests {
    let rules = EligibilityRuleSet.hunan2020

    /// An applicant that passes every condition that applies to `leadType`.
    static func applicant(
        _ leadType: LeadType?,
        rd: [Double?] = [5000, 5000, 5000],
        income: Double? = 1000,
        service: Double? = 400,
        cases: Double? = 6,
        legalEntity: Bool? = true,
        capital: Double? = 2000
    ) -> EligibilityApplication {
        EligibilityApplication(id: "T", name: "测试", leadType: leadType, rdExpenditure: rd, annualIncome: income,
                               serviceIncome: service, transferCases: cases, legalEntity: legalEntity, registeredCapitalWan: capital)
    }

    func result(_ code: String, _ application: EligibilityApplication) throws -> EligibilityConditionResult {
        let assessment = rules.assess(application)
        return try #require(assessment.results.first { $0.condition.code == code })
    }

    @Test("3-year average R&D at, just below and just above 4000 万元", arguments: [
        ([4000.0, 4000, 4000], EligibilityOutcome.pass),
        ([3800.0, 4000, 4200], .pass),
        ([3999.99, 4000, 4000], .fail),
        ([4000.01, 4000, 4000], .pass),
    ])
    func rdAverage(rd: [Double], expected: EligibilityOutcome) throws {
        let result = try result("rd_average", Self.applicant(.enterprise, rd: rd))
        #expect(result.outcome == expected)
        #expect(isClose(try #require(result.measured), rd.reduce(0, +) / 3, rel: 1e-9, abs: 1e-9))
    }

    @Test("service income share at, just below and just above 30 %", arguments: [
        (300.0, 1000.0, EligibilityOutcome.pass),
        (360.0, 1200.0, .pass),
        (299.99, 1000.0, .fail),
        (300.01, 1000.0, .pass),
        (0.0, 1000.0, .fail),
    ])
    func serviceShare(service: Double, income: Double, expected: EligibilityOutcome) throws {
        #expect(try result("service_income_share", Self.applicant(.university, income: income, service: service)).outcome == expected)
    }

    @Test("transfer cases at, just below and just above 5", arguments: [(5.0, EligibilityOutcome.pass), (4.0, .fail), (6.0, .pass), (0.0, .fail)])
    func transferCases(cases: Double, expected: EligibilityOutcome) throws {
        #expect(try result("transfer_cases", Self.applicant(.institute, cases: cases)).outcome == expected)
    }

    @Test("registered capital at, just below and just above 1000 万元", arguments: [
        (1000.0, EligibilityOutcome.pass), (999.99, .fail), (1000.01, .pass),
    ])
    func registeredCapital(capital: Double, expected: EligibilityOutcome) throws {
        #expect(try result("registered_capital", Self.applicant(.enterprise, capital: capital)).outcome == expected)
        #expect(try result("registered_capital", Self.applicant(.university, capital: capital)).outcome == expected)
    }

    @Test("legal entity: yes passes, no fails, unknown is missing data")
    func legalEntity() throws {
        #expect(try result("legal_entity", Self.applicant(.enterprise, legalEntity: true)).outcome == .pass)
        #expect(try result("legal_entity", Self.applicant(.enterprise, legalEntity: false)).outcome == .fail)
        let unknown = try result("legal_entity", Self.applicant(.enterprise, legalEntity: nil))
        #expect(unknown.outcome == .missingData)
        #expect(unknown.gaps == [EligibilityGap(.legalEntity, .missing)])
    }

    @Test("each lead type gets its own conditions; the others are not applicable", arguments: LeadType.allCases)
    func leadTypes(leadType: LeadType) throws {
        let assessment = rules.assess(Self.applicant(leadType))
        let outcomes = Dictionary(uniqueKeysWithValues: assessment.results.map { ($0.condition.code, $0.outcome) })
        if leadType == .enterprise {
            #expect(outcomes["rd_average"] == .pass)
            #expect(outcomes["service_income_share"] == .notApplicable)
            #expect(outcomes["transfer_cases"] == .notApplicable)
        } else {
            #expect(outcomes["rd_average"] == .notApplicable)
            #expect(outcomes["service_income_share"] == .pass)
            #expect(outcomes["transfer_cases"] == .pass)
        }
        #expect(outcomes["legal_entity"] == .pass)
        #expect(outcomes["registered_capital"] == .pass)
        #expect(assessment.verdict == .eligible)
    }

    @Test("a missing R&D year is missing data, named, and the applicant is incomplete")
    func missingYear() throws {
        let application = Self.applicant(.enterprise, rd: [6000, nil, 7000])
        let result = try result("rd_average", application)
        #expect(result.outcome == .missingData)
        #expect(result.measured == nil)
        #expect(result.gaps == [EligibilityGap(.rdExpenditureY2, .missing)])
        #expect(rules.assess(application).verdict == .incomplete)
    }

    @Test("missing data never passes or fails silently: every gap is listed")
    func everyGapListed() throws {
        var application = Self.applicant(.university, income: nil, service: nil)
        application.gaps[.serviceIncome] = .invalid
        let result = try result("service_income_share", application)
        #expect(result.outcome == .missingData)
        #expect(result.gaps == [EligibilityGap(.serviceIncome, .invalid), EligibilityGap(.annualIncome, .missing)])
    }

    @Test("a share of zero annual income is undefined, not a fail")
    func zeroIncome() throws {
        let result = try result("service_income_share", Self.applicant(.newRDInstitution, income: 0, service: 0))
        #expect(result.outcome == .missingData)
        #expect(result.gaps == [EligibilityGap(.annualIncome, .undefined)])
    }

    @Test("an unknown lead type makes the lead-specific conditions missing data, the others still count")
    func unknownLeadType() throws {
        let assessment = rules.assess(Self.applicant(nil))
        let outcomes = assessment.results.map(\.outcome)
        #expect(outcomes == [.missingData, .missingData, .missingData, .pass, .pass])
        #expect(assessment.results[0].gaps == [EligibilityGap(.leadType, .missing)])
        #expect(assessment.verdict == .incomplete)
    }

    @Test("verdict: a fail outweighs missing data; missing data outweighs passes", arguments: [
        ([EligibilityOutcome.pass, .notApplicable], EligibilityVerdict.eligible),
        ([.pass, .missingData], .incomplete),
        ([.fail, .missingData, .pass], .notEligible),
        ([], .eligible),
    ])
    func verdict(outcomes: [EligibilityOutcome], expected: EligibilityVerdict) {
        #expect(EligibilityVerdict(outcomes: outcomes) == expected)
    }

    @Test("rule sets are found by name; --rules values come from the list")
    func ruleSetNames() {
        #expect(EligibilityRuleSet.named("hunan-2020") == .hunan2020)
        #expect(EligibilityRuleSet.named("hunan-2021") == nil)
        #expect(EligibilityRuleSet.all.map(\.id).contains("hunan-2020"))
        #expect(EligibilityRuleSet.hunan2020.conditions.map(\.code)
                == ["rd_average", "service_income_share", "transfer_cases", "legal_entity", "registered_capital"])
        #expect(EligibilityRuleSet.hunan2020.conditions.allSatisfy { $0.clauseZh.hasPrefix("《湖南省技术创新中心建设实施方案》") })
    }

    @Test("the shipped Datasets/applications.csv: 8 eligible, 7 not eligible, 5 incomplete, at the documented edges")
    func shippedApplications() throws {
        let file = try EligibilityApplicationsFile(path: Fixtures.repository("Datasets/applications.csv").path)
        #expect(file.diagnostics.isEmpty)
        let assessments = EligibilityRuleSet.hunan2020.assess(file.applications)
        let verdicts = Dictionary(uniqueKeysWithValues: assessments.map { ($0.application.id, $0.verdict) })
        #expect(assessments.count == 20 && assessments.allSatisfy { $0.results.count == 5 })
        #expect(verdicts.values.filter { $0 == .eligible }.count == 8)
        #expect(verdicts.values.filter { $0 == .notEligible }.count == 7)
        #expect(verdicts.values.filter { $0 == .incomplete }.count == 5)
        #expect(verdicts["HN-A-01"] == .eligible)       // enterprise exactly at 4000 万元
        #expect(verdicts["HN-A-02"] == .notEligible)    // just below
        #expect(verdicts["HN-A-04"] == .incomplete)     // a year of R&D missing
        #expect(verdicts["HN-A-08"] == .eligible)       // university exactly at 30 % and 5 cases
        #expect(verdicts["HN-A-17"] == .notEligible)    // missing year, but the capital fails
    }
}
