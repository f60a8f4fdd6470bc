import Foundation
import Testing
import TICTestSupport

@Suite struct ScreenCommandTests {
    static let applications = Fixtures.repository("Datasets/applications.csv").path

    /// The CSV output as `applicant_id → verdict`.
    static func verdicts(_ csv: String) -> [String: String] {
        var verdicts: [String: String] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            verdicts[String(fields[0])] = String(fields[fields.count - 1])
        }
        return verdicts
    }

    @Test("screening the shipped applications exits 0 with the expected verdicts in CSV")
    func shippedApplications() throws {
        let result = try CLIRunner.run(["screen", Self.applications, "--format", "csv", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "applicant_id,name,lead_type,condition,clause,comparison,threshold,measured,unit,result,missing,verdict")
        #expect(lines.count == 1 + 20 * 5)
        let verdicts = Self.verdicts(result.stdout)
        #expect(verdicts["HN-A-01"] == "eligible")       // enterprise exactly at 4000 万元
        #expect(verdicts["HN-A-02"] == "not_eligible")   // just below
        #expect(verdicts["HN-A-04"] == "incomplete")     // a year of R&D missing
        #expect(verdicts["HN-A-08"] == "eligible")       // university exactly at 30 % and 5 cases
        #expect(verdicts["HN-A-17"] == "not_eligible")   // missing year, but the capital fails
        #expect(result.stdout.contains("HN-A-04,湖南（示例）智能网联汽车有限公司,enterprise,rd_average,\"Hunan TIC Implementation Plan (2020), III(4)\",at_least,4000,,wan,missing_data,rd_expenditure_y2:missing,incomplete"))
    }

    @Test("the table aligns Chinese text and ends with the summary")
    func table() throws {
        let result = try CLIRunner.run(["screen", Self.applications, "--format", "table"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("20 个申请单位：符合条件 8，不符合条件 7，材料不全 5"))
        #expect(result.stdout.contains("《湖南省技术创新中心建设实施方案》三（四）"))
    }

    @Test("JSON lists every applicant with its conditions")
    func json() throws {
        let result = try CLIRunner.run(["screen", Self.applications, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let applicants = try #require(object["applicants"] as? [[String: Any]])
        #expect(applicants.count == 20)
        #expect((applicants[0]["conditions"] as? [Any])?.count == 5)
        #expect((object["summary"] as? [String: Int])?["incomplete"] == 5)
    }

    @Test("a bad cell gives a located diagnostic on stderr; the run still exits 0 and the applicant is incomplete")
    func badCell() throws {
        let folder = try makeTemporaryDirectory(prefix: "ticeval-screen")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("apps.csv").path
        try Data("""
            applicant_id,name,lead_type,rd_expenditure_y1,rd_expenditure_y2,rd_expenditure_y3,annual_income,service_income,transfer_cases,legal_entity,registered_capital_wan
            X1,甲,enterprise,4000,4千,4000,,,,yes,1000

            """.utf8).write(to: URL(fileURLWithPath: path))
        let result = try CLIRunner.run(["screen", path, "--format", "csv", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(path):2:5: error: \"rd_expenditure_y2\": expected a number, found \"4千\""))
        #expect(Self.verdicts(result.stdout)["X1"] == "incomplete")
        #expect(result.stdout.contains("rd_expenditure_y2:invalid"))
    }

    @Test("a missing file exits 1 with a located message")
    func missingFile() throws {
        let result = try CLIRunner.run(["screen", "/nonexistent/apps.csv", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/apps.csv:1:1: error: file not found"))
    }

    @Test("an unknown rule set is a usage error that lists the allowed values")
    func unknownRules() throws {
        let result = try CLIRunner.run(["screen", Self.applications, "--rules", "hunan-1999"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: The value 'hunan-1999' is invalid for '--rules <rules>'. Please provide one of 'hunan-2020'.\n"),
                "\(result.stderr)")
    }
}
