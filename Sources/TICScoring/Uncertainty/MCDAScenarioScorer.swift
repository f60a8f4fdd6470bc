/// The scores `ticeval mcda` gives a plain decision matrix with TOPSIS, VIKOR or WPM, as a
/// ``ScenarioScorer``: each sample calls the same ``Aggregation`` function with the sample's
/// weights, so the nominal ranking is `mcda`'s for the same method, normalization and weights.
///
/// Higher is better: TOPSIS closeness, `−Q` for VIKOR, the WPM product.
public struct MCDAScenarioScorer: ScenarioScorer {
    /// The methods that are not linear in the weights.
    public enum Method: Sendable, Hashable {
        /// ``Aggregation/topsis(_:weights:directions:normalization:)``.
        case topsis(TOPSISNormalization)
        /// ``Aggregation/vikor(_:weights:directions:v:)``, scored as `−Q`.
        case vikor(v: Double)
        /// ``Aggregation/weightedProduct(_:weights:directions:)`` (sum normalization; values > 0).
        case weightedProduct
    }

    /// The raw decision matrix (rows: alternatives).
    public let matrix: Matrix
    /// One direction per column.
    public let directions: [Direction]
    /// The method.
    public let method: Method

    /// The matrix's rows.
    public var alternatives: Int { matrix.rows }
    /// The matrix's columns.
    public var criteria: Int { matrix.columns }

    /// A scorer for `matrix`; the matrix is checked once here with `nominalWeights`, so that a sample
    /// (whose weights are checked by the caller) cannot fail.
    /// - Throws: the ``ScoringError`` the method throws on this matrix (e.g. a value ≤ 0 for WPM,
    ///   `v` outside [0, 1]).
    public init(matrix: Matrix, directions: [Direction], method: Method, nominalWeights: [Double]) throws(ScoringError) {
        self.matrix = matrix
        self.directions = directions
        self.method = method
        _ = try scores(nominalWeights)
    }

    /// The method's scores for `weights` (higher is better); never fails for weights the caller checked.
    public func score(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        let values: [Double]
        do { values = try self.scores(Array(weights)) } catch {
            preconditionFailure("MCDAScenarioScorer: a checked matrix failed with usable weights: \(error)")
        }
        for i in 0..<values.count { scores[i] = values[i] }
    }

    /// The method's scores, higher is better.
    func scores(_ weights: [Double]) throws(ScoringError) -> [Double] {
        switch method {
        case .topsis(let normalization):
            return try Aggregation.topsis(matrix, weights: weights, directions: directions, normalization: normalization).closeness
        case .vikor(let v):
            return try Aggregation.vikor(matrix, weights: weights, directions: directions, v: v).q.map { -$0 }
        case .weightedProduct:
            return try Aggregation.weightedProduct(matrix, weights: weights, directions: directions).scores
        }
    }
}
