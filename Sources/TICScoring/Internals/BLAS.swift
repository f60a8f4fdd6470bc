internal import CBLAS

/// The only file that calls CBLAS. Every call is wrapped once, with names and shape checks.
///
/// Conventions of every wrapper:
/// - matrices are row-major `ContiguousArray<Double>` with explicit `rows`/`columns`;
/// - shapes are checked with a `precondition` whose message names the operation;
/// - empty input returns early without calling BLAS (BLAS rejects zero leading dimensions);
/// - counts are converted with trapping `Int32(...)`;
/// - pointers never leave the `with…BufferPointer` closure that produced them.
enum BLAS {
    /// The BLAS kernel in use, e.g. `Haswell` (OpenBLAS core name) or `Accelerate`.
    static var kernelName: String {
        #if canImport(Darwin)
        return "Accelerate"
        #else
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
        #endif
    }

    /// Number of threads BLAS will use.
    static var threadCount: Int {
        #if canImport(Darwin)
        return 0
        #else
        return Int(openblas_get_num_threads())
        #endif
    }

    /// Runs `body` with BLAS limited to one thread, then restores the previous count: for callers
    /// that run several BLAS calls concurrently on their own threads (the Monte Carlo workers), so
    /// that BLAS's own threads do not spin on the same cores. No-op on Apple platforms.
    static func withSingleThread<R>(_ body: () throws -> R) rethrows -> R {
        #if canImport(Darwin)
        return try body()
        #else
        let previous = openblas_get_num_threads()
        openblas_set_num_threads(1)
        defer { openblas_set_num_threads(previous) }
        return try body()
        #endif
    }

    // MARK: - Level 3

    /// `c = alpha · a · b + beta · c` for row-major `a` (m × k), `b` (k × n), `c` (m × n): `cblas_dgemm`.
    static func multiply(
        _ a: ContiguousArray<Double>, rows m: Int, inner k: Int,
        by b: ContiguousArray<Double>, columns n: Int,
        into c: inout ContiguousArray<Double>,
        alpha: Double = 1, beta: Double = 0
    ) {
        precondition(m >= 0 && k >= 0 && n >= 0, "BLAS.multiply: negative dimension")
        precondition(a.count == m * k, "BLAS.multiply: a has \(a.count) elements, expected \(m)×\(k)")
        precondition(b.count == k * n, "BLAS.multiply: b has \(b.count) elements, expected \(k)×\(n)")
        precondition(c.count == m * n, "BLAS.multiply: c has \(c.count) elements, expected \(m)×\(n)")
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            // a · b is the zero matrix; keep the BLAS contract c = beta · c.
            c.withUnsafeMutableBufferPointer { cp in
                for i in 0..<cp.count { cp[i] = beta == 0 ? 0 : beta * cp[i] }
            }
            return
        }
        let m32 = Int32(m), n32 = Int32(n), k32 = Int32(k)
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                c.withUnsafeMutableBufferPointer { cp in
                    cblas_dgemm(
                        CblasRowMajor, CblasNoTrans, CblasNoTrans,
                        m32, n32, k32,
                        alpha, ap.baseAddress, k32,
                        bp.baseAddress, n32,
                        beta, cp.baseAddress, n32
                    )
                }
            }
        }
    }

    /// `c = a · bᵀ` for row-major `a` (m × k) and `b` (n × k) into a caller-owned buffer `c`
    /// (m × n, row-major): `cblas_dgemm` with `b` transposed, no allocation. The Monte Carlo engine
    /// uses it with `a` = a block of weight samples (one per row) and `b` = the normalized matrix,
    /// so each sample's n scores come out contiguous.
    static func multiplyTransposed(
        _ a: UnsafeBufferPointer<Double>, rows m: Int, inner k: Int,
        byTransposeOf b: UnsafeBufferPointer<Double>, rows n: Int,
        into c: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(m >= 0 && k >= 0 && n >= 0, "BLAS.multiplyTransposed: negative dimension")
        precondition(a.count >= m * k, "BLAS.multiplyTransposed: a has \(a.count) elements, expected \(m)×\(k)")
        precondition(b.count >= n * k, "BLAS.multiplyTransposed: b has \(b.count) elements, expected \(n)×\(k)")
        precondition(c.count >= m * n, "BLAS.multiplyTransposed: c has \(c.count) elements, expected \(m)×\(n)")
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            for i in 0..<(m * n) { c[i] = 0 }
            return
        }
        let m32 = Int32(m), n32 = Int32(n), k32 = Int32(k)
        cblas_dgemm(
            CblasRowMajor, CblasNoTrans, CblasTrans,
            m32, n32, k32,
            1, a.baseAddress, k32,
            b.baseAddress, k32,
            0, c.baseAddress, n32
        )
    }

    /// The Gram matrix `c = alpha · aᵀ · a` (full, symmetric) of a row-major `a` (m × n): `cblas_dsyrk`.
    ///
    /// `c` is n × n; BLAS fills the upper triangle and the lower one is mirrored here.
    static func gram(
        _ a: ContiguousArray<Double>, rows m: Int, columns n: Int,
        into c: inout ContiguousArray<Double>, alpha: Double = 1
    ) {
        precondition(m >= 0 && n >= 0, "BLAS.gram: negative dimension")
        precondition(a.count == m * n, "BLAS.gram: a has \(a.count) elements, expected \(m)×\(n)")
        precondition(c.count == n * n, "BLAS.gram: c has \(c.count) elements, expected \(n)×\(n)")
        guard n > 0 else { return }
        guard m > 0 else {
            c.withUnsafeMutableBufferPointer { cp in
                for i in 0..<cp.count { cp[i] = 0 }
            }
            return
        }
        let m32 = Int32(m), n32 = Int32(n)
        a.withUnsafeBufferPointer { ap in
            c.withUnsafeMutableBufferPointer { cp in
                cblas_dsyrk(
                    CblasRowMajor, CblasUpper, CblasTrans,
                    n32, m32, alpha, ap.baseAddress, n32,
                    0, cp.baseAddress, n32
                )
                for i in 0..<n {
                    for j in 0..<i { cp[i * n + j] = cp[j * n + i] }
                }
            }
        }
    }

    // MARK: - Level 2

    /// `y = alpha · a · x + beta · y` for a row-major `a` (m × n): `cblas_dgemv`.
    static func multiply(
        _ a: ContiguousArray<Double>, rows m: Int, columns n: Int,
        vector x: ContiguousArray<Double>,
        into y: inout ContiguousArray<Double>,
        alpha: Double = 1, beta: Double = 0
    ) {
        precondition(m >= 0 && n >= 0, "BLAS.multiply(vector:): negative dimension")
        precondition(a.count == m * n, "BLAS.multiply(vector:): a has \(a.count) elements, expected \(m)×\(n)")
        precondition(x.count == n, "BLAS.multiply(vector:): x has \(x.count) elements, expected \(n)")
        precondition(y.count == m, "BLAS.multiply(vector:): y has \(y.count) elements, expected \(m)")
        guard m > 0 else { return }
        guard n > 0 else {
            y.withUnsafeMutableBufferPointer { yp in
                for i in 0..<yp.count { yp[i] = beta == 0 ? 0 : beta * yp[i] }
            }
            return
        }
        let m32 = Int32(m), n32 = Int32(n)
        a.withUnsafeBufferPointer { ap in
            x.withUnsafeBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { yp in
                    cblas_dgemv(
                        CblasRowMajor, CblasNoTrans, m32, n32,
                        alpha, ap.baseAddress, n32,
                        xp.baseAddress, 1,
                        beta, yp.baseAddress, 1
                    )
                }
            }
        }
    }
}
