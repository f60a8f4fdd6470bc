import Foundation
import Testing
import TICTestSupport

@Suite struct ValidateCommandTests {
    static let sample = Fixtures.sampleWorkspace.path

    @Test("validate without a workspace finds the bundled sample from any directory and exits 0")
    func bundledSample() throws {
        let result = try CLIRunner.run(["validate", "--lang", "en"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let summary = try #require(result.stdout.split(separator: "\n").last)
        #expect(summary.contains("Datasets/sample"))
        #expect(summary.contains("0 errors"))
        #expect(summary.contains("cycle 2022–2024"))
    }

    @Test("validate runs the evaluation's checks: the sample's two missing reports (Tianjin centers) are recorded in events.csv, so there is no error; without the events they are errors under tianjin-2018, and out of the sample scheme's Sichuan scope")
    func sampleMissingReports() throws {
        let result = try CLIRunner.run(["validate", Self.sample, "--lang", "en"])
        #expect(!result.stdout.contains("annual report"))
        #expect(result.stdout.contains("scheme sample-sichuan"))
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-sample-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: copy.path)
        defer { try? FileManager.default.removeItem(at: copy) }
        let events = try String(contentsOf: copy.appendingPathComponent("events.csv"), encoding: .utf8)
        try Data(events.split(separator: "\n").filter { !$0.contains("年度报告") }.map { $0 + "\n" }.joined().utf8)
            .write(to: copy.appendingPathComponent("events.csv"))
        #expect(try CLIRunner.run(["validate", copy.path, "--lang", "en"]).status == 0)
        let broken = try CLIRunner.run(["validate", copy.path, "--scheme", "tianjin-2018", "--lang", "en"])
        #expect(broken.status == 1)
        let missing = broken.stdout.split(separator: "\n").filter { $0.contains("has no") && $0.contains("annual report") }
        #expect(missing.count == 2 && missing.allSatisfy { $0.contains(": error: ") })
    }

    @Test("a workspace with errors exits 1 and prints path:line:column diagnostics in Chinese by default")
    func errorsExitOne() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("reports"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("center_id,name,level,region,category,formation,lead_type,field,approved_year,registered_capital_wan\nA,甲,provincial,四川,domain,academic_led,university,frontier,2020,1\n".utf8)
            .write(to: root.appendingPathComponent("centers.csv"))
        try Data("center_id,year,rd_staff\nA,2023,-4\n".utf8).write(to: root.appendingPathComponent("reports/2023.csv"))
        let result = try CLIRunner.run(["validate", root.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(root.path)/reports/2023.csv:2:3: 错误: “rd_staff”不能为负数（-4）"))
    }

    @Test("usage errors exit 2 with the message of the option at fault and the usage line", arguments: [
        (["validate", "--cycle", "2024"], "Error: The value '2024' is invalid for '--cycle <cycle>': expected two years such as 2022-2024\n",
         "Usage: ticeval validate "),
        (["validate", "--lang", "fr"], "Error: The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'zh' and 'en'.\n",
         "Usage: ticeval validate "),
        (["no-such-command"], "Error: Unexpected argument 'no-such-command'\n", "Usage: ticeval <subcommand>"),
    ])
    func usage(arguments: [String], message: String, usage: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stderr.contains(usage), "\(result.stderr)")
    }

    @Test("validate --rejected writes the rows refused for errors, even when the workspace cannot be evaluated")
    func validateRejected() throws {
        var files = BadInputWorkspace.files
        let text = String(decoding: files["reports/2023.csv"]!, as: UTF8.self)
        files["reports/2023.csv"] = Array(text.replacingOccurrences(of: "\nC03,2023,", with: "\nC99,2023,").utf8)
        let dir = try BadInputCatalogueTests.workspace(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "ws", "--lang", "en", "--rejected", "rejected.csv"], in: dir)
        #expect(result.status == 1)
        let rejected = String(decoding: try Data(contentsOf: dir.appendingPathComponent("rejected.csv")), as: UTF8.self)
        #expect(rejected == """
        \u{FEFF}file,line,column,severity,message
        ws/reports/2023.csv,4,1,error,"center_id ""C99"" is not in centers.csv; the row is not used"

        """)
    }
}
