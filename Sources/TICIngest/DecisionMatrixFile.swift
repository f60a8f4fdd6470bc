import TICSupport
/// A plain decision matrix for the researcher commands: a header row of criterion names and one
/// row per alternative whose first column is the alternative's id, in a CSV file (any encoding
/// ``CSVFile`` reads) or in the first visible sheet of an .xlsx workbook (locations then name the
/// sheet and cell, `m.xlsx:Sheet1!C3`).
///
/// ```
/// alternative,cost,quality,delivery
/// A1,250,16,12
/// A2,200,16,8
/// ```
public struct DecisionMatrixFile: Sendable {
    /// Alternative ids, in file order.
    public let alternatives: [String]
    /// Criterion names, in file order.
    public let criteria: [String]
    /// `alternatives.count × criteria.count` values, row-major.
    public let values: [Double]
    /// Warnings met while reading (e.g. a stray quote).
    public let warnings: [Diagnostic]
    /// The file as the user named it.
    public let path: String
    /// The sheet read, for a workbook (nil for CSV).
    public let sheet: String?
    /// The line (a workbook: the row number) of each alternative's row.
    public let lines: [Int]

    /// Reads a matrix file.
    /// - Throws: the first error, in file order: ``IngestError/invalidNumber(_:column:text:)`` and
    ///   friends for a cell that is not a finite number, ``IngestError/emptyRequiredField(_:column:)``
    ///   for an empty cell (a decision matrix must be complete), ``IngestError/duplicateRow(_:columns:values:firstLine:)``
    ///   for an alternative id already used on an earlier line, ``IngestError/fieldCount(_:expected:found:)``,
    ///   ``IngestError/noDataRows(path:)``.
    public init(path: String, encoding: EncodingChoice = .auto) throws(IngestError) {
        try self.init(source: try TableSources.open(path: path, encoding: encoding))
    }

    /// Reads a matrix from a decoded file.
    public init(file: CSVFile) throws(IngestError) {
        try self.init(source: CSVSource(file: file))
    }

    /// Reads a matrix from a table source (a CSV file or a workbook sheet).
    public init(source: some TableSource) throws(IngestError) {
        var diagnostics: [Diagnostic] = []
        let table = try WholeTable(source: source, diagnostics: &diagnostics)
        let path = table.path
        let sheet = table.sheet
        let names = table.header.names
        guard names.count >= 2 else {
            throw .missingColumn(FileLocation(path: path, line: table.headerLine, column: names.count + 1, sheet: sheet), name: "criterion")
        }
        var alternatives: [String] = []
        var firstLineOf: [String: Int] = [:]
        var values: [Double] = []
        values.reserveCapacity(table.rows.count * (names.count - 1))
        for (row, line) in zip(table.rows, table.lines) {
            let id = row[0]
            if id.isEmpty {
                diagnostics.append(Diagnostic(.emptyRequiredField(FileLocation(path: path, line: line, column: 1, sheet: sheet), column: names[0].isEmpty ? "alternative" : names[0])))
            }
            if !id.isEmpty, let first = firstLineOf[id] {
                // Two rows for one alternative: ranks and weights would count it twice.
                diagnostics.append(Diagnostic(.duplicateRow(FileLocation(path: path, line: line, column: 1, sheet: sheet),
                                                            columns: [names[0].isEmpty ? "alternative" : names[0]], values: [id], firstLine: first)))
            } else if !id.isEmpty {
                firstLineOf[id] = line
            }
            alternatives.append(id)
            for j in 1..<row.count {
                let location = FileLocation(path: path, line: line, column: j + 1, sheet: sheet)
                switch NumberParser.parse(row[j]) {
                case .value(let v):
                    values.append(v)
                case .missing:
                    diagnostics.append(Diagnostic(.emptyRequiredField(location, column: names[j])))
                    values.append(0)
                case .invalid(let problem):
                    diagnostics.append(Diagnostic(WorkspaceLoader.invalid(problem, location: location, column: names[j], text: row[j])))
                    values.append(0)
                }
            }
        }
        if let firstError = diagnostics.filter({ $0.severity == .error }).sorted().first { throw firstError.problem }
        if alternatives.isEmpty { throw .noDataRows(path: path) }
        self.alternatives = alternatives
        self.criteria = Array(names.dropFirst())
        self.values = values
        self.warnings = diagnostics
        self.path = path
        self.sheet = sheet
        self.lines = table.lines
    }

    /// Where the value of alternative `row` and criterion `column` (both 0-based) is.
    public func location(row: Int, column: Int) -> FileLocation {
        FileLocation(path: path, line: row < lines.count ? lines[row] : 1, column: column + 2, sheet: sheet)
    }
}
