/// Dimension sub-scores and the total score of every alternative, from one BLAS matrix product.
///
/// With a normalized matrix `X` (n × m) and a weight-column matrix `W` (m × (d + 1)) whose column `k < d`
/// holds the within-dimension weights of dimension `k`'s indicators (zero elsewhere) and whose last
/// column holds the global indicator weights, `S = X · W` (one `dgemm`) has the `d` sub-scores in its
/// first columns and the total in its last: no per-center loop over indicators.
///
/// ```swift
/// // 4 indicators in 2 dimensions, the second dimension counting 60 %.
/// let scores = try HierarchicalScores(
///     normalized: x, indicatorWeights: [1, 1, 2, 1], dimensionOfIndicator: [0, 0, 1, 1],
///     dimensionWeights: [0.4, 0.6])
/// scores.total          // n totals
/// scores.dimension(1)   // n sub-scores of dimension 1
/// ```
/// Source: OECD/JRC *Handbook on Constructing Composite Indicators* (2008), §6 (linear aggregation
/// over a hierarchy).
public struct HierarchicalScores: Sendable, Hashable {
    /// n × d: column k is the weighted mean of dimension k's indicators (within-dimension weights
    /// sum to 1), on the scale of the normalized values.
    public let dimensionScores: Matrix
    /// n totals: `Σ_k W_k · subScore_k` with the dimension weights normalized to sum 1.
    public let total: [Double]
    /// The m × (d + 1) weight-column matrix that produced the scores.
    public let weightColumns: Matrix

    /// Builds the weight-column matrix and computes all scores with one matrix product.
    ///
    /// - Parameters:
    ///   - normalized: n × m normalized values (finite).
    ///   - indicatorWeights: m non-negative weights; normalized within each dimension.
    ///   - dimensionOfIndicator: m dimension indices in `0..<dimensionWeights.count`.
    ///   - dimensionWeights: d non-negative dimension weights; normalized to sum 1.
    /// - A dimension whose indicator weights are all 0 gets sub-score 0 and contributes nothing.
    /// - Throws: ``ScoringError/nonFiniteValue(row:column:value:)``,
    ///   ``ScoringError/invalidWeight(index:value:)``, ``ScoringError/zeroWeightSum(count:)``.
    public init(
        normalized: Matrix, indicatorWeights: [Double], dimensionOfIndicator: [Int], dimensionWeights: [Double]
    ) throws(ScoringError) {
        let m = normalized.columns, d = dimensionWeights.count
        precondition(indicatorWeights.count == m,
                     "HierarchicalScores: \(indicatorWeights.count) indicator weights for \(m) columns")
        precondition(dimensionOfIndicator.count == m,
                     "HierarchicalScores: \(dimensionOfIndicator.count) dimension indices for \(m) columns")
        precondition(dimensionOfIndicator.allSatisfy { (0..<d).contains($0) },
                     "HierarchicalScores: dimension index outside 0..<\(d)")
        try Aggregation.validateWeights(indicatorWeights)
        let outer = try Weighting.normalized(dimensionWeights)
        var dimensionTotals = [Double](repeating: 0, count: d)
        for j in 0..<m { dimensionTotals[dimensionOfIndicator[j]] += indicatorWeights[j] }
        var columns = Matrix(rows: m, columns: d + 1)
        for j in 0..<m {
            let k = dimensionOfIndicator[j]
            guard dimensionTotals[k] > 0 else { continue }
            let local = indicatorWeights[j] / dimensionTotals[k]
            columns[j, k] = local
            columns[j, d] = outer[k] * local
        }
        try self.init(normalized: normalized, weightColumns: columns)
    }

    /// Computes `normalized · weightColumns` with one `dgemm`: the first `weightColumns.columns − 1`
    /// result columns are the dimension sub-scores, the last is the total. Use this form to supply
    /// any weight-column matrix (e.g. from a scheme file).
    /// - Precondition: `weightColumns.rows == normalized.columns` and `weightColumns.columns ≥ 1`.
    /// - Throws: ``ScoringError/nonFiniteValue(row:column:value:)`` for either input.
    public init(normalized: Matrix, weightColumns: Matrix) throws(ScoringError) {
        try self.init(normalized: normalized, present: nil, weightColumns: weightColumns)
    }

    /// Scores with values missing: each sub-score and total is renormalized over the indicators
    /// present, `S = ((X∘M)·W) ⊘ (M·W)` (∘ and ⊘ elementwise), with `M` the 0/1 mask of present values.
    ///
    /// ```swift
    /// // Two indicators in one dimension, weights 1 and 3; the second value of center 1 is missing.
    /// let x = Matrix(rows: [[0.2, 0.6], [0.8, .nan]])
    /// let m = Matrix(rows: [[1, 1], [1, 0]])
    /// let w = Matrix(rows: [[0.25, 0.25], [0.75, 0.75]])
    /// try HierarchicalScores(normalized: x, present: m, weightColumns: w).total  // [0.5, 0.8]
    /// ```
    /// - Parameters:
    ///   - normalized: n × m normalized values; a value whose mask entry is 0 is never read (it may be NaN).
    ///   - present: n × m mask, every entry 0 (missing) or 1 (present); nil means every value is present.
    ///   - weightColumns: m × (d + 1) weight columns as in ``init(normalized:weightColumns:)``.
    /// - Returns: where the present weight of a cell's column, `(M·W)[i, k]`, is at most 1e-12 (nothing
    ///   of that dimension present), the score is 0. With no entry of `M` equal to 0, only `X·W` is
    ///   computed (one `dgemm`); otherwise two.
    /// - Precondition: `present` has the shape of `normalized` and holds only 0 and 1; the shapes of
    ///   ``init(normalized:weightColumns:)``.
    /// - Throws: ``ScoringError/nonFiniteValue(row:column:value:)`` for a present value or a weight.
    /// Source: OECD/JRC *Handbook on Constructing Composite Indicators* (2008), §6 (re-weighting over available indicators).
    public init(normalized: Matrix, present: Matrix?, weightColumns: Matrix) throws(ScoringError) {
        precondition(weightColumns.rows == normalized.columns,
                     "HierarchicalScores: \(weightColumns.rows) weight rows for \(normalized.columns) columns")
        precondition(weightColumns.columns >= 1, "HierarchicalScores: need at least the total column")
        let n = normalized.rows, m = normalized.columns, d = weightColumns.columns - 1
        var values = normalized
        var anyMissing = false
        if let present {
            precondition(present.rows == n && present.columns == m,
                         "HierarchicalScores: a \(present.rows)×\(present.columns) mask for \(n)×\(m) values")
            for i in 0..<n {
                for j in 0..<m {
                    let flag = present[i, j]
                    precondition(flag == 0 || flag == 1, "HierarchicalScores: mask entry \(flag) is neither 0 nor 1")
                    if flag == 0 { values[i, j] = 0; anyMissing = true }
                }
            }
        }
        try values.validateFinite()
        try weightColumns.validateFinite()
        let sums = Self.weightedScores(normalized: values, weightColumns: weightColumns)
        let coverage = anyMissing ? present.map { $0.multiplied(by: weightColumns) } : nil
        var dimensions = Matrix(rows: n, columns: d)
        var total = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for k in 0...d {
                let c = coverage?[i, k] ?? 1
                let value = c > Self.emptyCoverage ? sums[i, k] / c : 0
                if k < d { dimensions[i, k] = value } else { total[i] = value }
            }
        }
        self.dimensionScores = dimensions
        self.total = total
        self.weightColumns = weightColumns
    }

    /// The present weight at or below which a score is 0 rather than a ratio of rounding residues.
    static let emptyCoverage = 1e-12

    /// Sub-scores of dimension `k`, one per alternative.
    public func dimension(_ k: Int) -> [Double] { dimensionScores.column(k) }

    /// `normalized · weightColumns` as one BLAS `dgemm` (n × m times m × c). No validation beyond shapes.
    public static func weightedScores(normalized: Matrix, weightColumns: Matrix) -> Matrix {
        normalized.multiplied(by: weightColumns)
    }
}
