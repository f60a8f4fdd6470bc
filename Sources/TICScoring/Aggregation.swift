import Foundation

/// Scores of every alternative plus the documented outcomes met on the way.
public struct AggregationResult: Sendable, Hashable {
    /// One score per alternative (row); never NaN or infinite.
    public var scores: [Double]
    /// E.g. ``ScoringWarning/zeroInGeometricMean(column:count:epsilon:)``.
    public var warnings: [ScoringWarning]
}

/// Aggregation of a decision matrix into one score per alternative (rows: alternatives,
/// columns: criteria). Weighted sums and products run as one BLAS `dgemv` over the whole matrix.
///
/// Shared semantics: NaN or infinite input throws ``ScoringError/nonFiniteValue(row:column:value:)``,
/// a magnitude beyond ``ScoringLimits/maximumMagnitude`` ``ScoringError/valueTooLarge(row:column:value:)``;
/// negative or non-finite weights, or weights above ``ScoringLimits/maximumWeight``, throw
/// ``ScoringError/invalidWeight(index:value:)``; no alternative
/// gives `[]`; no output is ever NaN or infinite. Weights are used as given (pass weights summing to 1
/// to match pymcdm), except ``geometric(_:weights:epsilon:)`` which normalizes its exponents.
public enum Aggregation {
    /// VIKOR's default `v`, the weight of the group utility S against the individual regret R:
    /// 0.5 (Opricovic & Tzeng 2004; pymcdm's default).
    public static let defaultVIKORWeight = 0.5

    /// Weighted sum `s_i = Σ_j w_j r_ij` of an already-normalized matrix, as one BLAS `dgemv`.
    /// Source: Fishburn, "Additive utilities with incomplete product sets", *Operations Research* 15, 1967;
    /// pymcdm 1.4.0 `WSM` (which first sum-normalizes; normalize with ``Normalization`` to match it).
    public static func weightedSum(_ normalized: Matrix, weights: [Double]) throws(ScoringError) -> [Double] {
        precondition(weights.count == normalized.columns,
                     "Aggregation.weightedSum: \(weights.count) weights for \(normalized.columns) columns")
        try normalized.validateFinite()
        try validateWeights(weights)
        return normalized.multiplied(by: weights)
    }

    /// Weighted geometric mean `s_i = Π_j r_ij^(w_j/Σw)` of a normalized matrix, computed as
    /// `exp(L·w)` with `L = ln r` and one BLAS `dgemv`.
    ///
    /// Zero guard: a value ≤ 0 has no logarithm; it is replaced by `epsilon` (default 1e-6) and a
    /// ``ScoringWarning/zeroInGeometricMean(column:count:epsilon:)`` reports the column and the count.
    /// Min-max normalized data has a 0 in every non-constant column, so prefer a strictly positive
    /// scale (e.g. goalposts with a floor below the data, or min-max shifted to [1, 100]) with this method.
    /// Source: OECD/JRC *Handbook on Constructing Composite Indicators* (2008), §6.1 (geometric aggregation).
    public static func geometric(
        _ normalized: Matrix, weights: [Double], epsilon: Double = 1e-6
    ) throws(ScoringError) -> AggregationResult {
        precondition(weights.count == normalized.columns,
                     "Aggregation.geometric: \(weights.count) weights for \(normalized.columns) columns")
        guard epsilon > 0, epsilon.isFinite else { throw .invalidParameter(name: "epsilon", value: epsilon) }
        try normalized.validateFinite()
        let w = try Weighting.normalized(weights)
        let (logs, warnings) = logarithms(normalized, epsilon: epsilon)
        let sums = logs.multiplied(by: w)
        return AggregationResult(scores: sums.map { exp($0) }, warnings: warnings)
    }

    /// pymcdm 1.4.0 `WPM` (weighted product model): `r` = sum normalization of the raw matrix
    /// (benefit `x/Σx`, cost `(1/x)/Σ(1/x)`), then `s_i = Π_j r_ij^w_j = exp(Σ_j w_j ln r_ij)`, one `dgemv`.
    /// Source: Bridgman (1922); Miller & Starr (1969); Triantaphyllou, *Multi-Criteria Decision Making
    /// Methods: A Comparative Study* (Kluwer 2000), §2.2.
    /// - Throws: ``ScoringError/nonPositiveValue(row:column:value:)`` for a value ≤ 0 (pymcdm rejects
    ///   them too: its sum normalization requires x > 0).
    public static func weightedProduct(
        _ matrix: Matrix, weights: [Double], directions: [Direction]
    ) throws(ScoringError) -> AggregationResult {
        precondition(weights.count == matrix.columns,
                     "Aggregation.weightedProduct: \(weights.count) weights for \(matrix.columns) columns")
        try matrix.validateFinite()
        try validateWeights(weights)
        let m = matrix.columns
        let bad: (Int, Double)? = matrix.withUnsafeBufferPointer { p in
            for k in 0..<p.count where p[k] <= 0 { return (k, p[k]) }
            return nil
        }
        if let (k, value) = bad { throw .nonPositiveValue(row: k / m, column: k % m, value: value) }
        let normalized = try Normalization.normalize(matrix, method: .sum, directions: directions)
        let (logs, warnings) = logarithms(normalized.matrix, epsilon: .leastNonzeroMagnitude)
        let sums = logs.multiplied(by: weights)
        return AggregationResult(scores: sums.map { exp($0) }, warnings: normalized.warnings + warnings)
    }

    /// TOPSIS (Technique for Order Preference by Similarity to Ideal Solution).
    ///
    /// `r` = normalized matrix (see ``TOPSISNormalization``), `v_ij = w_j r_ij`, ideal `v⁺_j` and
    /// anti-ideal `v⁻_j` per column, `D⁺_i = ‖v_i − v⁺‖₂`, `D⁻_i = ‖v_i − v⁻‖₂`, `C_i = D⁻/(D⁺ + D⁻)`.
    /// Source: Hwang & Yoon, *Multiple Attribute Decision Making* (Springer, 1981), pp. 128–134;
    /// pymcdm 1.4.0 `TOPSIS` (min-max default).
    /// - Constant column: contributes 0 to both distances (+ warning).
    /// - `D⁺ + D⁻ = 0` (every column constant, or a single alternative): `C = 0.5` for that
    ///   alternative + ``ScoringWarning/degenerateCloseness(row:)``. pymcdm returns NaN there.
    /// - Target criteria are scored on `|x − t|` as a cost.
    /// - Complexity: O(n·m), two row-wise passes (column extrema, then distances and closeness).
    public static func topsis(
        _ matrix: Matrix, weights: [Double], directions: [Direction],
        normalization: TOPSISNormalization = .minmax
    ) throws(ScoringError) -> TOPSISResult {
        precondition(weights.count == matrix.columns,
                     "Aggregation.topsis: \(weights.count) weights for \(matrix.columns) columns")
        precondition(directions.count == matrix.columns,
                     "Aggregation.topsis: \(directions.count) directions for \(matrix.columns) columns")
        let n = matrix.rows, m = matrix.columns
        var warnings: [ScoringWarning] = []
        // One pass for the column extrema (and norms), one pass for both distances; the weighted
        // normalized matrix is never materialized. Per column j the weighted value is
        // `a = scale_j · (value − offset_j)`, compared with `ideal_j` and `antiIdeal_j`.
        let orientation = ColumnOrientation(directions)
        let vectorized = m >= 8 && !orientation.isTarget.contains(true)
        let extrema = try columnExtrema(matrix, weights: weights, orientation: orientation, vectorized: vectorized,
                                        squares: normalization == .vector)
        var scale = ContiguousArray<Double>(repeating: 0, count: m)
        var offset = ContiguousArray<Double>(repeating: 0, count: m)
        var ideal = ContiguousArray<Double>(repeating: 0, count: m)
        var antiIdeal = ContiguousArray<Double>(repeating: 0, count: m)
        for j in 0..<m {
            let lo = extrema.minimum[j], hi = extrema.maximum[j]
            let benefit = orientation.sign[j] > 0
            switch normalization {
            case .minmax:
                // r = (value − lo)/(hi − lo) for benefit, (hi − value)/(hi − lo) for cost; ideal w, anti-ideal 0.
                if n > 1 && lo == hi { warnings.append(.constantColumn(column: j)) }
                guard hi > lo else { continue }
                scale[j] = orientation.sign[j] * weights[j] / (hi - lo)
                offset[j] = benefit ? lo : hi
                ideal[j] = weights[j]
            case .vector:
                // r = value/‖value‖ (Hwang & Yoon); ideal at max r (benefit) or min r (cost).
                let squares = extrema.sumOfSquares[j]
                let norm = squares >= ColumnNorm.underflowThreshold || (lo == 0 && hi == 0)
                    ? squares.squareRoot()
                    : ColumnNorm.euclidean(matrix, column: j, target: orientation.isTarget[j] ? orientation.target[j] : nil)
                guard norm > 0 else {
                    if n > 0 { warnings.append(.allZeroColumn(column: j)) }
                    continue
                }
                if n > 1 && lo == hi { warnings.append(.constantColumn(column: j)) }
                scale[j] = weights[j] / norm
                ideal[j] = scale[j] * (benefit ? hi : lo)
                antiIdeal[j] = scale[j] * (benefit ? lo : hi)
            }
        }
        guard n > 0 else {
            try validateWeights(weights)  // an empty matrix has no cell to reject
            return TOPSISResult(closeness: [], distanceToIdeal: [], distanceToAntiIdeal: [], warnings: warnings)
        }
        var dPlus = [Double](repeating: 0, count: n), dMinus = dPlus, closeness = dPlus
        let rows = dPlus.withUnsafeMutableBufferPointer { dp in
            dMinus.withUnsafeMutableBufferPointer { dm in
                closeness.withUnsafeMutableBufferPointer { cc in
                    if vectorized {
                        return RowKernels.topsisRows(matrix, scale: scale, offset: offset, ideal: ideal, antiIdeal: antiIdeal,
                                                     plus: dp.baseAddress!, minus: dm.baseAddress!, closeness: cc.baseAddress!)
                    }
                    return topsisRows(matrix, orientation: orientation, scale: scale, offset: offset, ideal: ideal,
                                      antiIdeal: antiIdeal, plus: dp.baseAddress!, minus: dm.baseAddress!,
                                      closeness: cc.baseAddress!)
                }
            }
        }
        if vectorized { try validateAfterRows(matrix, weights: weights, allFinite: rows.allFinite) }
        if rows.degenerate > 0 {
            for i in 0..<n where !(dPlus[i] + dMinus[i] > 0) { warnings.append(.degenerateCloseness(row: i)) }
        }
        return TOPSISResult(closeness: closeness, distanceToIdeal: dPlus, distanceToAntiIdeal: dMinus,
                            warnings: warnings)
    }

    /// TOPSIS distances and closeness one value at a time, for target criteria and fewer than eight
    /// columns (the vectorized kernel is ``RowKernels/topsisRows(_:scale:offset:ideal:antiIdeal:plus:minus:closeness:)``).
    private static func topsisRows(
        _ matrix: Matrix, orientation: ColumnOrientation, scale: ContiguousArray<Double>,
        offset: ContiguousArray<Double>, ideal: ContiguousArray<Double>, antiIdeal: ContiguousArray<Double>,
        plus: UnsafeMutablePointer<Double>, minus: UnsafeMutablePointer<Double>, closeness: UnsafeMutablePointer<Double>
    ) -> RowKernels.TOPSISRows {
        let n = matrix.rows, m = matrix.columns
        // Coefficients side by side in one buffer: target flag, target, scale, offset, ideal, anti-ideal.
        var coefficients = ContiguousArray<Double>(repeating: 0, count: 6 * m)
        for j in 0..<m {
            coefficients[j] = orientation.isTarget[j] ? 1 : 0
            coefficients[m + j] = orientation.target[j]
            coefficients[2 * m + j] = scale[j]
            coefficients[3 * m + j] = offset[j]
            coefficients[4 * m + j] = ideal[j]
            coefficients[5 * m + j] = antiIdeal[j]
        }
        var rows = RowKernels.TOPSISRows()
        matrix.withUnsafeBufferPointer { x in
            coefficients.withUnsafeBufferPointer { c in
                for i in 0..<n {
                    let base = i * m
                    var p2 = 0.0, q2 = 0.0
                    for j in 0..<m {
                        let raw = x[base + j]
                        let v = c[j] != 0 ? abs(raw - c[m + j]) : raw
                        let a = c[2 * m + j] * (v - c[3 * m + j])
                        let p = a - c[4 * m + j], q = a - c[5 * m + j]
                        p2 += p * p
                        q2 += q * q
                    }
                    plus[i] = p2.squareRoot()
                    minus[i] = q2.squareRoot()
                    closeness[i] = rows.closeness(plus: plus[i], minus: minus[i])
                }
            }
        }
        return rows
    }

    /// VIKOR compromise ranking (`Q`, lower is better).
    ///
    /// `f*_j` / `f⁻_j` = best / worst value of column j (max/min for benefit, min/max for cost),
    /// `d_ij = w_j (f*_j − f_ij)/(f*_j − f⁻_j)`, `S_i = Σ_j d_ij`, `R_i = max_j d_ij`,
    /// `Q_i = v (S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*)` with `S* = min S`, `S⁻ = max S`
    /// (same for R) and `v = 0.5` by default. Matches pymcdm 1.4.0 `VIKOR()` (default normalization).
    /// Source: Opricovic & Tzeng, "Compromise solution by MCDM methods: a comparative analysis of
    /// VIKOR and TOPSIS", *EJOR* 156(2), 2004, pp. 445–455.
    /// - Constant column (`f* = f⁻`): its `d_ij = 0` + ``ScoringWarning/constantColumn(column:)``
    ///   (pymcdm raises a `ValueError`).
    /// - Constant `S` (or `R`): that term of `Q` is 0 for everyone + ``ScoringWarning/constantGroupUtility``
    ///   (or ``ScoringWarning/constantIndividualRegret``); pymcdm returns NaN there.
    /// - Target criteria are scored on `|x − t|` as a cost.
    /// - Throws: ``ScoringError/invalidParameter(name:value:)`` for `v` outside [0, 1].
    public static func vikor(
        _ matrix: Matrix, weights: [Double], directions: [Direction], v: Double = defaultVIKORWeight
    ) throws(ScoringError) -> VIKORResult {
        precondition(weights.count == matrix.columns,
                     "Aggregation.vikor: \(weights.count) weights for \(matrix.columns) columns")
        precondition(directions.count == matrix.columns,
                     "Aggregation.vikor: \(directions.count) directions for \(matrix.columns) columns")
        guard v.isFinite, (0...1).contains(v) else { throw .invalidParameter(name: "v", value: v) }
        let n = matrix.rows, m = matrix.columns
        // d_ij = w_j (f*_j − f_ij)/(f*_j − f⁻_j) = scale_j · (value − best_j) with value = x or |x − t|.
        let orientation = ColumnOrientation(directions)
        let vectorized = m >= 8 && !orientation.isTarget.contains(true)
        let extrema = try columnExtrema(matrix, weights: weights, orientation: orientation, vectorized: vectorized,
                                        squares: false)
        var warnings: [ScoringWarning] = []
        var scale = ContiguousArray<Double>(repeating: 0, count: m)
        var best = ContiguousArray<Double>(repeating: 0, count: m)
        for j in 0..<m {
            let lo = extrema.minimum[j], hi = extrema.maximum[j]
            if hi > lo {
                let benefit = orientation.sign[j] > 0
                best[j] = benefit ? hi : lo
                scale[j] = (benefit ? -1 : 1) * weights[j] / (hi - lo)
            } else if n > 1 {
                warnings.append(.constantColumn(column: j))
            }
        }
        guard n > 0 else {
            try validateWeights(weights)  // an empty matrix has no cell to reject
            return VIKORResult(s: [], r: [], q: [], warnings: warnings)
        }
        var s = [Double](repeating: 0, count: n), r = s
        let rows = s.withUnsafeMutableBufferPointer { sp in
            r.withUnsafeMutableBufferPointer { rp in
                if vectorized {
                    return RowKernels.vikorRows(matrix, scale: scale, best: best, s: sp.baseAddress!, r: rp.baseAddress!)
                }
                return vikorRows(matrix, orientation: orientation, scale: scale, best: best,
                                 s: sp.baseAddress!, r: rp.baseAddress!)
            }
        }
        if vectorized { try validateAfterRows(matrix, weights: weights, allFinite: rows.allFinite) }
        let sBest = rows.sMinimum, sWorst = rows.sMaximum, rBest = rows.rMinimum, rWorst = rows.rMaximum
        if n > 1 && sWorst == sBest { warnings.append(.constantGroupUtility) }
        if n > 1 && rWorst == rBest { warnings.append(.constantIndividualRegret) }
        // Q_i = sFactor·(S_i − S*) + rFactor·(R_i − R*): a multiplication per term instead of a division,
        // with S*, S⁻, R*, R⁻ from the row pass (two divisions per alternative and four scans for the
        // extremes took about 45 µs at n = 10,000).
        let sFactor = sWorst > sBest ? v / (sWorst - sBest) : 0
        let rFactor = rWorst > rBest ? (1 - v) / (rWorst - rBest) : 0
        var q = [Double](repeating: 0, count: n)
        q.withUnsafeMutableBufferPointer { qp in
            s.withUnsafeBufferPointer { sp in
                r.withUnsafeBufferPointer { rp in
                    for i in 0..<n { qp[i] = sFactor * (sp[i] - sBest) + rFactor * (rp[i] - rBest) }
                }
            }
        }
        return VIKORResult(s: s, r: r, q: q, warnings: warnings)
    }

    /// VIKOR's S and R one value at a time, for target criteria and fewer than eight columns (the
    /// vectorized kernel is ``RowKernels/vikorRows(_:scale:best:s:r:)``).
    private static func vikorRows(
        _ matrix: Matrix, orientation: ColumnOrientation, scale: ContiguousArray<Double>,
        best: ContiguousArray<Double>, s: UnsafeMutablePointer<Double>, r: UnsafeMutablePointer<Double>
    ) -> RowKernels.VIKORRows {
        let n = matrix.rows, m = matrix.columns
        // Coefficients side by side in one buffer: target flag, target, scale, best.
        var coefficients = ContiguousArray<Double>(repeating: 0, count: 4 * m)
        for j in 0..<m {
            coefficients[j] = orientation.isTarget[j] ? 1 : 0
            coefficients[m + j] = orientation.target[j]
            coefficients[2 * m + j] = scale[j]
            coefficients[3 * m + j] = best[j]
        }
        var rows = RowKernels.VIKORRows()
        matrix.withUnsafeBufferPointer { x in
            coefficients.withUnsafeBufferPointer { c in
                for i in 0..<n {
                    let base = i * m
                    var total = 0.0, regret = 0.0
                    for j in 0..<m {
                        let raw = x[base + j]
                        let v = c[j] != 0 ? abs(raw - c[m + j]) : raw
                        let d = c[2 * m + j] * (v - c[3 * m + j])
                        total += d
                        regret = Swift.max(regret, d)
                    }
                    s[i] = total
                    r[i] = regret
                    rows.add(s: total, r: regret)
                }
            }
        }
        return rows
    }

    // MARK: - Helpers

    /// Column extrema (and sums of squares) for TOPSIS and VIKOR. The scalar path first validates the
    /// matrix (first non-finite cell) and the weights, in that order; the vectorized path leaves both
    /// to ``validateAfterRows(_:weights:allFinite:)``, saving a pass over the matrix.
    static func columnExtrema(
        _ matrix: Matrix, weights: [Double], orientation: ColumnOrientation, vectorized: Bool, squares: Bool
    ) throws(ScoringError) -> ColumnExtrema {
        if vectorized {
            let extrema = RowKernels.extrema(matrix, squares: squares)
            // A value beyond the magnitude limit (or a NaN, which leaves meaningless extrema) is
            // reported here: its column's extremes are beyond the limit too. Finite extremes within it
            // are left to the row results, as before.
            for j in 0..<matrix.columns
            where !(ScoringLimits.isWithinMagnitude(extrema.minimum[j]) && ScoringLimits.isWithinMagnitude(extrema.maximum[j]))
                && extrema.minimum[j].isFinite && extrema.maximum[j].isFinite {
                try matrix.validateFinite()
            }
            return extrema
        }
        try matrix.validateFinite()
        try validateWeights(weights)
        return ColumnExtrema(matrix, orientation: orientation)
    }

    /// Validation after a vectorized row pass, which replaces an up-front scan of the matrix: a NaN
    /// or infinite cell makes its row's result NaN or infinite (`value − best` or `value − offset` is
    /// not finite, or its column's range is infinite and its scale 0, and `0 · ∞` is NaN), so the
    /// matrix is scanned for the first such cell (row-major, as ``Matrix/validateFinite()``) only when
    /// a row result is not finite. Then the weights, as in the scalar paths: the matrix first.
    static func validateAfterRows(_ matrix: Matrix, weights: [Double], allFinite: Bool) throws(ScoringError) {
        if !allFinite { try matrix.validateFinite() }
        try validateWeights(weights)
    }

    static func validateWeights(_ weights: [Double]) throws(ScoringError) {
        for (index, w) in weights.enumerated() where !ScoringLimits.isUsableWeight(w) {
            throw .invalidWeight(index: index, value: w)
        }
    }

    /// `ln max(x, epsilon)` element-wise, with one warning per column that needed the guard.
    static func logarithms(_ matrix: Matrix, epsilon: Double) -> (Matrix, [ScoringWarning]) {
        let n = matrix.rows, m = matrix.columns
        var result = matrix
        var guarded = ContiguousArray<Int>(repeating: 0, count: m)
        result.withUnsafeMutableBufferPointer { p in
            for i in 0..<n {
                let base = i * m
                for j in 0..<m {
                    var x = p[base + j]
                    if x <= 0 {
                        x = epsilon
                        guarded[j] += 1
                    }
                    p[base + j] = log(x)
                }
            }
        }
        var warnings: [ScoringWarning] = []
        for j in 0..<m where guarded[j] > 0 {
            warnings.append(.zeroInGeometricMean(column: j, count: guarded[j], epsilon: epsilon))
        }
        return (result, warnings)
    }
}
