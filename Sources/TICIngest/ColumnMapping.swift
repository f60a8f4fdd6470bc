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
    /// The mapping file's name in a workspace (`columns.xlsx` is read when there is no CSV file).
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

    /// Reads the mapping file at `path` (CSV, or a workbook's first visible sheet); nil (no
    /// diagnostic) when there is none.
    /// - Parameter diagnostics: receives every problem (a missing column, an empty cell, a code
    ///   that is neither a known code nor `text`, a name mapped twice).
    static func read(path: String, encoding: EncodingChoice, knownCodes: Set<String>,
                     diagnostics: inout [Diagnostic]) -> (ColumnMapping, InputFile)? {
        guard FileManagerProbe.exists(path) else { return nil }
        let source: any TableSource
        do {
            source = WorkspaceLoader.isWorkbook(path) ? try XLSXSource(path: path) : try CSVSource(path: path, encoding: encoding)
        } catch {
            diagnostics.append(Diagnostic(error))
            return nil
        }
        diagnostics += source.notes
        // The header is the first non-blank row; every later row is a (name, code) pair.
        var header: CSVHeader?
        var headerLocation = FileLocation(path: path, line: 1, sheet: source.sheetName)
        var rows: [(cells: [String], locations: [FileLocation])] = []
        var headerProblems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        do {
            try source.forEachRow(warnings: &warnings) { row in
                if row.isBlank { return }
                if header == nil {
                    header = CSVHeader(record: row, path: path, diagnostics: &headerProblems)
                    headerLocation = row.location(row.count)
                    return
                }
                rows.append(((0..<row.count).map { row.string($0) }, (0..<row.count).map { row.location($0) }))
            }
        } catch {
            diagnostics += warnings + headerProblems + [Diagnostic(error)]
            return nil
        }
        diagnostics += headerProblems + warnings
        guard let header else {
            diagnostics.append(Diagnostic(.emptyFile(path: path)))
            return nil
        }
        let nameColumn = header.column("name") ?? header.column("列名")
        let codeColumn = header.column("code") ?? header.column("代码")
        guard let nameColumn, let codeColumn else {
            diagnostics.append(Diagnostic(.missingColumn(headerLocation, name: nameColumn == nil ? "name" : "code")))
            return nil
        }
        var mapping = ColumnMapping()
        var sheets: [String] = []
        var seen: [String: Int] = [:]
        for row in rows {
            func cell(_ column: Int) -> String { column < row.cells.count ? row.cells[column] : "" }
            func place(_ column: Int) -> FileLocation {
                column < row.locations.count ? row.locations[column]
                    : FileLocation(path: path, line: row.locations.first?.line ?? 1, column: column + 1, sheet: source.sheetName)
            }
            let name = cell(nameColumn), code = cell(codeColumn).lowercased()
            if name.isEmpty {
                diagnostics.append(Diagnostic(.emptyRequiredField(place(nameColumn), column: "name")))
                continue
            }
            if code == Self.sheetCode {
                sheets.append(name)
                continue
            }
            guard code == textCode || knownCodes.contains(code) || isIdentifier(code) else {
                diagnostics.append(Diagnostic(.unknownMappedCode(place(codeColumn), name: name, code: cell(codeColumn))))
                continue
            }
            let key = ColumnVocabulary.key(name)
            let line = place(nameColumn).line
            if let first = seen[key] {
                diagnostics.append(Diagnostic(.duplicateRow(place(nameColumn), columns: ["name"], values: [name], firstLine: first)))
                continue
            }
            seen[key] = line
            mapping.names.append((name, code))
        }
        mapping.sheets = sheets
        return (mapping, source.inputFile(rowsRead: rows.count, rowsRejected: rows.count - mapping.names.count - sheets.count))
    }

    /// A code a scheme may define: lower-case ASCII letters, digits and `_`, starting with a letter.
    static func isIdentifier(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Every code a mapping may name besides `text`.
    static var knownCodes: Set<String> {
        var codes = Set(WorkspaceLoader.centerColumns + WorkspaceLoader.optionalCenterColumns + ["year", "cycle", "grade", "status",
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
