import Foundation
import TICIngest
import TICPolicy
import Testing
import TICTestSupport
import TICSupport

@Suite struct SubsidyPolicyTests {
    let policy = SubsidyPolicy.tianjin2018

    static func project(_ investment: Double?, category: Category? = .comprehensive, start: Int? = 2024) -> SubsidyProject {
        SubsidyProject(centerID: "TJ", name: "中心", category: category, project: "项目", totalInvestmentWan: investment, startYear: start)
    }

    @Test("the 30 % share binds below 5000 万元 of investment; the 500 万元 cap above", arguments: [
        (2000.0, 6_000_000 as Int64, SubsidyLimit.investmentShare),
        (4999.99, 14_999_970, .investmentShare),
        (5000.0, 15_000_000, .both),
        (5000.01, 15_000_000, .annualCap),
        (8000.0, 15_000_000, .annualCap),
        (0.0, 0, .investmentShare),
    ])
    func binding(investment: Double, totalYuan: Int64, limit: SubsidyLimit) {
        let award = policy.award(for: Self.project(investment))
        #expect(award.status == .granted)
        #expect(award.totalYuan == totalYuan)
        #expect(award.limit == limit)
        #expect(award.years.allSatisfy { $0.yuan <= 5_000_000 })
    }

    @Test("the total is spread over three consecutive years from the start year, in equal thirds")
    func spread() {
        let award = policy.award(for: Self.project(2000, start: 2025))
        #expect(award.years.map(\.year) == [2025, 2026, 2027])
        #expect(award.years.map(\.index) == [1, 2, 3])
        #expect(award.years.map(\.wan) == [200, 200, 200])
        #expect(award.investmentShareLimitYuan == 6_000_000)
        #expect(award.annualCapLimitYuan == 15_000_000)
    }

    @Test("thirds that do not divide evenly give the left-over yuan to the first years, never above the cap", arguments: [
        (10, [4, 3, 3]),
        (14_999_999, [5_000_000, 5_000_000, 4_999_999]),
        (15_000_000, [5_000_000, 5_000_000, 5_000_000]),
        (0, [0, 0, 0]),
    ] as [(Int64, [Int64])])
    func equalRemainder(total: Int64, expected: [Int64]) {
        #expect(SubsidySpread.equal.amounts(totalYuan: total, years: 3, annualCapYuan: 5_000_000) == expected)
    }

    @Test("front-loaded spread pays the cap each year until the total is used up")
    func frontLoaded() {
        #expect(SubsidySpread.frontLoaded.amounts(totalYuan: 12_000_000, years: 3, annualCapYuan: 5_000_000) == [5_000_000, 5_000_000, 2_000_000])
        let award = policy.spreading(.frontLoaded).award(for: Self.project(4000))
        #expect(award.years.map(\.wan) == [500, 500, 200])
    }

    @Test("the 30 % is rounded down to the yuan, never above the share")
    func roundingDown() {
        #expect(policy.investmentShareLimit(investmentYuan: 10_000_001) == 3_000_000)
        #expect(policy.award(for: Self.project(1000.01)).totalYuan == 3_000_030)
        #expect(policy.award(for: Self.project(3333.33)).years.map(\.yuan) == [3_333_330, 3_333_330, 3_333_330])
    }

    @Test("a non-comprehensive (domain) center is not applicable, with the reason")
    func domain() {
        let award = policy.award(for: Self.project(3000, category: .domain))
        #expect(award.status == .notApplicable)
        #expect(award.years.isEmpty && award.totalYuan == 0)
        #expect(policy.notApplicableReason(.zh).contains("30万元"))
    }

    @Test("missing investment, category or start year is missing data with every gap")
    func missingData() {
        let award = policy.award(for: Self.project(nil, category: nil, start: nil))
        #expect(award.status == .missingData)
        #expect(award.gaps == [SubsidyGap(.category, .missing), SubsidyGap(.totalInvestment, .missing), SubsidyGap(.startYear, .missing)])
    }

    @Test("totals per category and calendar year")
    func categoryTotals() {
        let awards = policy.awards(for: [Self.project(2000, start: 2024), Self.project(8000, start: 2025), Self.project(1000, category: .domain)])
        let totals = SubsidyCategoryTotal.totals(of: awards)
        #expect(totals.map(\.category) == [.comprehensive, .domain])
        #expect(totals[0].byYear == [2024: 2_000_000, 2025: 7_000_000, 2026: 7_000_000, 2027: 5_000_000])
        #expect(totals[0].totalYuan == 21_000_000)
        #expect(totals[0].granted == 2 && totals[1].granted == 0 && totals[1].projects == 1)
    }

    @Test("a center's years are summed over its projects; a sum above 500 万元 is flagged, not cut")
    func centerYears() {
        var second = Self.project(3000, start: 2025)
        second.project = "项目二"
        let awards = policy.awards(for: [Self.project(4000, start: 2024), second, Self.project(1000, category: .domain)])
        let years = SubsidyCenterYear.totals(of: awards, annualCapYuan: policy.annualCapYuan)
        #expect(years.map(\.year) == [2024, 2025, 2026, 2027])
        #expect(years.map(\.yuan) == [4_000_000, 7_000_000, 7_000_000, 3_000_000])
        #expect(years.map(\.exceedsCap) == [false, true, true, false])
        #expect(years.map(\.projects) == [1, 2, 2, 1])
        #expect(awards[0].totalYuan == 12_000_000)
    }

    @Test("the projects file: GB-style amounts, Chinese categories, located diagnostics")
    func projectsFile() throws {
        let text = """
            center_id,name,category,project,total_investment_wan,start_year
            A,甲,综合性,P,"12,000",2024
            B,乙,专业性,P,100,2024
            C,丙,comprehensive,P,-1,2024
            D,丁,comprehensive,P,100,next

            """
        let file = try SubsidyProjectsFile(file: CSVFile(bytes: ContiguousArray(text.utf8), path: "p.csv"))
        #expect(file.projects.map(\.category) == [.comprehensive, .domain, .comprehensive, .comprehensive])
        #expect(file.projects[0].totalInvestmentWan == 12_000)
        #expect(file.diagnostics.map(\.location) == [FileLocation(path: "p.csv", line: 4, column: 5), FileLocation(path: "p.csv", line: 5, column: 6)])
        #expect(file.projects[2].gaps == [.totalInvestment: .invalid])
        #expect(policy.award(for: file.projects[3]).status == .missingData)
    }

    @Test("the shipped Datasets/projects.csv: the 30 % share, the annual cap and the 2027 comprehensive total in whole yuan")
    func shippedProjects() throws {
        let path = Fixtures.repository("Datasets/projects.csv").path
        let awards = policy.awards(for: try SubsidyProjectsFile(path: path).projects)
        let first = try #require(awards.first { $0.project.centerID == "TJ-C-201" })
        #expect(first.totalYuan == 6_000_000 && first.limit == .investmentShare)
        #expect(first.years.map(\.yuan) == [2_000_000, 2_000_000, 2_000_000])   // spread evenly by default
        let frontLoaded = try #require(policy.spreading(.frontLoaded).awards(for: try SubsidyProjectsFile(path: path).projects)
            .first { $0.project.centerID == "TJ-C-201" })
        #expect(frontLoaded.years.map(\.yuan) == [5_000_000, 1_000_000, 0])
        // A domain center is not covered by the comprehensive centers' rule; a blank investment is missing data.
        #expect(awards.first { $0.project.centerID == "TJ-M-207" }?.status == .notApplicable)
        let blank = try #require(awards.first { $0.project.centerID == "TJ-C-206" })
        #expect(blank.status == .missingData && blank.gaps.map(\.field) == [.totalInvestment] && blank.gaps.map(\.reason) == [.missing], "\(blank.gaps)")
        let second = try #require(awards.first { $0.project.centerID == "TJ-C-202" })
        #expect(second.years.first { $0.year == 2025 }?.yuan == 5_000_000 && second.limit == .annualCap)
        let comprehensive = try #require(SubsidyCategoryTotal.totals(of: awards).first { $0.category == .comprehensive })
        #expect(comprehensive.byYear[2027] == 6_000_010)
    }
}
