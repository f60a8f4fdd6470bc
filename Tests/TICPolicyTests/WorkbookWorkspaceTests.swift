import Foundation
import Testing
import TICIngest
import TICPolicy
import TICSupport
import TICTestSupport

/// Every workspace file may be an .xlsx workbook: the Hunan workspace as delivered, each CSV file
/// saved as a workbook (numbers as number cells, everything else as text, the title rows, 合计 rows
/// and blank columns kept), evaluates exactly as the clean CSV workspace.
@Suite struct WorkbookWorkspaceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TICIngestTests/Fixtures/realistic/hunan")

    /// Writes `source` (a CSV workspace) as workbooks under `target`, keeping the folder layout.
    static func saveAsWorkbooks(_ source: URL, to target: URL) throws {
        let files = FileManager.default.enumerator(atPath: source.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".csv") } ?? []
        for relative in files.sorted() {
            let csv = try CSVFile(path: source.appendingPathComponent(relative).path)
            var rows: [[WorkbookWriter.Cell]] = []
            var warnings: [Diagnostic] = []
            try CSVReader.forEachRecord(in: csv.text, path: relative, warnings: &warnings) { record in
                rows.append((0..<record.count).map { i in
                    let text = record.string(i)
                    if text.isEmpty { return .empty }
                    if text.range(of: #"^-?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil, !text.hasPrefix("0") || text == "0" || text.hasPrefix("0.") {
                        return .number(Double(text)!)
                    }
                    return .text(text)
                })
            }
            let output = target.appendingPathComponent(String(relative.dropLast(4)) + ".xlsx")
            try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(WorkbookWriter(sheets: [.init(name: "Sheet1", rows: rows)]).bytes()).write(to: output)
        }
    }

    @Test("the delivered workspace saved as workbooks evaluates as the clean CSV workspace", arguments: ["hunan-2020", "national-2017"])
    func deliveredAsWorkbooks(scheme name: String) throws {
        try withTemporaryDirectory(prefix: "ticeval-xlsx-ws") { root in
            try Self.saveAsWorkbooks(Self.fixtures.appendingPathComponent("delivered"), to: root)
            let workbooks = WorkspaceLoader().load(root: root.path)
            #expect(workbooks.diagnostics.isEmpty, "\(workbooks.diagnostics)")
            #expect(workbooks.files.allSatisfy { $0.encoding == .xlsx })
            #expect(workbooks.files.count == 8)
            let clean = WorkspaceLoader().load(root: Self.fixtures.appendingPathComponent("clean").path)
            var scheme = try Scheme.preset(named: name)
            scheme.scope = nil   // the indicator system on every center (national-2017's scope holds no Hunan center)
            let a = try Evaluator(workspace: workbooks, scheme: scheme).evaluate()
            let b = try Evaluator(workspace: clean, scheme: scheme).evaluate()
            #expect(a.centers.count == 86)
            for (x, y) in zip(a.centers, b.centers) {
                #expect(x.center.id == y.center.id && x.center.name == y.center.name && x.center.category == y.center.category
                        && x.center.field == y.center.field && x.center.level == y.center.level, "\(x.center.id)")
                #expect(x.score == y.score && x.rank == y.rank && x.grade == y.grade && x.decision.kind == y.decision.kind, "\(x.center.id)")
            }
            // The layout stage read the workbooks as it reads the CSV files: title rows, totals rows.
            let report = try #require(workbooks.files.first { $0.path.hasSuffix("reports/2022.xlsx") })
            #expect(report.adaptations.contains(.totalsRows(lines: [88])))
        }
    }

    /// `delivered-xlsx/`: each delivered file opened and saved as .xlsx by LibreOffice Calc
    /// (`make_delivered_xlsx.sh` beside it): shared strings, number cells, LibreOffice's styles.
    @Test("the delivered workspace as saved by LibreOffice evaluates as the clean CSV workspace", arguments: ["hunan-2020", "national-2017"])
    func libreOfficeWorkspace(scheme name: String) throws {
        let workbooks = WorkspaceLoader().load(root: Self.fixtures.appendingPathComponent("delivered-xlsx").path)
        #expect(workbooks.diagnostics.isEmpty, "\(workbooks.diagnostics)")
        #expect(workbooks.files.map { URL(fileURLWithPath: $0.path).lastPathComponent }.sorted()
                == ["2022.xlsx", "2023.xlsx", "2024.xlsx", "centers.xlsx", "events.xlsx", "history.xlsx", "ratings.xlsx",
                    "湖南省（示例）先进节能环保技术创新中心（2022-2024年）.xlsx"])
        let clean = WorkspaceLoader().load(root: Self.fixtures.appendingPathComponent("clean").path)
        var scheme = try Scheme.preset(named: name)
        scheme.scope = nil   // the indicator system on every center (national-2017's scope holds no Hunan center)
        let a = try Evaluator(workspace: workbooks, scheme: scheme).evaluate()
        let b = try Evaluator(workspace: clean, scheme: scheme).evaluate()
        #expect(a.centers.count == 86 && b.centers.count == 86)
        for (x, y) in zip(a.centers, b.centers) {
            #expect(x.center.id == y.center.id && x.score == y.score && x.rank == y.rank && x.grade == y.grade
                    && x.decision.kind == y.decision.kind, "\(x.center.id)")
        }
    }

    /// Locations built from a record (a row, the registry line, a missing cell) name the sheet too.
    @Test("row-level locations in workbooks name the sheet: a repeated report row, an imputed cell's source")
    func rowLocationsNameTheSheet() throws {
        try withTemporaryDirectory(prefix: "ticeval-xlsx-ws") { root in
            let workspace = root.appendingPathComponent("ws")
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("delivered-xlsx"), to: workspace)
            try FileManager.default.copyItem(at: workspace.appendingPathComponent("reports/2023.xlsx"),
                                             to: workspace.appendingPathComponent("reports/2023 copy.xlsx"))
            let loaded = WorkspaceLoader().load(root: workspace.path)
            let first = try #require(loaded.diagnostics.first)
            let copy = workspace.appendingPathComponent("reports/2023 copy.xlsx").path
            let original = workspace.appendingPathComponent("reports/2023.xlsx").path
            #expect(first.problem == .repeatedReport(FileLocation(path: copy, line: 3, sheet: "2023"), centerID: "HN-P-001", year: 2023,
                                                     first: FileLocation(path: original, line: 3, sheet: "2023")))
            #expect(first.location.description == "\(copy):2023!A3")
            let report = try #require(loaded.report(year: 2023))
            #expect(report.location(centerID: "HN-P-006", column: "pct_applications").description == "\(original):2023!J8")
        }
    }

    @Test("a workbook beside a CSV file of the same name is an error and the CSV file is read; .xls is refused with what to do")
    func workbookBesideCSV() throws {
        try withTemporaryDirectory(prefix: "ticeval-xlsx-ws") { root in
            let clean = Self.fixtures.appendingPathComponent("clean")
            for name in ["centers.csv", "reports"] {
                try FileManager.default.copyItem(at: clean.appendingPathComponent(name), to: root.appendingPathComponent(name))
            }
            try Data(WorkbookWriter(sheets: [.init(name: "S", rows: [[.text("center_id")]])]).bytes())
                .write(to: root.appendingPathComponent("centers.xlsx"))
            try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
                .write(to: root.appendingPathComponent("reports/2025.xls"))
            let workspace = WorkspaceLoader().load(root: root.path)
            let problems = workspace.diagnostics.map(\.problem)
            #expect(problems.contains(.nameDiffersOnlyInExtension(path: root.appendingPathComponent("centers.xlsx").path,
                                                                  read: root.appendingPathComponent("centers.csv").path)))
            #expect(problems.contains(.workbook(path: root.appendingPathComponent("reports/2025.xls").path, .container(.compoundDocument))))
            #expect(workspace.centers.count == 86)
        }
    }
}

@Suite struct WorkbookMappingTests {
    /// The mapping file may be a workbook too (every workspace file may be): `columns.xlsx`.
    @Test("columns.xlsx maps a department's names and names the sheet to read")
    func mappingWorkbook() throws {
        try withTemporaryDirectory(prefix: "ticeval-xlsx-map") { root in
            let clean = WorkbookWorkspaceTests.fixtures.appendingPathComponent("clean")
            try FileManager.default.copyItem(at: clean.appendingPathComponent("centers.csv"), to: root.appendingPathComponent("centers.csv"))
            try FileManager.default.createDirectory(at: root.appendingPathComponent("reports"), withIntermediateDirectories: true)
            let mapping: [[WorkbookWriter.Cell]] = [[.text("列名"), .text("代码")], [.text("研发投入合计"), .text("rd_expenditure")],
                                                    [.text("数据"), .text("sheet")], [.text("编号"), .text("not a code")]]
            try Data(WorkbookWriter(sheets: [.init(name: "映射", rows: mapping)]).bytes()).write(to: root.appendingPathComponent("columns.xlsx"))
            let report: [[WorkbookWriter.Cell]] = [[.text("center_id"), .text("year"), .text("研发投入合计（万元）")],
                                                   [.text("HN-P-001"), .number(2023), .number(1234.5)]]
            try Data(WorkbookWriter(sheets: [.init(name: "封面", rows: [[.text("2023 年度")]]), .init(name: "数据", rows: report)]).bytes())
                .write(to: root.appendingPathComponent("reports/2023.xlsx"))
            let workspace = WorkspaceLoader(cycle: 2023...2023).load(root: root.path)
            let columns = root.appendingPathComponent("columns.xlsx").path
            #expect(workspace.diagnostics.map(\.problem) == [
                .unknownMappedCode(FileLocation(path: columns, line: 4, column: 2, sheet: "映射"), name: "编号", code: "not a code"),
            ])
            #expect(workspace.report(year: 2023)?.value(centerID: "HN-P-001", column: "rd_expenditure") == 1234.5)
            #expect(workspace.files.first?.path == columns && workspace.files.first?.encoding == .xlsx)
        }
    }
}
