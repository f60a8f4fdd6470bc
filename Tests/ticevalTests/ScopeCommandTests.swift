import Foundation
import Testing
import TICTestSupport

/// `evaluate` with a scheme's scope, --date and the policy's stated validity (issue 18 items 1 and 3),
/// end to end on the bundled sample; the rules themselves are tested in TICPolicy.
@Suite struct ScopeCommandTests {
    static let sample = Fixtures.sampleWorkspace.path

    @Test("evaluate without --scheme on a workspace without scheme.json stops, lists the presets and writes nothing")
    func noScheme() throws {
        try withTemporaryDirectory(prefix: "ticeval-scope") { folder in
            let ws = folder.appendingPathComponent("ws"), out = folder.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: ws, withIntermediateDirectories: true)
            for name in ["centers.csv", "events.csv", "history.csv", "ratings.csv", "reports"] {
                try FileManager.default.copyItem(atPath: Self.sample + "/" + name, toPath: ws.appendingPathComponent(name).path)
            }
            for lang in ["en", "zh"] {
                let result = try CLIRunner.run(["evaluate", ws.path, "--out", out.path, "--lang", lang])
                #expect(result.status == 1)
                #expect(result.stderr.contains("national-2017, sichuan-2022, hunan-2020, tianjin-2018"), "\(result.stderr)")
                #expect(result.stderr.contains(lang == "en" ? "no scheme given" : "没有指定指标体系"))
                #expect(!FileManager.default.fileExists(atPath: out.path))
            }
            let validate = try CLIRunner.run(["validate", ws.path, "--lang", "en"])
            #expect(validate.status == 1 && validate.stderr.contains("no scheme given"))
            #expect(try CLIRunner.run(["uncertainty", ws.path, "--samples", "4", "--out", out.path, "--lang", "en"]).stderr.contains("no scheme given"))
        }
    }

    @Test("--date 2025-03-31 under sichuan-2022: every output notes art. 27's validity has passed and counts the centers out of scope; without --date, no note")
    func dateAndValidity() throws {
        try withTemporaryDirectory(prefix: "ticeval-scope") { folder in
            let dated = folder.appendingPathComponent("dated"), undated = folder.appendingPathComponent("undated")
            let result = try CLIRunner.run(["evaluate", Self.sample, "--scheme", "sichuan-2022", "--date", "2025-03-31", "--out", dated.path,
                                            "--format", "table", "--lang", "en"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("| cycle 2022–2024 | evaluation date 2025-03-31 | 112 of 300 centers evaluated; 185 outside the scheme's scope\n"))
            #expect(result.stdout.contains("Note: the policy text's stated validity, 2022-02-01 to 2024-01-31 (Sichuan TIC Construction and Operation Measures (2022), art. 27: in force from 2022-02-01 for two years), does not cover the evaluation date 2025-03-31: the department is to confirm that the measures, or their successor, apply to this evaluation\n"))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dated.appendingPathComponent("summary.json"))) as? [String: Any])
            #expect((json["run"] as? [String: Any])?["evaluation_date"] as? String == "2025-03-31")
            let codes = (json["notes"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
            #expect(codes.prefix(2) == ["policy_validity_passed", "centers_out_of_scope"])
            let counts = try #require(json["participation_counts"] as? [String: Int])
            #expect(counts["out_of_scope"] == 185 && counts["evaluated"] == 112 && counts.values.reduce(0, +) == 300)
            let html = String(decoding: try Data(contentsOf: dated.appendingPathComponent("report.html")), as: UTF8.self)
            #expect(html.contains("<ul class=\"notice\"><li>the policy text&#39;s stated validity") || html.contains("<ul class=\"notice\"><li>the policy text's stated validity"))
            let adjustments = String(decoding: try Data(contentsOf: dated.appendingPathComponent("adjustments.csv")), as: UTF8.self)
            #expect(adjustments.contains(",out_of_scope,a national center, outside this scheme's scope (provincial; 四川省, 四川): not graded, not in quotas, not paid,")
                    || adjustments.contains("out_of_scope,\"a national center, outside this scheme's scope (provincial; 四川省, 四川): not graded, not in quotas, not paid\""))

            #expect(try CLIRunner.run(["evaluate", Self.sample, "--scheme", "sichuan-2022", "--out", undated.path, "--lang", "en"]).status == 0)
            let plain = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: undated.appendingPathComponent("summary.json"))) as? [String: Any])
            #expect((plain["run"] as? [String: Any])?["evaluation_date"] is NSNull)
            #expect(!((plain["notes"] as? [[String: Any]])?.contains { $0["code"] as? String == "policy_validity_passed" } ?? true))
        }
    }

    @Test("--date takes a day written YYYY-MM-DD only", arguments: ["2025-13-01", "2025/03/31", "31.03.2025"])
    func badDate(text: String) throws {
        let result = try CLIRunner.run(["evaluate", Self.sample, "--date", text, "--out", "/nonexistent/never", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--date"), "\(result.stderr)")
    }
}
