import TICSupport
/// Weight vectors to replay in a Monte Carlo analysis (`ticeval uncertainty --weight-samples`), in
/// a CSV file or the first visible sheet of an .xlsx workbook: one weight vector per row, one column per criterion, in the criteria's order; a first row that
/// is not all numbers is a header.
///
/// ```
/// cost,quality,delivery
/// 0.5,0.3,0.2
/// 0.4,0.4,0.2
/// ```
///
/// Every weight must be a finite number from 0 to the caller's maximum, and every row needs at
/// least one positive weight; the first row that breaks a rule is reported with its line and
/// column (the field's position).
public struct WeightSamplesFile: Sendable {
    /// Weights per row (the criteria).
    public let columns: Int
    /// Weight vectors read (rows below the header).
    public let rows: Int
    /// `rows × columns` weights, row-major, as written (not renormalized).
    public let values: [Double]
    /// Warnings met while reading (e.g. a stray quote).
    public let warnings: [Diagnostic]

    /// Reads a weight-samples file.
    /// - Parameters:
    ///   - columns: weights per row (one per criterion of the decision matrix).
    ///   - maximumWeight: the largest weight accepted.
    /// - Throws: the file's read errors (``IngestError/fileNotFound(path:)`` and friends), then in
    ///   file order ``IngestError/weightCount(_:expected:found:)``, ``IngestError/invalidWeight(_:text:maximum:)``
    ///   and ``IngestError/zeroWeightRow(_:)``.
    public init(path: String, columns: Int, maximumWeight: Double, encoding: EncodingChoice = .auto) throws(IngestError) {
        try self.init(source: try TableSources.open(path: path, encoding: encoding), columns: columns, maximumWeight: maximumWeight)
    }

    /// Reads weight samples from a decoded file.
    public init(file: CSVFile, columns: Int, maximumWeight: Double) throws(IngestError) {
        try self.init(source: CSVSource(file: file), columns: columns, maximumWeight: maximumWeight)
    }

    /// Reads weight samples from a table source (a CSV file or a workbook sheet).
    public init(source: some TableSource, columns: Int, maximumWeight: Double) throws(IngestError) {
        var warnings = source.notes
        var values: [Double] = []
        var rows = 0
        var isFirst = true
        var problem: IngestError?
        try source.forEachRow(warnings: &warnings) { record in
            guard problem == nil else { return }
            defer { isFirst = false }
            let numbers = (0..<record.count).map { record.number($0) }
            if isFirst, numbers.contains(where: { if case .value = $0 { false } else { true } }) { return }  // header
            guard record.count == columns else {
                problem = .weightCount(record.location(0), expected: columns, found: record.count)
                return
            }
            var positive = false
            for (k, number) in numbers.enumerated() {
                guard case .value(let weight) = number, weight.isFinite, weight >= 0, weight <= maximumWeight else {
                    problem = .invalidWeight(record.location(k), text: record.string(k), maximum: maximumWeight)
                    return
                }
                positive = positive || weight > 0
                values.append(weight)
            }
            guard positive else {
                problem = .zeroWeightRow(record.location(0))
                return
            }
            rows += 1
        }
        if let problem { throw problem }
        self.columns = columns
        self.rows = rows
        self.values = values
        self.warnings = warnings
    }
}
