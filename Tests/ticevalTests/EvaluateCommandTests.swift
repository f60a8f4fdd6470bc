import Foundation
import Testing
import TICTestSupport

@Suite struct EvaluateCommandTests {
    static let sample = Fixtures.sampleWorkspace.path

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-evaluate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the sample whose first center has `name` (written as a quoted CSV field).
    static func sampleCopy(firstCenterName name: String) throws -> URL {
        let folder = try temporaryFolder().appendingPathComponent("ws")
        try FileManager.default.copyItem(atPath: sample, toPath: folder.path)
        let registry = folder.appendingPathComponent("centers.csv")
        var lines = try String(contentsOf: registry, encoding: .utf8).components(separatedBy: "\n")
        var fields = lines[1].components(separatedBy: ",")
        fields[1] = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        lines[1] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: registry, atomically: true, encoding: .utf8)
        return folder
    }

    static func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

    @Test("evaluating the sample writes the CSVs with a BOM, summary.json and report.html; no colour when piped")
    func sampleRun() throws {
        let out = try Self.temporaryFolder()
        let result = try CLIRunner.run(["evaluate", Self.sample, "--out", out.path, "--format", "table"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("前 10 名："))
        #expect(!result.stdout.contains("\u{1B}["))
        let ranking = try Self.bytes(out.appendingPathComponent("ranking.csv"))
        #expect(Array(ranking.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: ranking.dropFirst(3), as: UTF8.self).hasPrefix("中心编号,名称,级别,地区,类别,得分,排名,类别内排名,等级,"))
        #expect(!ranking.contains(0x0D))
        let html = String(decoding: try Self.bytes(out.appendingPathComponent("report.html")), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.json").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("adjustments.csv").path))
    }

    @Test("grades are coloured only when forced, or on a terminal without NO_COLOR", arguments: [
        (["--color", "always"], ["NO_COLOR": "1"], true),
        (["--color", "never"], [:], false),
        ([], ["NO_COLOR": ""], false),  // auto, not a terminal
        ([], ["NO_COLOR": "1"], false),
    ] as [([String], [String: String], Bool)])
    func color(arguments: [String], environment: [String: String], colored: Bool) throws {
        let out = try Self.temporaryFolder()
        let result = try CLIRunner.run(["evaluate", Self.sample, "--out", out.path, "--format", "table"] + arguments, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\u{1B}[32m") == colored)
    }

    @Test("--no-bom --crlf --lang en: English headers, no BOM, CRLF; piped output defaults to the ranking CSV")
    func csvOptions() throws {
        let out = try Self.temporaryFolder()
        let result = try CLIRunner.run(["evaluate", Self.sample, "--out", out.path, "--no-bom", "--crlf", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("center_id,name,level,region,category,score,rank,category_rank,grade,"))
        let ranking = String(decoding: try Self.bytes(out.appendingPathComponent("ranking.csv")), as: UTF8.self)
        #expect(ranking.hasPrefix("center_id,name,level,region,category,score,rank,category_rank,grade,"))
        #expect(ranking.contains("\r\n"))
        #expect(!ranking.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let adjustments = String(decoding: try Self.bytes(out.appendingPathComponent("adjustments.csv")), as: UTF8.self)
        #expect(adjustments.hasPrefix("center_id,name,grade,previous_status,decision,reason,clause,amount_rmb\r\n"))
        let html = String(decoding: try Self.bytes(out.appendingPathComponent("report.html")), as: UTF8.self)
        #expect(html.contains("<html lang=\"en\">"))
    }

    @Test("a center named =HYPERLINK(…) is neutralized in the CSVs and escaped in the HTML")
    func formulaInjection() throws {
        let name = "=HYPERLINK(\"http://evil.example/\",\"<b>点击</b>\")"
        let workspace = try Self.sampleCopy(firstCenterName: name)
        let out = try Self.temporaryFolder()
        let result = try CLIRunner.run(["evaluate", workspace.path, "--out", out.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        for file in ["ranking.csv", "adjustments.csv"] {
            let text = String(decoding: try Self.bytes(out.appendingPathComponent(file)), as: UTF8.self)
            #expect(text.contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"<b>点击</b>\"\")\","), "\(file)")
            #expect(!text.contains(",=HYPERLINK"), "\(file)")
        }
        let html = String(decoding: try Self.bytes(out.appendingPathComponent("report.html")), as: UTF8.self)
        #expect(html.contains("=HYPERLINK(&quot;http://evil.example/&quot;,&quot;&lt;b&gt;点击&lt;/b&gt;&quot;)"))
        #expect(!html.contains("<b>点击"))
        #expect(result.stdout.contains("\"name\" : \"=HYPERLINK("))  // JSON keeps the data as it is
    }

    @Test("the same inputs give a byte-identical report.html")
    func deterministicReport() throws {
        let a = try Self.temporaryFolder(), b = try Self.temporaryFolder()
        #expect(try CLIRunner.run(["evaluate", Self.sample, "--out", a.path]).status == 0)
        #expect(try CLIRunner.run(["evaluate", Self.sample, "--out", b.path]).status == 0)
        #expect(try Self.bytes(a.appendingPathComponent("report.html")) == Self.bytes(b.appendingPathComponent("report.html")))
    }
}
