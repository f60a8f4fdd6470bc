import TICSupport
/// Weight vectors to replay in a Monte Carlo analysis (`ticeval uncertainty --weight-samples`):
/// one weight vector per row, one column per criterion, in the criteria's order; a first row that
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
        try self.init(file: try CSVFile(path: path, encoding: encoding), columns: columns, maximumWeight: maximumWeight)
    }

    /// Reads weight samples from a decoded file.
    public init(file: CSVFile, columns: Int, maximumWeight: Double) throws(IngestError) {
        let path = file.path
        var warnings = file.diagnostics
        var values: [Double] = []
        var rows = 0
        var isFirst = true
        do {
            try CSVReader.forEachRecord(in: file.text, path: path, warnings: &warnings) { record in
                defer { isFirst = false }
                let numbers = (0..<record.count).map { record.number($0) }
                if isFirst, numbers.contains(where: { if case .value = $0 { false } else { true } }) { return }  // header
                guard record.count == columns else {
                    throw IngestError.weightCount(FileLocation(path: path, line: record.line, column: 1), expected: columns, found: record.count)
                }
                var positive = false
                for (k, number) in numbers.enumerated() {
                    guard case .value(let weight) = number, weight.isFinite, weight >= 0, weight <= maximumWeight else {
                        throw IngestError.invalidWeight(FileLocation(path: path, line: record.line, column: k + 1),
                                                        text: record.string(k), maximum: maximumWeight)
                    }
                    positive = positive || weight > 0
                    values.append(weight)
                }
                guard positive else { throw IngestError.zeroWeightRow(FileLocation(path: path, line: record.line, column: 1)) }
                rows += 1
            }
        } catch let error as IngestError {
            throw error
        } catch {
            preconditionFailure("WeightSamplesFile: the reader threw \(error)")
        }
        self.columns = columns
        self.rows = rows
        self.values = values
        self.warnings = warnings
    }
}
