import TICSupport

/// The department's own column names, from the workspace mapping file `columns.csv`:
///
/// ```
/// name,code
/// 研发投入合计（万元）,rd_expenditure
/// 服务企业数量,enterprises_served
/// 联系人,text
/// ```
///
/// Each row maps a header, as the department writes it (a unit in brackets may follow, as in any
/// header), to a column code: a catalogue code, a registry or optional-file code (`center_id`,
/// `year`, `name`, …) or `text` for a column kept as text and never read as a number. The header
/// may also be written `列名,代码`. One file serves every file of the workspace.
///
/// A row whose code is `sheet` names a sheet to read in workbooks (`运行数据,sheet`): each .xlsx
/// file is read from the first named sheet it has (an error listing its sheets when it has none);
/// without such a row, from its first visible sheet. Hidden sheets are read only when named.
public struct ColumnMapping: Sendable {
    /// The code that declares a column text (kept, never read as a number).
    public static let textCode = "text"
    /// The mapping file's name in a workspace.
    public static let fileName = "columns.csv"

    /// The department's names and the codes they stand for, in file order.
    public private(set) var names: [(name: String, code: String)] = []
    /// The sheets to read in workbooks, in file order (rows with the code `sheet`).
    public private(set) var sheets: [String] = []
    /// The code that names a sheet.
    public static let sheetCode = "sheet"

    /// No mapping.
    public init() {}

    /// A mapping from pairs (tests and tools).
    public init(_ names: [(name: String, code: String)]) { self.names = names }

    /// Reads the mapping file at `path`; nil (no diagnostic) when there is none.
    /// - Parameter diagnostics: receives every problem (a missing column, an empty cell, a code
    ///   that is neither a known code nor `text`, a name mapped twice).
    static func read(path: String, encoding: EncodingChoice, knownCodes: Set<String>,
                     diagnostics: inout [Diagnostic]) -> (ColumnMapping, InputFile)? {
        guard FileManagerProbe.exists(path) else { return nil }
        let file: CSVFile
        do { file = try CSVFile(path: path, encoding: encoding) } catch {
            diagnostics.append(Diagnostic(error))
            return nil
        }
        var found: [Diagnostic] = []
        guard let table = try? CSVTable(file: file, diagnostics: &found) else {
            diagnostics += found
            return nil
        }
        diagnostics += found
        let nameColumn = table.header.column("name") ?? table.header.column("列名")
        let codeColumn = table.header.column("code") ?? table.header.column("代码")
        guard let nameColumn, let codeColumn else {
            let missing = nameColumn == nil ? "name" : "code"
            diagnostics.append(Diagnostic(.missingColumn(FileLocation(path: path, line: table.headerLine, column: table.header.names.count + 1), name: missing)))
            return nil
        }
        var mapping = ColumnMapping()
        var sheets: [String] = []
        var seen: [String: Int] = [:]
        for (row, line) in zip(table.rows, table.lines) {
            let name = row[nameColumn], code = row[codeColumn].lowercased()
            if name.isEmpty {
                diagnostics.append(Diagnostic(.emptyRequiredField(FileLocation(path: path, line: line, column: nameColumn + 1), column: "name")))
                continue
            }
            if code == Self.sheetCode {
                sheets.append(name)
                continue
            }
            guard code == textCode || knownCodes.contains(code) || isIdentifier(code) else {
                diagnostics.append(Diagnostic(.unknownMappedCode(FileLocation(path: path, line: line, column: codeColumn + 1), name: name, code: row[codeColumn])))
                continue
            }
            let key = ColumnVocabulary.key(name)
            if let first = seen[key] {
                diagnostics.append(Diagnostic(.duplicateRow(FileLocation(path: path, line: line, column: nameColumn + 1),
                                                            columns: ["name"], values: [name], firstLine: first)))
                continue
            }
            seen[key] = line
            mapping.names.append((name, code))
        }
        mapping.sheets = sheets
        return (mapping, CSVSource(file: file).inputFile(rowsRead: table.rowsRead, rowsRejected: table.rowsRead - mapping.names.count - sheets.count))
    }

    /// A code a scheme may define: lower-case ASCII letters, digits and `_`, starting with a letter.
    static func isIdentifier(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Every code a mapping may name besides `text`.
    static var knownCodes: Set<String> {
        var codes = Set(WorkspaceLoader.centerColumns + ["lead_unit", "former_names", "year", "cycle", "grade", "status",
                                                         "event", "note", "rater", "score"])
        for column in IndicatorCatalogue.reportColumns { codes.insert(column.code) }
        return codes
    }
}

import Foundation

/// Whether a path exists (a file or a folder).
enum FileManagerProbe {
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
