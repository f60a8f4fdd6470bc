import Foundation

/// Per-column minimum, maximum, sum, mean and sum of squared deviations of a matrix, computed in
/// two row-wise passes over its buffer (cache friendly for row-major storage; no per-column copies).
struct ColumnStatistics {
    var minimum: ContiguousArray<Double>
    var maximum: ContiguousArray<Double>
    var sum: ContiguousArray<Double>
    var mean: ContiguousArray<Double>
    /// Σ (x − mean)², two-pass for accuracy.
    var squaredDeviations: ContiguousArray<Double>
    let rows: Int

    /// - Parameter deviations: compute `squaredDeviations` (a second pass); zeros otherwise.
    init(_ matrix: Matrix, deviations: Bool = true) {
        let n = matrix.rows, m = matrix.columns
        rows = n
        var minimum = ContiguousArray<Double>(repeating: .infinity, count: m)
        var maximum = ContiguousArray<Double>(repeating: -.infinity, count: m)
        var sum = ContiguousArray<Double>(repeating: 0, count: m)
        var squared = ContiguousArray<Double>(repeating: 0, count: m)
        var mean = ContiguousArray<Double>(repeating: 0, count: m)
        matrix.withUnsafeBufferPointer { x in
            minimum.withUnsafeMutableBufferPointer { lo in
                maximum.withUnsafeMutableBufferPointer { hi in
                    sum.withUnsafeMutableBufferPointer { s in
                        for i in 0..<n {
                            let base = i * m
                            for j in 0..<m {
                                let v = x[base + j]
                                if v < lo[j] { lo[j] = v }
                                if v > hi[j] { hi[j] = v }
                                s[j] += v
                            }
                        }
                    }
                }
            }
            if n > 0 {
                for j in 0..<m { mean[j] = sum[j] / Double(n) }
            }
            guard deviations else { return }
            mean.withUnsafeBufferPointer { mu in
                squared.withUnsafeMutableBufferPointer { q in
                    for i in 0..<n {
                        let base = i * m
                        for j in 0..<m {
                            let d = x[base + j] - mu[j]
                            q[j] += d * d
                        }
                    }
                }
            }
        }
        self.minimum = minimum
        self.maximum = maximum
        self.sum = sum
        self.mean = mean
        self.squaredDeviations = squared
    }

    /// `true` when every value of column `j` is equal (also for a single row or no row).
    func isConstant(_ j: Int) -> Bool { rows == 0 || minimum[j] == maximum[j] }

    /// Standard deviation of column `j` with `ddof` delta degrees of freedom; 0 when undefined.
    func standardDeviation(_ j: Int, ddof: Int = 1) -> Double {
        let dof = rows - ddof
        guard dof > 0 else { return 0 }
        return (squaredDeviations[j] / Double(dof)).squareRoot()
    }
}

extension Direction {
    /// The value turned into a larger-is-better one: `x` (benefit), `−x` (cost), `−|x − t|` (target).
    /// Min-max of the oriented value equals pymcdm's `(max − x)/(max − min)` for cost.
    @inline(__always)
    func oriented(_ x: Double) -> Double {
        switch self {
        case .benefit: return x
        case .cost: return -x
        case .target(let t): return -abs(x - t)
        }
    }
}

extension Matrix {
    /// The matrix with every column oriented to larger-is-better (see `Direction.oriented`).
    func oriented(by directions: [Direction]) -> Matrix {
        precondition(directions.count == columns,
                     "directions has \(directions.count) entries, expected \(columns) (one per column)")
        if directions.allSatisfy({ $0 == .benefit }) { return self }
        var result = self
        let n = rows, m = columns
        let dirs = ContiguousArray(directions)
        result.withUnsafeMutableBufferPointer { p in
            for i in 0..<n {
                let base = i * m
                for j in 0..<m { p[base + j] = dirs[j].oriented(p[base + j]) }
            }
        }
        return result
    }
}

/// Per-column orientation coefficients so hot loops avoid switching on ``Direction``:
/// `value(x) = isTarget ? |x − target| : x` and `oriented(x) = isTarget ? −value : sign·value`.
struct ColumnOrientation {
    var sign: ContiguousArray<Double>
    var isTarget: ContiguousArray<Bool>
    var target: ContiguousArray<Double>

    init(_ directions: [Direction]) {
        let m = directions.count
        sign = ContiguousArray(repeating: 1, count: m)
        isTarget = ContiguousArray(repeating: false, count: m)
        target = ContiguousArray(repeating: 0, count: m)
        for (j, direction) in directions.enumerated() {
            switch direction {
            case .benefit: break
            case .cost: sign[j] = -1
            case .target(let t):
                sign[j] = -1
                isTarget[j] = true
                target[j] = t
            }
        }
    }
}

/// Minimum, maximum and sum of squares per column of the direction-adjusted values
/// (`|x − t|` for a target column, `x` otherwise), in one row-wise pass without copying the matrix.
struct ColumnExtrema {
    var minimum: ContiguousArray<Double>
    var maximum: ContiguousArray<Double>
    var sumOfSquares: ContiguousArray<Double>

    init(minimum: ContiguousArray<Double>, maximum: ContiguousArray<Double>, sumOfSquares: ContiguousArray<Double>) {
        self.minimum = minimum
        self.maximum = maximum
        self.sumOfSquares = sumOfSquares
    }

    init(_ matrix: Matrix, orientation: ColumnOrientation) {
        let n = matrix.rows, m = matrix.columns
        var minimum = ContiguousArray<Double>(repeating: .infinity, count: m)
        var maximum = ContiguousArray<Double>(repeating: -.infinity, count: m)
        var squares = ContiguousArray<Double>(repeating: 0, count: m)
        matrix.withUnsafeBufferPointer { x in
            orientation.isTarget.withUnsafeBufferPointer { isTarget in
                orientation.target.withUnsafeBufferPointer { target in
                    minimum.withUnsafeMutableBufferPointer { lo in
                        maximum.withUnsafeMutableBufferPointer { hi in
                            squares.withUnsafeMutableBufferPointer { q in
                                for i in 0..<n {
                                    let base = i * m
                                    for j in 0..<m {
                                        let raw = x[base + j]
                                        let v = isTarget[j] ? abs(raw - target[j]) : raw
                                        lo[j] = Swift.min(lo[j], v)
                                        hi[j] = Swift.max(hi[j], v)
                                        q[j] += v * v
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.minimum = minimum
        self.maximum = maximum
        self.sumOfSquares = squares
    }
}

/// The Euclidean norm of one column computed without underflow, for the rare columns whose values are
/// so small (below about 1e-154) that their plain sum of squares underflows to 0 or a subnormal.
enum ColumnNorm {
    /// A sum of squares below this has lost precision to underflow (or is 0 for tiny non-zero values).
    static let underflowThreshold = 1e-280

    /// `‖x_j‖₂ = s · √Σ (x_ij / s)²` with `s = max |x_ij|` (of `|x − target|` when a target is given);
    /// 0 for an all-zero column.
    static func euclidean(_ matrix: Matrix, column j: Int, target: Double? = nil) -> Double {
        let n = matrix.rows
        func value(_ i: Int) -> Double { target.map { abs(matrix[i, j] - $0) } ?? matrix[i, j] }
        var largest = 0.0
        for i in 0..<n { largest = Swift.max(largest, abs(value(i))) }
        guard largest > 0, largest.isFinite else { return largest }
        var total = 0.0
        for i in 0..<n {
            let scaled = value(i) / largest
            total += scaled * scaled
        }
        return largest * total.squareRoot()
    }
}
