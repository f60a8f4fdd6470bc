/// What BLAS library the scoring core runs on, for benchmarks and reports.
public enum BLASInfo {
    /// The kernel name OpenBLAS selected (e.g. `Haswell`, `SkylakeX`), or `Accelerate` on Apple.
    public static var kernel: String { BLAS.kernelName }
    /// The number of threads BLAS uses (0 when the library does not say).
    public static var threads: Int { BLAS.threadCount }
}

extension BLASInfo {
    /// A bare `dgemm`, `c = a · b`, into caller-owned storage: no validation beyond shapes, no
    /// allocation. The baseline that benchmarks hold ``HierarchicalScores/weightedScores(normalized:weightColumns:)``
    /// against; not meant for scoring code.
    /// - Precondition: `a.columns == b.rows`, `c.rows == a.rows`, `c.columns == b.columns`.
    public static func referenceMultiply(_ a: Matrix, _ b: Matrix, into c: inout Matrix) {
        precondition(a.columns == b.rows && c.rows == a.rows && c.columns == b.columns,
                     "BLASInfo.referenceMultiply: \(a.rows)×\(a.columns) · \(b.rows)×\(b.columns) into \(c.rows)×\(c.columns)")
        let (m, k, n) = (a.rows, a.columns, b.columns)
        c.withStorage { storage in
            BLAS.multiply(a.storage, rows: m, inner: k, by: b.storage, columns: n, into: &storage)
        }
    }
}
