import Foundation
import Testing
import TICTestSupport

@Suite struct SubsidyCommandTests {
    static let projects = Fixtures.repository("Datasets/projects.csv").path

    @Test("the shipped projects: 30 % binding, cap binding, not applicable, category totals")
    func shippedProjects() throws {
        let result = try CLIRunner.run(["subsidy", Self.projects, "--format", "csv", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = Set(result.stdout.split(separator: "\n").map(String.init))
        #expect(lines.contains("project,TJ-C-201,天津（示例）综合技术创新中心甲,comprehensive,检测实验室建设,2000,2024-2026,600,granted,investment_share,"))
        #expect(lines.contains("project_year,TJ-C-202,天津（示例）综合技术创新中心乙,comprehensive,研发仪器设备购置,8000,2025,500,granted,annual_cap,"))
        #expect(lines.contains { $0.hasPrefix("project,TJ-M-207,") && $0.contains(",not_applicable,") })
        #expect(lines.contains("project,TJ-C-206,天津（示例）综合技术创新中心己,comprehensive,生物医药检测平台,,,,missing_data,,total_investment_wan:missing"))
        #expect(lines.contains("category_year,,,comprehensive,,,2027,600.001,,,"))
    }

    @Test("--spread front-loaded pays 500 万元 a year until the total is used")
    func frontLoaded() throws {
        let result = try CLIRunner.run(["subsidy", Self.projects, "--format", "json", "--spread", "front-loaded"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"spread\" : \"front-loaded\""))
        // The option reaches the policy: TJ-C-201's 600 万元 is paid 500 + 100 + 0, not 200 a year.
        let csv = try CLIRunner.run(["subsidy", Self.projects, "--format", "csv", "--lang", "en", "--spread", "front-loaded"])
        let years = csv.stdout.split(separator: "\n").filter { $0.hasPrefix("project_year,TJ-C-201,") }
            .map { $0.split(separator: ",", omittingEmptySubsequences: false)[6...7].joined(separator: ":") }
        #expect(years == ["2024:500", "2025:100", "2026:0"])
    }
}
