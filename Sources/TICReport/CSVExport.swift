import TICIngest

/// CSV files as Excel on a Chinese Windows opens them: UTF-8 with a BOM by default, LF or CRLF,
/// every cell neutralized against formula injection by ``CSVWriter`` (see ``SpreadsheetSafety``).
public struct CSVExport: Sendable, Hashable {
    /// Write the UTF-8 byte-order mark (default true: Excel then reads Chinese correctly).
    public var byteOrderMark: Bool
    /// Use CRLF line endings (default false).
    public var crlf: Bool

    public init(byteOrderMark: Bool = true, crlf: Bool = false) {
        self.byteOrderMark = byteOrderMark
        self.crlf = crlf
    }

    /// The bytes of a CSV file with `header` and `rows`.
    public func encode(header: [String], rows: [[String]]) -> [UInt8] {
        var writer = CSVWriter(options: .init(lineEnding: crlf ? .crlf : .lf, byteOrderMark: byteOrderMark))
        writer.writeRow(header)
        for row in rows { writer.writeRow(row) }
        return writer.bytes
    }
}
