import Foundation
import Testing
import TICTestSupport

/// The Hunan workspace as delivered (TICIngestTests/Fixtures/realistic/hunan/delivered), run as a
/// clerk runs it: every adaptation on one terminal line per file, in summary.json and the HTML.
@Suite struct IntakeCommandTests {
    static let delivered = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TICIngestTests/Fixtures/realistic/hunan/delivered")

    /// A copy of the delivered workspace named `ws` in a fresh folder.
    static func copy() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-intake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: delivered, to: dir.appendingPathComponent("ws"))
        return dir
    }

    @Test("validate prints one line per adapted file, then the summary, and passes")
    func validate() throws {
        let dir = try Self.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "ws", "--scheme", "hunan-2020", "--lang", "en"], in: dir)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 9)
        #expect(lines.filter { $0.contains(": adapted while reading: ") }.count == 8)
        #expect(lines.contains("ws/reports/2022.csv: adapted while reading: skipped the title row(s) above the header (line 1); header on line 2: 24 column(s) recognized by their Chinese names, the unit of 19 column(s) checked against the catalogue; skipped totals rows (合计/小计/平均, line 88): they are not centers; ignored 2 blank column(s) (columns 25, 26); kept as text, not read as numbers: \"中心名称\""))
        #expect(lines.last == "ws: 86 centers, report years 2022–2024 (cycle 2022–2024, scheme hunan-2020), 1760 rows used, 0 rows rejected; 0 errors, 0 warnings")
    }

    @Test("evaluate lists the adaptations on standard error, in summary.json inputs[].adaptations and in the HTML input table")
    func evaluate() throws {
        let dir = try Self.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["evaluate", "ws", "--scheme", "hunan-2020", "--out", "out"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").filter { $0.contains(": 读取时已调整：") }.count == 8)
        let summary = try Data(contentsOf: dir.appendingPathComponent("out/summary.json"))
        let inputs = try #require((JSONSerialization.jsonObject(with: summary) as? [String: Any])?["inputs"] as? [[String: Any]])
        let centers = try #require(inputs.first { ($0["path"] as? String) == "ws/centers.csv" })
        let codes = (centers["adaptations"] as? [[String: String]])?.map { $0["code"] ?? "" }
        #expect(codes == ["title_rows", "header_mapped", "chinese_values", "blank_columns"])
        #expect((centers["adaptations"] as? [[String: String]])?.first?["zh"] == "跳过表头上方的标题行（第 1 行）")
        let html = try String(contentsOf: dir.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<tr class=\"adaptations\">").count - 1 == 8)
    }
}
