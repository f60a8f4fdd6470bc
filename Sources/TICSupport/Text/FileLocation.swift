/// A place in an input file: `path:line:column`, lines and columns counted from 1; in a workbook,
/// `path:sheet!A1` (the sheet's name and the cell's address, as a spreadsheet program shows them).
///
/// For CSV files the column is the 1-based field number (what Excel shows as A=1, B=2, …),
/// which is what a clerk fixing the file needs; a problem with a whole row or file uses column 1.
/// For a sheet of an .xlsx workbook, `line` is the sheet's row number and `column` its column.
public struct FileLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as the user named it (relative to the workspace when loading a workspace).
    public var path: String
    /// 1-based line number (of the line where the CSV record starts).
    public var line: Int
    /// 1-based column (CSV field number).
    public var column: Int
    /// The sheet, for a cell of a workbook; nil for a text file.
    public var sheet: String?

    public init(path: String, line: Int, column: Int = 1, sheet: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `path:line:column`, or `path:sheet!F7` in a workbook.
    public var description: String {
        guard let sheet else { return "\(path):\(line):\(column)" }
        return "\(path):\(sheet)!\(Self.columnLetters(column))\(line)"
    }

    /// A column's letters as spreadsheet programs show them: 1 → A, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var column = column
        var letters: [UInt8] = []
        while column > 0 {
            letters.append(UInt8(ascii: "A") + UInt8((column - 1) % 26))
            column = (column - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public static func < (a: FileLocation, b: FileLocation) -> Bool {
        (a.path, a.sheet ?? "", a.line, a.column) < (b.path, b.sheet ?? "", b.line, b.column)
    }
}
