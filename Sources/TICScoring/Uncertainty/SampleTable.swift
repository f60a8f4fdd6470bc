#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// A `rows × columns` table of values that Monte Carlo workers fill concurrently, e.g. one row per
/// worker (counts merged afterwards in worker order) or one column per sample (a value per run),
/// and that is read once the run is over.
///
/// The table owns its memory and is the only place an observer's raw pointer lives: cells are read
/// and written through the subscript, a row lent only inside ``withMutableRow(_:_:)``, and no
/// pointer leaves the type. Its size comes from the data (alternatives × runs), so a table the
/// system cannot give is nil, for the caller to throw
/// ``ScoringError/insufficientMemory(alternatives:bytes:)``, never a trap. It is
/// `@unchecked Sendable` because ``MonteCarlo`` hands each sample to exactly one worker: writers
/// must touch disjoint cells (their own row, or their own sample's column), which the type cannot
/// check.
public final class SampleTable<Element: BitwiseCopyable & Sendable>: @unchecked Sendable {
    /// Rows and columns.
    public let rows: Int, columns: Int
    @usableFromInline let storage: UnsafeMutablePointer<Element>

    /// A table with every cell `value`; nil when the system has not the memory for it (or its size
    /// overflows: ``byteCount(rows:columns:)`` is nil).
    /// - Precondition: rows, columns ≥ 0.
    public init?(rows: Int, columns: Int, repeating value: Element) {
        precondition(rows >= 0 && columns >= 0, "SampleTable: negative size")
        guard let bytes = Self.byteCount(rows: rows, columns: columns),
              let memory = malloc(bytes) else { return nil }
        self.rows = rows
        self.columns = columns
        let count = max(1, rows * columns)
        storage = memory.bindMemory(to: Element.self, capacity: count)
        storage.initialize(repeating: value, count: count)
    }

    deinit { free(storage) }

    /// The bytes a `rows × columns` table takes (at least one cell), nil when that overflows.
    public static func byteCount(rows: Int, columns: Int) -> Int? {
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        let (bytes, tooLarge) = max(1, count).multipliedReportingOverflow(by: MemoryLayout<Element>.stride)
        return overflow || tooLarge ? nil : bytes
    }

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
