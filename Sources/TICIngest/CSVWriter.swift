// RFC 4180 output: the writing half of the data contract (reading lives elsewhere in TICIngest).

/// Writes CSV text per RFC 4180, byte for byte the same for the same rows: the one CSV writer of
/// ticeval, used for every CSV file it writes and every CSV it prints.
///
/// Every field is first neutralized against formula injection (``SpreadsheetSafety``): a field a
/// spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`) gets a leading `'`;
/// numbers such as `-3` and `+1.5` are written as they are. ``CSVReader`` removes that apostrophe
/// again, so a file ticeval writes reads back exactly. A field is then quoted when it contains a comma, a double quote, CR or LF, or when it starts or ends
/// with a space or a tab (so that no reader trims it); a double quote inside a quoted field is
/// doubled. The empty string is written as an empty, unquoted field (a missing value). The output
/// is UTF-8, optionally preceded by a byte order mark, and every row, the last one included, ends
/// with the chosen line ending.
///
/// ```swift
/// var writer = CSVWriter(options: .init(lineEnding: .crlf, byteOrderMark: true))
/// writer.writeRow(["center_id", "name"])
/// writer.writeRow(["SC-P-001", "四川省（示例）先进材料技术创新中心"])
/// let bytes = writer.bytes   // EF BB BF, then "center_id,name\r\n…"
/// ```
public struct CSVWriter: Sendable {
    /// The bytes that end a row.
    public enum LineEnding: String, Sendable, Hashable, CaseIterable {
        /// `\n`, as Unix tools write.
        case lf
        /// `\r\n`, as RFC 4180 and Excel on Windows write.
        case crlf

        /// The line ending itself.
        public var text: String { self == .lf ? "\n" : "\r\n" }
    }

    /// How the output is laid out.
    public struct Options: Sendable, Hashable {
        /// The bytes that end every row. Default: LF.
        public var lineEnding: LineEnding
        /// Whether the output starts with the UTF-8 byte order mark `EF BB BF`. Default: no.
        public var byteOrderMark: Bool

        /// Creates options; the defaults give plain UTF-8 with LF line endings.
        public init(lineEnding: LineEnding = .lf, byteOrderMark: Bool = false) {
            self.lineEnding = lineEnding
            self.byteOrderMark = byteOrderMark
        }
    }

    /// The UTF-8 byte order mark.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The layout in use.
    public let options: Options
    /// The number of rows written so far.
    public private(set) var rowCount = 0
    /// Everything written so far, byte order mark included.
    public private(set) var bytes: [UInt8]

    /// Creates an empty writer; the byte order mark, if asked for, is written at once.
    public init(options: Options = Options()) {
        self.options = options
        self.bytes = options.byteOrderMark ? CSVWriter.byteOrderMark : []
    }

    /// Appends one row: the fields, escaped where needed, separated by commas, then the line ending.
    ///
    /// - Complexity: O(total length of the fields).
    public mutating func writeRow(_ fields: some Sequence<String>) {
        var first = true
        for field in fields {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            append(field)
        }
        bytes.append(contentsOf: options.lineEnding.text.utf8)
        rowCount += 1
    }

    /// Appends rows one after the other.
    public mutating func writeRows(_ rows: some Sequence<[String]>) {
        for row in rows { writeRow(row) }
    }

    /// The CSV bytes of the given rows in one call.
    ///
    /// - Parameters:
    ///   - rows: The rows, header first if there is one.
    ///   - options: Line ending and byte order mark.
    /// - Returns: The encoded file.
    public static func encode(_ rows: some Sequence<[String]>, options: Options = Options()) -> [UInt8] {
        var writer = CSVWriter(options: options)
        writer.writeRows(rows)
        return writer.bytes
    }

    /// Whether `field` must be quoted: it contains `,` `"` CR or LF, or starts or ends with a space or a tab.
    public static func needsQuotes(_ field: String) -> Bool {
        let utf8 = field.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        if isPadding(first) || isPadding(last) { return true }
        return utf8.contains(where: isSpecial)
    }

    /// The field as it appears in a CSV file: neutralized (``SpreadsheetSafety/neutralized(_:)``),
    /// then unchanged or quoted with inner quotes doubled.
    ///
    /// `escape("a,b")` is `"a,b"` in quotes; `escape("say \"hi\"")` is `"say ""hi"""`; `escape("")` is
    /// empty; `escape("=1")` is `'=1`.
    public static func escape(_ field: String) -> String {
        let field = SpreadsheetSafety.neutralized(field)
        guard needsQuotes(field) else { return field }
        var out = "\""
        for character in field.unicodeScalars {
            if character == "\"" { out.unicodeScalars.append("\"") }
            out.unicodeScalars.append(character)
        }
        out.unicodeScalars.append("\"")
        return out
    }

    private mutating func append(_ field: String) {
        if let first = field.utf8.first, SpreadsheetSafety.mayNeedApostrophe(first), SpreadsheetSafety.needsApostrophe(field) {
            return appendQuotingIfNeeded("'" + field)
        }
        appendQuotingIfNeeded(field)
    }

    private mutating func appendQuotingIfNeeded(_ field: String) {
        guard CSVWriter.needsQuotes(field) else {
            bytes.append(contentsOf: field.utf8)
            return
        }
        let quote = UInt8(ascii: "\"")
        bytes.append(quote)
        for byte in field.utf8 {
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
    }

    private static func isPadding(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }
}
