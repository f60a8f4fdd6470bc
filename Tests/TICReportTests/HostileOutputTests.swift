import Foundation
import Testing
import TICIngest
import TICPolicy
@testable import TICReport
import TICSupport

/// Outputs stay safe and reproducible whatever the input text: user strings round-trip exactly
/// through the summary JSON, the JSON is byte-identical run to run, `rejected.csv` lists what was
/// not used.
@Suite("Hostile outputs")
struct HostileOutputTests {
    static let hostileName = "</script><script>alert(1)</script>\"' onload=x \u{202E}gpj.exe =cmd|' /C calc'!A0 中心\\u0000"

    /// Eight centers with one indicator; center 0 carries `name`.
    static func evaluation(name: String = hostileName, seed: UInt64 = 7) throws -> Evaluation {
        var rng = Xoshiro256StarStar(seed: seed)
        var workspace = Workspace(root: "hostile")
        for k in 0..<8 {
            workspace.centers.append(Center(id: "H\(k)", name: k == 0 ? name : "中心\(k)", level: .provincial, region: "四川",
                                            category: k % 2 == 0 ? .domain : .comprehensive, formation: .academicLed,
                                            leadType: .university, field: .frontier, approvedYear: 2019,
                                            registeredCapitalWan: 1000, line: k + 2))
        }
        for year in 2022...2024 {
            var report = AnnualReport(year: year, path: "reports/\(year).csv", columns: ["rd_staff", "invention_patents"])
            for k in 0..<8 {
                report.append(centerID: "H\(k)", line: k + 2,
                              values: [Double(Int.random(in: 1...400, using: &rng)), Double(Int.random(in: 0...90, using: &rng))])
            }
            workspace.reports.append(report)
        }
        let scheme = Scheme(name: "h", title: "h", titleEn: "h",
                            defaults: SchemeDefaults(missing: .centerMean, outliers: .none, normalization: .minmax),
                            dimensionWeights: .equal,
                            dimensions: [SchemeDimension(code: "d", name: "d", nameEn: "d", indicatorWeights: .equal,
                                                         indicators: [.catalogue("rd_staff"), .catalogue("invention_patents")])],
                            grading: GradingRules(cutoffs: GradeCutoffs(excellent: 80, good: 60, qualified: 40)))
        return try Evaluator(workspace: workspace, scheme: scheme).evaluate()
    }

    @Test("a hostile center name round-trips exactly through the summary JSON")
    func nameRoundTrip() throws {
        let bytes = try SummaryDocument(Self.evaluation(), workspace: "hostile", language: .en, version: "test").jsonBytes()
        let object = try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let centers = try #require(object["centers"] as? [[String: Any]])
        let names = centers.compactMap { $0["name"] as? String }
        #expect(names.contains(Self.hostileName))
        // The raw JSON holds no unescaped quote that could end the string early.
        #expect(!String(decoding: bytes, as: UTF8.self).contains("</script>\"'"))
    }

    @Test("the summary JSON is byte-identical across runs", arguments: [UInt64](1...40))
    func deterministic(seed: UInt64) throws {
        let a = try SummaryDocument(Self.evaluation(seed: seed), workspace: "w", language: .zh, version: "t").jsonBytes()
        let b = try SummaryDocument(Self.evaluation(seed: seed), workspace: "w", language: .zh, version: "t").jsonBytes()
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self).lowercased()
        #expect(!text.contains("nan") && !text.contains("inf"))
    }

    @Test("HTML escaping of the hostile name leaves no markup and no bidi control")
    func html() {
        let escaped = HTMLText.escaped(Self.hostileName)
        #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\"") && !escaped.contains("'"))
        #expect(!escaped.unicodeScalars.contains("\u{202E}"))
    }

    @Test("rejected.csv lists errors and data-dropping warnings, not warnings about data that was used")
    func rejected() {
        let diagnostics = [
            Diagnostic(.strayQuote(FileLocation(path: "a.csv", line: 3, column: 2))),
            Diagnostic(.unknownCenter(FileLocation(path: "reports/2023.csv", line: 9, column: 1), centerID: "=HYPERLINK(\"x\")")),
            Diagnostic(.reportWithoutRows(path: "centers.csv", year: 2023)),
            Diagnostic(.ignoredFile(path: "reports/old.csv")),
        ]
        let rows = RejectedTable.rows(diagnostics, language: .en)
        #expect(rows.map { $0[0] } == ["centers.csv", "reports/2023.csv", "reports/old.csv"])
        #expect(rows[1] == ["reports/2023.csv", "9", "1", "error", #"center_id "=HYPERLINK("x")" is not in centers.csv; the row is not used"#])
        let csv = String(decoding: CSVExport(byteOrderMark: false).encode(header: RejectedTable.header(language: .en), rows: rows), as: UTF8.self)
        #expect(csv.hasPrefix("file,line,column,severity,message\n"))
    }
}
