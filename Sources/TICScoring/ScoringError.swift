/// Everything TICScoring rejects in user data. Every case carries the location of the problem:
/// the zero-based row (alternative) and/or column (criterion) of the offending cell, or the
/// expert index for group AHP. Programmer errors (mismatched array lengths) are `precondition`s.
public enum ScoringError: Error, Sendable, Hashable {
    /// A NaN or infinite input value. The core expects complete matrices: impute upstream.
    case nonFiniteValue(row: Int, column: Int, value: Double)
    /// A finite input value beyond ``ScoringLimits/maximumMagnitude`` (1e100) in magnitude.
    case valueTooLarge(row: Int, column: Int, value: Double)
    /// The method needs non-negative data (entropy weighting; `max` and `sum` normalization);
    /// `value` at (`row`, `column`) is negative.
    case negativeValue(row: Int, column: Int, value: Double)
    /// The method needs strictly positive data (e.g. sum normalization of a cost criterion,
    /// the weighted product); `value` at (`row`, `column`) is not.
    case nonPositiveValue(row: Int, column: Int, value: Double)
    /// A goalpost pair whose floor is not below its ceiling, for `column`.
    case invalidGoalposts(column: Int, floor: Double, ceiling: Double)
    /// A weight that is negative, not finite, or above ``ScoringLimits/maximumWeight``, at `index`.
    case invalidWeight(index: Int, value: Double)
    /// `count` weights that are all zero (nothing to normalize).
    case zeroWeightSum(count: Int)
    /// A pairwise comparison matrix that is not square: `rows` × `columns`.
    case notSquare(rows: Int, columns: Int)
    /// A pairwise comparison cell that is not strictly positive and finite.
    case nonPositiveJudgement(row: Int, column: Int, value: Double)
    /// A pairwise comparison cell outside `1/ScoringLimits.maximumJudgement … ScoringLimits.maximumJudgement`.
    case judgementOutOfRange(row: Int, column: Int, value: Double)
    /// A pairwise comparison matrix with `a[row][column] · a[column][row] ≠ 1` beyond the tolerance.
    case notReciprocal(row: Int, column: Int, value: Double, transposed: Double)
    /// A diagonal cell of a pairwise comparison matrix that is not 1.
    case diagonalNotOne(index: Int, value: Double)
    /// Group AHP: the matrix of `expert` does not have the size of the first expert's.
    case expertSizeMismatch(expert: Int, size: Int, expected: Int)
    /// Group AHP with no expert matrix.
    case noExperts
    /// The random index table has no value for a matrix of size `size`.
    case randomIndexUnavailable(size: Int)
    /// A parameter outside its domain, e.g. VIKOR's `v` outside [0, 1]; `name` says which.
    case invalidParameter(name: String, value: Double)
    /// The memory a computation sized by the data needs could not be had: `bytes` (nil when the
    /// size overflows) for `alternatives` alternatives (e.g. the n × n rank histogram of
    /// ``MonteCarlo``).
    case insufficientMemory(alternatives: Int, bytes: Int?)
    /// The criteria × criteria matrix of CRITIC's correlations needs `bytes` (nil when the size
    /// overflows) for `criteria` columns, more than the system gives.
    case criteriaMatrixTooLarge(criteria: Int, bytes: Int?)
}
