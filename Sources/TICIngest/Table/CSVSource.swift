import Foundation

/// The CSV backend of ``TableSource``: a decoded ``CSVFile`` split into rows by ``CSVReader``
/// (RFC 4180 quoting; a row's cells point into the file's bytes, nothing is copied).
public struct CSVSource: TableSource, Sendable {
    /// The file, decoded.
    public let file: CSVFile

    /// A source over a file already read.
    public init(file: CSVFile) { self.file = file }

    /// Reads and decodes the file at `path` (see ``CSVFile/init(path:encoding:)``).
    /// - Throws: ``IngestError`` when the file is missing, unreadable, empty, or not text in a known encoding.
    public init(path: String, encoding: EncodingChoice = .auto) throws(IngestError) {
        self.file = try CSVFile(path: path, encoding: encoding)
    }

    public var path: String { file.path }

    public var notes: [Diagnostic] { file.diagnostics }

    public func inputFile(rowsRead: Int, rowsRejected: Int) -> InputFile {
        InputFile(path: file.path, sha256: file.sha256, bytes: file.byteCount, encoding: file.encoding,
                  rowsRead: rowsRead, rowsRejected: rowsRejected)
    }

    public func forEachRow(warnings: inout [Diagnostic], _ body: (TableRow) -> Void) throws(IngestError) {
        do {
            try CSVReader.forEachRecord(in: file.text, path: file.path, warnings: &warnings, body)
        } catch let error as IngestError {
            throw error
        } catch {
            throw .unreadable(path: file.path, code: EIO)
        }
    }
}
