// Deterministic, locale-free number text for the files ticeval writes.

/// Formats numbers the same way on every platform and in every locale: ASCII digits, `.` as the
/// decimal point, no grouping, no exponent for ordinary magnitudes.
///
/// ```swift
/// NumberText.decimal(1234.5)      // "1234.5"
/// NumberText.decimal(1234.0)      // "1234"
/// NumberText.decimal(0.125, maximumFractionDigits: 2)  // "0.13"
/// NumberText.zeroPadded(7, width: 3)                    // "007"
/// ```
public enum NumberText {
    /// Magnitudes below this are printed digit by digit; above it the value has no fractional
    /// part left in a `Double` and is printed through `Int64`, or Swift's `description` beyond that.
    private static let exactLimit = 9_007_199_254_740_992.0  // 2^53

    /// The value rounded half away from zero to at most `maximumFractionDigits` decimals, with
    /// trailing zeros (and a bare point) dropped: integers print without `.0`.
    ///
    /// - Parameters:
    ///   - value: Any value. NaN and the infinities give the empty string (a missing cell: callers
    ///     keep them out of outputs; formatting never traps). Negative zero, and negatives that round
    ///     to zero, print `0`.
    ///   - maximumFractionDigits: 0 through 9; 2 suits amounts in 万元.
    /// - Returns: e.g. `"12"`, `"12.5"`, `"-0.07"`. Magnitudes of 2^53 / 10^digits and more print
    ///   as integers, and beyond about 9.2e18 as Swift's shortest round-trip text (which may use an
    ///   exponent).
    public static func decimal(_ value: Double, maximumFractionDigits: Int = 2) -> String {
        precondition((0...9).contains(maximumFractionDigits), "maximumFractionDigits must be 0...9, got \(maximumFractionDigits)")
        guard value.isFinite else { return "" }
        var scale: Int64 = 1
        for _ in 0..<maximumFractionDigits { scale *= 10 }
        let scaled = (value * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < exactLimit else {
            let whole = value.rounded(.toNearestOrAwayFromZero)
            if abs(whole) < 9.2e18 { return String(Int64(whole)) }
            return whole.description
        }
        let units = Int64(scaled)
        if units == 0 { return "0" }
        let magnitude = units.magnitude
        let integerPart = magnitude / UInt64(scale)
        var fraction = magnitude % UInt64(scale)
        var text = units < 0 ? "-" : ""
        text += String(integerPart)
        guard fraction != 0 else { return text }
        var digits = maximumFractionDigits
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        text += "."
        text += zeroPadded(Int(fraction), width: digits)
        return text
    }

    /// The value with exactly `fractionDigits` decimals (`91.50`), rounded half away from zero;
    /// NaN and the infinities give an empty string. For tables where decimals must line up.
    public static func fixed(_ value: Double, fractionDigits: Int = 2) -> String {
        let text = decimal(value, maximumFractionDigits: fractionDigits)
        // Beyond about 9.2e18 the text has an exponent and no decimals to pad.
        guard fractionDigits > 0, !text.isEmpty, !text.contains("e") else { return text }
        if let dot = text.firstIndex(of: ".") {
            let have = text.distance(from: text.index(after: dot), to: text.endIndex)
            return text + String(repeating: "0", count: fractionDigits - have)
        }
        return text + "." + String(repeating: "0", count: fractionDigits)
    }

    /// The shortest text that reads back as exactly `value` (Swift's `description`: `91.5`,
    /// `0.1234567890123`, `1e-05`), for CSV files that other programs recompute from; NaN and the
    /// infinities give an empty string, and negative zero prints `0.0`. Tables round for display
    /// with ``fixed(_:fractionDigits:)``.
    public static func shortest(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        return value == 0 ? "0.0" : value.description
    }

    /// The integer in decimal, left-padded with zeros to at least `width` digits (`-` comes first).
    public static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }
}
