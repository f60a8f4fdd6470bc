import TICSupport
/// One year's annual reports (`reports/<year>.csv`), stored column-wise for fast scoring.
///
/// Values are row-major (`rows × columns`); a missing cell (empty, `-`, `无`, or a rejected
/// value) is `Double.nan` here and nowhere else: use ``value(centerID:column:)`` to get `nil`.
public struct AnnualReport: Sendable {
    /// The year of the file name.
    public let year: Int
    /// The file as the user named it.
    public let path: String
    /// The value columns in file order (the header without `center_id` and `year`).
    public let columns: [String]
    /// The line of the header row.
    public let headerLine: Int
    /// The 1-based field number in the file of each value column.
    public let fileColumns: [Int]
    /// The center of each row, in file order.
    public private(set) var centerIDs: [String] = []
    /// The line each row was read from.
    public private(set) var lines: [Int] = []
    /// `rows × columns` values, row-major; NaN marks a missing cell.
    public private(set) var values: ContiguousArray<Double> = []
    private var rowByCenter: [String: Int] = [:]
    private var columnIndex: [String: Int]

    /// An empty report for `year` with the given value columns; `fileColumns` defaults to the
    /// fields after `center_id` and `year` (3, 4, …).
    public init(year: Int, path: String, columns: [String], headerLine: Int = 1, fileColumns: [Int]? = nil) {
        self.year = year
        self.path = path
        self.columns = columns
        self.headerLine = headerLine
        self.fileColumns = fileColumns ?? columns.indices.map { $0 + 3 }
        self.columnIndex = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Number of rows (centers with a report).
    public var rowCount: Int { centerIDs.count }

    /// Appends a row; `rowValues` has one entry per column (NaN for missing).
    public mutating func append(centerID: String, line: Int, values rowValues: some Collection<Double>) {
        precondition(rowValues.count == columns.count, "a report row needs \(columns.count) values")
        rowByCenter[centerID] = centerIDs.count
        centerIDs.append(centerID)
        lines.append(line)
        values.append(contentsOf: rowValues)
    }

    /// The row of a center, if it reported this year.
    public func row(of centerID: String) -> Int? { rowByCenter[centerID] }

    /// The index of a column, if the file has it.
    public func columnIndex(of column: String) -> Int? { columnIndex[column] }

    /// The value of `column` for `centerID`; nil when the center did not report, the file has no
    /// such column, or the cell is missing.
    public func value(centerID: String, column: String) -> Double? {
        guard let row = rowByCenter[centerID], let col = columnIndex[column] else { return nil }
        let v = values[row * columns.count + col]
        return v.isNaN ? nil : v
    }

    /// Where a center's cell of `column` is: its row and the column's field; the header line when
    /// the center has no row; column 1 when the file has no such column.
    public func location(centerID: String, column: String?) -> FileLocation {
        let line = rowByCenter[centerID].map { lines[$0] } ?? headerLine
        let field = column.flatMap { columnIndex[$0] }.map { fileColumns[$0] } ?? 1
        return FileLocation(path: path, line: line, column: field)
    }

    /// The number of missing cells.
    public var missingCellCount: Int {
        var n = 0
        for v in values where v.isNaN { n += 1 }
        return n
    }
}
