import Foundation
import Testing
@testable import TICIngest
import TICSupport

/// The .xlsx reader on workbooks written by real spreadsheet programs (openpyxl 3.1.5 and LibreOffice;
/// `Fixtures/xlsx/make_fixtures.py` says how each was made and what it holds).
@Suite("Workbook: .xlsx files as spreadsheet programs write them")
struct WorkbookTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/xlsx/\(name)", withExtension: nil))
        return Array(try Data(contentsOf: url))
    }

    static func cell(_ sheet: Worksheet, _ reference: String) -> SpreadsheetCell? {
        guard let address = CellAddress(reference) else { return nil }
        return sheet.rows.first { $0.number == address.row }?.cells.first { $0.column == address.column }
    }

    @Test("openpyxl: the first visible sheet, inline strings, numbers, booleans, dates, errors, uncalculated formulas")
    func openpyxlWorkbook() throws {
        let workbook = try Workbook(bytes: Self.fixture("openpyxl.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["隐藏", "运行数据", "空白"])
        #expect(workbook.sheets.map(\.isHidden) == [true, false, false])
        let sheet = try workbook.worksheet(named: nil)
        #expect(sheet.name == "运行数据")
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(sheet.merged == [MergedRange(first: CellAddress(row: 1, column: 1), last: CellAddress(row: 1, column: 6))])
        #expect(Self.cell(sheet, "A1")?.value == .text("2023年度省技术创新中心运行数据表"))
        #expect(Self.cell(sheet, "C2")?.value == .text("研发经费投入（万元）"))
        #expect(Self.cell(sheet, "A3")?.value == .text("0012"))
        #expect(Self.cell(sheet, "C3")?.value == .number(1234.5))
        #expect(Self.cell(sheet, "D3")?.value == .number(12))
        #expect(Self.cell(sheet, "E3")?.value == .boolean(true))
        // 45047 is 2023-05-01 (openpyxl wrote the date); a custom Chinese date format is a date too.
        #expect(Self.cell(sheet, "F3")?.value == .date(45047))
        #expect(Self.cell(sheet, "F3")?.displayedText == "2023-05-01")
        #expect(Self.cell(sheet, "F4")?.displayedText == "2024-02-29")
        // An id stored as the number 13 under the format 0000 shows as 0013.
        #expect(Self.cell(sheet, "A4")?.value == .number(13))
        #expect(Self.cell(sheet, "A4")?.displayedText == "0013")
        #expect(Self.cell(sheet, "B4")?.value == .text("乙中心 & <丙>"))
        #expect(Self.cell(sheet, "D4")?.value == .formulaWithoutValue)
        #expect(Self.cell(sheet, "E4")?.value == .boolean(false))
        #expect(Self.cell(sheet, "C5")?.value == .number(-2.5e-7))
        #expect(Self.cell(sheet, "D5")?.value == .error("#N/A"))
        #expect(Self.cell(sheet, "C6")?.value == .formulaWithoutValue)
        #expect(Self.cell(sheet, "A6") == nil)
    }

    @Test("LibreOffice: shared strings, cached formula results, a 1900-system date, the same cells as openpyxl wrote")
    func libreOfficeWorkbook() throws {
        let workbook = try Workbook(bytes: Self.fixture("libreoffice.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["隐藏", "运行数据", "空白"])
        #expect(workbook.sheets.map(\.isHidden) == [true, false, false])
        let sheet = try workbook.worksheet(named: nil)
        #expect(sheet.name == "运行数据")
        #expect(Self.cell(sheet, "A1")?.value == .text("2023年度省技术创新中心运行数据表"))
        #expect(Self.cell(sheet, "B1") == nil)   // styled but empty
        #expect(Self.cell(sheet, "A3")?.value == .text("0012"))
        #expect(Self.cell(sheet, "A4")?.displayedText == "0013")
        #expect(Self.cell(sheet, "B4")?.value == .text("乙中心 & <丙>"))
        #expect(Self.cell(sheet, "E3")?.value == .boolean(true))
        #expect(Self.cell(sheet, "F3")?.displayedText == "2023-05-01")
        #expect(Self.cell(sheet, "F4")?.displayedText == "2024-02-29")
        // LibreOffice calculated the formulas openpyxl left without results, and wrote -2.5E-007.
        #expect(Self.cell(sheet, "D4")?.value == .number(3))
        #expect(Self.cell(sheet, "C5")?.value == .number(-2.5e-7))
        #expect(Self.cell(sheet, "D5")?.value == .error("#N/A"))
        #expect(Self.cell(sheet, "C6")?.value == .number(1234.59999975))
        #expect(sheet.merged == [MergedRange(first: CellAddress(row: 1, column: 1), last: CellAddress(row: 1, column: 6))])
    }

    @Test("an Excel 97-2003 file saved by LibreOffice is recognized as one")
    func legacyWorkbook() throws {
        #expect(throws: WorkbookProblem.container(.compoundDocument)) { try Workbook(bytes: Self.fixture("legacy.xls")) }
    }

    @Test("a hidden sheet is read only when named; an unknown name lists the sheets there are")
    func namedSheets() throws {
        let workbook = try Workbook(bytes: Self.fixture("openpyxl.xlsx"))
        #expect(try workbook.worksheet(named: "隐藏").rows.count == 1)
        #expect(try workbook.worksheet(named: "空白").rows.isEmpty)
        #expect(throws: WorkbookProblem.sheetNotFound("Sheet1", available: ["隐藏", "运行数据", "空白"])) {
            try workbook.worksheet(named: "Sheet1")
        }
    }

    @Test("A1 addresses both ways, Excel's column limits")
    func addresses() {
        #expect(CellAddress("F7") == CellAddress(row: 7, column: 6))
        #expect(CellAddress("AB12") == CellAddress(row: 12, column: 28))
        #expect(CellAddress("XFD1048576") == CellAddress(row: 1_048_576, column: 16_384))
        #expect(CellAddress("XFE1") == nil)
        #expect(CellAddress("12A") == nil)
        #expect(CellAddress("A0") == nil)
        #expect(CellAddress("A") == nil)
        #expect(CellAddress.letters(1) == "A")
        #expect(CellAddress.letters(26) == "Z")
        #expect(CellAddress.letters(27) == "AA")
        #expect(CellAddress.letters(16_384) == "XFD")
        #expect(CellAddress(row: 7, column: 28).description == "AB7")
    }

    /// Serial days against dates Excel shows (day 60 is Excel's 1900-02-29, which never was).
    @Test("serial days as dates, Excel's 1900 leap-year day included")
    func serialDates() {
        #expect(SpreadsheetCell.isoDate(1) == "1900-01-01")
        #expect(SpreadsheetCell.isoDate(59) == "1900-02-28")
        #expect(SpreadsheetCell.isoDate(60) == "1900-02-29")
        #expect(SpreadsheetCell.isoDate(61) == "1900-03-01")
        #expect(SpreadsheetCell.isoDate(25_569) == "1970-01-01")
        #expect(SpreadsheetCell.isoDate(45_351.75) == "2024-02-29")
        #expect(SpreadsheetCell.isoDate(0) == nil)
    }

    @Test("date formats told from number formats")
    func dateFormats() {
        for code in ["yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\"", "[h]:mm", "m/d/yy h:mm", "[$-804]yyyy年m月"] {
            #expect(NumberFormats.isDate(code), "\(code)")
        }
        for code in ["0.00", "#,##0", "[Red]0.00", "\"d\"0", "0.00_);[Red](0.00)", "@", "General", "0%"] {
            #expect(!NumberFormats.isDate(code), "\(code)")
        }
    }

    @Test("numbers display in their shortest exact form; zero-padded only under an all-zero format")
    func displayedNumbers() {
        #expect(SpreadsheetCell(column: 1, value: .number(1234.5), format: nil).displayedText == "1234.5")
        #expect(SpreadsheetCell(column: 1, value: .number(12), format: "0.00").displayedText == "12")
        #expect(SpreadsheetCell(column: 1, value: .number(0.1), format: nil).displayedText == "0.1")
        #expect(SpreadsheetCell(column: 1, value: .number(7), format: "000000").displayedText == "000007")
        #expect(SpreadsheetCell(column: 1, value: .number(1_234_567), format: "000").displayedText == "1234567")
        #expect(SpreadsheetCell(column: 1, value: .number(7.5), format: "000").displayedText == "7.5")
        #expect(SpreadsheetCell(column: 1, value: .boolean(true), format: nil).displayedText == "TRUE")
    }
}

/// A sheet as a table source: the rows the layout stage and the table reader see, with locations
/// that name the sheet and the cell.
@Suite("XLSXSource: a sheet handed out as table rows")
struct XLSXSourceTests {
    static func path(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/xlsx/\(name)", withExtension: nil)).path
    }

    static func rows(_ source: XLSXSource) throws -> [(line: Int, cells: [String])] {
        var rows: [(line: Int, cells: [String])] = []
        var warnings: [Diagnostic] = []
        try source.forEachRow(warnings: &warnings) { row in
            rows.append((row.line, (0..<row.count).map { row.string($0) }))
        }
        #expect(warnings.isEmpty)
        return rows
    }

    @Test("cells as displayed, gaps empty, locations as sheet!A1, uncalculated formulas reported")
    func openpyxlRows() throws {
        let path = try Self.path("openpyxl.xlsx")
        let source = try XLSXSource(path: path)
        let rows = try Self.rows(source)
        #expect(rows.map(\.line) == [1, 2, 3, 4, 5, 6])
        // Every row runs to the sheet's last used column (F), as a CSV export would.
        #expect(rows[0].cells == ["2023年度省技术创新中心运行数据表", "", "", "", "", ""])
        #expect(rows[2].cells == ["0012", "甲中心", "1234.5", "12", "TRUE", "2023-05-01"])
        #expect(rows[3].cells == ["0013", "乙中心 & <丙>", "0.1", "", "FALSE", "2024-02-29"])
        // As in a CSV file, an apostrophe before a formula-like text is the neutralizing one ticeval's
        // own writer adds (SpreadsheetSafety), and is read back off.
        #expect(rows[4].cells == ["0014", "=HYPERLINK()", "-2.5e-07", "#N/A", "", ""])
        #expect(rows[5].cells == ["", "合计", "", "", "", ""])
        var located: [String] = []
        var warnings: [Diagnostic] = []
        try source.forEachRow(warnings: &warnings) { row in
            if row.line == 3 { located = (0..<row.count).map { row.location($0).description } }
        }
        #expect(located.first == "\(path):运行数据!A3")
        #expect(located.last == "\(path):运行数据!F3")
        #expect(source.notes.map(\.problem) == [
            .formulaWithoutResult(FileLocation(path: path, line: 4, column: 4, sheet: "运行数据")),
            .formulaWithoutResult(FileLocation(path: path, line: 6, column: 3, sheet: "运行数据")),
        ])
        #expect(source.notes.allSatisfy { $0.severity == .warning })
        #expect(source.inputFile(rowsRead: 4, rowsRejected: 0).encoding == .xlsx)
        // The numbers read back as the values stored.
        var parsed: [ParsedNumber] = []
        try source.forEachRow(warnings: &warnings) { row in if row.line == 5 { parsed = [row.number(2)] } }
        #expect(parsed == [.value(-2.5e-7)])
    }

    @Test("LibreOffice's calculated results are read; a named hidden sheet is read when asked for")
    func libreOfficeRows() throws {
        let source = try XLSXSource(path: try Self.path("libreoffice.xlsx"))
        #expect(source.notes.isEmpty)
        let rows = try Self.rows(source)
        #expect(rows[3].cells == ["0013", "乙中心 & <丙>", "0.1", "3", "FALSE", "2024-02-29"])
        #expect(rows[5].cells == ["", "合计", "1234.59999975", "", "", ""])
        let hidden = try XLSXSource(path: try Self.path("libreoffice.xlsx"), sheetNames: ["隐藏"])
        #expect(try Self.rows(hidden).count == 1)
    }

    @Test("an .xls, a missing sheet and a damaged file are refused (TICReport words them: IngestErrorTextTests)")
    func refusals() throws {
        let legacy = try Self.path("legacy.xls")
        #expect(throws: IngestError.workbook(path: legacy, .container(.compoundDocument))) { try XLSXSource(path: legacy) }
        let path = try Self.path("openpyxl.xlsx")
        #expect(throws: IngestError.workbook(path: path, .sheetNotFound("数据", available: ["隐藏", "运行数据", "空白"]))) {
            try XLSXSource(path: path, sheetNames: ["数据"])
        }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(throws: IngestError.workbook(path: "cut.xlsx", .container(.notZip))) {
            try XLSXSource(bytes: Array(bytes.prefix(bytes.count / 2)), path: "cut.xlsx")
        }
        #expect(throws: IngestError.fileNotFound(path: "/nonexistent/2023.xlsx")) { try XLSXSource(path: "/nonexistent/2023.xlsx") }
    }
}
