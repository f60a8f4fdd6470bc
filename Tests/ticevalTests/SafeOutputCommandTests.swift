import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Outputs through the CLI: formula cells neutralized, `rejected.csv` written, and a run killed
/// at any moment leaves every output file either the previous complete one or the new one.
@Suite("Safe outputs through the CLI", .serialized)
struct SafeOutputCommandTests {
    @Test("a center named like a spreadsheet formula comes out neutralized in ranking.csv")
    func csvInjection() throws {
        var files = BadInputWorkspace.files
        let text = String(decoding: files["centers.csv"]!, as: UTF8.self)
        files["centers.csv"] = Array(text.replacingOccurrences(of: "C01,甲中心", with: "C01,=cmd|' /C calc'!A0").utf8)
        let dir = try BadInputCatalogueTests.workspace(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["evaluate", "ws", "--out", "out", "--lang", "en", "--no-bom"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let ranking = try String(contentsOf: dir.appendingPathComponent("out/ranking.csv"), encoding: .utf8)
        #expect(ranking.contains("C01,'=cmd|' /C calc'!A0,provincial"))
        #expect(!ranking.contains(",=cmd"))
        // The summary JSON keeps the name exactly as written.
        let summary = try Data(contentsOf: dir.appendingPathComponent("out/summary.json"))
        let centers = try #require((JSONSerialization.jsonObject(with: summary) as? [String: Any])?["centers"] as? [[String: Any]])
        #expect(centers.contains { $0["name"] as? String == "=cmd|' /C calc'!A0" })
    }

    @Test("evaluate writes rejected.csv with every input not used as written (a copy of a report: its repeated rows, counted once)")
    func rejectedFile() throws {
        var files = BadInputWorkspace.files
        files["reports/2023 (copy).csv"] = files["reports/2023.csv"]
        let report = String(decoding: files["reports/2024.csv"]!, as: UTF8.self).components(separatedBy: "\n")
        files["reports/2024.csv"] = Array((report.prefix(6) + [""]).joined(separator: "\n").utf8)   // C06 has no 2024 row
        let scheme = String(decoding: files["scheme.json"]!, as: UTF8.self)
        files["scheme.json"] = Array(scheme.replacingOccurrences(of: "dimension_weights:", with: #"defaults: {missing: "center_mean"}, dimension_weights:"#).utf8)
        files["events.csv"]! += Array("C06,2024,not_participating,未提交年度报告\n".utf8)
        let dir = try BadInputCatalogueTests.workspace(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["evaluate", "ws", "--out", "out", "--lang", "en", "--no-bom"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let rejected = try String(contentsOf: dir.appendingPathComponent("out/rejected.csv"), encoding: .utf8)
        #expect(rejected == """
        file,line,column,severity,message
        ws/reports/2023 (copy).csv,2,1,warning,center C01's 2023 report repeats ws/reports/2023.csv:2:1 exactly; counted once
        ws/reports/2023 (copy).csv,3,1,warning,center C02's 2023 report repeats ws/reports/2023.csv:3:1 exactly; counted once
        ws/reports/2023 (copy).csv,4,1,warning,center C03's 2023 report repeats ws/reports/2023.csv:4:1 exactly; counted once
        ws/reports/2023 (copy).csv,5,1,warning,center C04's 2023 report repeats ws/reports/2023.csv:5:1 exactly; counted once
        ws/reports/2023 (copy).csv,6,1,warning,center C05's 2023 report repeats ws/reports/2023.csv:6:1 exactly; counted once
        ws/reports/2023 (copy).csv,7,1,warning,center C06's 2023 report repeats ws/reports/2023.csv:7:1 exactly; counted once

        """)
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

    @Test("a run killed with SIGKILL at a random moment leaves each output old-and-complete or new-and-complete")
    func killedRun() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["synth", "--centers", "3000", "--out", "ws"], in: dir).status == 0)
        // The previous outputs (English) and what a complete new run writes (Chinese): every file differs.
        #expect(try CLIRunner.run(["evaluate", "ws", "--out", "out", "--lang", "en"], in: dir).status == 0)
        let start = Date()
        #expect(try CLIRunner.run(["evaluate", "ws", "--out", "new", "--lang", "zh"], in: dir).status == 0)
        let duration = Date().timeIntervalSince(start)
        let names = ["ranking.csv", "adjustments.csv", "summary.json", "rejected.csv", "report.html", "to_verify.csv"]
        func contents(_ folder: String) throws -> [String: Data] {
            Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: dir.appendingPathComponent("\(folder)/\($0)"))) })
        }
        let old = try contents("out"), new = try contents("new")
        for name in names { #expect(old[name] != new[name], "\(name) must differ between the two languages") }

        var rng = SystemRandomNumberGenerator()
        for attempt in 0..<4 {
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["evaluate", "ws", "--out", "out", "--lang", "zh"]
            process.currentDirectoryURL = dir
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Spread the kills over the whole run, the write phase at its end included.
            let delay = duration * Double.random(in: 0.3...1.05, using: &rng)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try contents("out")
            for name in names {
                let bytes = try #require(now[name])
                #expect(bytes == old[name] || bytes == new[name], "attempt \(attempt) after \(delay) s: \(name) is neither the old nor the new file (\(bytes.count) bytes)")
            }
            let summary = try #require(now["summary.json"])
            #expect((try? JSONSerialization.jsonObject(with: summary)) != nil, "summary.json must parse")
        }
        // Left-over staging folders are hidden and never mistaken for outputs.
        let visible = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path).filter { !$0.hasPrefix(".") }
        #expect(Set(visible) == Set(names))
    }
}
