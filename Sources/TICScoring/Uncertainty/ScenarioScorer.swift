/// Scores one Monte Carlo sample of a scenario whose score is not linear in the weights (TOPSIS,
/// VIKOR, WPM, an indicator-level scheme aggregation), so that it cannot be one row of a BLAS product.
///
/// `score` is called concurrently from several threads, with weights the caller has already
/// checked (finite, ≥ 0, at least one positive); an implementation must be a pure function of
/// them. Higher scores are better (VIKOR's `Q` is negated or turned into `1 − Q`).
public protocol ScenarioScorer: Sendable {
    /// Number of alternatives scored (rows of the score vector).
    var alternatives: Int { get }
    /// Number of weights a sample gives (factors).
    var criteria: Int { get }
    /// Writes one score per alternative into `scores` for the given `weights`.
    func score(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>)
}

/// One scenario of a Monte Carlo run: a matrix whose product with the weights gives the scores
/// (one BLAS `dgemm` per block), or a ``ScenarioScorer`` called once per sample.
public enum MonteCarloScenario: Sendable {
    /// Scores = `matrix · w` (n × m matrix).
    case linear(Matrix)
    /// Scores computed by the scorer from each sample's weights.
    case scored(any ScenarioScorer)

    /// Number of alternatives (rows).
    public var alternatives: Int {
        switch self {
        case .linear(let matrix): matrix.rows
        case .scored(let scorer): scorer.alternatives
        }
    }

    /// Number of weights (columns).
    public var criteria: Int {
        switch self {
        case .linear(let matrix): matrix.columns
        case .scored(let scorer): scorer.criteria
        }
    }

    /// The scores of one weight vector.
    public func scores(weights: [Double]) -> [Double] {
        switch self {
        case .linear(let matrix):
            return matrix.multiplied(by: weights)
        case .scored(let scorer):
            var scores = [Double](repeating: 0, count: scorer.alternatives)
            weights.withUnsafeBufferPointer { w in
                scores.withUnsafeMutableBufferPointer { s in scorer.score(weights: w, into: s) }
            }
            return scores
        }
    }
}
