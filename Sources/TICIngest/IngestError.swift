import TICSupport
/// Every problem ingestion can find in an input file, each with its location.
///
/// Thrown by the single-file readers (for a problem that stops them) and carried by
/// ``Diagnostic`` (with a severity) when a whole workspace is validated.
///
/// A case holds facts, not sentences: the values a message needs, ``location`` and ``isWarning``.
/// TICReport words every case in Chinese and English (`IngestError.message(_:)`, with the
/// ``LocalizedProblem`` conformance), so a problem reads the same in the terminal, `rejected.csv`
/// and the reports.
public enum IngestError: Error, Sendable, Hashable {
    // Files and encodings
    case fileNotFound(path: String)
    /// The file cannot be read; `code` is the system error number (`EISDIR` for a folder).
    case unreadable(path: String, code: Int32)
    case emptyFile(path: String)
    case utf16(path: String)
    case nulByte(FileLocation)
    /// Bytes that are not the encoding the file was read as: `.utf8` or `.gb18030` forced by
    /// `--encoding`, `.utf8BOM` declared by a byte-order mark.
    case invalidEncoding(FileLocation, encoding: TextEncoding)
    /// A line (its first non-ASCII byte) in one encoding among lines in another; `text` is the
    /// cell there, decoded as the line's encoding.
    case mixedEncoding(FileLocation, line: TextEncoding, rest: TextEncoding, text: String)
    /// The first byte that neither UTF-8 nor GB18030 accepts; `readsAs` is the encoding the file
    /// reads as up to there (nil when the bytes before it are ASCII).
    case unknownEncoding(FileLocation, readsAs: TextEncoding?)
    /// A warning: the file is valid UTF-8 but reads as Chinese only in GB18030, so it was read as
    /// GB18030; the cell at the location as each encoding reads it.
    case readAsGB18030(FileLocation, asUTF8: String, asGB18030: String)
    // CSV structure
    case unterminatedQuote(FileLocation)
    case strayQuote(FileLocation)
    case textAfterClosingQuote(FileLocation)
    case fieldCount(FileLocation, expected: Int, found: Int)
    case emptyHeaderName(FileLocation)
    case duplicateHeader(FileLocation, name: String, firstColumn: Int)
    case missingColumn(FileLocation, name: String)
    case unknownColumn(FileLocation, name: String)
    case noDataRows(path: String)
    /// `centers.csv` has a header but no center: nothing can be evaluated.
    case noCenters(path: String)
    /// A report file has a header but no rows: every center is missing that year (a warning).
    case reportWithoutRows(path: String, year: Int)
    // Pairwise comparison matrices (AHP)
    /// A row label of a pairwise matrix that is none of its header's labels (`header`).
    case unknownRowLabel(FileLocation, label: String, header: [String])
    /// A row label of a pairwise matrix seen before, on `firstLine`.
    case duplicateRowLabel(FileLocation, label: String, firstLine: Int)
    /// A header label of a pairwise matrix that no row carries; the location is its header cell.
    case missingRowLabel(FileLocation, label: String)
    /// Group AHP: this file compares other items than the first file, `reference`: `missing` are
    /// the reference's labels absent here, `unexpected` this file's labels absent there.
    case pairwiseLabelsDiffer(FileLocation, reference: String, missing: [String], unexpected: [String])
    /// Group AHP: this file names its items (`labelled`) and the first file, `reference`, does not,
    /// or the reverse, so their items cannot be matched.
    case pairwiseLabelling(FileLocation, reference: String, labelled: Bool)
    // Values
    case emptyRequiredField(FileLocation, column: String)
    case invalidNumber(FileLocation, column: String, text: String)
    case dateInsteadOfNumber(FileLocation, column: String, text: String)
    case nonFiniteNumber(FileLocation, column: String, text: String)
    case excelErrorValue(FileLocation, column: String, text: String)
    case negativeValue(FileLocation, column: String, value: Double)
    case fractionalCount(FileLocation, column: String, value: Double)
    case outOfRange(FileLocation, column: String, value: Double, minimum: Double, maximum: Double)
    case invalidInteger(FileLocation, column: String, text: String)
    case unknownCode(FileLocation, column: String, value: String, allowed: String)
    case invalidCycle(FileLocation, text: String)
    // Workspace consistency
    case duplicateCenter(FileLocation, centerID: String, firstLine: Int)
    case unknownCenter(FileLocation, centerID: String)
    /// The center's own row in `centers.csv` (at `registry`) was rejected, so this row cannot be used.
    case rejectedCenter(FileLocation, centerID: String, registry: FileLocation)
    case duplicateReport(FileLocation, centerID: String, year: Int, firstLine: Int)
    case yearMismatch(FileLocation, fileYear: Int, rowYear: Int)
    /// A row repeats the key of an earlier row (`columns` = `values`), e.g. two ratings of one rater.
    case duplicateRow(FileLocation, columns: [String], values: [String], firstLine: Int)
    /// `approved_year` is before 1949 or after the year after the latest report.
    case approvedYearOutOfRange(FileLocation, year: Int, latestReport: Int)
    /// An identifier holds an invisible or direction-changing character (U+`scalar`).
    case invisibleCharacter(FileLocation, column: String, value: String, scalar: UInt32)
    /// A percentage typed into a count or amount column (`12.5%` would be read as 0.125 万元).
    case percentInAmount(FileLocation, column: String, text: String, kind: ValueKind)
    case ignoredFile(path: String)
    /// Two files in one folder whose names differ only in letter case (`2023.csv`, `2023.CSV`):
    /// `read` was read, `path` was not.
    case nameDiffersOnlyInCase(path: String, read: String)
    case noReports(path: String)
    case cycleWithoutReports(path: String, cycle: String, missingYears: [Int])
    case unsafeIdentifier(FileLocation, column: String, value: String)
    /// A row of a weight-samples file (``WeightSamplesFile``) without one weight per criterion.
    case weightCount(FileLocation, expected: Int, found: Int)
    /// A weight in a weight-samples file that is not a finite number from 0 to `maximum`.
    case invalidWeight(FileLocation, text: String, maximum: Double)
    /// A row of a weight-samples file whose weights are all 0.
    case zeroWeightRow(FileLocation)
    // Files as departments deliver them
    /// No row among the first ``TableLayout/searchRows`` is a header: `firstRows` are the first
    /// rows seen (clipped), `expected` the names the header must hold.
    /// `closest` is the line of the row with the most known names, `missing` the required names it lacks.
    case noHeaderRow(path: String, firstRows: [[String]], lines: [Int], expected: [String], closest: Int?, missing: [String])
    /// A header's unit (`found`, in brackets or a units row) is not the column's unit (`expected`);
    /// an error for money (元 where 万元 is expected), a warning otherwise.
    case unitMismatch(FileLocation, column: String, found: String, expected: String)
    /// A row of `columns.csv` maps `name` to a code that is not an identifier.
    case unknownMappedCode(FileLocation, name: String, code: String)
    /// A report names its center otherwise than the registry (a warning: a former name?).
    case nameDiffers(FileLocation, centerID: String, found: String, registered: String, registry: FileLocation)
    /// A report row for (center, year) that another report file already holds with other values.
    case conflictingReport(FileLocation, centerID: String, year: Int, first: FileLocation)
    /// A report row for (center, year) that another report file already holds with the same values (a warning).
    case repeatedReport(FileLocation, centerID: String, year: Int, first: FileLocation)
    /// An unknown report column with text in `cells` cells (the first at the location): kept as
    /// text, not read as numbers (a warning; a scheme needing it finds it missing).
    case textInUnknownColumn(FileLocation, column: String, text: String, cells: Int)
    /// A catalogue column the scheme does not use, with text in `cells` cells: kept as text, not read
    /// as numbers (a warning; the evaluation does not need it).
    case textInUnusedColumn(FileLocation, column: String, text: String, cells: Int)
    /// A report's id that is a registered id without its leading zeros (`12` for `0012`): a
    /// spreadsheet program read the id as a number. The row is not used.
    case leadingZerosLost(FileLocation, centerID: String, registered: String)
    /// A report row with values but no center id (not a totals row: its first cell is no 合计).
    case valuesWithoutID(FileLocation)
    /// A report file not named by a year and without a year column.
    case missingYearColumn(FileLocation)
    /// The rows of a file were not checked one by one because the registry could not be read.
    case rowsNotChecked(path: String, rows: Int, registry: String)
    /// Two report files whose names differ only in extension (`2023.csv`, `2023.xlsx`).
    case nameDiffersOnlyInExtension(path: String, read: String)
    /// An .xlsx (or .xls, .et) file that cannot be read as a workbook.
    case workbook(path: String, WorkbookProblem)
    /// A formula cell whose result the workbook does not hold (warning: the cell is read as empty).
    case formulaWithoutResult(FileLocation)

    /// Where the problem is; file-level problems point at line 1, column 1.
    public var location: FileLocation {
        switch self {
        case .fileNotFound(let path), .unreadable(let path, _), .emptyFile(let path), .utf16(let path),
             .noDataRows(let path), .noCenters(let path), .reportWithoutRows(let path, _), .ignoredFile(let path), .noReports(let path), .nameDiffersOnlyInCase(let path, _),
             .cycleWithoutReports(let path, _, _), .noHeaderRow(let path, _, _, _, _, _), .rowsNotChecked(let path, _, _),
             .nameDiffersOnlyInExtension(let path, _), .workbook(let path, _):
            return FileLocation(path: path, line: 1, column: 1)
        case .unitMismatch(let l, _, _, _), .unknownMappedCode(let l, _, _), .nameDiffers(let l, _, _, _, _),
             .conflictingReport(let l, _, _, _), .repeatedReport(let l, _, _, _), .missingYearColumn(let l), .valuesWithoutID(let l),
             .textInUnknownColumn(let l, _, _, _), .textInUnusedColumn(let l, _, _, _),
             .leadingZerosLost(let l, _, _):
            return l
        case .nulByte(let l), .invalidEncoding(let l, _), .mixedEncoding(let l, _, _, _), .unknownEncoding(let l, _),
             .readAsGB18030(let l, _, _), .unterminatedQuote(let l),
             .strayQuote(let l), .textAfterClosingQuote(let l), .fieldCount(let l, _, _), .emptyHeaderName(let l),
             .duplicateHeader(let l, _, _), .missingColumn(let l, _), .unknownColumn(let l, _),
             .emptyRequiredField(let l, _), .invalidNumber(let l, _, _), .dateInsteadOfNumber(let l, _, _),
             .nonFiniteNumber(let l, _, _), .excelErrorValue(let l, _, _), .negativeValue(let l, _, _),
             .fractionalCount(let l, _, _), .outOfRange(let l, _, _, _, _), .invalidInteger(let l, _, _),
             .unknownCode(let l, _, _, _), .invalidCycle(let l, _), .duplicateCenter(let l, _, _),
             .unknownCenter(let l, _), .rejectedCenter(let l, _, _), .duplicateReport(let l, _, _, _), .yearMismatch(let l, _, _),
             .duplicateRow(let l, _, _, _), .approvedYearOutOfRange(let l, _, _), .invisibleCharacter(let l, _, _, _),
             .percentInAmount(let l, _, _, _), .unsafeIdentifier(let l, _, _),
             .weightCount(let l, _, _), .invalidWeight(let l, _, _), .zeroWeightRow(let l), .formulaWithoutResult(let l):
            return l
        case .unknownRowLabel(let l, _, _), .duplicateRowLabel(let l, _, _), .missingRowLabel(let l, _),
             .pairwiseLabelsDiffer(let l, _, _, _), .pairwiseLabelling(let l, _, _):
            return l
        }
    }

    /// Whether the problem, found in a workspace, is only a warning (the data can still be used).
    public var isWarning: Bool {
        switch self {
        case .strayQuote, .textAfterClosingQuote, .unknownColumn, .fractionalCount, .ignoredFile,
             .reportWithoutRows, .readAsGB18030, .nameDiffers, .repeatedReport, .rowsNotChecked, .textInUnknownColumn, .textInUnusedColumn, .formulaWithoutResult:
            return true
        case .unitMismatch(_, _, let found, let expected):
            return !(IngestError.moneyUnits.contains(found) && IngestError.moneyUnits.contains(expected))
        default:
            return false
        }
    }
}
