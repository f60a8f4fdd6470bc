/// Terminal display width of text: East Asian wide and full-width characters take two cells,
/// combining marks and zero-width characters none (after Unicode UAX #11, simplified to the
/// ranges that occur in Chinese reports).
public enum DisplayWidth {
    /// The number of terminal cells `text` occupies.
    public static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += cells(scalar) }
        return width
    }

    /// Cells of one scalar: 0, 1 or 2.
    public static func cells(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 || v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// `text` cut to at most `width` cells, with `…` when cut.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var out = ""
        var used = 0
        for scalar in text.unicodeScalars {
            let w = cells(scalar)
            if used + w > width - 1 { break }
            out.unicodeScalars.append(scalar)
            used += w
        }
        return out + "…"
    }
}
