import Foundation

/// Elementwise math kernels for the hot loops: no calls, no division.
enum FastMath {
    static let ln2Hi = 6.93147180369123816490e-01
    static let ln2Lo = 1.90821492927058770002e-10
    static let tableBits = 10

    /// `1/c_k` and `ln c_k` for the centres `c_k = 1 + (k + ½)/1024` of the mantissa intervals.
    static let logTables: (inverse: ContiguousArray<Double>, logarithm: ContiguousArray<Double>) = {
        let size = 1 << tableBits
        var inverse = ContiguousArray<Double>(repeating: 0, count: size)
        var logarithm = ContiguousArray<Double>(repeating: 0, count: size)
        for k in 0..<size {
            let c = 1 + (Double(k) + 0.5) / Double(size)
            inverse[k] = 1 / c
            logarithm[k] = Foundation.log(c)
        }
        return (inverse, logarithm)
    }()

    /// Calls `body` with a natural-logarithm kernel valid for positive, normal, finite arguments
    /// (callers route zero, subnormal and non-finite values elsewhere), accurate to a few 1e-16.
    ///
    /// Method (as in glibc's table-driven `log`): `x = m·2^e`, `m ∈ [1, 2)`; the top 10 mantissa bits
    /// pick `c_k`; `r = m/c_k − 1` (|r| < 4.9e-4, a multiplication by the tabulated inverse);
    /// `ln x = e·ln 2 + ln c_k + (r − r²/2 + r³/3 − r⁴/4)`, truncation error below r⁵/5 < 6e-18.
    static func withLogKernel<R>(_ body: (LogKernel) throws -> R) rethrows -> R {
        try logTables.inverse.withUnsafeBufferPointer { inverse in
            try logTables.logarithm.withUnsafeBufferPointer { logarithm in
                try body(LogKernel(inverse: inverse.baseAddress!, logarithm: logarithm.baseAddress!))
            }
        }
    }

    /// The table-driven logarithm; valid only inside ``FastMath/withLogKernel(_:)``.
    struct LogKernel {
        let inverse: UnsafePointer<Double>
        let logarithm: UnsafePointer<Double>

        @inline(__always)
        func callAsFunction(_ x: Double) -> Double {
            // Literal constants keep the kernel free of global accessors (10 = FastMath.tableBits).
            let bits = x.bitPattern
            // The biased exponent as a double without an int-to-float conversion: 2⁵² + e_biased − 2⁵² − 1023.
            let exponent = Double(bitPattern: (bits >> 52) | 0x4330_0000_0000_0000) - 4_503_599_627_371_519.0
            let k = Int(truncatingIfNeeded: (bits >> 42) & 0x3FF)
            let m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)
            let r = m * inverse[k] - 1
            let p = (-0.25 * r + 1.0 / 3) * r - 0.5
            let lnm = r + r * r * p
            return exponent * 6.93147180369123816490e-01
                + (logarithm[k] + (exponent * 1.90821492927058770002e-10 + lnm))
        }
    }
}

/// A buffer's base address handed to `DispatchQueue.concurrentPerform` workers inside the
/// `with…BufferPointer` (or ``LargeBuffer/withMemory(_:)``-style) closure that lends it; workers
/// only read it or write disjoint ranges.
///
/// It owns nothing: it is made inside the lending closure, passed down to the workers of that one
/// call and dropped when the closure returns; it is never stored in a property that outlives the
/// loan (``HistogramTargets`` is built and consumed inside such a closure too).
/// `@unchecked Sendable` only because a raw pointer is not `Sendable`.
struct SendablePointer<Pointer>: @unchecked Sendable {
    let pointer: Pointer
    init(_ pointer: Pointer) { self.pointer = pointer }
}
