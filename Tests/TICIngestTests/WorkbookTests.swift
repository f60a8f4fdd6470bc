import Foundation
import Testing
@testable import TICIngest

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
