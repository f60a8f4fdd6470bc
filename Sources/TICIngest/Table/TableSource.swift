/// A workspace file read as a table: rows of cells, each cell with its location.
///
/// A backend reads one file format and hands out its rows in order, the header row included;
/// what the rows mean (header, required and unknown columns, typed cells) is decided by
/// ``TableReader``, the same for every backend, with the layout stage (``TableLayout``: the header
/// among title rows, two-row headers, units, totals and footer rows) between a source and the
/// reader. ``CSVSource`` reads CSV; a spreadsheet backend would hand out one sheet's rows the same
/// way, with the sheet in each cell's location, and get the layout stage unchanged.
///
/// ```swift
/// let source = try CSVSource(path: "ws/history.csv")
/// var warnings: [Diagnostic] = []
/// try source.forEachRow(warnings: &warnings) { row in
///     print(row.location(0), row.string(0))   // ws/history.csv:1:1 center_id
/// }
/// ```
public protocol TableSource {
    /// The file as the user named it; every cell's location names it.
    var path: String { get }
    /// What reading the file noticed before any row, as warnings (e.g. the encoding it was read as
    /// against another reading of the bytes).
    var notes: [Diagnostic] { get }

    /// The file's entry in the inputs list (fingerprint, size, encoding) with the row counts given.
    func inputFile(rowsRead: Int, rowsRejected: Int) -> InputFile

    /// Calls `body` for every non-blank row in file order, the header row included. The row is
    /// valid only during the call.
    /// - Parameter warnings: receives problems that do not stop the reading (a stray quote).
    /// - Throws: ``IngestError`` at a problem past which no row can be read (an unterminated quote).
    func forEachRow(warnings: inout [Diagnostic], _ body: (TableRow) -> Void) throws(IngestError)

    /// The sheet read, for a workbook: every location in the file names it (`path:sheet!F7`).
    var sheetName: String? { get }
}

extension TableSource {
    /// A text file has no sheets.
    public var sheetName: String? { nil }
}
