import TICIngest
import TICReport
import TICPolicy
import TICScoring
import TICSupport

/// A plain decision matrix read for the researcher commands (CSV or .xlsx): the file's names and
/// values, the ``Matrix`` for TICScoring, and the way back from a cell `(row, column)` of the matrix
/// to its `path:line:column` (or `path:sheet!F7`) in the file.
struct DecisionMatrixInput: Sendable {
    /// The file as read (alternatives, criteria, values, warnings).
    let file: DecisionMatrixFile
    /// Rows = alternatives, columns = criteria.
    let matrix: Matrix
    /// The path as the user gave it.
    let path: String

    /// Reads `path`.
    /// - Throws: ``CommandFailure`` with the location of the first problem in the file.
    init(path: String, encoding: EncodingChoice) throws(CommandFailure) {
        do {
            self.file = try DecisionMatrixFile(path: path, encoding: encoding)
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
    func location(row: Int, column: Int) -> FileLocation { file.location(row: row, column: column) }

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
            location = FileLocation(path: path, line: 1, column: 1, sheet: file.sheet)
        }
        return CommandFailure(location, zh: text.message(.zh), en: text.message(.en))
    }
}
