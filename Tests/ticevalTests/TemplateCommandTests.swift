import ArgumentParser
import Foundation
import Testing
import TICTestSupport
@testable import ticeval

@Suite("ticeval template")
struct TemplateCommandTests {
    static let clean = CLIRunner.repositoryRoot.appendingPathComponent("Tests/TICIngestTests/Fixtures/realistic/hunan/clean")

    @Test("parses the documented options; --per-center without a workspace is a usage error saying what to give")
    func parsing() throws {
        let defaults = try Template.parse(["--out", "x"])
        #expect(defaults.fileFormat == .xlsx && !defaults.perCenter && defaults.year == nil && defaults.workspace == nil)
        let custom = try Template.parse(["--workspace", "ws", "--per-center", "--file-format", "csv", "--year", "2025", "--out", "y", "--force"])
        #expect(custom.workspaceFolder == "ws" && custom.perCenter && custom.fileFormat == .csv && custom.year == 2025 && custom.force)
        let error = try #require(throws: (any Error).self) { try Template.parse(["--per-center", "--out", "x", "--lang", "en"]) }
        #expect(Template.message(for: error).hasPrefix("--per-center needs a workspace"))
        #expect(Template.exitCode(for: error) == .validationFailure)
        let year = try #require(throws: (any Error).self) { try Template.parse(["--year", "25", "--out", "x", "--lang", "en"]) }
        #expect(Template.message(for: year) == "--year must be a four-digit year (1901–2999), got 25")
    }

    @Test("writes the template per center, the same bytes twice; a folder that is not empty is refused in the user's language")
    func endToEnd() throws {
        try withTemporaryDirectory(prefix: "ticeval-template-cli") { dir in
            let arguments = ["template", Self.clean.path, "--scheme", "hunan-2020", "--per-center", "--lang", "en"]
            let first = try CLIRunner.run(arguments + ["--out", "a"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.hasPrefix("Wrote the 2025 data-collection template of hunan-2020 to a (15 columns, 86 centers):\n"))
            #expect(first.stdout.contains("Deadline: the 2025 data by the end of January 2026 (Hunan TIC Implementation Plan (2020), V(4)"))
            let second = try CLIRunner.run(arguments + ["--out", "b"], in: dir)
            #expect(second.status == 0)
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("a/reports").path).sorted()
            #expect(names.count == 86 && names.first == "2025-HN-P-001.xlsx")
            for name in names {
                #expect(try Data(contentsOf: dir.appendingPathComponent("a/reports/\(name)")) == Data(contentsOf: dir.appendingPathComponent("b/reports/\(name)")))
            }
            let refused = try CLIRunner.run(["template", "--scheme", "sichuan-2022", "--out", "a"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr == "错误：a 不是空文件夹；请换一个新文件夹，或加 --force 只替换本命令写入的文件（其他文件保留）\n")
            // No preset is chosen for the user: without --scheme and a workspace's scheme.json, template stops and lists them.
            let unnamed = try CLIRunner.run(["template", "--out", "c", "--lang", "en"], in: dir)
            #expect(unnamed.status == 1 && unnamed.stderr.contains("no scheme given") && unnamed.stderr.contains("national-2017, sichuan-2022, hunan-2020, tianjin-2018"))
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("c").path))
            let sichuan = try CLIRunner.run(["template", "--scheme", "sichuan-2022", "--out", "c", "--file-format", "csv", "--year", "2025"], in: dir)
            #expect(sichuan.status == 0)
            #expect(sichuan.stdout.contains("报送截止日期：________（由主管部门填写。《四川省技术创新中心建设运行管理办法》第十九条只规定"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("c").path).filter { !$0.hasPrefix(".") }.sorted()
                    == ["centers.csv", "reports", "说明.txt"])
        }
    }
}
