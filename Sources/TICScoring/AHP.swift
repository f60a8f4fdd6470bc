import Foundation

/// A table of random consistency indices `RI(n)`: the mean consistency index of random reciprocal
/// matrices of size `n`, the denominator of AHP's consistency ratio.
public enum RandomIndexTable: Sendable, Hashable, Codable {
    /// Saaty, *The Analytic Hierarchy Process* (McGraw-Hill, 1980), n = 3…10:
    /// 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49.
    case saaty1980
    /// Donegan & Dodd, "A note on Saaty's random indexes", *Mathematical and Computer Modelling*
    /// 15(10), 1991, pp. 135–137, n = 3…15 (values as tabulated by AHPy's `random_index='dd'`):
    /// 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969.
    case doneganDodd1991
    /// Tummala & Ling, "A note on the computation of the mean random consistency index of the analytic
    /// hierarchy process (AHP)", *Theory and Decision* 44, 1998, pp. 221–230, n = 3…15, as tabulated
    /// (with that citation) in pymcdm 1.4.0 `AHP.RI_M`: 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952,
    /// 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831. Use it to reproduce pymcdm's CR.
    case tummalaLing1998
    /// Caller-supplied values: `values[0]` is RI(3), `values[1]` RI(4), and so on.
    case custom([Double])

    /// `RI(n)`; 0 for n ≤ 2 (such matrices are always consistent); `nil` when the table stops short of n.
    public func value(forSize n: Int) -> Double? {
        if n <= 2 { return 0 }
        let values: [Double]
        switch self {
        case .saaty1980: values = [0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
        case .doneganDodd1991:
            values = [0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497,
                      1.4643, 1.4822, 1.4969]
        case .tummalaLing1998:
            values = [0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356,
                      1.5571, 1.5714, 1.5831]
        case .custom(let custom): values = custom
        }
        let index = n - 3
        return index < values.count ? values[index] : nil
    }
}

/// How AHP turns a pairwise comparison matrix into a priority vector.
public enum AHPPriorityMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// The principal right eigenvector (Saaty 1980), by power iteration to 1e-12.
    case eigenvector
    /// Normalized row geometric means (Crawford & Williams, *J. Math. Psychology* 29, 1985).
    case geometricMean = "geometric_mean"
    /// 和积法 (sum-product method, SPSSAU's default): each column divided by its sum, then the row
    /// means of that matrix (Saaty 1980, §3 approximate method 2; 邓雪等,《层次分析法权重计算方法分析及其应用研究》,
    /// 数学的实践与认识 42(7), 2012).
    case sumProduct = "sum_product"
}

/// Priority weights of a pairwise comparison matrix and its consistency.
public struct AHPResult: Sendable, Hashable {
    /// Priority weights, positive, summing to 1.
    public var weights: [Double]
    /// The principal eigenvalue λmax (for the geometric-mean method, the estimate mean((Aw)_i / w_i)).
    public var lambdaMax: Double
    /// `CI = (λmax − n)/(n − 1)`; 0 for n ≤ 2.
    public var consistencyIndex: Double
    /// The random index used; 0 for n ≤ 2.
    public var randomIndex: Double
    /// `CR = CI/RI`; 0 for n ≤ 2.
    public var consistencyRatio: Double
    /// Power iterations used (0 for the geometric-mean method).
    public var iterations: Int
    /// ``ScoringWarning/inconsistentJudgements(ratio:)`` when CR > ``consistencyThreshold``;
    /// ``ScoringWarning/eigenvectorNotConverged(iterations:)`` if the power iteration stopped early.
    public var warnings: [ScoringWarning]
}

/// The Analytic Hierarchy Process: priorities and consistency of pairwise comparison matrices.
/// Source: Saaty, *The Analytic Hierarchy Process* (McGraw-Hill, 1980); Saaty, "How to make a
/// decision", *EJOR* 48(1), 1990.
public enum AHP {
    /// The largest acceptable consistency ratio, 0.1 (Saaty 1980): above it the judgements are
    /// reported as inconsistent (``ScoringWarning/inconsistentJudgements(ratio:)``).
    public static let consistencyThreshold = 0.1

    /// Checks that `matrix` is a valid pairwise comparison matrix: square, every cell positive and
    /// finite and within `1/ScoringLimits.maximumJudgement … ScoringLimits.maximumJudgement`, diagonal 1
    /// (within `tolerance`), and reciprocal: `|a_ij · a_ji − 1| ≤ tolerance`
    /// (default 0.05, so reciprocals typed with two decimals pass, e.g. 0.33 for 1/3 or 0.13 for 1/8;
    /// use a smaller tolerance for exact input).
    /// - Throws: ``ScoringError/notSquare(rows:columns:)``,
    ///   ``ScoringError/nonPositiveJudgement(row:column:value:)``,
    ///   ``ScoringError/judgementOutOfRange(row:column:value:)``,
    ///   ``ScoringError/diagonalNotOne(index:value:)``,
    ///   ``ScoringError/notReciprocal(row:column:value:transposed:)`` with the cell (row < column).
    public static func validate(_ matrix: Matrix, tolerance: Double = 0.05) throws(ScoringError) {
        guard matrix.rows == matrix.columns else { throw .notSquare(rows: matrix.rows, columns: matrix.columns) }
        let n = matrix.rows
        for i in 0..<n {
            for j in 0..<n {
                let a = matrix[i, j]
                guard a.isFinite, a > 0 else { throw .nonPositiveJudgement(row: i, column: j, value: a) }
            }
        }
        let limit = ScoringLimits.maximumJudgement
        for i in 0..<n {
            for j in 0..<n where !(matrix[i, j] <= limit && matrix[i, j] >= 1 / limit) {
                throw .judgementOutOfRange(row: i, column: j, value: matrix[i, j])
            }
        }
        for i in 0..<n where abs(matrix[i, i] - 1) > tolerance {
            throw .diagonalNotOne(index: i, value: matrix[i, i])
        }
        for i in 0..<n {
            for j in (i + 1)..<Swift.max(i + 1, n) {
                let a = matrix[i, j], b = matrix[j, i]
                if abs(a * b - 1) > tolerance {
                    throw .notReciprocal(row: i, column: j, value: a, transposed: b)
                }
            }
        }
    }

    /// Priority weights and consistency of one pairwise comparison matrix.
    ///
    /// Eigenvector: `w ← A·w / Σ(A·w)` from `w = 1/n` until `max_i |Δw_i|/w_i ≤ tolerance` (default 1e-12);
    /// `λmax = Σ_i (A·w)_i` at convergence (`Σ w = 1`). Geometric mean: `w_i ∝ (Π_j a_ij)^(1/n)`,
    /// `λmax = mean_i((A·w)_i / w_i)`; sum-product (和积法): `w_i = (1/n) Σ_j a_ij / Σ_k a_kj`, λmax as
    /// for the geometric mean. Then `CI = (λmax − n)/(n − 1)` and `CR = CI/RI(n)`; for n ≤ 2,
    /// CI = CR = 0. An empty matrix gives empty weights.
    ///
    /// λmax ≥ n for every positive reciprocal matrix, with equality exactly when it is consistent
    /// (Saaty 1980, §7; Perron–Frobenius), so a value computed a few ulps below n is rounding and is
    /// reported as n: CI and CR are never negative. Judgements are limited to
    /// ``ScoringLimits/maximumJudgement`` so that λmax keeps the accuracy this needs.
    /// - Throws: the errors of ``validate(_:tolerance:)``; ``ScoringError/randomIndexUnavailable(size:)``
    ///   when the table has no RI(n).
    public static func weigh(
        _ matrix: Matrix,
        method: AHPPriorityMethod = .eigenvector,
        randomIndex: RandomIndexTable = .saaty1980,
        reciprocalTolerance: Double = 0.05,
        tolerance: Double = 1e-12,
        maxIterations: Int = 10_000
    ) throws(ScoringError) -> AHPResult {
        try validate(matrix, tolerance: reciprocalTolerance)
        let n = matrix.rows
        guard n > 0 else {
            return AHPResult(weights: [], lambdaMax: 0, consistencyIndex: 0, randomIndex: 0,
                             consistencyRatio: 0, iterations: 0, warnings: [])
        }
        guard let ri = randomIndex.value(forSize: n) else { throw .randomIndexUnavailable(size: n) }
        var warnings: [ScoringWarning] = []
        var weights: [Double]
        var lambda: Double
        var iterations = 0
        switch method {
        case .eigenvector:
            weights = [Double](repeating: 1 / Double(n), count: n)
            lambda = Double(n)
            var converged = false
            while iterations < maxIterations {
                iterations += 1
                let product = matrix.multiplied(by: weights)
                let total = product.reduce(0, +)
                let next = product.map { $0 / total }
                var delta = 0.0
                // Relative change: a priority of 1e-8 must converge as well as one of 0.5 (its error,
                // times a judgement up to 1e6, is part of λmax).
                for i in 0..<n { delta = Swift.max(delta, abs(next[i] - weights[i]) / next[i]) }
                weights = next
                lambda = total
                if delta <= tolerance {
                    converged = true
                    break
                }
            }
            if !converged { warnings.append(.eigenvectorNotConverged(iterations: iterations)) }
            // λmax from the final vector (Σ w = 1 so λ = Σ (A w)_i).
            lambda = matrix.multiplied(by: weights).reduce(0, +)
        case .geometricMean:
            var logs = [Double](repeating: 0, count: n)
            for i in 0..<n {
                var s = 0.0
                for j in 0..<n { s += log(matrix[i, j]) }
                logs[i] = s / Double(n)
            }
            let shift = logs.max() ?? 0
            let raw = logs.map { exp($0 - shift) }
            let total = raw.reduce(0, +)
            weights = raw.map { $0 / total }
            lambda = Self.meanRatio(matrix, weights)
        case .sumProduct:
            var columnSums = [Double](repeating: 0, count: n)
            for i in 0..<n { for j in 0..<n { columnSums[j] += matrix[i, j] } }
            weights = (0..<n).map { i in (0..<n).reduce(0) { $0 + matrix[i, $1] / columnSums[$1] } / Double(n) }
            lambda = Self.meanRatio(matrix, weights)
        }
        lambda = Swift.max(lambda, Double(n))   // λmax ≥ n; below it is rounding
        let ci = n > 2 ? (lambda - Double(n)) / Double(n - 1) : 0
        let cr = n > 2 && ri > 0 ? ci / ri : 0
        if cr > consistencyThreshold { warnings.append(.inconsistentJudgements(ratio: cr)) }
        return AHPResult(weights: weights, lambdaMax: n > 2 ? lambda : Double(n), consistencyIndex: ci,
                         randomIndex: ri, consistencyRatio: cr, iterations: iterations, warnings: warnings)
    }

    /// `mean_i((A·w)_i / w_i)`, the λmax estimate of the approximate methods.
    static func meanRatio(_ matrix: Matrix, _ weights: [Double]) -> Double {
        let product = matrix.multiplied(by: weights)
        return (0..<weights.count).reduce(0) { $0 + product[$1] / weights[$1] } / Double(weights.count)
    }

    /// Aggregation of individual judgements (AIJ): the element-wise geometric mean of the experts'
    /// matrices, optionally weighted by expert importance (`expertWeights`, normalized to sum 1).
    /// The result is again reciprocal. Source: Forman & Peniwati, "Aggregating individual judgments and
    /// priorities with the AHP", *EJOR* 108(1), 1998; Aczél & Saaty, *J. Math. Psychology* 27, 1983.
    /// - Throws: ``ScoringError/noExperts``; ``ScoringError/expertSizeMismatch(expert:size:expected:)``;
    ///   the errors of ``validate(_:tolerance:)`` for each expert's matrix.
    public static func aggregateJudgements(
        _ experts: [Matrix], expertWeights: [Double]? = nil, reciprocalTolerance: Double = 0.05
    ) throws(ScoringError) -> Matrix {
        guard let first = experts.first else { throw .noExperts }
        let n = first.rows
        for (index, expert) in experts.enumerated() {
            guard expert.rows == n, expert.columns == n else {
                throw .expertSizeMismatch(expert: index, size: expert.rows, expected: n)
            }
            try validate(expert, tolerance: reciprocalTolerance)
        }
        let weights: [Double]
        if let expertWeights {
            precondition(expertWeights.count == experts.count,
                         "AHP.aggregateJudgements: \(expertWeights.count) weights for \(experts.count) experts")
            weights = try Weighting.normalized(expertWeights)
        } else {
            weights = Weighting.equal(count: experts.count)
        }
        var logs = ContiguousArray<Double>(repeating: 0, count: n * n)
        for (expert, weight) in zip(experts, weights) {
            expert.withUnsafeBufferPointer { p in
                for k in 0..<p.count { logs[k] += weight * log(p[k]) }
            }
        }
        return Matrix(rows: n, columns: n, storage: ContiguousArray(logs.map { exp($0) }))
    }

    /// Group AHP: aggregates the experts' matrices with ``aggregateJudgements(_:expertWeights:reciprocalTolerance:)``
    /// and weighs the aggregate with ``weigh(_:method:randomIndex:reciprocalTolerance:tolerance:maxIterations:)``.
    public static func weighGroup(
        _ experts: [Matrix],
        expertWeights: [Double]? = nil,
        method: AHPPriorityMethod = .eigenvector,
        randomIndex: RandomIndexTable = .saaty1980,
        reciprocalTolerance: Double = 0.05
    ) throws(ScoringError) -> AHPResult {
        let aggregate = try aggregateJudgements(experts, expertWeights: expertWeights,
                                                reciprocalTolerance: reciprocalTolerance)
        return try weigh(aggregate, method: method, randomIndex: randomIndex,
                         reciprocalTolerance: reciprocalTolerance)
    }
}
