/// An AHP pairwise-comparison matrix read from CSV: bare numbers, or with a header row and a
/// label column; cells may be fractions such as `1/3`.
///
/// Only the reading is done here (numbers and shape); whether the matrix is square, positive
/// and reciprocal is checked where AHP is computed.
public struct PairwiseMatrixFile: Sendable {
    /// Labels of the compared items (from the header or label column; `1…n` when bare).
    public let labels: [String]
    /// The rows of numbers as read (may be ragged only if the file was; checked by AHP).
    public let rows: [[Double]]
    /// For each cell, its location in the file (same shape as `rows`).
    public let locations: [[FileLocation]]

    /// Reads the matrix at `path`.
    /// - Throws: ``IngestError/invalidNumber(_:column:text:)`` for a cell that is neither a number
    ///   nor a fraction `a/b`, ``IngestError/noDataRows(path:)`` for an empty matrix.
    public init(path: String, encoding: EncodingChoice = .auto) throws(IngestError) {
        let file = try CSVFile(path: path, encoding: encoding)
        var warnings: [Diagnostic] = []
        var records: [[String]] = []
        var lines: [Int] = []
        do {
            try CSVReader.forEachRecord(in: file.text, path: path, warnings: &warnings) { record in
                records.append((0..<record.count).map { record.string($0) })
                lines.append(record.line)
            }
        } catch let error as IngestError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: "an unexpected error while reading the records")
        }
        guard !records.isEmpty else { throw .emptyFile(path: path) }
        let hasHeader = records[0].contains { !$0.isEmpty && Self.parseCell($0) == nil }
        let dataStart = hasHeader ? 1 : 0
        let hasLabels = records.count > dataStart && Self.parseCell(records[dataStart][0]) == nil
        var labels: [String] = []
        var rows: [[Double]] = []
        var locations: [[FileLocation]] = []
        for r in dataStart..<records.count {
            let record = records[r]
            let first = hasLabels ? 1 : 0
            if hasLabels { labels.append(record[0]) }
            var row: [Double] = []
            var rowLocations: [FileLocation] = []
            for c in first..<record.count {
                let location = FileLocation(path: path, line: lines[r], column: c + 1)
                guard let value = Self.parseCell(record[c]) else {
                    let column = hasHeader && c < records[0].count ? records[0][c] : "column \(c + 1)"
                    throw .invalidNumber(location, column: column, text: record[c])
                }
                row.append(value)
                rowLocations.append(location)
            }
            rows.append(row)
            locations.append(rowLocations)
        }
        guard !rows.isEmpty else { throw .noDataRows(path: path) }
        if labels.isEmpty {
            if hasHeader {
                labels = Array(records[0].dropFirst(records[0].count > rows[0].count ? 1 : 0))
            } else {
                labels = (1...rows.count).map { String($0) }
            }
        }
        self.labels = labels
        self.rows = rows
        self.locations = locations
    }

    /// A number, or a fraction `a/b` of two numbers; nil otherwise.
    public static func parseCell(_ text: String) -> Double? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard case .value(let a) = NumberParser.parse(String(parts[0])),
                  case .value(let b) = NumberParser.parse(String(parts[1])), b != 0 else { return nil }
            return a / b
        }
        if case .value(let v) = NumberParser.parse(text) { return v }
        return nil
    }
}
