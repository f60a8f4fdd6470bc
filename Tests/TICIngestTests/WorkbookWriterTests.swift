import Foundation
import Testing
@testable import TICIngest
import TICTestSupport

/// The .xlsx writer: what it writes reads back through ticeval's reader cell for cell, and (where
/// LibreOffice is installed) through a real spreadsheet program.
@Suite("Workbook writer: round trip, formula-like text, determinism, validation lists")
struct WorkbookWriterTests {
    typealias Cell = WorkbookWriter.Cell

    static let texts = ["=1+2", "+8613800000000", "@SUM(A1)", "-3", "－5", " padded ", "tab\there", "a & <b> \"c\"",
                        "vertical\u{0B}tab", "_x0041_ literally", "中心名称", "line\nbreak"]
    static let numbers: [Double] = [1234.5, -2.5e-7, 0.1, 12, 1e20, 123_456_789.123, -0.0]

    static func sampleSheet() -> WorkbookWriter.Sheet {
        var rows: [[Cell]] = [[.header("中心编号"), .header("文本"), .header("数值")]]
        for (index, text) in texts.enumerated() {
            rows.append([.text("C\(index)"), .text(text), index < numbers.count ? .number(numbers[index], format: index == 0 ? "0.00" : nil) : .empty])
        }
        rows.append([.text("flags"), .boolean(true), .number(.nan)])
        return WorkbookWriter.Sheet(name: "数据", rows: rows, frozenRows: 1, columnWidths: [12, 30, 0])
    }

    @Test("every text and number reads back exactly; a non-finite number is the error #NUM!, never a value")
    func roundTrip() throws {
        let bytes = WorkbookWriter(sheets: [Self.sampleSheet()]).bytes()
        let sheet = try Workbook(bytes: bytes).worksheet(named: nil)
        #expect(sheet.name == "数据")
        #expect(sheet.rows[0].cells.map(\.value) == [.text("中心编号"), .text("文本"), .text("数值")])
        for (index, text) in Self.texts.enumerated() {
            let row = sheet.rows[index + 1]
            #expect(row.number == index + 2)
            #expect(row.cells[1].value == .text(text), "row \(index + 2)")
            if index < Self.numbers.count {
                #expect(row.cells[2].value == .number(Self.numbers[index]), "row \(index + 2)")
            }
        }
        let last = try #require(sheet.rows.last)
        #expect(last.cells.map(\.value) == [.text("flags"), .boolean(true), .error("#NUM!")])
        #expect(sheet.rows[1].cells[2].format == "0.00")
    }

    @Test("formula-like text is a quote-prefixed string cell, never a formula and never an added apostrophe")
    func formulaLikeText() throws {
        let bytes = WorkbookWriter(sheets: [Self.sampleSheet()]).bytes()
        let archive = try ZipArchive(bytes: bytes)
        let xml = String(decoding: try archive.contents(of: "xl/worksheets/sheet1.xml"), as: UTF8.self)
        let styles = String(decoding: try archive.contents(of: "xl/styles.xml"), as: UTF8.self)
        #expect(!xml.contains("<f>"))
        #expect(styles.contains(#"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>"#))
        // =1+2 (row 2), +86… (row 3), @SUM (row 4), -3 (row 5) and －5 (row 6) carry style 2; the others do not.
        for row in 2...6 { #expect(xml.contains(#"<c r="B\#(row)" s="2" t="s">"#), "B\(row)") }
        for row in 7...13 { #expect(xml.contains(#"<c r="B\#(row)" t="s">"#), "B\(row)") }
        let strings = String(decoding: try archive.contents(of: "xl/sharedStrings.xml"), as: UTF8.self)
        #expect(!strings.contains("'="))
        #expect(strings.contains("vertical_x000B_tab"))
        #expect(strings.contains("_x005F_x0041_ literally"))
    }

    @Test("the same sheets give the same bytes; frozen header, widths and validations are written")
    func deterministicLayout() throws {
        var sheet = Self.sampleSheet()
        sheet.validations = [
            .init(rule: .list(["省级", "国家级"]), column: 1, rows: 2...200, errorTitle: "级别", error: "请从列表中选择"),
            .init(rule: .decimalAtLeast(0), column: 3, rows: 2...200, errorTitle: "数值", error: "应为不小于 0 的数"),
            .init(rule: .wholeNumber(1949, 2100), column: 2, rows: 2...200, errorTitle: "年份", error: "应为年份"),
        ]
        let first = WorkbookWriter(sheets: [sheet]).bytes()
        #expect(first == WorkbookWriter(sheets: [sheet]).bytes())
        let xml = String(decoding: try ZipArchive(bytes: first).contents(of: "xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/></cols>"#))
        #expect(xml.contains(#"<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="级别" error="请从列表中选择" sqref="A2:A200"><formula1>&quot;省级,国家级&quot;</formula1>"#))
        #expect(xml.contains(#"type="decimal" operator="greaterThanOrEqual""#) && xml.contains("<formula1>0</formula1>"))
        #expect(xml.contains("<formula1>1949</formula1><formula2>2100</formula2>"))
    }

    @Test("a list too long for a validation formula goes to a hidden sheet that is never read implicitly")
    func longList() throws {
        let values = (1...60).map { "领域类别\($0)" }
        var sheet = WorkbookWriter.Sheet(name: "reports", rows: [[.header("类别")]])
        sheet.validations = [.init(rule: .list(values), column: 1, rows: 2...100, errorTitle: "类别", error: "请选择")]
        let workbook = try Workbook(bytes: WorkbookWriter(sheets: [sheet]).bytes())
        #expect(workbook.sheets.map(\.name) == ["reports", "_lists"])
        #expect(workbook.sheets.map(\.isHidden) == [false, true])
        #expect(try workbook.worksheet(named: nil).name == "reports")
        let lists = try workbook.worksheet(named: "_lists")
        #expect(lists.rows.map { $0.cells[0].value } == values.map { .text($0) })
    }

    @Test("sheet names Excel refuses are made acceptable")
    func sheetNames() {
        #expect(WorkbookWriter.sheetName("a/b:c?") == "a_b_c_")
        #expect(WorkbookWriter.sheetName(String(repeating: "长", count: 40)).count == 31)
    }

    /// LibreOffice reads the writer's workbook to the same cells (skipped where `soffice` is not
    /// installed: CI does not install it; `apt-get install libreoffice-calc-nogui` to run it).
    @Test("LibreOffice reads what the writer wrote to the same values")
    func libreOffice() throws {
        guard let soffice = LibreOffice.executable else {
            print("skipped: LibreOffice (soffice) is not installed")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows: [[Cell]] = [[.header("id"), .header("name"), .header("value")],
                              [.text("0012"), .text("=1+2"), .number(1234.5)],
                              [.text("C2"), .text("中心, \"quoted\""), .number(-2.5e-7)],
                              [.text("C3"), .boolean(false), .number(12, format: "0.00")]]
        let input = folder.appendingPathComponent("written.xlsx")
        try Data(WorkbookWriter(sheets: [WorkbookWriter.Sheet(name: "S", rows: rows, frozenRows: 1)]).bytes()).write(to: input)
        let csv = try LibreOffice.convertToCSV(input, in: folder, soffice: soffice)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: true).map { String($0) }
        // Raw values (not as shown): numbers in full, text as typed, FALSE for the boolean.
        #expect(lines == ["id,name,value", "0012,=1+2,1234.5", #"C2,"中心, ""quoted""",-0.00000025"#, "C3,FALSE,12"])
    }
}
