import TICIngest
import TICReport
import TICPolicy
import TICScoring
import TICSupport

/// One expert's pairwise comparison matrix for `ticeval ahp`: read, checked to be square, positive
/// and reciprocal, with every problem reported at its cell's `path:line:column`.
struct PairwiseInput: Sendable {
    /// The file as read (labels, numbers, cell locations).
    let file: PairwiseMatrixFile
    /// The n × n matrix.
    let matrix: Matrix
    /// The path as the user gave it.
    let path: String

    /// Reads and checks `path`.
    /// - Throws: ``CommandFailure`` at the first bad cell (or row, for a matrix that is not square).
    init(path: String, encoding: EncodingChoice, reciprocalTolerance: Double) throws(CommandFailure) {
        let file: PairwiseMatrixFile
        do { file = try PairwiseMatrixFile(path: path, encoding: encoding) } catch { throw CommandFailure(error) }
        self.file = file
        self.path = path
        let n = file.rows.count
        for (i, row) in file.rows.enumerated() where row.count != n {
            let line = file.locations[i].first?.line ?? 1
            // Too long: the first cell past n; too short: just after the last cell.
            let column = row.count > n ? file.locations[i][n].column : (file.locations[i].last?.column ?? 0) + 1
            throw CommandFailure(FileLocation(path: path, line: line, column: column),
                                 zh: "该行有 \(row.count) 个判断值，而矩阵有 \(n) 行；判断矩阵应为方阵（每行 \(n) 个值）",
                                 en: "this row has \(row.count) judgements but the matrix has \(n) rows; expected a square matrix with \(n) values per row")
        }
        let matrix = Matrix(rows: file.rows)
        do {
            try TICScoring.AHP.validate(matrix, tolerance: reciprocalTolerance)
        } catch {
            throw Self.failure(error, file: file, path: path)
        }
        self.matrix = matrix
    }

    private init(file: PairwiseMatrixFile, path: String) {
        self.file = file
        self.path = path
        self.matrix = Matrix(rows: file.rows)
    }

    /// Labels of the compared items.
    var labels: [String] { file.labels }

    /// This expert's matrix in the order of `reference`'s labels (bare matrices by position).
    /// - Throws: ``CommandFailure`` naming both files when they do not compare the same items.
    func aligned(to reference: PairwiseInput) throws(CommandFailure) -> PairwiseInput {
        do {
            return PairwiseInput(file: try file.aligned(to: reference.file), path: path)
        } catch {
            throw CommandFailure(error)
        }
    }

    /// A scoring error at the cell it names.
    static func failure(_ error: ScoringError, file: PairwiseMatrixFile, path: String) -> CommandFailure {
        let text = ScoringErrorText(error, names: file.labels)
        var location = FileLocation(path: path, line: 1, column: 1)
        func cell(_ row: Int, _ column: Int) -> FileLocation? {
            row < file.locations.count && column < file.locations[row].count ? file.locations[row][column] : nil
        }
        switch error {
        case .nonPositiveJudgement(let row, let column, _), .nonFiniteValue(let row, let column, _),
             .judgementOutOfRange(let row, let column, _), .valueTooLarge(let row, let column, _):
            location = cell(row, column) ?? location
        case .notReciprocal(let row, let column, _, _):
            // The lower-triangle cell: the one typed as the reciprocal.
            location = cell(column, row) ?? location
        case .diagonalNotOne(let index, _):
            location = cell(index, index) ?? location
        default:
            break
        }
        return CommandFailure(location, zh: text.message(.zh), en: text.message(.en))
    }
}
