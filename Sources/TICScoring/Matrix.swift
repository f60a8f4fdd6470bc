/// A dense, row-major matrix of `Double`: rows are alternatives (centers), columns are criteria
/// (indicators) throughout TICScoring.
///
/// Element `(i, j)` is stored at `storage[i * columns + j]`. The matrix may be empty (zero rows or
/// zero columns). It never checks values: NaN, infinity and magnitudes beyond
/// ``ScoringLimits/maximumMagnitude`` are rejected by the scoring functions that read it (see
/// ``validateFinite()``), not here.
///
/// ```swift
/// let m = Matrix(rows: [[1, 2], [3, 4]])
/// m[1, 0]        // 3
/// m.column(1)    // [2, 4]
/// ```
public struct Matrix: Sendable, Hashable {
    /// Number of rows (alternatives).
    public let rows: Int
    /// Number of columns (criteria).
    public let columns: Int
    /// Row-major elements; `storage.count == rows * columns`.
    public private(set) var storage: ContiguousArray<Double>

    /// A `rows × columns` matrix with every element equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix: negative shape \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.storage = ContiguousArray(repeating: value, count: rows * columns)
    }

    /// A matrix over existing row-major storage.
    /// - Precondition: `storage.count == rows * columns`.
    public init(rows: Int, columns: Int, storage: ContiguousArray<Double>) {
        precondition(rows >= 0 && columns >= 0, "Matrix: negative shape \(rows)×\(columns)")
        precondition(storage.count == rows * columns,
                     "Matrix: storage has \(storage.count) elements, expected \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix from nested rows, e.g. `Matrix(rows: [[1, 2], [3, 4]])`.
    /// - Precondition: every row has the same length. An empty array gives a 0 × 0 matrix.
    public init(rows nested: [[Double]]) {
        let columns = nested.first?.count ?? 0
        var storage = ContiguousArray<Double>()
        storage.reserveCapacity(nested.count * columns)
        for (index, row) in nested.enumerated() {
            precondition(row.count == columns,
                         "Matrix: row \(index) has \(row.count) elements, expected \(columns)")
            storage.append(contentsOf: row)
        }
        self.init(rows: nested.count, columns: columns, storage: storage)
    }

    /// A matrix whose columns are the given arrays.
    /// - Precondition: every column has the same length.
    public init(columns nested: [[Double]]) {
        let rows = nested.first?.count ?? 0
        var result = Matrix(rows: rows, columns: nested.count)
        for (j, column) in nested.enumerated() {
            precondition(column.count == rows,
                         "Matrix: column \(j) has \(column.count) elements, expected \(rows)")
            for i in 0..<rows { result[i, j] = column[i] }
        }
        self = result
    }

    /// Element at `row`, `column` (both zero-based).
    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns,
                         "Matrix: index (\(row), \(column)) out of bounds \(rows)×\(columns)")
            return storage[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns,
                         "Matrix: index (\(row), \(column)) out of bounds \(rows)×\(columns)")
            storage[row * columns + column] = newValue
        }
    }

    /// `true` when the matrix has no element.
    public var isEmpty: Bool { storage.isEmpty }

    /// The elements of column `j`, top to bottom.
    public func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < columns, "Matrix: column \(j) out of bounds 0..<\(columns)")
        var result = [Double]()
        result.reserveCapacity(rows)
        storage.withUnsafeBufferPointer { p in
            var index = j
            for _ in 0..<rows {
                result.append(p[index])
                index += columns
            }
        }
        return result
    }

    /// The elements of row `i`, left to right.
    public func row(_ i: Int) -> [Double] {
        precondition(i >= 0 && i < rows, "Matrix: row \(i) out of bounds 0..<\(rows)")
        return Array(storage[(i * columns)..<((i + 1) * columns)])
    }

    /// Replaces column `j` with `values`.
    /// - Precondition: `values.count == rows`.
    public mutating func setColumn(_ j: Int, to values: [Double]) {
        precondition(j >= 0 && j < columns, "Matrix: column \(j) out of bounds 0..<\(columns)")
        precondition(values.count == rows, "Matrix: column has \(values.count) values, expected \(rows)")
        let columns = self.columns
        storage.withUnsafeMutableBufferPointer { p in
            var index = j
            for value in values {
                p[index] = value
                index += columns
            }
        }
    }

    /// The transpose (`columns × rows`).
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        let rows = self.rows, columns = self.columns
        storage.withUnsafeBufferPointer { src in
            result.storage.withUnsafeMutableBufferPointer { dst in
                for i in 0..<rows {
                    for j in 0..<columns { dst[j * rows + i] = src[i * columns + j] }
                }
            }
        }
        return result
    }

    /// Every element multiplied by `factor`, e.g. `0.5` min-max scores scaled to a 0–100 scale with 100.
    public func scaled(by factor: Double) -> Matrix {
        var result = self
        result.storage.withUnsafeMutableBufferPointer { p in
            for k in 0..<p.count { p[k] *= factor }
        }
        return result
    }

    /// The matrix product `self · other` computed with one BLAS `dgemm`.
    /// - Precondition: `columns == other.rows`.
    /// - Complexity: O(rows · columns · other.columns).
    public func multiplied(by other: Matrix) -> Matrix {
        precondition(columns == other.rows,
                     "Matrix.multiplied(by:): \(rows)×\(columns) · \(other.rows)×\(other.columns) do not conform")
        var result = ContiguousArray<Double>(repeating: 0, count: rows * other.columns)
        BLAS.multiply(storage, rows: rows, inner: columns, by: other.storage, columns: other.columns,
                      into: &result)
        return Matrix(rows: rows, columns: other.columns, storage: result)
    }

    /// The matrix–vector product `self · vector` computed with one BLAS `dgemv`.
    /// - Precondition: `vector.count == columns`.
    public func multiplied(by vector: [Double]) -> [Double] {
        precondition(vector.count == columns,
                     "Matrix.multiplied(by:): vector has \(vector.count) elements, expected \(columns)")
        var result = ContiguousArray<Double>(repeating: 0, count: rows)
        BLAS.multiply(storage, rows: rows, columns: columns, vector: ContiguousArray(vector), into: &result)
        return Array(result)
    }

    /// Calls `body` with the row-major elements.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the mutable row-major elements.
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        try storage.withUnsafeMutableBufferPointer(body)
    }

    /// Throws ``ScoringError/nonFiniteValue(row:column:value:)`` for the first NaN or infinite element,
    /// or ``ScoringError/valueTooLarge(row:column:value:)`` for the first finite one beyond
    /// ``ScoringLimits/maximumMagnitude`` (row-major order): the values every scoring function accepts.
    public func validateFinite() throws(ScoringError) {
        let columns = self.columns
        let bad: (Int, Double)? = storage.withUnsafeBufferPointer { p in
            for k in 0..<p.count where !ScoringLimits.isWithinMagnitude(p[k]) { return (k, p[k]) }
            return nil
        }
        if let (k, value) = bad {
            if value.isFinite { throw .valueTooLarge(row: k / columns, column: k % columns, value: value) }
            throw .nonFiniteValue(row: k / columns, column: k % columns, value: value)
        }
    }

    /// Calls `body` with the storage itself (same shape required afterwards); for BLAS wrappers that
    /// write into an existing matrix.
    mutating func withStorage<R>(_ body: (inout ContiguousArray<Double>) -> R) -> R {
        let count = storage.count
        defer { precondition(storage.count == count, "Matrix.withStorage: the element count changed") }
        return body(&storage)
    }
}
