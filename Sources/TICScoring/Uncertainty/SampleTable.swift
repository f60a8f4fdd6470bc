/// A `rows × columns` table of values that Monte Carlo workers fill concurrently, e.g. one row per
/// worker (counts merged afterwards in worker order) or one column per sample (a value per run),
/// and that is read once the run is over.
///
/// The table owns its memory and is the only place an observer's raw pointer lives. It is
/// `@unchecked Sendable` because ``MonteCarlo`` hands each sample to exactly one worker: writers
/// must touch disjoint cells (their own row, or their own sample's column), which the type cannot
/// check.
public final class SampleTable<Element: BitwiseCopyable & Sendable>: @unchecked Sendable {
    /// Rows and columns.
    public let rows: Int, columns: Int
    @usableFromInline let storage: UnsafeMutablePointer<Element>

    /// A table with every cell `value`.
    /// - Precondition: rows, columns ≥ 0.
    public init(rows: Int, columns: Int, repeating value: Element) {
        precondition(rows >= 0 && columns >= 0, "SampleTable: negative size")
        self.rows = rows
        self.columns = columns
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        precondition(!overflow, "SampleTable: \(rows) × \(columns) cells overflow")
        storage = .allocate(capacity: max(1, count))
        storage.initialize(repeating: value, count: max(1, count))
    }

    deinit { storage.deallocate() }

    /// Cell (`row`, `column`). Writers from several workers must write disjoint cells.
    @inlinable
    public subscript(row: Int, column: Int) -> Element {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "SampleTable: out of range")
            return storage[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "SampleTable: out of range")
            storage[row * columns + column] = newValue
        }
    }

    /// Lends row `row` to `body` for writing (e.g. a worker's own counts).
    @inlinable
    public func withMutableRow<R>(_ row: Int, _ body: (UnsafeMutableBufferPointer<Element>) throws -> R) rethrows -> R {
        precondition(row >= 0 && row < rows, "SampleTable: row \(row) out of range")
        return try body(UnsafeMutableBufferPointer(start: storage + row * columns, count: columns))
    }

    /// A copy of row `row`.
    public func row(_ row: Int) -> [Element] {
        precondition(row >= 0 && row < rows, "SampleTable: row \(row) out of range")
        return Array(UnsafeBufferPointer(start: storage + row * columns, count: columns))
    }
}
