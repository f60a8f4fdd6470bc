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
        precondition(weightColumns.rows == normalized.columns,
                     "HierarchicalScores: \(weightColumns.rows) weight rows for \(normalized.columns) columns")
        precondition(weightColumns.columns >= 1, "HierarchicalScores: need at least the total column")
        try normalized.validateFinite()
        try weightColumns.validateFinite()
        let product = Self.weightedScores(normalized: normalized, weightColumns: weightColumns)
        let n = normalized.rows, d = weightColumns.columns - 1
        var dimensions = Matrix(rows: n, columns: d)
        var total = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for k in 0..<d { dimensions[i, k] = product[i, k] }
            total[i] = product[i, d]
        }
        self.dimensionScores = dimensions
        self.total = total
        self.weightColumns = weightColumns
    }

    /// Sub-scores of dimension `k`, one per alternative.
    public func dimension(_ k: Int) -> [Double] { dimensionScores.column(k) }

    /// `normalized · weightColumns` as one BLAS `dgemm` (n × m times m × c). No validation beyond shapes.
    public static func weightedScores(normalized: Matrix, weightColumns: Matrix) -> Matrix {
        normalized.multiplied(by: weightColumns)
    }
}
