import TICSupport
/// One year's annual reports (`reports/<year>.csv`), stored column-wise for fast scoring.
///
/// Values are row-major (`rows × columns`); a missing cell (empty, `-`, `无`, or a rejected
/// value) is `Double.nan` here and nowhere else: use ``value(centerID:column:)`` to get `nil`.
public struct AnnualReport: Sendable {
    /// The year of the file name.
    public let year: Int
    /// The file as the user named it.
    public let path: String
    /// The value columns in file order (the header without `center_id` and `year`); when other
    /// report files add rows of this year (``merge(_:)``), their further columns follow.
    public private(set) var columns: [String]
    /// The line of the header row.
    public let headerLine: Int
    /// The 1-based field number in the file of each value column (1 for a column only merged files have).
    public private(set) var fileColumns: [Int]
    /// The center of each row, in file order.
    public private(set) var centerIDs: [String] = []
    /// The line each row was read from.
    public private(set) var lines: [Int] = []
    /// `rows × columns` values, row-major; NaN marks a missing cell.
    public private(set) var values: ContiguousArray<Double> = []
    private var rowByCenter: [String: Int] = [:]
    private var columnIndex: [String: Int]
    /// The files the rows come from: this report's own first, then merged ones; each with its
    /// header line and the field of each of its columns.
    private var sources: [(path: String, sheet: String?, headerLine: Int, fields: [String: Int])] = []
    /// The sheet of this report's own file, for a workbook (locations name it).
    public let sheet: String?
    /// The source of each row (an index into `sources`).
    private var rowSources: [Int] = []

    /// An empty report for `year` with the given value columns; `fileColumns` defaults to the
    /// fields after `center_id` and `year` (3, 4, …).
    public init(year: Int, path: String, columns: [String], headerLine: Int = 1, fileColumns: [Int]? = nil, sheet: String? = nil) {
        self.year = year
        self.path = path
        self.sheet = sheet
        self.columns = columns
        self.headerLine = headerLine
        self.fileColumns = fileColumns ?? columns.indices.map { $0 + 3 }
        self.columnIndex = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.sources = [(path, sheet, headerLine, Dictionary(zip(columns, self.fileColumns), uniquingKeysWith: { first, _ in first }))]
    }

    /// Number of rows (centers with a report).
    public var rowCount: Int { centerIDs.count }

    /// Appends a row; `rowValues` has one entry per column (NaN for missing).
    public mutating func append(centerID: String, line: Int, values rowValues: some Collection<Double>) {
        precondition(rowValues.count == columns.count, "a report row needs \(columns.count) values")
        rowByCenter[centerID] = centerIDs.count
        centerIDs.append(centerID)
        lines.append(line)
        rowSources.append(0)
        values.append(contentsOf: rowValues)
    }

    /// The report with only the columns at `kept` (indices into ``columns``), rows unchanged.
    func keeping(columns kept: [Int]) -> AnnualReport {
        var report = AnnualReport(year: year, path: path, columns: kept.map { columns[$0] }, headerLine: headerLine,
                                  fileColumns: kept.map { fileColumns[$0] }, sheet: sheet)
        for r in 0..<rowCount {
            let row = rowValues(r)
            report.append(centerID: centerIDs[r], line: lines[r], values: kept.map { row[$0] })
        }
        return report
    }

    /// Where the header is of each file that gave rows of this year without `column`, when another
    /// file of the year has it (empty when every file has it, or none does).
    public func filesLacking(_ column: String) -> [FileLocation] {
        guard columnIndex[column] != nil else { return [] }
        let used = Set(rowSources)
        return sources.indices.filter { used.contains($0) && sources[$0].fields[column] == nil }
            .map { FileLocation(path: sources[$0].path, line: sources[$0].headerLine, sheet: sources[$0].sheet) }
    }

    /// The file row `row` was read from.
    public func path(ofRow row: Int) -> String { sources[rowSources[row]].path }

    /// Where row `row` starts: its file (and sheet), its line, column 1.
    public func location(ofRow row: Int) -> FileLocation {
        let source = sources[rowSources[row]]
        return FileLocation(path: source.path, line: lines[row], sheet: source.sheet)
    }

    /// The values of row `row`, one per column (NaN for missing).
    public func rowValues(_ row: Int) -> [Double] {
        Array(values[(row * columns.count)..<((row + 1) * columns.count)])
    }

    /// Appends the rows of `other` (another file's rows of the same year, for centers this report
    /// has no row of), adding the columns it has and this report has not (missing, NaN, in the
    /// rows already here).
    public mutating func merge(_ other: AnnualReport) {
        precondition(other.year == year, "only reports of one year merge")
        let added = other.columns.filter { columnIndex[$0] == nil }
        if !added.isEmpty {
            let old = columns.count
            var widened = ContiguousArray<Double>()
            widened.reserveCapacity(rowCount * (old + added.count))
            for r in 0..<rowCount {
                widened.append(contentsOf: values[(r * old)..<((r + 1) * old)])
                widened.append(contentsOf: repeatElement(Double.nan, count: added.count))
            }
            values = widened
            for column in added {
                columnIndex[column] = columns.count
                columns.append(column)
                fileColumns.append(1)
            }
        }
        let base = sources.count
        for source in other.sources { sources.append(source) }
        var row = ContiguousArray<Double>(repeating: .nan, count: columns.count)
        for r in 0..<other.rowCount {
            for k in row.indices { row[k] = .nan }
            for (j, column) in other.columns.enumerated() { row[columnIndex[column]!] = other.values[r * other.columns.count + j] }
            rowByCenter[other.centerIDs[r]] = centerIDs.count
            centerIDs.append(other.centerIDs[r])
            lines.append(other.lines[r])
            rowSources.append(base + other.rowSources[r])
            values.append(contentsOf: row)
        }
    }

    /// The row of a center, if it reported this year.
    public func row(of centerID: String) -> Int? { rowByCenter[centerID] }

    /// The index of a column, if the file has it.
    public func columnIndex(of column: String) -> Int? { columnIndex[column] }

    /// The value of `column` for `centerID`; nil when the center did not report, the file has no
    /// such column, or the cell is missing.
    public func value(centerID: String, column: String) -> Double? {
        guard let row = rowByCenter[centerID], let col = columnIndex[column] else { return nil }
        let v = values[row * columns.count + col]
        return v.isNaN ? nil : v
    }

    /// Where a center's cell of `column` is: its row and the column's field; the header line when
    /// the center has no row; column 1 when the file has no such column.
    public func location(centerID: String, column: String?) -> FileLocation {
        guard let row = rowByCenter[centerID] else {
            let field = column.flatMap { columnIndex[$0] }.map { fileColumns[$0] } ?? 1
            return FileLocation(path: path, line: headerLine, column: field, sheet: sheet)
        }
        let source = sources[rowSources[row]]
        return FileLocation(path: source.path, line: lines[row], column: column.flatMap { source.fields[$0] } ?? 1, sheet: source.sheet)
    }

    /// The number of missing cells.
    public var missingCellCount: Int {
        var n = 0
        for v in values where v.isNaN { n += 1 }
        return n
    }
}
