import ArgumentParser
import TICIngest
import TICScoring

/// The matrices read and weighed: one expert, or the geometric-mean aggregate of several.
struct AHPOutcome: Sendable {
    /// Labels of the compared items (from the first file).
    let labels: [String]
    /// Number of expert matrices.
    let experts: Int
    /// Weights and consistency.
    let result: AHPResult

    /// Judgements typed with two decimals (0.33 for 1/3) pass; TICScoring's default.
    static let reciprocalTolerance = 0.05

    /// Reads every file, checks it, and weighs.
    /// - Throws: ``CommandFailure`` at the first bad file or cell.
    init(paths: [String], encoding: EncodingChoice, method: AHPPriorityMethod, randomIndex: RandomIndexChoice) throws(CommandFailure) {
        var inputs: [PairwiseInput] = []
        for path in paths {
            var input = try PairwiseInput(path: path, encoding: encoding, reciprocalTolerance: Self.reciprocalTolerance)
            if let first = inputs.first {
                if input.matrix.rows != first.matrix.rows {
                    let error = ScoringError.expertSizeMismatch(expert: inputs.count, size: input.matrix.rows, expected: first.matrix.rows)
                    throw PairwiseInput.failure(error, file: input.file, path: path)
                }
                input = try input.aligned(to: first)
            }
            inputs.append(input)
        }
        let first = inputs[0]
        do {
            if inputs.count == 1 {
                result = try TICScoring.AHP.weigh(first.matrix, method: method, randomIndex: randomIndex.table,
                                                  reciprocalTolerance: Self.reciprocalTolerance)
            } else {
                result = try TICScoring.AHP.weighGroup(inputs.map(\.matrix), method: method,
                                                       randomIndex: randomIndex.table,
                                                       reciprocalTolerance: Self.reciprocalTolerance)
            }
        } catch {
            throw PairwiseInput.failure(error, file: first.file, path: first.path)
        }
        labels = first.labels
        experts = inputs.count
    }
}
