/// The one rule against formula injection (OWASP "CSV Injection") that ``CSVWriter`` applies to
/// every cell it writes and ``CSVRecord`` undoes on every cell it reads, so that a CSV file
/// ticeval writes opens safely in a spreadsheet and reads back into ticeval exactly.
///
/// **Formula-like cell**: text whose first character is `=`, `@`, `＝` or `＠`; or whose first
/// character is `+`, `-`, `＋`, `－`, a tab or a carriage return and which is not a number or a
/// missing-data marker as ``NumberParser`` reads it (`-3`, `+1.5`, `1e3`-style numbers and `-`
/// stay as they are: a spreadsheet reads them as a number or as text, never as a formula).
///
/// **Writing**: a cell that, after any leading apostrophes `'`, is formula-like gets one more `'`
/// in front. A spreadsheet shows such a cell as text and never evaluates it.
///
/// **Reading**: a cell that starts with `'` and, after all its leading apostrophes, is
/// formula-like loses its first `'`. Every other cell is read as written.
///
/// The two are exact inverses, the apostrophe included: `=1` is written `'=1`, a cell a user typed
/// as `'=1` is written `''=1`, and both read back as they were; `'text` and `'-3` are not touched.
///
/// ```swift
/// SpreadsheetSafety.neutralized("=HYPERLINK(\"http://x\")")  // "'=HYPERLINK(\"http://x\")"
/// SpreadsheetSafety.neutralized("-3.5")                     // "-3.5"
/// SpreadsheetSafety.original("'=1")                         // "=1"
/// ```
public enum SpreadsheetSafety {
    /// The cell as ``CSVWriter`` writes it: with one more leading `'` when it is formula-like after
    /// its leading apostrophes.
    public static func neutralized(_ cell: String) -> String {
        needsApostrophe(cell) ? "'" + cell : cell
    }

    /// The cell a neutralized cell stands for (the inverse of ``neutralized(_:)``): without its first
    /// `'` when it starts with `'` and is formula-like after all its leading apostrophes.
    public static func original(_ cell: String) -> String {
        var copy = cell
        let drop = copy.withUTF8 { isNeutralized($0) }
        return drop ? String(cell.utf8.dropFirst())! : cell
    }

    /// Whether ``neutralized(_:)`` adds an apostrophe to `cell`.
    public static func needsApostrophe(_ cell: String) -> Bool {
        guard let first = cell.utf8.first, mayNeedApostrophe(first) else { return false }
        var copy = cell
        return copy.withUTF8 { isFormulaLike(afterApostrophes: $0) }
    }

    // MARK: - Bytes

    /// Whether a cell starting with `byte` can be formula-like after its apostrophes (a cheap test
    /// the writer makes on every cell before the exact one).
    @inline(__always)
    static func mayNeedApostrophe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "+"), UInt8(ascii: "-"), 0x09, 0x0D, 0x27, 0xEF: return true
        default: return false
        }
    }

    /// Whether `cell` (UTF-8) is a neutralized cell: `'` first, formula-like after all leading `'`.
    @inline(__always)
    static func isNeutralized(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = cell.first, first == 0x27 else { return false }
        return isFormulaLike(afterApostrophes: cell)
    }

    /// Whether `cell` is formula-like once its leading apostrophes are skipped.
    static func isFormulaLike(afterApostrophes cell: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < cell.count, cell[start] == 0x27 { start += 1 }
        return isFormulaLike(UnsafeBufferPointer(rebasing: cell[start...]))
    }

    /// Whether `text` is formula-like (see the type's documentation).
    static func isFormulaLike(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"):
            return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"), 0x09, 0x0D:
            break
        case 0xEF:
            // Full-width ＝ ＠ (EF BC 9D, EF BC A0) always; ＋ － (EF BC 8B, EF BC 8D) unless a number.
            guard text.count >= 3, text[1] == 0xBC else { return false }
            switch text[2] {
            case 0x9D, 0xA0: return true
            case 0x8B, 0x8D: break
            default: return false
            }
        default:
            return false
        }
        if case .invalid = NumberParser.parse(text) { return true }
        return false
    }
}
