// exp and log from +, -, *, / only, so that random draws are bit-identical on every platform.
//
// The C library's exp/log (glibc, Apple libm, MSVC) are not correctly rounded and differ in the
// last bit now and then; a synthetic workspace that must be byte-identical for a seed everywhere
// cannot use them. IEEE 754 makes +, -, *, / and squareRoot() correctly rounded, hence portable.
// Accuracy is a few ulp, plenty for sampling.

/// Platform-independent elementary functions for the synthesizer's samplers.
public enum PortableMath {
    /// ln 2 split in a high part with trailing zero bits and a low part (fdlibm's constants).
    private static let ln2High = 6.931_471_803_691_238_164_90e-01
    private static let ln2Low = 1.908_214_929_270_587_700_02e-10
    private static let log2E = 1.442_695_040_888_963_387_00
    private static let sqrt2 = 1.414_213_562_373_095_145_47

    /// 1/n! for n = 0…13, computed by correctly rounded divisions.
    private static let inverseFactorials: [Double] = {
        var values: [Double] = [1]
        var factorial = 1.0
        for n in 1...13 {
            factorial *= Double(n)
            values.append(1 / factorial)
        }
        return values
    }()

    /// e^x. NaN gives NaN; overflow gives +∞; underflow gives 0 (or a subnormal).
    ///
    /// Range reduction x = k·ln2 + r with |r| ≤ ln2/2, a degree-13 Taylor polynomial for e^r,
    /// then exact scaling by 2^k (Muller, *Elementary Functions*, 3rd ed., ch. 11).
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.78 { return .infinity }
        if x < -745.2 { return 0 }
        let k = (x * log2E).rounded(.toNearestOrAwayFromZero)
        let r = (x - k * ln2High) - k * ln2Low
        var p = inverseFactorials[13]
        for n in stride(from: 12, through: 0, by: -1) {
            p = p * r + inverseFactorials[n]
        }
        return Double(sign: .plus, exponent: Int(k), significand: p)
    }

    /// The natural logarithm. NaN or a negative gives NaN; 0 gives −∞; +∞ gives +∞.
    ///
    /// x = m·2^e with m in [√½, √2); ln m = 2·atanh(s), s = (m−1)/(m+1), |s| < 0.172, by its
    /// odd series to s^25 (Muller, *Elementary Functions*, 3rd ed., ch. 11).
    public static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x.isInfinite { return x }
        var exponent = Double(Int(x.exponent))
        var m = x.significand
        if m > sqrt2 {
            m /= 2
            exponent += 1
        }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        // Horner from 1/25 down to 1/1, unrolled so that every 1/n is a constant (folded with
        // correct rounding, the same value as the division at run time).
        var p = 1.0 / 25
        p = p * s2 + 1.0 / 23
        p = p * s2 + 1.0 / 21
        p = p * s2 + 1.0 / 19
        p = p * s2 + 1.0 / 17
        p = p * s2 + 1.0 / 15
        p = p * s2 + 1.0 / 13
        p = p * s2 + 1.0 / 11
        p = p * s2 + 1.0 / 9
        p = p * s2 + 1.0 / 7
        p = p * s2 + 1.0 / 5
        p = p * s2 + 1.0 / 3
        p = p * s2 + 1.0
        return 2 * s * p + (exponent * ln2Low + exponent * ln2High)
    }
}
