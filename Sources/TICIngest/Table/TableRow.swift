import TICSupport
/// One row of a table, as a ``TableSource`` hands it out: the cells' text as UTF-8 bytes, and where
/// each cell is.
///
/// The CSV backend (``CSVSource``, ``CSVReader``) points a row into the decoded file, so reading a
/// row allocates nothing; another backend (an .xlsx sheet) would put its cells' text in the row's
/// scratch bytes. A row points into its backend's buffers: it is valid only inside the body it is
/// handed to. Copy out what you keep (``string(_:)``, ``number(_:)``).
public struct TableRow {
    struct Span {
        var start: Int
        var end: Int
        var inScratch: Bool
    }

    /// The file, as diagnostics name it.
    public let path: String
    /// The 1-based line on which the row starts (a CSV record may span lines).
    public let line: Int
    let text: UnsafeBufferPointer<UInt8>
    let scratch: UnsafeBufferPointer<UInt8>
    let spans: UnsafeBufferPointer<Span>
    /// The sheet, for a row of a workbook (locations then read `path:sheet!F7`).
    var sheet: String? = nil

    /// The number of cells.
    public var count: Int { spans.count }

    /// Where cell `index` (0-based) is: `path:line:column` with the 1-based column.
    public func location(_ index: Int) -> FileLocation {
        FileLocation(path: path, line: line, column: index + 1, sheet: sheet)
    }

    /// The raw UTF-8 bytes of cell `index` (CSV: quotes removed, `""` unescaped, not trimmed).
    public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        let base = span.inScratch ? scratch : text
        return UnsafeBufferPointer(rebasing: base[span.start..<span.end])
    }

    /// Cell `index` as a string with leading and trailing ASCII spaces and tabs removed, then a
    /// neutralized formula cell read back as its original text (`'=1` → `=1`, `''=1` → `'=1`; see
    /// ``SpreadsheetSafety``).
    public func string(_ index: Int) -> String {
        TableRow.text(bytes(index))
    }

    /// Cell `index` parsed as a number the way Excel writes numbers (see ``NumberParser``), after
    /// a neutralized formula cell is read back as its original text.
    public func number(_ index: Int) -> ParsedNumber {
        let raw = bytes(index)
        var start = 0
        while start < raw.count, raw[start] == 0x20 || raw[start] == 0x09 { start += 1 }
        if start < raw.count, raw[start] == 0x27, SpreadsheetSafety.isNeutralized(UnsafeBufferPointer(rebasing: raw[start...])) {
            return NumberParser.parse(UnsafeBufferPointer(rebasing: raw[(start + 1)...]))
        }
        return NumberParser.parse(raw)
    }

    /// A raw cell as text: ASCII spaces and tabs trimmed, then the apostrophe of a neutralized
    /// formula cell removed.
    static func text(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = raw.count
        while start < end, raw[start] == 0x20 || raw[start] == 0x09 { start += 1 }
        while end > start, raw[end - 1] == 0x20 || raw[end - 1] == 0x09 { end -= 1 }
        if start < end, raw[start] == 0x27, SpreadsheetSafety.isNeutralized(UnsafeBufferPointer(rebasing: raw[start..<end])) {
            start += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: raw[start..<end]), as: UTF8.self)
    }

    /// Whether cell `index` is empty after trimming spaces.
    public func isEmpty(_ index: Int) -> Bool {
        for byte in bytes(index) where byte != 0x20 && byte != 0x09 { return false }
        return true
    }

    /// Whether every cell is empty after trimming spaces (such a row is skipped, not counted).
    public var isBlank: Bool {
        for i in 0..<count where !isEmpty(i) { return false }
        return true
    }
}

/// A record of a CSV file is a table row (the name CSV-only code reads by).
public typealias CSVRecord = TableRow
