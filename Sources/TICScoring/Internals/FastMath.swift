import Foundation

/// Elementwise math kernels for the hot loops: no calls, no division.
enum FastMath {
    private static let ln2Hi = 6.93147180369123816490e-01
    private static let ln2Lo = 1.90821492927058770002e-10
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
    /// `ln x = e·ln 2 + ln c_k + (r − r²/2 + r³/3 − r⁴/4 + r⁵/5 − r⁶/6)`, truncation error < 1e-21.
    static func withLogKernel<R>(_ body: ((Double) -> Double) throws -> R) rethrows -> R {
        try logTables.inverse.withUnsafeBufferPointer { inverse in
            try logTables.logarithm.withUnsafeBufferPointer { logarithm in
                let inv = inverse.baseAddress!, lnc = logarithm.baseAddress!
                return try body { x in
                    let bits = x.bitPattern
                    let exponent = Double(Int((bits >> 52) & 0x7FF) - 1023)
                    let k = Int((bits >> (52 - UInt64(tableBits))) & UInt64((1 << tableBits) - 1))
                    let m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)
                    let r = m * inv[k] - 1
                    var p = -1.0 / 6
                    p = p * r + 1.0 / 5
                    p = p * r - 1.0 / 4
                    p = p * r + 1.0 / 3
                    p = p * r - 1.0 / 2
                    let lnm = r + r * r * p
                    return exponent * ln2Hi + (lnc[k] + (exponent * ln2Lo + lnm))
                }
            }
        }
    }
}

/// A buffer's base address handed to `DispatchQueue.concurrentPerform` workers inside the
/// `with…BufferPointer` closure that owns it; workers only read it or write disjoint ranges.
struct SendablePointer<Pointer>: @unchecked Sendable {
    let pointer: Pointer
    init(_ pointer: Pointer) { self.pointer = pointer }
}
