/// UTF-8 validation for ``TextDecoder``: one pass over a whole text, and the checks of single lines
/// that tell UTF-8 rows pasted into a GB18030 file from GB18030 text that happens to be valid UTF-8.
///
/// Line breaks (LF, CR) are ASCII and never part of a multi-byte sequence in UTF-8 or in GB18030,
/// so each line can be checked on its own in either encoding.
enum UTF8Validation {
    /// What one pass over a text finds.
    struct Scan {
        /// The offset of the first byte that does not start a valid UTF-8 sequence, if any.
        var firstInvalid: Int?
        /// The offset of the first valid multi-byte sequence (before ``firstInvalid``), if any.
        var firstMultibyte: Int?
        /// Whether a valid sequence of three or four bytes (U+0800 and above: CJK, among others)
        /// comes before ``firstInvalid``. Without one, every non-ASCII character is U+0080–U+07FF:
        /// Latin, Greek, Cyrillic and other alphabets, which is how GB18030 Chinese looks when its
        /// byte pairs happen to be valid UTF-8.
        var hasLongSequence = false
    }

    /// Validates `buffer` in one pass: ASCII eight bytes at a time, other bytes by sequence.
    ///
    /// - Complexity: O(n); stops at the first invalid byte.
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> Scan {
        var result = Scan()
        guard let base = buffer.baseAddress else { return result }
        let count = buffer.count
        var index = 0
        while true {
            index = nextNonASCII(base, from: index, end: count)
            guard index < count else { break }
            let length = sequenceLength(base, at: index, end: count)
            if length == 0 {
                result.firstInvalid = index
                return result
            }
            if result.firstMultibyte == nil { result.firstMultibyte = index }
            if length > 2 { result.hasLongSequence = true }
            index += length
        }
        return result
    }

    /// The offset of the first byte ≥ 0x80 at or after `index`, or `end`: ASCII eight bytes at a time.
    @inline(__always)
    static func nextNonASCII(_ base: UnsafePointer<UInt8>, from index: Int, end: Int) -> Int {
        var index = index
        while index + 8 <= end,
              UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            index += 8
        }
        while index < end, base[index] < 0x80 { index += 1 }
        return index
    }

    /// The length (2–4) of the valid multi-byte UTF-8 sequence that starts at `base[index]`
    /// (a byte ≥ 0x80), or 0 when there is none before `end`. Overlong forms, surrogates and
    /// values above U+10FFFF are invalid (RFC 3629, table 3-7 of the Unicode Standard).
    @inline(__always)
    static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> Int {
        let lead = base[index]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        if index + length > end { return 0 }
        let second = base[index + 1]
        if second < lower || second > upper { return 0 }
        var k = 2
        while k < length {
            if base[index + k] & 0xC0 != 0x80 { return 0 }
            k += 1
        }
        return length
    }

    /// Whether `buffer[range]` is valid UTF-8.
    static func isValid(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var index = range.lowerBound
        while index < range.upperBound {
            if base[index] < 0x80 { index += 1; continue }
            let length = sequenceLength(base, at: index, end: range.upperBound)
            if length == 0 { return false }
            index += length
        }
        return true
    }

    /// The first line that reads as Chinese UTF-8: every byte of it valid UTF-8, with at least
    /// one character of U+3000–U+9FFF (CJK punctuation, kana, ideographs) or U+FF00–U+FFEF
    /// (full-width forms). Returns the offset of that line's first non-ASCII byte.
    ///
    /// Used on a file that is not UTF-8 as a whole but is valid GB18030: such a line is a row
    /// pasted from a UTF-8 file. GB18030 text is valid UTF-8 only by accident, and then almost
    /// always as two-byte sequences (U+0080–U+07FF: 未 = CE B4 reads as "δ"), so a line of those
    /// is not counted; Chinese in UTF-8 is three bytes a character.
    ///
    /// - Complexity: O(n): a line stops being checked at its first invalid byte, and the scan
    ///   goes on from its end (`memchr` for the LF).
    static func firstChineseLine(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        let count = buffer.count
        var index = 0
        while true {
            index = nextNonASCII(base, from: index, end: count)
            guard index < count else { break }
            // The first non-ASCII byte of a line: check the line from here to its end.
            let first = index
            var chinese = false
            var valid = true
            while index < count {
                let byte = base[index]
                if byte == 0x0A || byte == 0x0D { break }
                if byte < 0x80 { index += 1; continue }
                let length = sequenceLength(base, at: index, end: count)
                if length == 0 { valid = false; break }
                if length == 3 && ((0xE3...0xE9).contains(byte) || (byte == 0xEF && base[index + 1] >= 0xBC)) {
                    chinese = true
                }
                index += length
            }
            if valid {
                if chinese { return first }
                continue
            }
            index = TextDecoder.lineEnd(buffer, from: index)
        }
        return nil
    }
}
