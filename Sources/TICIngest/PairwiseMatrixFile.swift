import TICSupport

/// An AHP pairwise-comparison matrix read from CSV (any encoding ``CSVFile`` reads) or from the
/// first visible sheet of an .xlsx workbook: bare numbers, or with a header row and a label column;
/// cells may be fractions such as `1/3`.
///
/// With a header row and a label column, each row is matched to the header by its label, so a file
/// whose rows are in another order than its header is read correctly: `rows[i]` is the row of
/// `labels[i]`, and its cells are in the header's order. Bare numbers are read by position.
///
/// Only the reading is done here (labels, numbers and shape); whether the matrix is square,
/// positive and reciprocal is checked where AHP is computed.
public struct PairwiseMatrixFile: Sendable {
    /// The path as given.
    public let path: String
    /// Labels of the compared items (from the header, else the label column; `1…n` when bare).
    public let labels: [String]
    /// Where each label is written (its header cell, else its label cell); empty when bare.
    public let labelLocations: [FileLocation]
    /// The rows of numbers, in the order of `labels` (may be ragged only if the file was; checked by AHP).
    public let rows: [[Double]]
    /// For each cell, its location in the file (same shape as `rows`).
    public let locations: [[FileLocation]]

    /// Whether the compared items are named in the file; a bare matrix is matched by position.
    public var isLabelled: Bool { !labelLocations.isEmpty }

    /// Reads the matrix at `path`.
    /// - Throws: ``IngestError/invalidNumber(_:column:text:)`` for a cell that is neither a number
    ///   nor a fraction `a/b`, ``IngestError/noDataRows(path:)`` for an empty matrix;
    ///   ``IngestError/emptyHeaderName(_:)`` or ``IngestError/duplicateHeader(_:name:firstColumn:)``
    ///   for a header label that is empty or repeated; with a header and a label column,
    ///   ``IngestError/unknownRowLabel(_:label:header:)``, ``IngestError/duplicateRowLabel(_:label:firstLine:)``
    ///   or ``IngestError/missingRowLabel(_:label:)`` when the row labels are not the header's.
    public init(path: String, encoding: EncodingChoice = .auto) throws(IngestError) {
        try self.init(source: try TableSources.open(path: path, encoding: encoding))
    }

    /// Reads the matrix from a table source (a CSV file or a workbook sheet); see
    /// ``init(path:encoding:)``.
    public init(source: some TableSource) throws(IngestError) {
        let path = source.path
        let sheet = source.sheetName
        var warnings: [Diagnostic] = []
        var records: [[String]] = []
        var lines: [Int] = []
        try source.forEachRow(warnings: &warnings) { record in
            records.append((0..<record.count).map { record.string($0) })
            lines.append(record.line)
        }
        guard !records.isEmpty else { throw .emptyFile(path: path) }
        let hasHeader = records[0].contains { !$0.isEmpty && Self.parseCell($0) == nil }
        let dataStart = hasHeader ? 1 : 0
        let hasRowLabels = records.count > dataStart && Self.parseCell(records[dataStart][0]) == nil
        var rowLabels: [String] = []
        var rowLabelLocations: [FileLocation] = []
        var rows: [[Double]] = []
        var locations: [[FileLocation]] = []
        for r in dataStart..<records.count {
            let record = records[r]
            let first = hasRowLabels ? 1 : 0
            if hasRowLabels {
                rowLabels.append(record[0])
                rowLabelLocations.append(FileLocation(path: path, line: lines[r], column: 1, sheet: sheet))
            }
            var row: [Double] = []
            var rowLocations: [FileLocation] = []
            for c in first..<record.count {
                let location = FileLocation(path: path, line: lines[r], column: c + 1, sheet: sheet)
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
        self.path = path
        guard hasHeader else {
            // No header: the label column (if any) names the rows; bare numbers are 1…n.
            labels = hasRowLabels ? rowLabels : (1...rows.count).map { String($0) }
            labelLocations = rowLabelLocations
            self.rows = rows
            self.locations = locations
            return
        }
        // The header names the columns; its first cell is the corner above the label column when it
        // is empty or the header is longer than the first row of numbers.
        let header = records[0]
        let corner = header[0].isEmpty || header.count > rows[0].count ? 1 : 0
        var columnOf: [String: Int] = [:]
        var headerLocations: [FileLocation] = []
        for c in corner..<header.count {
            let location = FileLocation(path: path, line: lines[0], column: c + 1, sheet: sheet)
            guard !header[c].isEmpty else { throw .emptyHeaderName(location) }
            if let earlier = columnOf[header[c]] {
                throw .duplicateHeader(location, name: header[c], firstColumn: earlier + corner + 1)
            }
            columnOf[header[c]] = headerLocations.count
            headerLocations.append(location)
        }
        labels = Array(header[corner...])
        labelLocations = headerLocations
        guard hasRowLabels else {
            self.rows = rows
            self.locations = locations
            return
        }
        // Match every row to the header by its label.
        var order = [Int?](repeating: nil, count: labels.count)
        for (r, label) in rowLabels.enumerated() {
            guard let index = columnOf[label] else {
                throw .unknownRowLabel(rowLabelLocations[r], label: label, header: labels)
            }
            if let earlier = order[index] {
                throw .duplicateRowLabel(rowLabelLocations[r], label: label, firstLine: rowLabelLocations[earlier].line)
            }
            order[index] = r
        }
        if let missing = order.firstIndex(of: nil) {
            throw .missingRowLabel(headerLocations[missing], label: labels[missing])
        }
        let fileRows = order.map { $0! }
        self.rows = fileRows.map { rows[$0] }
        self.locations = fileRows.map { locations[$0] }
    }

    /// The same matrix with its rows and columns in the order of `reference`'s labels, so that
    /// experts who list the same items in different orders can be combined cell by cell. Cell
    /// locations move with their cells. Bare matrices are matched by position (returned unchanged).
    ///
    /// - Precondition: this matrix is square (check it before aligning).
    /// - Throws: ``IngestError/pairwiseLabelsDiffer(_:reference:missing:unexpected:)`` when the files
    ///   compare different items; ``IngestError/pairwiseLabelling(_:reference:labelled:)`` when one
    ///   file names its items and the other does not.
    /// - Complexity: O(n²).
    public func aligned(to reference: PairwiseMatrixFile) throws(IngestError) -> PairwiseMatrixFile {
        guard isLabelled == reference.isLabelled else {
            throw .pairwiseLabelling(FileLocation(path: path, line: 1, column: 1), reference: reference.path, labelled: isLabelled)
        }
        guard isLabelled else { return self }
        var indexOf: [String: Int] = [:]
        for (i, label) in labels.enumerated() { indexOf[label] = i }
        let referenceLabels = Set(reference.labels)
        let unexpected = labels.indices.filter { !referenceLabels.contains(labels[$0]) }
        let missing = reference.labels.filter { indexOf[$0] == nil }
        guard unexpected.isEmpty, missing.isEmpty, labels.count == reference.labels.count else {
            let location = unexpected.first.map { labelLocations[$0] } ?? FileLocation(path: path, line: 1, column: 1)
            throw .pairwiseLabelsDiffer(location, reference: reference.path, missing: missing,
                                        unexpected: unexpected.map { labels[$0] })
        }
        let order = reference.labels.map { indexOf[$0]! }
        precondition(rows.allSatisfy { $0.count == order.count },
                     "PairwiseMatrixFile.aligned: \(path) is not a square matrix")
        return PairwiseMatrixFile(path: path, labels: reference.labels, labelLocations: order.map { labelLocations[$0] },
                                  rows: order.map { i in order.map { j in rows[i][j] } },
                                  locations: order.map { i in order.map { j in locations[i][j] } })
    }

    private init(path: String, labels: [String], labelLocations: [FileLocation], rows: [[Double]], locations: [[FileLocation]]) {
        self.path = path
        self.labels = labels
        self.labelLocations = labelLocations
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
