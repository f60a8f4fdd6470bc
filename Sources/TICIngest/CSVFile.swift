import Foundation
import TICSupport

/// A CSV file loaded into memory and decoded to UTF-8, with its fingerprint.
public struct CSVFile: Sendable {
    /// The path as the user named it.
    public let path: String
    /// Decoded UTF-8 text (no BOM).
    public let text: ContiguousArray<UInt8>
    /// The encoding it was read as.
    public let encoding: TextEncoding
    /// SHA-256 of the raw bytes.
    public let sha256: String
    /// Size of the raw file in bytes.
    public let byteCount: Int
    /// What decoding noticed without refusing the file: a warning when the encoding was chosen
    /// against another reading of the bytes (``IngestError/readAsGB18030(_:asUTF8:asGB18030:)``).
    /// ``CSVTable`` passes it on with its own diagnostics.
    public let diagnostics: [Diagnostic]

    /// Reads and decodes the file at `path`.
    /// - Throws: ``IngestError`` when the file is missing, unreadable, empty, or not text in a known encoding.
    public init(path: String, encoding choice: EncodingChoice = .auto) throws(IngestError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        if isDirectory.boolValue { throw .unreadable(path: path, code: EISDIR) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, code: access(path, R_OK) == 0 ? EIO : EACCES)
        }
        try self.init(bytes: ContiguousArray(data), path: path, encoding: choice)
    }

    /// Decodes bytes already in memory; `path` names them in diagnostics.
    public init(bytes: ContiguousArray<UInt8>, path: String, encoding choice: EncodingChoice = .auto) throws(IngestError) {
        let decoded = try TextDecoder.decode(bytes, path: path, choice: choice)
        var onlySpace = true
        for byte in decoded.bytes where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { onlySpace = false; break }
        if onlySpace { throw .emptyFile(path: path) }
        self.path = path
        self.text = decoded.bytes
        self.encoding = decoded.encoding
        self.sha256 = SHA256.hex(bytes)
        self.byteCount = bytes.count
        self.diagnostics = decoded.note.map { [Diagnostic($0)] } ?? []
    }
}

/// The header row of a CSV file: names trimmed, matched case-insensitively.
public struct CSVHeader: Sendable {
    /// The names as written (trimmed).
    public let names: [String]
    /// The code each column is read as: the name lower-cased, or what a layout recognized it as
    /// (`rd_expenditure` for `研发经费投入（万元）`).
    public let codes: [String]
    private let index: [String: Int]

    /// Reads the header from its record, reporting empty and duplicate names.
    public init(record: CSVRecord, path: String, diagnostics: inout [Diagnostic]) {
        var names: [String] = []
        var index: [String: Int] = [:]
        for i in 0..<record.count {
            let name = record.string(i)
            names.append(name)
            let location = record.location(i)
            if name.isEmpty {
                // A trailing empty header column over empty cells is what Excel leaves; only name it.
                diagnostics.append(Diagnostic(.emptyHeaderName(location)))
                continue
            }
            let key = name.lowercased()
            if let first = index[key] {
                diagnostics.append(Diagnostic(.duplicateHeader(location, name: name, firstColumn: first + 1)))
            } else {
                index[key] = i
            }
        }
        self.names = names
        self.codes = names.map { $0.lowercased() }
        self.index = index
    }

    /// A header whose columns a layout recognized: `codes[i]` is what column `i` is read as
    /// (nil: an unknown or empty name, read by its own name). Empty names are not reported here
    /// (the reader decides whether such a column is blank); a code given twice is.
    init(names: [String], codes: [String?], path: String, line: Int, sheet: String? = nil, diagnostics: inout [Diagnostic]) {
        var index: [String: Int] = [:]
        var resolved: [String] = []
        for (i, name) in names.enumerated() {
            let code = codes[i] ?? name.lowercased()
            resolved.append(code)
            // Text columns (备注, 联系人…) may be several; none is read by name.
            if name.isEmpty || code == ColumnMapping.textCode { continue }
            if let first = index[code] {
                diagnostics.append(Diagnostic(.duplicateHeader(FileLocation(path: path, line: line, column: i + 1, sheet: sheet), name: name, firstColumn: first + 1)))
            } else {
                index[code] = i
            }
        }
        self.names = names
        self.codes = resolved
        self.index = index
    }

    /// The 0-based column of `name`, if present.
    public func column(_ name: String) -> Int? {
        // Keys are lowercased; callers mostly pass lowercase names, found without lowercasing again.
        if let exact = index[name] { return exact }
        return index[name.lowercased()]
    }

    /// Reports each missing required column; returns true when all are present.
    public func require(_ required: [String], path: String, line: Int, sheet: String? = nil, diagnostics: inout [Diagnostic]) -> Bool {
        var ok = true
        for name in required where column(name) == nil {
            diagnostics.append(Diagnostic(.missingColumn(FileLocation(path: path, line: line, column: names.count + 1, sheet: sheet), name: name)))
            ok = false
        }
        return ok
    }
}

/// A small CSV file read whole as trimmed strings (eligibility and subsidy files); the
/// workspace files are read row by row with ``TableReader``, and a table that may also be a
/// workbook sheet (a decision matrix) with ``WholeTable``.
public struct CSVTable: Sendable {
    /// The file.
    public let file: CSVFile
    /// The header.
    public let header: CSVHeader
    /// The line of the header.
    public let headerLine: Int
    /// Data rows with the right number of fields, trimmed.
    public let rows: [[String]]
    /// The line each row starts on.
    public let lines: [Int]
    /// Data rows read (blank and all-empty rows are not counted).
    public let rowsRead: Int
    /// Rows rejected because their field count differs from the header's.
    public let rowsRejected: Int

    /// Splits `file` into a header and rows as ``WholeTable`` does (no column required, every
    /// name accepted); the file's own diagnostics (``CSVFile/diagnostics``) and structural
    /// problems go to `diagnostics`.
    public init(file: CSVFile, diagnostics: inout [Diagnostic]) throws(IngestError) {
        let table = try WholeTable(source: CSVSource(file: file), diagnostics: &diagnostics)
        self.file = file
        self.header = table.header
        self.headerLine = table.headerLine
        self.rows = table.rows
        self.lines = table.lines
        self.rowsRead = table.rowsRead
        self.rowsRejected = table.rowsRejected
    }
}
