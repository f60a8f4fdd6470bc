import Foundation
import TICSupport

/// The .xlsx backend of ``TableSource``: one sheet of a workbook (the first visible one unless a
/// sheet is named), handed out row by row like a CSV file, each cell's text as a spreadsheet
/// program displays it (see ``SpreadsheetCell/displayedText``) and each location naming the sheet
/// and cell (`reports/2023.xlsx:运行数据!F7`).
///
/// What a CSV export would lose is reported instead: a formula whose result the file does not hold
/// is an empty cell with a warning (open and save the file in the spreadsheet program), an error
/// value (`#DIV/0!`) is its code, which the number reader rejects where a number belongs.
public struct XLSXSource: TableSource, Sendable {
    public let path: String
    public let notes: [Diagnostic]
    /// The sheet read.
    public let sheet: Worksheet
    public var sheetName: String? { sheet.name }
    private let sha256: String
    private let byteCount: Int

    /// Reads the workbook at `path` and the first of `sheetNames` it has (none given: its first
    /// visible sheet).
    /// - Throws: ``IngestError`` when the file cannot be read, is not a workbook ticeval can read,
    ///   or has none of the sheets named.
    public init(path: String, sheetNames: [String] = []) throws(IngestError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        if isDirectory.boolValue { throw .unreadable(path: path, code: EISDIR) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, code: access(path, R_OK) == 0 ? EIO : EACCES)
        }
        if data.isEmpty { throw .emptyFile(path: path) }
        try self.init(bytes: Array(data), path: path, sheetNames: sheetNames)
    }

    /// A source over a workbook's bytes.
    public init(bytes: [UInt8], path: String, sheetNames: [String] = [], limits: ZipLimits = .standard) throws(IngestError) {
        self.path = path
        byteCount = bytes.count
        sha256 = SHA256.hex(bytes)
        do throws(WorkbookProblem) {
            let workbook = try Workbook(bytes: bytes, limits: limits)
            let named = sheetNames.first { name in workbook.sheets.contains { $0.name == name } }
            if named == nil, !sheetNames.isEmpty {
                throw WorkbookProblem.sheetNotFound(sheetNames.joined(separator: " / "), available: workbook.sheets.map(\.name))
            }
            sheet = try workbook.worksheet(named: named)
        } catch {
            throw .workbook(path: path, error)
        }
        var notes: [Diagnostic] = []
        for row in sheet.rows {
            for cell in row.cells where cell.value == .formulaWithoutValue {
                notes.append(Diagnostic(.formulaWithoutResult(FileLocation(path: path, line: row.number, column: cell.column, sheet: sheet.name))))
            }
        }
        self.notes = notes
    }

    public func inputFile(rowsRead: Int, rowsRejected: Int) -> InputFile {
        InputFile(path: path, sha256: sha256, bytes: byteCount, encoding: .xlsx, rowsRead: rowsRead, rowsRejected: rowsRejected)
    }

    /// Each row with at least one non-empty cell, in sheet order; every row runs from column A to
    /// the sheet's last used column, the gaps empty (as a spreadsheet program exports the sheet to
    /// CSV: a row's trailing empty cells are not missing fields).
    public func forEachRow(warnings: inout [Diagnostic], _ body: (TableRow) -> Void) throws(IngestError) {
        var text: [UInt8] = []
        var spans: [TableRow.Span] = []
        let width = sheet.rows.map { $0.cells.last?.column ?? 0 }.max() ?? 0
        for row in sheet.rows {
            text.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
            var next = 0
            for column in 1...max(width, 1) {
                if next < row.cells.count, row.cells[next].column == column {
                    let start = text.count
                    text.append(contentsOf: row.cells[next].displayedText.utf8)
                    spans.append(TableRow.Span(start: start, end: text.count, inScratch: false))
                    next += 1
                } else {
                    spans.append(TableRow.Span(start: text.count, end: text.count, inScratch: false))
                }
            }
            text.withUnsafeBufferPointer { textBuffer in
                spans.withUnsafeBufferPointer { spanBuffer in
                    body(TableRow(path: path, line: row.number, text: textBuffer, scratch: UnsafeBufferPointer(start: nil, count: 0),
                                  spans: spanBuffer, sheet: sheet.name))
                }
            }
        }
    }
}
