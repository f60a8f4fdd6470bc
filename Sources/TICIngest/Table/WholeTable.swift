import TICSupport

/// A small table read whole as trimmed strings from any ``TableSource`` (a CSV file or a workbook
/// sheet): the header, the data rows and where each row is. The researcher files (decision
/// matrices) are read through it, so a CSV file and an .xlsx sheet give the same rows and
/// locations that name `path:line:column` or `path:sheet!F7`.
///
/// ```swift
/// var diagnostics: [Diagnostic] = []
/// let table = try WholeTable(source: try TableSources.open(path: "matrix.xlsx"), diagnostics: &diagnostics)
/// print(table.location(row: 0, column: 1))   // matrix.xlsx:Sheet1!B2
/// ```
public struct WholeTable: Sendable {
    /// The file as the user named it.
    public let path: String
    /// The sheet read, for a workbook (nil for CSV).
    public let sheet: String?
    /// The header.
    public let header: CSVHeader
    /// The line of the header.
    public let headerLine: Int
    /// Data rows with the right number of fields, trimmed.
    public private(set) var rows: [[String]] = []
    /// The line each row starts on.
    public private(set) var lines: [Int] = []
    /// Data rows read (blank and all-empty rows are not counted).
    public private(set) var rowsRead = 0
    /// Rows rejected because their field count differs from the header's.
    public private(set) var rowsRejected = 0

    /// Splits `source` into a header and rows with ``TableReader`` (no column required, every name
    /// accepted); the source's notes (``TableSource/notes``) and structural problems go to
    /// `diagnostics`.
    /// - Throws: the problem past which no row can be read; ``IngestError/emptyFile(path:)`` when
    ///   there is no row at all.
    public init(source: some TableSource, diagnostics: inout [Diagnostic]) throws(IngestError) {
        var rows: [[String]] = []
        var lines: [Int] = []
        diagnostics.append(contentsOf: source.notes)
        let outcome = TableReader.read(source, columns: TableReader.Columns(required: []) { _, _, _ in true }) { cells in
            rows.append((0..<cells.row.count).map { cells.row.string($0) })
            lines.append(cells.line)
            return true
        }
        if let failure = outcome.failure { throw failure }
        diagnostics.append(contentsOf: outcome.structural)
        diagnostics.append(contentsOf: outcome.headerProblems)
        diagnostics.append(contentsOf: outcome.rowProblems)
        guard let header = outcome.header else { throw .emptyFile(path: source.path) }
        self.path = source.path
        self.sheet = source.sheetName
        self.header = header
        self.headerLine = outcome.headerLine
        self.rows = rows
        self.lines = lines
        self.rowsRead = outcome.rowsRead
        self.rowsRejected = outcome.rowsRejected
    }

    /// Where `column` (0-based) of data row `row` (0-based) is.
    public func location(row: Int, column: Int) -> FileLocation {
        FileLocation(path: path, line: row < lines.count ? lines[row] : headerLine, column: column + 1, sheet: sheet)
    }
}
