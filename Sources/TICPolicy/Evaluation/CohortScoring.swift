import TICIngest
import TICScoring

/// Scores a set of centers from their cycle values: outlier treatment and normalization per
/// indicator, weights per level, then all dimension sub-scores and the total in one BLAS product.
///
/// Excluded values (nil) take no part in an indicator's statistics; the sub-scores renormalize the
/// weights over the indicators present: ``HierarchicalScores/init(normalized:present:weightColumns:)``
/// with the 0/1 mask M and the m × (d+1) weight columns W (one per dimension, holding the weights
/// within that dimension, plus the effective weights for the total): scores = ((X∘M)·W) ⊘ (M·W).
struct CohortScoring {
    struct Weights {
        var dimension: [Double]
        var withinDimension: [Double]
        var origins: [Evaluation.WeightOrigin]
        var effective: [Double] {
            zip(withinDimension, dimensionOfIndicator).map { $0 * dimension[$1] }
        }
        var dimensionOfIndicator: [Int]
    }

    struct Result {
        var normalized: [[Double?]]
        var dimensionScores: [[Double]]
        var totals: [Double]
        var weights: Weights
    }

    let scheme: Scheme
    let indicators: [SchemeIndicator]
    let dimensionOfIndicator: [Int]

    init(scheme: Scheme) {
        self.scheme = scheme
        self.indicators = scheme.indicators
        var owner: [Int] = []
        for (d, dimension) in scheme.dimensions.enumerated() { owner += Array(repeating: d, count: dimension.indicators.count) }
        self.dimensionOfIndicator = owner
    }

    /// Whether every indicator's normalization is bounded to 0–1 (then scores are on 0–100).
    var isBounded: Bool {
        indicators.allSatisfy { ![.zscore, .rank].contains(scheme.defaults.normalization(for: $0)) }
    }

    /// Scores `values[center][indicator]`. `fixedWeights` reuses weights computed on another set.
    func score(values: [[Double?]], fixedWeights: Weights? = nil, notes: inout [EvaluationNote]) throws(EvaluationError) -> Result {
        let n = values.count, m = indicators.count, d = scheme.dimensions.count
        // Normalize per indicator over the values present.
        var normalized = [[Double?]](repeating: [Double?](repeating: nil, count: m), count: n)
        for (j, indicator) in indicators.enumerated() {
            let path = CycleValues.path(of: indicator, in: scheme)
            let rows = (0..<n).filter { values[$0][j] != nil }
            guard !rows.isEmpty else {
                notes.append(EvaluationNote(.indicatorAllMissing(path: path, indicator: indicator.code)))
                continue
            }
            var column = Matrix(rows: rows.count, columns: 1)
            for (k, i) in rows.enumerated() { column[k, 0] = values[i][j]! }
            let outlierMethod = OutlierMethod(rawValue: scheme.defaults.outliers(for: indicator).rawValue) ?? .none
            do {
                if outlierMethod != .none {
                    let treated = try OutlierTreatment.treat(column, method: outlierMethod)
                    column = treated.matrix
                    if !treated.points.isEmpty || !treated.logTransformedColumns.isEmpty {
                        notes.append(EvaluationNote(.outliersTreated(path: path, indicator: indicator.code, method: outlierMethod.rawValue,
                                                                     points: treated.points.count, logTransformed: !treated.logTransformedColumns.isEmpty)))
                    }
                }
                let method = scheme.defaults.normalization(for: indicator)
                let posts = [Goalposts(floor: indicator.floor ?? 0, ceiling: indicator.ceiling ?? 1)]
                let bounded = ![.zscore, .rank].contains(method)
                let result = try Normalization.normalize(column, method: method, directions: [indicator.direction],
                                                         goalposts: method == .goalposts ? posts : [],
                                                         constantScore: 0.5, scale: bounded ? 100 : 1)
                for warning in result.warnings {
                    if case .constantColumn = warning {
                        notes.append(EvaluationNote(.constantIndicator(path: path, indicator: indicator.code)))
                    }
                }
                for (k, i) in rows.enumerated() { normalized[i][j] = result.matrix[k, 0] }
            } catch {
                throw .scoring(path: path, error, names: [indicator.code])
            }
        }

        // Weights.
        let weights: Weights
        if let fixedWeights {
            weights = fixedWeights
        } else {
            weights = try resolveWeights(normalized: normalized, notes: &notes)
        }

        // One product for all sub-scores and the total, renormalized over the values present.
        var filled = Matrix(rows: n, columns: m)
        var mask = filled
        for i in 0..<n {
            for j in 0..<m {
                if let v = normalized[i][j] { filled[i, j] = v; mask[i, j] = 1 }
            }
        }
        var weightColumns = Matrix(rows: m, columns: d + 1)
        let effective = weights.effective
        for j in 0..<m {
            weightColumns[j, dimensionOfIndicator[j]] = weights.withinDimension[j]
            weightColumns[j, d] = effective[j]
        }
        let scores: HierarchicalScores
        do {
            scores = try HierarchicalScores(normalized: filled, present: mask, weightColumns: weightColumns)
        } catch {
            throw .scoring(path: "dimensions", error, names: indicators.map(\.code))
        }
        var dimensionScores = [[Double]](repeating: [Double](repeating: 0, count: d), count: n)
        for i in 0..<n { for k in 0..<d { dimensionScores[i][k] = scores.dimensionScores[i, k] } }
        var totals = scores.total

        // Other aggregations replace the total (sub-scores stay weighted means).
        let aggregation = scheme.aggregation
        if aggregation.method != .weightedSum {
            let complete = Self.completed(normalized, columns: m)
            do {
                totals = try Self.aggregateTotals(complete, effective: effective, spec: aggregation)
            } catch {
                throw .scoring(path: "aggregation", error, names: (0..<m).filter { effective[$0] > 0 }.map { indicators[$0].code })
            }
        }
        return Result(normalized: normalized, dimensionScores: dimensionScores, totals: totals, weights: weights)
    }

    /// The normalized values with each missing one replaced by its indicator's mean over the values
    /// present (0 when none is), as the aggregations other than the weighted sum need.
    static func completed(_ normalized: [[Double?]], columns m: Int) -> Matrix {
        let n = normalized.count
        var complete = Matrix(rows: n, columns: m)
        for i in 0..<n { for j in 0..<m { if let v = normalized[i][j] { complete[i, j] = v } } }
        for j in 0..<m {
            var sum = 0.0, count = 0.0
            for i in 0..<n where normalized[i][j] != nil { sum += complete[i, j]; count += 1 }
            let mean = count > 0 ? sum / count : 0
            for i in 0..<n where normalized[i][j] == nil { complete[i, j] = mean }
        }
        return complete
    }

    /// The total of every center under an aggregation other than the weighted sum, on the indicator
    /// matrix `complete` (missing values filled with the indicator's mean) with the `effective`
    /// indicator weights; indicators with a weight ≤ 0 are left out. TOPSIS closeness and VIKOR's
    /// `1 − Q` are read on 0–100; geometric and WPM are the weighted geometric mean; the weighted sum
    /// is `complete · w` (``score(values:fixedWeights:notes:)`` keeps its own, renormalized over the
    /// values present, and does not call this for it).
    /// `ticeval uncertainty` calls this for every sample, so its nominal ranking is `evaluate`'s.
    static func aggregateTotals(_ complete: Matrix, effective: [Double], spec: AggregationSpec) throws(ScoringError) -> [Double] {
        let n = complete.rows, m = complete.columns
        let positive = effective.map { max($0, 0) }
        let keep = (0..<m).filter { positive[$0] > 0 }
        var reduced = Matrix(rows: n, columns: keep.count)
        for i in 0..<n { for (k, j) in keep.enumerated() { reduced[i, k] = complete[i, j] } }
        let w = keep.map { positive[$0] }
        let benefit = [Direction](repeating: .benefit, count: keep.count)
        switch spec.method {
        case .geometric, .wpm:
            return try Aggregation.geometric(reduced, weights: w).scores
        case .topsis:
            return try Aggregation.topsis(reduced, weights: w, directions: benefit).closeness.map { $0 * 100 }
        case .vikor:
            return try Aggregation.vikor(reduced, weights: w, directions: benefit, v: spec.v ?? Aggregation.defaultVIKORWeight).q.map { 100 * (1 - $0) }
        case .weightedSum:
            return reduced.multiplied(by: w)
        }
    }

    private func resolveWeights(normalized: [[Double?]], notes: inout [EvaluationNote]) throws(EvaluationError) -> Weights {
        let n = normalized.count
        var within = [Double](repeating: 0, count: indicators.count)
        var origins: [Evaluation.WeightOrigin] = []
        var start = 0
        for (d, dimension) in scheme.dimensions.enumerated() {
            let columns = Array(start..<(start + dimension.indicators.count))
            let data = Self.completeRows(normalized, columns: columns)
            let resolver = WeightResolver(path: "dimensions[\(d)].indicator_weights", explicit: dimension.indicators.map(\.weight),
                                          codes: dimension.indicators.map(\.code), data: data)
            let (weights, origin) = try resolver.resolve(dimension.indicatorWeights, notes: &notes)
            for (k, j) in columns.enumerated() { within[j] = weights[k] }
            origins.append(origin)
            start += dimension.indicators.count
        }
        // Dimension sub-scores (needed only by objective dimension weights).
        var dimensionData: Matrix?
        if needsData(scheme.dimensionWeights) {
            let d = scheme.dimensions.count
            var scores = Matrix(rows: n, columns: d)
            for i in 0..<n {
                var sums = [Double](repeating: 0, count: d), cover = [Double](repeating: 0, count: d)
                for (j, owner) in dimensionOfIndicator.enumerated() {
                    if let v = normalized[i][j] { sums[owner] += within[j] * v; cover[owner] += within[j] }
                }
                for k in 0..<d { scores[i, k] = cover[k] > 0 ? sums[k] / cover[k] : 0 }
            }
            dimensionData = scores
        }
        let resolver = WeightResolver(path: "dimension_weights", explicit: scheme.dimensions.map(\.weight),
                                      codes: scheme.dimensions.map(\.code), data: dimensionData)
        let (dimensionWeights, origin) = try resolver.resolve(scheme.dimensionWeights, notes: &notes)
        return Weights(dimension: dimensionWeights, withinDimension: within, origins: [origin] + origins,
                       dimensionOfIndicator: dimensionOfIndicator)
    }

    private func needsData(_ spec: WeightSpec) -> Bool {
        switch spec {
        case .objective, .combined: true
        default: false
        }
    }

    /// The rows with every listed column present, as a matrix.
    static func completeRows(_ values: [[Double?]], columns: [Int]) -> Matrix? {
        let rows = values.filter { row in columns.allSatisfy { row[$0] != nil } }
        guard !rows.isEmpty else { return nil }
        return Matrix(rows: rows.map { row in columns.map { row[$0]! } })
    }
}
