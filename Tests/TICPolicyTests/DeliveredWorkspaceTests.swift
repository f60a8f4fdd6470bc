import Foundation
import Testing
import TICIngest
import TICPolicy

/// The Hunan workspace as a department delivers it (GB18030, title rows, Chinese headers with
/// units, Chinese values, 小计 rows, blank columns, one center's years in a file of its own) and
/// its plain twin (`../shared/realistic/hunan`, copied into TICIngestTests/Fixtures/realistic).
@Suite struct DeliveredWorkspaceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TICIngestTests/Fixtures/realistic/hunan")

    static func load(_ name: String) -> Workspace {
        WorkspaceLoader().load(root: fixtures.appendingPathComponent(name).path)
    }

    @Test("delivered and clean give identical scores, grades and decisions for all 86 centers", arguments: ["hunan-2020", "national-2017"])
    func sameResults(scheme name: String) throws {
        let delivered = Self.load("delivered"), clean = Self.load("clean")
        #expect(delivered.diagnostics.isEmpty, "\(delivered.diagnostics)")
        #expect(clean.diagnostics.isEmpty)
        let scheme = try Scheme.preset(named: name)
        let a = try Evaluator(workspace: delivered, scheme: scheme).evaluate()
        let b = try Evaluator(workspace: clean, scheme: scheme).evaluate()
        #expect(a.centers.count == 86)
        #expect(b.centers.count == 86)
        #expect(a.cycle == b.cycle)
        for (x, y) in zip(a.centers, b.centers) {
            #expect(x.center.id == y.center.id)
            #expect(x.center.name == y.center.name)
            #expect(x.center.category == y.center.category && x.center.field == y.center.field && x.center.level == y.center.level)
            #expect(x.score == y.score, "\(x.center.id)")
            #expect(x.rank == y.rank && x.grade == y.grade, "\(x.center.id)")
            #expect(x.decision.kind == y.decision.kind, "\(x.center.id)")
        }
        // In scope: every center has a decision; scored unless events.csv (HN-P-009 withdrew) or
        // history.csv (HN-P-045 was rectifying) says otherwise, and graded when the scheme grades
        // (national-2017 has no grade scale).
        let unscored = a.centers.filter { $0.score == nil }.map(\.center.id).sorted()
        #expect(unscored == ["HN-P-009", "HN-P-045"])
        let ungraded = a.centers.filter { $0.grade == nil }.map(\.center.id).sorted()
        #expect(scheme.grading.assignsGrades ? ungraded == unscored : ungraded.count == 86)
        #expect(a.centers.filter { $0.participation == .evaluated }.count == 84)
    }

    @Test("every adaptation made on delivered is listed, per file; clean has none")
    func adaptationsListed() {
        let delivered = Self.load("delivered")
        var codes: [String: [String]] = [:]
        for file in delivered.files { codes[URL(fileURLWithPath: file.path).lastPathComponent] = file.adaptations.map(\.code) }
        #expect(codes["centers.csv"] == ["title_rows", "header_mapped", "chinese_values", "blank_columns"])
        for year in 2022...2024 {
            #expect(codes["\(year).csv"] == ["title_rows", "header_mapped", "totals_rows", "blank_columns", "text_columns"])
        }
        #expect(codes["湖南省（示例）先进节能环保技术创新中心（2022-2024年）.csv"] == ["header_mapped", "blank_columns", "rows_by_year"])
        for name in ["history.csv", "events.csv", "ratings.csv"] { #expect(codes[name] == ["blank_columns"]) }
        let report = delivered.files.first { $0.path.hasSuffix("reports/2022.csv") }
        #expect(report?.adaptations.contains(.totalsRows(lines: [88])) == true)
        #expect(report?.adaptations.contains(.headerMapped(line: 2, byName: 24, byMapping: 0, withUnit: 19)) == true)
        #expect(Self.load("clean").files.allSatisfy { $0.adaptations.isEmpty })
        // The center whose years came as a file of its own is in each year's report.
        for year in 2022...2024 { #expect(delivered.report(year: year)?.row(of: "HN-P-008") != nil) }
    }

    @Test("a preset's report columns carry the catalogue's Chinese names and units; computed ones are left out")
    func presetColumnNames() throws {
        let names = try Scheme.preset(named: "hunan-2020").reportColumnNames
        #expect(names.contains(ColumnVocabulary.Entry(code: "rd_expenditure", names: ["研发经费投入"], unit: "万元")))
        #expect(!names.contains { $0.code == "satisfaction" || $0.code == "service_income_share" })
    }
}
