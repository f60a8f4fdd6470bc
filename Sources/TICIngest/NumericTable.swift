/// A CSV file of one identifier column and numeric columns, parsed into column-major storage.
///
/// Produced by ``NumericCSV/read(path:idColumn:encoding:)``. Column `c` occupies
/// `values[c * rowCount ..< (c + 1) * rowCount]`; a missing or rejected cell is `Double.nan`.
public struct NumericTable: Sendable {
    /// Every header name as written (trimmed), identifier column included.
    public let header: [String]
    /// The names of the numeric columns, in file order (the header without the identifier column).
    public let columns: [String]
    /// The trimmed identifier of each data row, in file order.
    public let ids: [String]
    /// The line on which each data row starts.
    public let lines: ContiguousArray<Int32>
    /// `columns.count × rowCount` values, column-major; NaN marks a missing or rejected cell.
    public let values: ContiguousArray<Double>
    /// Structural problems (stray quotes, wrong field counts) and cells that are not numbers,
    /// each with its `path:line:column`.
    public let diagnostics: [Diagnostic]

    /// Number of data rows kept.
    public var rowCount: Int { ids.count }

    init(header: [String], columns: [String], ids: [String], lines: ContiguousArray<Int32>,
         values: ContiguousArray<Double>, diagnostics: [Diagnostic]) {
        self.header = header
        self.columns = columns
        self.ids = ids
        self.lines = lines
        self.values = values
        self.diagnostics = diagnostics
    }

    /// Calls `body` with the values of numeric column `index` (0-based among ``columns``).
    public func withColumn<R>(_ index: Int, _ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        precondition(index >= 0 && index < columns.count, "NumericTable: column \(index) out of bounds 0..<\(columns.count)")
        let rows = rowCount
        return try values.withUnsafeBufferPointer { p in
            try body(UnsafeBufferPointer(rebasing: p[(index * rows)..<((index + 1) * rows)]))
        }
    }
}
