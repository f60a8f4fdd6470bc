import Foundation
import Testing
import TICTestSupport

/// `ticeval evaluate` (Commands/EvaluateCommand.swift): its options, what it writes, and one run on
/// the bundled sample end to end. The scores and decisions themselves are tested in TICPolicy and
/// TICReport.
@Suite struct EvaluateCommandTests {
    static let sample = Fixtures.sampleWorkspace.path

    static func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

    @Test("the sample, found without a path, writes the CSVs with a BOM, summary.json and report.html, byte-identical across runs; no colour when piped")
    func sampleRun() throws {
        try withTemporaryDirectory(prefix: "ticeval-evaluate") { folder in
            let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
            let result = try CLIRunner.run(["evaluate", "--out", first.path, "--format", "table"], in: CLIRunner.repositoryRoot)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("前 10 名："))
            #expect(!result.stdout.contains("\u{1B}["))
            let ranking = try Self.bytes(first.appendingPathComponent("ranking.csv"))
            #expect(Array(ranking.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(String(decoding: ranking.dropFirst(3), as: UTF8.self).hasPrefix("中心编号,名称,级别,地区,类别,得分,排名,类别内排名,等级,"))
            #expect(!ranking.contains(0x0D))
            let html = String(decoding: try Self.bytes(first.appendingPathComponent("report.html")), as: UTF8.self)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))

            // The same inputs in another output format: every file is byte-identical (the workspace
            // path is part of summary.json and report.html, so both runs name it the same way).
            #expect(try CLIRunner.run(["evaluate", "--out", second.path], in: CLIRunner.repositoryRoot).status == 0)
            for name in ["ranking.csv", "adjustments.csv", "summary.json", "report.html"] {
                let x = try Data(contentsOf: first.appendingPathComponent(name))
                let y = try Data(contentsOf: second.appendingPathComponent(name))
                #expect(!x.isEmpty)
                #expect(x == y, "\(name) differs between two runs")
            }
        }
    }

    @Test("grades are coloured only when forced, or on a terminal without NO_COLOR", arguments: [
        (["--color", "always"], ["NO_COLOR": "1"], true),
        (["--color", "never"], [:], false),
        ([], ["NO_COLOR": ""], false),  // auto, not a terminal
        ([], ["NO_COLOR": "1"], false),
    ] as [([String], [String: String], Bool)])
    func color(arguments: [String], environment: [String: String], colored: Bool) throws {
        try withTemporaryDirectory(prefix: "ticeval-evaluate") { out in
            let result = try CLIRunner.run(["evaluate", Self.sample, "--out", out.path, "--format", "table"] + arguments, environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("\u{1B}[32m") == colored)
        }
    }

    @Test("--no-bom --crlf --lang en: English headers and decision codes, no BOM, CRLF; piped output defaults to the ranking CSV; summary.json has every center")
    func csvOptions() throws {
        try withTemporaryDirectory(prefix: "ticeval-evaluate") { out in
            let result = try CLIRunner.run(["evaluate", Self.sample, "--out", out.path, "--no-bom", "--crlf", "--lang", "en"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("center_id,name,level,region,category,score,rank,category_rank,grade,"))
            let rankingBytes = try Self.bytes(out.appendingPathComponent("ranking.csv"))
            #expect(Array(rankingBytes.prefix(3)) != [0xEF, 0xBB, 0xBF])
            let ranking = String(decoding: rankingBytes, as: UTF8.self)
            #expect(ranking.hasPrefix("center_id,name,level,region,category,score,rank,category_rank,grade,"))
            #expect(ranking.contains("\r\n"))
            #expect(!ranking.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            let adjustments = String(decoding: try Self.bytes(out.appendingPathComponent("adjustments.csv")), as: UTF8.self)
            #expect(adjustments.hasPrefix("center_id,name,grade,previous_grade,previous_status,decision,reason,clause,amount_rmb\r\n"))
            let decisions = Set(adjustments.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { line in
                String(line.split(separator: ",", omittingEmptySubsequences: false)[5])
            })
            #expect(!decisions.isEmpty)
            #expect(decisions.isSubset(of: ["recommend_national", "continue", "rectify", "remove", "convert", "revoke", "refer_to_department", "out_of_scope"]), "\(decisions)")
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any]
            #expect(json?["schema_version"] as? Int == 2)
            #expect((json?["centers"] as? [Any])?.count == 300)
            let html = String(decoding: try Self.bytes(out.appendingPathComponent("report.html")), as: UTF8.self)
            #expect(html.contains("<html lang=\"en\">"))
        }
    }

    @Test("a workspace with errors writes nothing and exits 1; an unwritable output folder is refused first")
    func nothingOnErrors() throws {
        try withTemporaryDirectory(prefix: "ticeval-evaluate") { folder in
            let root = folder.appendingPathComponent("ws"), out = folder.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("reports"), withIntermediateDirectories: true)
            try Data("center_id,name,level,region,category,formation,lead_type,field,approved_year,registered_capital_wan\nA,甲,provincial,四川,domain,academic_led,university,frontier,2020,1\n".utf8)
                .write(to: root.appendingPathComponent("centers.csv"))
            try Data("center_id,year,rd_staff\nA,2023,-4\n".utf8).write(to: root.appendingPathComponent("reports/2023.csv"))
            let result = try CLIRunner.run(["evaluate", root.path, "--scheme", "sichuan-2022", "--out", out.path, "--lang", "en"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("reports/2023.csv:2:3: error"))
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.json").path))

            let blocked = root.appendingPathComponent("centers.csv").path + "/out"
            let refused = try CLIRunner.run(["evaluate", "--out", blocked, "--lang", "en"], in: CLIRunner.repositoryRoot)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("cannot write the outputs here"))
        }
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
}
