/// The character encoding of an input text file.
public enum TextEncoding: String, Sendable, Hashable, Codable {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 with a byte-order mark (what Excel's "CSV UTF-8" writes).
    case utf8BOM = "utf8-bom"
    /// GB18030 (a superset of GBK and GB2312: what Excel on a Chinese Windows writes as plain "CSV").
    case gb18030
    /// An .xlsx workbook (its text is UTF-8 inside the XML parts).
    case xlsx
}

/// How the reader chooses the encoding: detected (`auto`) or forced.
public enum EncodingChoice: String, Sendable, Hashable, Codable, CaseIterable {
    /// Decided on the whole file: UTF-8 (BOM optional) when it is valid UTF-8, GB18030 when it is
    /// valid GB18030, an error otherwise (``TextDecoder/decode(_:path:choice:)`` has the details).
    case auto
    /// Always UTF-8 (a BOM is still skipped); invalid bytes are an error.
    case utf8
    /// Always GB18030.
    case gb18030
}
