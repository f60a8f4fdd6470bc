import TICIngest
import TICReport
import TICPolicy
import TICScoring
import TICSupport

/// A plain decision matrix read for `ticeval weights` and `ticeval mcda`: the file's names and
/// values, the ``Matrix`` for TICScoring, and the way back from a cell `(row, column)` of the matrix
/// to its `path:line:column` in the file.
struct DecisionMatrixInput: Sendable {
    /// The file as read (alternatives, criteria, values, warnings).
    let file: DecisionMatrixFile
    /// Rows = alternatives, columns = criteria.
    let matrix: Matrix
    /// The path as the user gave it.
    let path: String
    /// The line each alternative's row starts on.
    private let lines: [Int]

    /// Reads `path`.
    /// - Throws: ``CommandFailure`` with the location of the first problem in the file.
    init(path: String, encoding: EncodingChoice) throws(CommandFailure) {
        do {
            let csv = try CSVFile(path: path, encoding: encoding)
            let file = try DecisionMatrixFile(file: csv)
            var ignored: [Diagnostic] = []
            let table = try CSVTable(file: csv, diagnostics: &ignored)
            self.file = file
            self.lines = table.lines
        } catch {
            throw CommandFailure(error)
        }
        self.path = path
        self.matrix = Matrix(rows: file.alternatives.count, columns: file.criteria.count,
                             storage: ContiguousArray(file.values))
    }

    /// Criterion names, in column order.
    var criteria: [String] { file.criteria }
    /// Alternative ids, in row order.
    var alternatives: [String] { file.alternatives }

    /// Where the cell of alternative `row` and criterion `column` (both zero-based) is in the file.
    func location(row: Int, column: Int) -> FileLocation {
        let line = row < lines.count ? lines[row] : 1
        return FileLocation(path: path, line: line, column: column + 2)
    }

    /// A scoring error turned into a failure at the cell it names (or at the file when it names none);
    /// `requirements` name the step that rejected a value and what to choose instead.
    func failure(_ error: ScoringError, requirements: ValueRequirements) -> CommandFailure {
        let text = ScoringErrorText(error, names: criteria, rejectionText: { name, value, column, language in
            requirements.message(name: name, value: value, column: column, language: language)
        })
        let location: FileLocation
        switch error {
        case .nonFiniteValue(let row, let column, _), .valueTooLarge(let row, let column, _),
             .negativeValue(let row, let column, _), .nonPositiveValue(let row, let column, _):
            location = self.location(row: row, column: column)
        default:
            location = FileLocation(path: path, line: 1, column: 1)
        }
        return CommandFailure(location, zh: text.message(.zh), en: text.message(.en))
    }
}
