/// Opens a researcher's input file the way the workspace loader opens a workspace file: a
/// workbook (by its extension: `.xlsx`, `.xlsm`, …) through ``XLSXSource``, its first
/// visible sheet, anything else as CSV through ``CSVSource`` in the encoding chosen.
public enum TableSources {
    /// The table in the file at `path`.
    /// - Parameters:
    ///   - encoding: for a CSV file (`auto`: UTF-8, else GB18030); a workbook has no encoding.
    ///   - sheetNames: for a workbook, the sheets to read, first found wins (empty: the first visible).
    /// - Throws: ``IngestError`` when the file is missing, unreadable, empty, not text in a known
    ///   encoding, or not a workbook ticeval can read.
    public static func open(path: String, encoding: EncodingChoice = .auto, sheetNames: [String] = []) throws(IngestError) -> any TableSource {
        if WorkspaceLoader.isWorkbook(path) { return try XLSXSource(path: path, sheetNames: sheetNames) }
        return try CSVSource(path: path, encoding: encoding)
    }
}
