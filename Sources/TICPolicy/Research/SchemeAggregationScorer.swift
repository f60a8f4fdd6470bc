import TICScoring

/// A scheme's own aggregation (TOPSIS, VIKOR, geometric, WPM) of an evaluation, as a
/// ``ScenarioScorer`` over the dimension weights: each sample's indicator weights are the
/// evaluation's within-dimension weights times the sample's dimension weights, and the totals are
/// computed by the function `evaluate` uses (``CohortScoring/aggregateTotals(_:effective:spec:)``),
/// so the nominal ranking and the 0–100 scores the grades read are `evaluate`'s.
struct SchemeAggregationScorer: ScenarioScorer {
    /// The evaluated centers' normalized indicator values, a missing one filled with its indicator's mean.
    let complete: Matrix
    /// Each indicator's weight within its dimension.
    let withinDimension: [Double]
    /// Each indicator's dimension.
    let dimensionOfIndicator: [Int]
    /// The aggregation.
    let spec: AggregationSpec
    /// The number of dimensions.
    let criteria: Int
    /// For each alternative of the analysis (its `ids`), its row of `complete`; `nil` for a center
    /// this variant did not evaluate, which scores 0 (as in the weighted-sum scenarios).
    let rowOfAlternative: [Int?]

    /// The number of alternatives of the analysis.
    var alternatives: Int { rowOfAlternative.count }

    /// The scorer of `evaluation` under `spec`, its scores in the order of `ids` (the reference
    /// evaluation's centers); checked once with the evaluation's dimension weights.
    init(evaluation: Evaluation, spec: AggregationSpec, ids: [String]) throws(ScoringError) {
        let rowOf = Dictionary(uniqueKeysWithValues: evaluation.evaluated.enumerated().map { ($1.center.id, $0) })
        rowOfAlternative = ids.map { rowOf[$0] }
        let indicators = evaluation.scheme.indicators
        complete = CohortScoring.completed(evaluation.evaluated.map(\.normalizedValues), columns: indicators.count)
        withinDimension = evaluation.indicatorWeights.map(\.withinDimension)
        var owner: [Int] = []
        for (d, dimension) in evaluation.scheme.dimensions.enumerated() { owner += Array(repeating: d, count: dimension.indicators.count) }
        dimensionOfIndicator = owner
        criteria = evaluation.scheme.dimensions.count
        self.spec = spec
        _ = try totals(evaluation.dimensionWeights)
    }

    func score(weights: UnsafeBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>) {
        let values: [Double]
        do { values = try totals(Array(weights)) } catch {
            preconditionFailure("SchemeAggregationScorer: a checked evaluation failed with usable weights: \(error)")
        }
        for (i, row) in rowOfAlternative.enumerated() { scores[i] = row.map { values[$0] } ?? 0 }
    }

    /// The totals under dimension weights `weights` (effective weight = within × dimension, as
    /// `CohortScoring.Weights.effective`).
    func totals(_ weights: [Double]) throws(ScoringError) -> [Double] {
        let effective = zip(withinDimension, dimensionOfIndicator).map { $0 * weights[$1] }
        return try CohortScoring.aggregateTotals(complete, effective: effective, spec: spec)
    }
}
