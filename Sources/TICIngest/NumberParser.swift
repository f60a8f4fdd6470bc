#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// The value of a cell read as a number.
public enum ParsedNumber: Sendable, Hashable {
    /// A finite number.
    case value(Double)
    /// An empty cell or a missing-data placeholder (`-`, `—`, `N/A`, `#N/A`, `无`, `空`, `/`…): missing, not zero.
    case missing
    /// Not a number; the reason says what was found.
    case invalid(NumberProblem)
}

/// Why a cell is not a number.
public enum NumberProblem: Sendable, Hashable {
    /// Text that is not a number.
    case notANumber
    /// `NaN`, `inf`, or a value too large for a Double (`1e999`).
    case nonFinite
    /// An Excel error value such as `#DIV/0!` or `#N/A`.
    case excelError
    /// A date such as `2023-01-05` or `2023/1/5`.
    case date
}

/// Parses numbers as Excel on a Chinese Windows writes them.
///
/// Accepted: `1234.5`, `-3`, `+3`, `1e3`, `"1,234.5"` (thousands separators in groups of three),
/// `12.5%` (→ 0.125), full-width digits and signs (`１２３．５`, `－３`, `１２％`), surrounding spaces
/// (ASCII, no-break and ideographic). Missing (not zero), the one rule for placeholders: an empty
/// cell, `-`, `--`, `—`, `——`, `–`, `－`, `N/A`, `n/a`, `NA`, `na`, `#N/A` (Excel's "not
/// available"), `无`, `空`, `/`, `／`, `null`, `NULL`. Other Excel error values (`#DIV/0!`, `#VALUE!`)
/// are errors. Everything else is ``ParsedNumber/invalid(_:)``.
///
/// Results are correctly rounded: up to 15 significant digits are converted exactly
/// (Clinger's fast path), longer inputs go through `strtod`.
public enum NumberParser {
    /// Parses a string.
    public static func parse(_ text: String) -> ParsedNumber {
        var copy = text
        return copy.withUTF8 { parse($0) }
    }

    /// Parses UTF-8 bytes.
    public static func parse(_ raw: UnsafeBufferPointer<UInt8>) -> ParsedNumber {
        var start = 0
        var end = raw.count
        // Trim ASCII white space, U+00A0 (C2 A0) and U+3000 (E3 80 80).
        while start < end {
            let b = raw[start]
            if b == 0x20 || b == 0x09 { start += 1 }
            else if b == 0xC2, start + 1 < end, raw[start + 1] == 0xA0 { start += 2 }
            else if b == 0xE3, start + 2 < end, raw[start + 1] == 0x80, raw[start + 2] == 0x80 { start += 3 }
            else { break }
        }
        while end > start {
            let b = raw[end - 1]
            if b == 0x20 || b == 0x09 { end -= 1 }
            else if b == 0xA0, end - 2 >= start, raw[end - 2] == 0xC2 { end -= 2 }
            else if b == 0x80, end - 3 >= start, raw[end - 3] == 0xE3, raw[end - 2] == 0x80 { end -= 3 }
            else { break }
        }
        if start == end { return .missing }
        let field = UnsafeBufferPointer(rebasing: raw[start..<end])

        // Fast path: plain ASCII `[-+]digits[.digits]`.
        if let value = parsePlainDecimal(field) { return .value(value) }
        return parseGeneral(field)
    }

    /// `[-+]?d+(.d*)?` with at most 15 significant digits, or nil.
    @inline(__always)
    static func parsePlainDecimal(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let count = field.count
        var negative = false
        if field[0] == UInt8(ascii: "-") { negative = true; index = 1 }
        else if field[0] == UInt8(ascii: "+") { index = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var significant = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < count {
            let b = field[index]
            if b >= 0x30 && b <= 0x39 {
                if significant > 0 || b != 0x30 { significant += 1 }
                if significant > 15 { return nil }
                mantissa = mantissa &* 10 &+ UInt64(b &- 0x30)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if b == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            index += 1
        }
        if digits == 0 || fractionDigits > 22 { return nil }
        var value = Double(mantissa)
        if fractionDigits > 0 { value /= exactPowersOfTen[fractionDigits] }
        return negative ? -value : value
    }

    /// `10^k` for k in 0…22, each exact in a `Double`.
    static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// Full grammar: full-width forms, thousands separators, percent, exponents, markers.
    static func parseGeneral(_ field: UnsafeBufferPointer<UInt8>) -> ParsedNumber {
        if isMissingMarker(field) { return .missing }
        if field[0] == UInt8(ascii: "#") {
            return .invalid(.excelError)
        }
        // Normalize to ASCII, at most 64 bytes.
        var ascii = [UInt8]()
        ascii.reserveCapacity(min(field.count, 64) + 1)
        var index = 0
        while index < field.count {
            let b = field[index]
            if b < 0x80 {
                ascii.append(b)
                index += 1
            } else if b == 0xEF, index + 2 < field.count, field[index + 1] == 0xBC {
                // Full-width forms U+FF01…U+FF3F: EF BC 81…BF → ASCII 0x21…0x3F.
                let third = field[index + 2]
                guard third >= 0x81 && third <= 0xBF else { return .invalid(.notANumber) }
                ascii.append(third - 0x60)
                index += 3
            } else if b == 0xE2, index + 2 < field.count, field[index + 1] == 0x88, field[index + 2] == 0x92 {
                ascii.append(UInt8(ascii: "-"))  // U+2212 MINUS SIGN
                index += 3
            } else {
                return .invalid(.notANumber)
            }
            if ascii.count > 64 { return .invalid(.notANumber) }
        }
        if looksLikeDate(ascii) { return .invalid(.date) }
        var percent = false
        if ascii.last == UInt8(ascii: "%") {
            percent = true
            ascii.removeLast()
            while ascii.last == 0x20 { ascii.removeLast() }
        }
        guard let cleaned = removingThousandsSeparators(ascii), isNumberSyntax(cleaned) else {
            let lower = String(decoding: ascii, as: UTF8.self).lowercased()
            if ["nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"].contains(lower) {
                return .invalid(.nonFinite)
            }
            return .invalid(.notANumber)
        }
        var value: Double
        if let fast = cleaned.withUnsafeBufferPointer({ parsePlainDecimal($0) }) {
            value = fast
        } else {
            var terminated = cleaned
            terminated.append(0)
            value = terminated.withUnsafeBufferPointer { pointer in
                pointer.withMemoryRebound(to: CChar.self) { strtod($0.baseAddress!, nil) }
            }
        }
        if percent { value /= 100 }
        return value.isFinite ? .value(value) : .invalid(.nonFinite)
    }

    /// `[-+]?(d+(.d*)?|.d+)([eE][-+]?d+)?`.
    static func isNumberSyntax(_ s: [UInt8]) -> Bool {
        var i = 0
        let n = s.count
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        if i < n, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        var mantissaDigits = 0
        while i < n, isDigit(s[i]) { i += 1; mantissaDigits += 1 }
        if i < n, s[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, isDigit(s[i]) { i += 1; mantissaDigits += 1 }
        }
        if mantissaDigits == 0 { return false }
        if i < n, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
            var exponentDigits = 0
            while i < n, isDigit(s[i]) { i += 1; exponentDigits += 1 }
            if exponentDigits == 0 { return false }
        }
        return i == n
    }

    /// Removes commas that separate thousands (`1,234,567.5`); nil when commas are misplaced.
    static func removingThousandsSeparators(_ s: [UInt8]) -> [UInt8]? {
        guard s.contains(UInt8(ascii: ",")) else { return s }
        var i = 0
        var out = [UInt8]()
        if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { out.append(s[i]); i += 1 }
        var integerEnd = i
        while integerEnd < s.count, s[integerEnd] != UInt8(ascii: ".") && s[integerEnd] != UInt8(ascii: "e") && s[integerEnd] != UInt8(ascii: "E") {
            integerEnd += 1
        }
        let groups = s[i..<integerEnd].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return nil }
        for group in groups.dropFirst() where group.count != 3 { return nil }
        for group in groups { out.append(contentsOf: group) }
        if s[integerEnd...].contains(UInt8(ascii: ",")) { return nil }
        out.append(contentsOf: s[integerEnd...])
        return out
    }

    /// `yyyy-m-d`, `yyyy/m/d`, `yyyy.m.d` or `yyyy年m月d日`-like ASCII forms.
    static func looksLikeDate(_ s: [UInt8]) -> Bool {
        let parts = s.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") })
        guard parts.count == 3, s.first != UInt8(ascii: "-") else { return false }
        for part in parts where part.isEmpty || part.count > 4 || !part.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return false
        }
        return parts[0].count == 4 || parts[2].count == 4
    }

    private static let missingMarkers: [[UInt8]] = ["-", "--", "—", "——", "–", "－", "N/A", "n/a", "NA", "na", "#N/A", "无", "空", "/", "／", "null", "NULL"]
        .map { Array($0.utf8) }

    static func isMissingMarker(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        for marker in missingMarkers where marker.count == field.count && marker.elementsEqual(field) {
            return true
        }
        return false
    }
}
