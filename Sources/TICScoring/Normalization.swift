/// Floor and ceiling of a goalposts normalization for one indicator, in the indicator's unit.
///
/// For a benefit indicator a value at or below `floor` scores 0 and one at or above `ceiling`
/// scores full marks (e.g. "a service-income share ≥ 30 % scores full marks": `ceiling: 0.3`).
/// For a cost indicator the roles swap: at or below `floor` scores full marks, at or above
/// `ceiling` scores 0. For a `.target(t)` indicator, `t` scores full marks, falling linearly to 0
/// at `floor` and at `ceiling` (`floor ≤ t ≤ ceiling`).
public struct Goalposts: Sendable, Hashable, Codable {
    /// The lower goalpost.
    public var floor: Double
    /// The upper goalpost; must be greater than `floor`.
    public var ceiling: Double

    /// Goalposts from `floor` to `ceiling`.
    public init(floor: Double, ceiling: Double) {
        self.floor = floor
        self.ceiling = ceiling
    }
}

/// A normalized matrix plus the documented outcomes met on the way.
public struct NormalizationResult: Sendable, Hashable {
    /// The normalized matrix, same shape as the input; never contains NaN or infinity.
    public var matrix: Matrix
    /// Constant and all-zero columns, in column order.
    public var warnings: [ScoringWarning]
}

/// Column-wise normalization of a decision matrix (rows: alternatives, columns: criteria).
///
/// Every method turns a column into a larger-is-better score, honouring its ``Direction``.
/// `benefit` and `cost` follow pymcdm 1.4.0 (`pymcdm.normalizations`) exactly, including its cost
/// variants of `vector` (`1 − x/‖x‖`), `max` (`1 − x/max`) and `sum` (`(1/x)/Σ(1/x)`).
/// scikit-criteria 0.10 differs: its `VectorScaler`, `MaxScaler` and `SumScaler` ignore the objective
/// (`x/‖x‖`, `x/max`, `x/Σx` for every column) and leave cost to the aggregation (TOPSIS takes the
/// column minimum as ideal) or to `InvertMinimize` (`1/x`); its cenit-distance min-max
/// (`matrix_scale_by_cenit_distance`) equals ours, but gives NaN on a constant column.
/// Because `1 − r` is an affine reflection, TOPSIS distances are the same under both conventions.
/// A `.target(t)` criterion is scored on its distance `|x − t|` as a cost.
///
/// Semantics shared by all methods:
/// - NaN or infinite input throws ``ScoringError/nonFiniteValue(row:column:value:)``: the core
///   expects complete matrices (impute upstream, where a missing report can be reported).
/// - Empty input (no row or no column) returns an empty matrix of the same shape.
/// - A constant column never produces NaN: each method documents its value and a
///   ``ScoringWarning/constantColumn(column:)`` is returned.
/// - Ties get equal scores (rank and percentile use average ranks).
public enum Normalization {

    /// Normalizes every column of `matrix` with `method`.
    ///
    /// | method | benefit | cost | constant column |
    /// |---|---|---|---|
    /// | `minmax` | (x − min)/(max − min) | (max − x)/(max − min) | `constantScore` (1, as pymcdm) |
    /// | `zscore` | (x − mean)/s, s with ddof = 1 | −(x − mean)/s | 0 |
    /// | `goalposts` | clamp((x − floor)/(ceiling − floor), 0, 1) | clamp((ceiling − x)/(ceiling − floor), 0, 1) | formula |
    /// | `rank` | average rank, 1 = worst … n = best | same on −x | (n + 1)/2 |
    /// | `percentile` | (rank − 1)/(n − 1) | same on −x | 0.5 |
    /// | `vector` | x/‖x‖₂ | 1 − x/‖x‖₂ (pymcdm) | formula; all-zero: 0 (benefit), 1 (cost) |
    /// | `max` | x/max | 1 − x/max (pymcdm) | formula; all-zero: 0 (benefit), 1 (cost) |
    /// | `sum` | x/Σx | (1/x)/Σ(1/x) (pymcdm) | formula; all-zero benefit: 0 |
    ///
    /// Sources: pymcdm 1.4.0 `normalizations.py` (Kizielewicz, Shekhovtsov & Sałabun, SoftwareX 2023);
    /// OECD/JRC *Handbook on Constructing Composite Indicators* (2008), §5 for z-score, rank,
    /// percentile and goalposts (distance to a reference).
    ///
    /// - Parameters:
    ///   - matrix: raw values, rows = alternatives, columns = criteria; must be finite.
    ///   - method: the normalization.
    ///   - directions: one ``Direction`` per column.
    ///   - goalposts: one pair per column; required (and only read) for `.goalposts`.
    ///   - constantScore: the min-max value of a constant column (pymcdm: 1). Use 0.5 for a
    ///     mid-scale value. Ranks are unaffected either way.
    ///   - scale: multiplies every output, e.g. 100 for a 0–100 scale.
    /// - Returns: the normalized matrix and its warnings.
    /// - Throws: ``ScoringError/nonFiniteValue(row:column:value:)``;
    ///   ``ScoringError/invalidGoalposts(column:floor:ceiling:)`` for `floor ≥ ceiling` (or a target
    ///   outside them); ``ScoringError/negativeValue(row:column:value:)`` for `max`/`sum` on negative
    ///   data; ``ScoringError/nonPositiveValue(row:column:value:)`` for `sum` on a cost column with a
    ///   value ≤ 0.
    /// - Complexity: O(n·m) for all methods but `rank`/`percentile`, O(m·n log n).
    public static func normalize(
        _ matrix: Matrix,
        method: NormalizationMethod,
        directions: [Direction],
        goalposts: [Goalposts] = [],
        constantScore: Double = 1,
        scale: Double = 1
    ) throws(ScoringError) -> NormalizationResult {
        precondition(directions.count == matrix.columns,
                     "Normalization: \(directions.count) directions for \(matrix.columns) columns")
        try matrix.validateFinite()
        var warnings: [ScoringWarning] = []
        var result: Matrix
        switch method {
        case .minmax:
            result = minMax(matrix, directions: directions, constantScore: constantScore, warnings: &warnings)
        case .zscore:
            result = zScore(matrix, directions: directions, warnings: &warnings)
        case .goalposts:
            precondition(goalposts.count == matrix.columns,
                         "Normalization: \(goalposts.count) goalposts for \(matrix.columns) columns")
            result = try goalpostScores(matrix, directions: directions, goalposts: goalposts,
                                        warnings: &warnings)
        case .rank, .percentile:
            result = rankScores(matrix, directions: directions, percentile: method == .percentile,
                                warnings: &warnings)
        case .vector, .max, .sum:
            result = try ratioScores(matrix, method: method, directions: directions, warnings: &warnings)
        }
        if scale != 1 { result = result.scaled(by: scale) }
        return NormalizationResult(matrix: result, warnings: warnings)
    }

    // MARK: - Methods

    static func minMax(
        _ matrix: Matrix, directions: [Direction], constantScore: Double, warnings: inout [ScoringWarning]
    ) -> Matrix {
        var result = matrix.oriented(by: directions)
        let stats = ColumnStatistics(result, deviations: false)
        let n = result.rows, m = result.columns
        var offset = ContiguousArray<Double>(repeating: 0, count: m)
        var factor = ContiguousArray<Double>(repeating: 0, count: m)
        var constant = ContiguousArray<Bool>(repeating: false, count: m)
        for j in 0..<m {
            if stats.isConstant(j) {
                constant[j] = true
                if n > 1 { warnings.append(.constantColumn(column: j)) }
            } else {
                offset[j] = stats.minimum[j]
                factor[j] = 1 / (stats.maximum[j] - stats.minimum[j])
            }
        }
        result.withUnsafeMutableBufferPointer { p in
            for i in 0..<n {
                let base = i * m
                for j in 0..<m {
                    p[base + j] = constant[j] ? constantScore : (p[base + j] - offset[j]) * factor[j]
                }
            }
        }
        return result
    }

    static func zScore(_ matrix: Matrix, directions: [Direction], warnings: inout [ScoringWarning]) -> Matrix {
        var result = matrix.oriented(by: directions)
        let stats = ColumnStatistics(result)
        let n = result.rows, m = result.columns
        var factor = ContiguousArray<Double>(repeating: 0, count: m)
        for j in 0..<m {
            let s = stats.standardDeviation(j, ddof: 1)
            if s > 0 {
                factor[j] = 1 / s
            } else if n > 1 {
                warnings.append(.constantColumn(column: j))
            }
        }
        let mean = stats.mean
        result.withUnsafeMutableBufferPointer { p in
            for i in 0..<n {
                let base = i * m
                for j in 0..<m { p[base + j] = (p[base + j] - mean[j]) * factor[j] }
            }
        }
        return result
    }

    static func goalpostScores(
        _ matrix: Matrix, directions: [Direction], goalposts: [Goalposts], warnings: inout [ScoringWarning]
    ) throws(ScoringError) -> Matrix {
        for (j, posts) in goalposts.enumerated() {
            guard posts.floor.isFinite, posts.ceiling.isFinite, posts.floor < posts.ceiling else {
                throw .invalidGoalposts(column: j, floor: posts.floor, ceiling: posts.ceiling)
            }
            if case .target(let t) = directions[j], !(posts.floor <= t && t <= posts.ceiling) {
                throw .invalidGoalposts(column: j, floor: posts.floor, ceiling: posts.ceiling)
            }
        }
        var result = matrix
        let n = matrix.rows, m = matrix.columns
        let stats = ColumnStatistics(matrix, deviations: false)
        for j in 0..<m where n > 1 && stats.isConstant(j) { warnings.append(.constantColumn(column: j)) }
        let dirs = ContiguousArray(directions), posts = ContiguousArray(goalposts)
        result.withUnsafeMutableBufferPointer { p in
            for i in 0..<n {
                let base = i * m
                for j in 0..<m {
                    let x = p[base + j], lo = posts[j].floor, hi = posts[j].ceiling
                    let score: Double
                    switch dirs[j] {
                    case .benefit: score = (x - lo) / (hi - lo)
                    case .cost: score = (hi - x) / (hi - lo)
                    case .target(let t):
                        if x == t {
                            score = 1
                        } else if x < t {
                            score = 1 - (t - x) / (t - lo)
                        } else {
                            score = 1 - (x - t) / (hi - t)
                        }
                    }
                    p[base + j] = Swift.min(1, Swift.max(0, score.isNaN ? 0 : score))
                }
            }
        }
        return result
    }

    static func rankScores(
        _ matrix: Matrix, directions: [Direction], percentile: Bool, warnings: inout [ScoringWarning]
    ) -> Matrix {
        let oriented = matrix.oriented(by: directions)
        let n = matrix.rows, m = matrix.columns
        var result = Matrix(rows: n, columns: m)
        guard n > 0 else { return result }
        for j in 0..<m {
            let column = oriented.column(j)
            let ranks = Ranking.averageRanks(column)
            if n > 1, ranks.allSatisfy({ $0 == ranks[0] }) { warnings.append(.constantColumn(column: j)) }
            for i in 0..<n {
                result[i, j] = percentile ? (n > 1 ? (ranks[i] - 1) / Double(n - 1) : 0.5) : ranks[i]
            }
        }
        return result
    }

    static func ratioScores(
        _ matrix: Matrix, method: NormalizationMethod, directions: [Direction], warnings: inout [ScoringWarning]
    ) throws(ScoringError) -> Matrix {
        let n = matrix.rows, m = matrix.columns
        // Target columns are scored on their distance to the target, as a cost.
        var values = matrix
        var isCost = ContiguousArray<Bool>(repeating: false, count: m)
        for j in 0..<m {
            switch directions[j] {
            case .benefit: break
            case .cost: isCost[j] = true
            case .target(let t):
                isCost[j] = true
                for i in 0..<n { values[i, j] = abs(values[i, j] - t) }
            }
        }
        if method == .max || method == .sum {
            for i in 0..<n {
                for j in 0..<m where values[i, j] < 0 {
                    throw .negativeValue(row: i, column: j, value: values[i, j])
                }
            }
        }
        if method == .sum {
            for i in 0..<n {
                for j in 0..<m where isCost[j] && values[i, j] <= 0 {
                    throw .nonPositiveValue(row: i, column: j, value: values[i, j])
                }
            }
        }
        // One row-wise pass for the column reductions.
        var reduction = ContiguousArray<Double>(repeating: 0, count: m)
        values.withUnsafeBufferPointer { x in
            reduction.withUnsafeMutableBufferPointer { r in
                for i in 0..<n {
                    let base = i * m
                    for j in 0..<m {
                        let v = x[base + j]
                        switch method {
                        case .vector: r[j] += v * v
                        case .max: if v > r[j] { r[j] = v }
                        default: r[j] += isCost[j] ? 1 / v : v
                        }
                    }
                }
            }
        }
        // Columns of tiny values, where Σx² underflows (x below about 1e-154) or Σ1/x overflows (a cost
        // value below about 1e-308): recomputed on the column scaled by its extreme value, which the
        // shares do not depend on.
        var costScale = ContiguousArray<Double>(repeating: 1, count: m)
        for j in 0..<m {
            switch method {
            case .vector:
                reduction[j] = reduction[j] >= ColumnNorm.underflowThreshold
                    ? reduction[j].squareRoot() : ColumnNorm.euclidean(values, column: j)
            case .sum where isCost[j] && !reduction[j].isFinite:
                var smallest = Double.infinity
                for i in 0..<n { smallest = Swift.min(smallest, values[i, j]) }
                costScale[j] = smallest
                var total = 0.0
                for i in 0..<n { total += smallest / values[i, j] }
                reduction[j] = total
            default:
                break
            }
        }
        let stats = ColumnStatistics(values, deviations: false)
        for j in 0..<m where n > 0 {
            if reduction[j] == 0 {
                warnings.append(.allZeroColumn(column: j))
            } else if n > 1 && stats.isConstant(j) {
                warnings.append(.constantColumn(column: j))
            }
        }
        values.withUnsafeMutableBufferPointer { p in
            for i in 0..<n {
                let base = i * m
                for j in 0..<m {
                    let v = p[base + j], r = reduction[j]
                    let share: Double
                    if method == .sum && isCost[j] {
                        share = (costScale[j] / v) / r
                    } else {
                        share = r == 0 ? 0 : v / r
                    }
                    p[base + j] = (isCost[j] && method != .sum) ? 1 - share : share
                }
            }
        }
        return values
    }
}
