/// How many terminal cells text takes: CJK ideographs, kana, Hangul and full-width forms take
/// two, combining marks and zero-width characters none, everything else one.
///
/// A simplified `wcwidth` after Unicode Standard Annex #11 (East Asian Width): the Wide and
/// Fullwidth ranges are two cells; the Ambiguous ones (e.g. `≥`, `·`) count as one, as terminals
/// outside East Asian locales show them.
///
/// ```swift
/// DisplayWidth.of("A01")        // 3
/// DisplayWidth.of("研发经费")    // 8
/// DisplayWidth.of("（示例）")    // 8
/// ```
public enum DisplayWidth {
    /// The width of `text` in terminal cells. Control characters count as zero.
    ///
    /// - Complexity: O(n) in the number of Unicode scalars.
    public static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += of(scalar) }
        return width
    }

    /// The width of one scalar: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// `text` padded with spaces to `width` cells (left-aligned), or right-aligned when `trailing`;
    /// text already wider is returned unchanged.
    public static func pad(_ text: String, to width: Int, trailing: Bool = false) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        return trailing ? spaces + text : text + spaces
    }

    /// `text` cut to at most `width` cells, ending in `…` when cut.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var out = ""
        var used = 0
        for scalar in text.unicodeScalars {
            let w = of(scalar)
            if used + w > width - 1 { break }
            out.unicodeScalars.append(scalar)
            used += w
        }
        return out + "…"
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initials
        0x2E80...0x303E,   // CJK radicals, Kangxi, CJK symbols and punctuation (《》「」、。)
        0x3041...0x33FF,   // kana, bopomofo, Hangul compatibility, CJK compatibility
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small forms
        0xFF00...0xFF60,   // full-width ASCII forms （），：
        0xFFE0...0xFFE6,   // full-width signs ￥
        0x1F300...0x1F64F, // pictographs, emoticons
        0x1F900...0x1F9FF, // supplemental symbols and pictographs
        0x20000...0x2FFFD, // CJK extensions B–F
        0x30000...0x3FFFD, // CJK extension G
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        for range in wideRanges where range.contains(value) { return true }
        return false
    }
}
