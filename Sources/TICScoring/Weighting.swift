import Foundation

/// Criterion weights plus the documented outcomes met on the way.
public struct WeightingResult: Sendable, Hashable {
    /// One weight per column, each ≥ 0, summing to 1 (within rounding); never NaN.
    public var weights: [Double]
    /// Constant or all-zero columns, and an equal-weights fallback if one happened.
    public var warnings: [ScoringWarning]
}

/// How CRITIC orients cost criteria before measuring contrast and conflict.
public enum CRITICVariant: String, Sendable, Hashable, Codable, CaseIterable {
    /// pymcdm 1.4.0 `critic_weights`: min-max of every column as benefit, whatever its direction.
    case pymcdm
    /// scikit-criteria 0.10 `CRITIC`: cost columns are inverted, `(max − x)/(max − min)`, which flips
    /// the sign of their correlations with benefit columns.
    case invertCost = "invert_cost"
}

/// How a subjective and an objective weight vector are combined.
public enum WeightCombination: Sendable, Hashable, Codable {
    /// `w = α·w_s + (1 − α)·w_o`, α ∈ [0, 1].
    case additive(alpha: Double)
    /// `w ∝ w_s^α · w_o^(1−α)`, renormalized to sum 1, α ∈ [0, 1] (α = 0.5: the normalized geometric mean).
    case multiplicative(alpha: Double)
}

/// Objective and combined weighting schemes over a decision matrix (rows: alternatives,
/// columns: criteria). All functions return weights summing to 1, never NaN.
///
/// Shared semantics: NaN or infinite input throws ``ScoringError/nonFiniteValue(row:column:value:)``,
/// a magnitude beyond ``ScoringLimits/maximumMagnitude`` ``ScoringError/valueTooLarge(row:column:value:)``;
/// a matrix with no column gives `[]`; when the weights are undefined (no variation anywhere, or a
/// single alternative) equal weights are returned with ``ScoringWarning/equalWeightsFallback(method:)``.
public enum Weighting {

    /// Equal weights `1/m`. `m = 0` gives `[]`.
    public static func equal(count m: Int) -> [Double] {
        precondition(m >= 0, "Weighting.equal: negative count")
        return [Double](repeating: m > 0 ? 1 / Double(m) : 0, count: m)
    }

    /// Scales non-negative weights to sum to 1.
    /// - Throws: ``ScoringError/invalidWeight(index:value:)`` for a negative or non-finite weight or one
    ///   above ``ScoringLimits/maximumWeight``; ``ScoringError/zeroWeightSum(count:)`` when they sum to 0
    ///   (and are not empty).
    public static func normalized(_ weights: [Double]) throws(ScoringError) -> [Double] {
        var total = 0.0
        for (index, w) in weights.enumerated() {
            guard ScoringLimits.isUsableWeight(w) else { throw .invalidWeight(index: index, value: w) }
            total += w
        }
        if weights.isEmpty { return [] }
        guard total > 0 else { throw .zeroWeightSum(count: weights.count) }
        return weights.map { $0 / total }
    }

    /// SPSSAU's entropy method: every column that holds a value ≤ 0 is first shifted by `|min| + 0.01`
    /// ("non-negative shift", on by default in SPSSAU), then ``entropy(_:)``. Columns with only positive
    /// values are left alone, so on positive data it equals ``entropy(_:)``. SPSSAU does not normalize;
    /// its users min-max the data first (then every non-constant column has a 0 and is shifted by 0.01).
    /// Source: SPSSAU, *Entropy Method* help page, "Non-negative Shift" and "Algorithm" steps 2–6
    /// (https://www.spssau.net/helps/entropy.html).
    /// - Throws: as ``entropy(_:)``, except that no value is negative after the shift.
    public static func entropySPSSAU(_ matrix: Matrix) throws(ScoringError) -> WeightingResult {
        try matrix.validateFinite()
        var shifted = matrix
        let n = matrix.rows, m = matrix.columns
        for j in 0..<m {
            var minimum = Double.infinity
            for i in 0..<n { minimum = Swift.min(minimum, matrix[i, j]) }
            guard minimum <= 0 else { continue }
            let shift = abs(minimum) + 0.01
            for i in 0..<n { shifted[i, j] = matrix[i, j] + shift }
        }
        return try entropy(shifted)
    }

    /// Shannon-entropy weights of the raw matrix.
    ///
    /// `p_ij = x_ij / Σ_i x_ij`, `e_j = −Σ_i p_ij ln p_ij / ln n` with `0·ln 0 = 0`,
    /// `w_j = (1 − e_j) / Σ_k (1 − e_k)`. Computed in one pass as
    /// `Σ p ln p = (Σ x ln x)/S − ln S` with `S = Σ x`.
    /// Source: Zeleny, *Multiple Criteria Decision Making* (1982); Shannon (1948).
    ///
    /// Agrees with scikit-criteria 0.10 `EntropyWeighter` (scipy `entropy`, `0·ln 0 = 0`) everywhere,
    /// and with pymcdm 1.4.0 `entropy_weights` on strictly positive data (pymcdm rejects zeros in
    /// its sum normalization and, when it does not, sets the entropy of any column containing a 0 to 0).
    /// - Constant non-zero column: `e = 1`, weight 0 (+ ``ScoringWarning/constantColumn(column:)``).
    /// - All-zero column: treated as carrying no information, weight 0
    ///   (+ ``ScoringWarning/allZeroColumn(column:)``).
    /// - One alternative (`ln n = 0`): equal weights with a fallback warning.
    /// - Throws: ``ScoringError/negativeValue(row:column:value:)`` naming the first negative cell.
    /// - Complexity: O(n·m), one row-wise pass (split over two threads when n ≥ 2048) with a
    ///   table-driven logarithm accurate to a few 1e-16; no allocation per row.
    public static func entropy(_ matrix: Matrix) throws(ScoringError) -> WeightingResult {
        let n = matrix.rows, m = matrix.columns
        /// NaN/infinity first, then the first negative cell in row-major order.
        func validate() throws(ScoringError) {
            try matrix.validateFinite()
            let negative: (Int, Double)? = matrix.withUnsafeBufferPointer { p in
                for k in 0..<p.count where p[k] < 0 { return (k, p[k]) }
                return nil
            }
            if let (k, value) = negative { throw .negativeValue(row: k / m, column: k % m, value: value) }
        }
        guard m > 0 else { return WeightingResult(weights: [], warnings: []) }
        guard n > 1 else {
            try validate()
            return WeightingResult(weights: equal(count: m), warnings: [.equalWeightsFallback(method: .entropy)])
        }
        // Column sums and Σ x ln x (0·ln 0 = 0) in one row-wise pass; the rows are split in two
        // halves summed concurrently (the machine has two cores), then combined. The pass doubles as
        // validation: a NaN or infinity makes its column sum non-finite, a negative value raises the
        // block's flag; only then is the matrix scanned for the cell to report.
        let chunks = n >= 2_048 ? 2 : 1
        var partial = ContiguousArray<Double>(repeating: 0, count: chunks * 2 * m)
        var negativeSeen = ContiguousArray<Double>(repeating: 0, count: chunks)
        partial.withUnsafeMutableBufferPointer { buffer in
            negativeSeen.withUnsafeMutableBufferPointer { flags in
                let accumulators = SendablePointer(buffer.baseAddress!)
                let negative = SendablePointer(flags.baseAddress!)
                matrix.withUnsafeBufferPointer { x in
                    let values = SendablePointer(x.baseAddress!)
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        let s = accumulators.pointer + c * 2 * m, t = s + m
                        let first = c * n / chunks, last = (c + 1) * n / chunks
                        var sawNegative = false
                        FastMath.withLogKernel { ln in
                            for i in first..<last {
                                let row = values.pointer + i * m
                                for j in 0..<m {
                                    let v = row[j]
                                    s[j] += v
                                    if v >= Double.leastNormalMagnitude {
                                        t[j] += v * ln(v)
                                    } else if v > 0 {
                                        t[j] += v * log(v)  // subnormal: exact library log
                                    }
                                    sawNegative = sawNegative || v < 0
                                }
                            }
                        }
                        negative.pointer[c] = sawNegative ? 1 : 0
                    }
                }
            }
        }
        var sum = [Double](repeating: 0, count: m), xlogx = sum
        for c in 0..<chunks {
            for j in 0..<m {
                sum[j] += partial[(c * 2) * m + j]
                xlogx[j] += partial[(c * 2 + 1) * m + j]
            }
        }
        // A value beyond the magnitude limit makes its (non-negative) column's sum exceed it too.
        if sum.contains(where: { !ScoringLimits.isWithinMagnitude($0) }) || negativeSeen.contains(1) { try validate() }
        let logN = log(Double(n))
        var warnings: [ScoringWarning] = []
        var divergence = [Double](repeating: 0, count: m)
        for j in 0..<m {
            if sum[j] == 0 {
                warnings.append(.allZeroColumn(column: j))
                continue
            }
            let s = sum[j]
            let plogp = xlogx[j] / s - log(s)
            let e = -plogp / logN
            let d = 1 - e
            // A constant column has e = 1 up to rounding; confirm exactly (a column scan, only for
            // near-uniform columns) so that it gets weight 0 and its warning.
            if d < 1e-9 && isConstantColumn(matrix, j) {
                warnings.append(.constantColumn(column: j))
                continue
            }
            divergence[j] = Swift.max(0, d)
        }
        return finish(divergence, method: .entropy, warnings: warnings)
    }

    /// CRITIC weights (Criteria Importance Through Intercriteria Correlation).
    ///
    /// `r_ij` = min-max of column j (benefit orientation for every column by default, as pymcdm;
    /// see ``CRITICVariant``), `σ_j` its sample standard deviation (ddof = 1, as pymcdm; scikit-criteria
    /// uses ddof = 0 — a common factor that cancels in the weights), `ρ_jk` the Pearson correlation,
    /// `C_j = σ_j Σ_k (1 − ρ_jk)`, `w_j = C_j / Σ C`. The correlation matrix comes from one BLAS
    /// `dsyrk` on the centred matrix.
    /// Source: Diakoulaki, Mavrotas & Papayannakis, *Computers & Operations Research* 22(7), 1995.
    ///
    /// - Constant column: `σ = 0` so `C = 0` (weight 0), and its correlation with other columns is
    ///   taken as 0 (pymcdm produces NaN there) + ``ScoringWarning/constantColumn(column:)``.
    /// - Fewer than two alternatives or every column constant: equal weights with a fallback warning.
    /// - Complexity: O(n·m²) in BLAS, plus O(n·m) passes.
    public static func critic(
        _ matrix: Matrix, directions: [Direction]? = nil, variant: CRITICVariant = .pymcdm
    ) throws(ScoringError) -> WeightingResult {
        try matrix.validateFinite()
        let n = matrix.rows, m = matrix.columns
        if let directions {
            precondition(directions.count == m, "Weighting.critic: \(directions.count) directions for \(m) columns")
        }
        guard m > 0 else { return WeightingResult(weights: [], warnings: []) }
        guard n > 1 else {
            return WeightingResult(weights: equal(count: m), warnings: [.equalWeightsFallback(method: .critic)])
        }
        let source: Matrix
        if variant == .invertCost, let directions {
            source = matrix.oriented(by: directions)
        } else {
            source = matrix
        }
        let stats = ColumnStatistics(source, deviations: false)
        var warnings: [ScoringWarning] = []
        // Centred min-max values: (x − mean)/(max − min); 0 for a constant column.
        var factor = ContiguousArray<Double>(repeating: 0, count: m)
        for j in 0..<m {
            if stats.isConstant(j) {
                warnings.append(.constantColumn(column: j))
            } else {
                factor[j] = 1 / (stats.maximum[j] - stats.minimum[j])
            }
        }
        var centred = source.storage
        let mean = stats.mean
        centred.withUnsafeMutableBufferPointer { p in
            for i in 0..<n {
                let base = i * m
                for j in 0..<m { p[base + j] = (p[base + j] - mean[j]) * factor[j] }
            }
        }
        // The m × m Gram matrix is sized by the data's columns: a refusal is an error, not a trap.
        let bytes = gramBytes(criteria: m)
        guard let bytes, LargeBuffer(bytes: bytes, zeroed: true, hugePages: false) != nil else {
            throw .criteriaMatrixTooLarge(criteria: m, bytes: bytes)
        }
        var gram = ContiguousArray<Double>(repeating: 0, count: m * m)
        BLAS.gram(centred, rows: n, columns: m, into: &gram)
        var contrast = [Double](repeating: 0, count: m)
        for j in 0..<m {
            let gjj = gram[j * m + j]
            guard gjj > 0 else { continue }
            let sigma = (gjj / Double(n - 1)).squareRoot()
            var conflict = 0.0
            for k in 0..<m {
                let gkk = gram[k * m + k]
                let rho = k == j ? 1 : (gkk > 0 ? gram[j * m + k] / (gjj * gkk).squareRoot() : 0)
                conflict += 1 - Swift.min(1, Swift.max(-1, rho))
            }
            contrast[j] = sigma * conflict
        }
        return finish(contrast, method: .critic, warnings: warnings)
    }

    /// The bytes of CRITIC's m × m Gram matrix; nil when the size overflows.
    static func gramBytes(criteria m: Int) -> Int? {
        let (cells, overflow) = m.multipliedReportingOverflow(by: m)
        guard !overflow else { return nil }
        let (bytes, tooMany) = cells.multipliedReportingOverflow(by: MemoryLayout<Double>.stride)
        return tooMany ? nil : bytes
    }

    /// Standard-deviation weights: `w_j = s_j / Σ s`, with `s_j` the sample standard deviation
    /// (ddof = 1) of the raw column — pymcdm 1.4.0 `standard_deviation_weights` and scikit-criteria
    /// 0.10 `StdWeighter` (both `np.std(..., ddof=1)`).
    /// Source: Diakoulaki et al. (1995), §2 (the "standard deviation" method). Note the weights depend
    /// on each indicator's unit; normalize first if that is not intended.
    /// - Constant column: weight 0 + ``ScoringWarning/constantColumn(column:)``.
    /// - One alternative or every column constant: equal weights with a fallback warning.
    public static func standardDeviation(_ matrix: Matrix) throws(ScoringError) -> WeightingResult {
        try matrix.validateFinite()
        let n = matrix.rows, m = matrix.columns
        guard m > 0 else { return WeightingResult(weights: [], warnings: []) }
        guard n > 1 else {
            return WeightingResult(weights: equal(count: m), warnings: [.equalWeightsFallback(method: .stddev)])
        }
        let stats = ColumnStatistics(matrix)
        var warnings: [ScoringWarning] = []
        var spread = [Double](repeating: 0, count: m)
        for j in 0..<m {
            if stats.isConstant(j) {
                warnings.append(.constantColumn(column: j))
            } else {
                spread[j] = stats.standardDeviation(j, ddof: 1)
            }
        }
        return finish(spread, method: .stddev, warnings: warnings)
    }

    /// Combines subjective weights `w_s` (e.g. AHP) with objective weights `w_o` (e.g. entropy).
    ///
    /// - `.additive(alpha:)`: `w = α·w_s + (1 − α)·w_o` (both normalized to sum 1 first).
    /// - `.multiplicative(alpha:)`: `w = w_s^α·w_o^(1−α) / Σ(w_s^α·w_o^(1−α))` (with `0^0 = 1`, so α = 1 gives
    ///   `w_s` and α = 0 gives `w_o`); if that sum is 0 (disjoint supports), falls back to the additive
    ///   rule with the same α — documented, no NaN.
    /// Source: Ma, Fan & Huang, "A subjective and objective integrated approach to determine attribute
    /// weights", *EJOR* 112(2), 1999; multiplicative synthesis per Zardari et al., *Weighting Methods
    /// and their Effects on MCDM Outcomes* (Springer 2015), ch. 4.
    /// - Throws: ``ScoringError/invalidWeight(index:value:)``, ``ScoringError/zeroWeightSum(count:)``,
    ///   ``ScoringError/invalidParameter(name:value:)`` for α outside [0, 1].
    public static func combined(
        subjective: [Double], objective: [Double], rule: WeightCombination
    ) throws(ScoringError) -> [Double] {
        precondition(subjective.count == objective.count,
                     "Weighting.combined: \(subjective.count) subjective vs \(objective.count) objective weights")
        let s = try normalized(subjective), o = try normalized(objective)
        let alpha: Double
        switch rule {
        case .additive(let a), .multiplicative(let a): alpha = a
        }
        guard alpha.isFinite, (0...1).contains(alpha) else { throw .invalidParameter(name: "alpha", value: alpha) }
        let additive = zip(s, o).map { alpha * $0 + (1 - alpha) * $1 }
        guard case .multiplicative = rule else { return additive }
        let product = zip(s, o).map { pow($0, alpha) * pow($1, 1 - alpha) }
        let total = product.reduce(0, +)
        guard total > 0 else { return additive }
        return product.map { $0 / total }
    }

    // MARK: - Helpers

    /// `true` when every value of column `j` equals the first.
    static func isConstantColumn(_ matrix: Matrix, _ j: Int) -> Bool {
        let n = matrix.rows, m = matrix.columns
        return matrix.withUnsafeBufferPointer { x in
            let first = x[j]
            var index = j
            for _ in 0..<n {
                if x[index] != first { return false }
                index += m
            }
            return true
        }
    }

    /// `raw / Σ raw`, or equal weights with a fallback warning when the sum is 0.
    static func finish(_ raw: [Double], method: WeightingMethod, warnings: [ScoringWarning]) -> WeightingResult {
        let total = raw.reduce(0, +)
        guard total > 0, total.isFinite else {
            return WeightingResult(weights: equal(count: raw.count),
                                   warnings: warnings + [.equalWeightsFallback(method: method)])
        }
        return WeightingResult(weights: raw.map { $0 / total }, warnings: warnings)
    }
}
