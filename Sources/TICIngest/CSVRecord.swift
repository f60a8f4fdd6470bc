/// One record (row) of a CSV file, handed to the body of ``CSVReader/forEachRecord(in:path:warnings:_:)``.
///
/// A record points into the reader's buffers: it is valid only inside that body. Copy out
/// what you keep (``string(_:)``, ``number(_:)``).
public struct CSVRecord {
    struct Span {
        var start: Int
        var end: Int
        var inScratch: Bool
    }

    /// The 1-based line on which the record starts.
    public let line: Int
    let text: UnsafeBufferPointer<UInt8>
    let scratch: UnsafeBufferPointer<UInt8>
    let spans: UnsafeBufferPointer<Span>

    /// The number of fields.
    public var count: Int { spans.count }

    /// The raw UTF-8 bytes of field `index` (quotes removed, `""` unescaped, not trimmed).
    public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        let base = span.inScratch ? scratch : text
        return UnsafeBufferPointer(rebasing: base[span.start..<span.end])
    }

    /// Field `index` as a string with leading and trailing ASCII spaces and tabs removed, then a
    /// neutralized formula cell read back as its original text (`'=1` → `=1`, `''=1` → `'=1`; see
    /// ``SpreadsheetSafety``).
    public func string(_ index: Int) -> String {
        CSVRecord.text(bytes(index))
    }

    /// Field `index` parsed as a number the way Excel writes numbers (see ``NumberParser``), after
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

    /// A raw field as text: ASCII spaces and tabs trimmed, then the apostrophe of a neutralized
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

    /// Whether field `index` is empty after trimming spaces.
    public func isEmpty(_ index: Int) -> Bool {
        for byte in bytes(index) where byte != 0x20 && byte != 0x09 { return false }
        return true
    }
}
