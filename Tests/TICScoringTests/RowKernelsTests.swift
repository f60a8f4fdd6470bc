import Testing
import TICTestSupport
@testable import TICScoring

/// The vectorized (eight columns at a time, two threads) TOPSIS and VIKOR against the textbook
/// formulas written out element by element, one row range against two, and the validation that
/// follows their row passes.
@Suite struct RowKernelsTests {
    /// Shapes with whole lanes, a tail, and enough rows for the two-thread split.
    static let shapes: [(rows: Int, columns: Int)] = [(3, 8), (50, 19), (5_000, 64), (4_097, 13)]

    static func directions(_ m: Int) -> [Direction] { (0..<m).map { $0 % 3 == 2 ? .cost : .benefit } }

    static func weights(_ m: Int) -> [Double] {
        let raw = (0..<m).map { 1 + Double($0 % 5) }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }

    @Test("TOPSIS closeness equals the element-wise formula", arguments: shapes)
    func topsis(_ shape: (rows: Int, columns: Int)) throws {
        let (n, m) = shape
        let x = Matrix.random(rows: n, columns: m, in: 1...100, seed: UInt64(n * 31 + m))
        let w = Self.weights(m), d = Self.directions(m)
        let result = try Aggregation.topsis(x, weights: w, directions: d)
        var expected = [Double](repeating: 0, count: n)
        let columns = (0..<m).map { x.column($0) }
        let low = columns.map { $0.min()! }, high = columns.map { $0.max()! }
        for i in 0..<n {
            var plus = 0.0, minus = 0.0
            for j in 0..<m {
                let lo = low[j], hi = high[j]
                let r = d[j] == .cost ? (hi - x[i, j]) / (hi - lo) : (x[i, j] - lo) / (hi - lo)
                plus += (w[j] * r - w[j]) * (w[j] * r - w[j])
                minus += (w[j] * r) * (w[j] * r)
            }
            expected[i] = minus.squareRoot() / (plus.squareRoot() + minus.squareRoot())
        }
        expectClose(result.closeness, expected, abs: 1e-12)
    }

    @Test("VIKOR S, R and Q equal the element-wise formula", arguments: shapes)
    func vikor(_ shape: (rows: Int, columns: Int)) throws {
        let (n, m) = shape
        let x = Matrix.random(rows: n, columns: m, in: 1...100, seed: UInt64(n * 17 + m))
        let w = Self.weights(m), d = Self.directions(m)
        let result = try Aggregation.vikor(x, weights: w, directions: d)
        var s = [Double](repeating: 0, count: n), r = s
        let columns = (0..<m).map { x.column($0) }
        let low = columns.map { $0.min()! }, high = columns.map { $0.max()! }
        for i in 0..<n {
            for j in 0..<m {
                let lo = low[j], hi = high[j]
                let best = d[j] == .cost ? lo : hi, worst = d[j] == .cost ? hi : lo
                let dij = w[j] * (best - x[i, j]) / (best - worst)
                s[i] += dij
                r[i] = max(r[i], dij)
            }
        }
        let sBest = s.min()!, sWorst = s.max()!, rBest = r.min()!, rWorst = r.max()!
        let q = (0..<n).map { 0.5 * (s[$0] - sBest) / (sWorst - sBest) + 0.5 * (r[$0] - rBest) / (rWorst - rBest) }
        expectClose(result.s, s, abs: 1e-12)
        expectClose(result.r, r, abs: 1e-12)
        expectClose(result.q, q, abs: 1e-12)
    }

    /// A 5,000 × 64 matrix (above `parallelRows`) with cost columns, for the split tests.
    static let splitMatrix = Matrix.random(rows: 5_000, columns: 64, in: -50...1_000, seed: 5_064)

    @Test("the extrema pass gives the same minima, maxima and sums of squares on one and two row ranges")
    func extremaSplit() {
        let x = Self.splitMatrix
        #expect(RowKernels.defaultParts(x.rows) == 2)
        for squares in [false, true] {
            let one = RowKernels.extrema(x, squares: squares, parts: 1)
            let two = RowKernels.extrema(x, squares: squares, parts: 2)
            let columns = (0..<x.columns).map { x.column($0) }
            // Minima and maxima are exact whatever the split; sums of squares differ by the order of two partial sums.
            #expect(one.minimum == two.minimum && one.maximum == two.maximum)
            #expect(Array(one.minimum) == columns.map { $0.min()! } && Array(one.maximum) == columns.map { $0.max()! })
            if squares {
                let expected = columns.map { $0.reduce(0) { $0 + $1 * $1 } }
                #expect(zip(one.sumOfSquares, expected).allSatisfy { abs($0 - $1) <= 1e-12 * $1 })
                #expect(zip(two.sumOfSquares, expected).allSatisfy { abs($0 - $1) <= 1e-12 * $1 })
            }
        }
        // An odd row count leaves one row outside the pairs in each range.
        let odd = Matrix.random(rows: 4_097, columns: 13, seed: 17)
        let oddExtrema = RowKernels.extrema(odd, squares: false, parts: 2)
        #expect(Array(oddExtrema.minimum) == (0..<13).map { odd.column($0).min()! })
        #expect(Array(oddExtrema.maximum) == (0..<13).map { odd.column($0).max()! })
    }

    @Test("VIKOR's and TOPSIS's row passes give the same results on one and two row ranges")
    func rowsSplit() {
        let x = Self.splitMatrix
        let n = x.rows, m = x.columns
        var scale = ContiguousArray<Double>(repeating: 0, count: m), best = scale, ideal = scale, zero = scale
        for j in 0..<m {
            scale[j] = (j % 3 == 2 ? 1 : -1) * Self.weights(m)[j] / 1_050
            best[j] = j % 3 == 2 ? -50 : 1_000
            ideal[j] = Self.weights(m)[j]
            zero[j] = 0
        }
        func vikor(parts: Int) -> ([Double], [Double], RowKernels.VIKORRows) {
            var s = [Double](repeating: 0, count: n), r = s
            let summary = s.withUnsafeMutableBufferPointer { sp in
                r.withUnsafeMutableBufferPointer { rp in
                    RowKernels.vikorRows(x, scale: scale, best: best, s: sp.baseAddress!, r: rp.baseAddress!, parts: parts)
                }
            }
            return (s, r, summary)
        }
        let (s1, r1, one) = vikor(parts: 1), (s2, r2, two) = vikor(parts: 2)
        // Each row is computed the same way whichever thread runs it, so the results are identical.
        #expect(s1 == s2 && r1 == r2)
        #expect(one.sMinimum == two.sMinimum && one.sMaximum == two.sMaximum && one.allFinite && two.allFinite)
        #expect(one.rMinimum == two.rMinimum && one.rMaximum == two.rMaximum)
        #expect(two.sMinimum == s1.min()! && two.sMaximum == s1.max()! && two.rMinimum == r1.min()! && two.rMaximum == r1.max()!)

        func topsis(parts: Int) -> [[Double]] {
            var plus = [Double](repeating: 0, count: n), minus = plus, closeness = plus
            _ = plus.withUnsafeMutableBufferPointer { dp in
                minus.withUnsafeMutableBufferPointer { dm in
                    closeness.withUnsafeMutableBufferPointer { cc in
                        RowKernels.topsisRows(x, scale: scale, offset: best, ideal: ideal, antiIdeal: zero,
                                              plus: dp.baseAddress!, minus: dm.baseAddress!, closeness: cc.baseAddress!,
                                              parts: parts)
                    }
                }
            }
            return [plus, minus, closeness]
        }
        #expect(topsis(parts: 1) == topsis(parts: 2))
    }

    @Test("Aggregation.vikor and .topsis on two row ranges equal the scalar path on the same data")
    func splitAgainstScalarPath() throws {
        // The scalar path (taken when a criterion has a target) computes the same thing one value at a
        // time: a target below every value scores |x − t| = x − t as a cost, i.e. x as a cost up to a shift.
        let x = Self.splitMatrix
        let m = x.columns, w = Self.weights(m)
        let vectorized = Self.directions(m)
        #expect(vectorized[5] == .cost)
        var shifted = vectorized
        shifted[5] = .target(-1e4)
        let fast = try Aggregation.vikor(x, weights: w, directions: vectorized)
        let slow = try Aggregation.vikor(x, weights: w, directions: shifted)
        expectClose(fast.s, slow.s, abs: 1e-12)
        expectClose(fast.r, slow.r, abs: 1e-12)
        expectClose(fast.q, slow.q, abs: 1e-12)
        #expect(fast.warnings == slow.warnings)
        let fastTopsis = try Aggregation.topsis(x, weights: w, directions: vectorized)
        let slowTopsis = try Aggregation.topsis(x, weights: w, directions: shifted)
        expectClose(fastTopsis.closeness, slowTopsis.closeness, abs: 1e-12)
    }

    /// Cells (row in the second half, column) and values the row passes must catch: NaN, ±∞, in a
    /// benefit and a cost column, in a zero-weight column, and in a column that is otherwise constant.
    static let badCells: [(row: Int, column: Int, value: Double)] = [
        (4_000, 37, .nan), (4_999, 2, .infinity), (2_600, 3, -.infinity), (3_000, 0, .nan),
        (4_500, 8, .infinity), (2_501, 63, -.infinity), (4_321, 10, .nan), (4_322, 10, .infinity),
    ]

    @Test("a NaN or infinite cell in the second row range is reported by row and column", arguments: badCells)
    func nonFiniteSecondHalf(_ cell: (row: Int, column: Int, value: Double)) {
        var x = Self.splitMatrix
        var w = Self.weights(64)
        w[0] = 0  // column 0: zero weight, scale 0, and 0 · NaN is still NaN
        for i in 0..<x.rows { x[i, 10] = 7 }  // column 10: constant apart from the bad cell
        x[cell.row, cell.column] = cell.value
        let d = Self.directions(64)
        // Compared by hand: NaN ≠ NaN, so `#expect(throws: ScoringError.nonFiniteValue(…))` cannot match it.
        func isExpected(_ error: ScoringError?) -> Bool {
            guard case let .nonFiniteValue(row, column, value)? = error else { return false }
            return row == cell.row && column == cell.column && (value == cell.value || (value.isNaN && cell.value.isNaN))
        }
        let vikorError = #expect(throws: ScoringError.self) { try Aggregation.vikor(x, weights: w, directions: d) }
        #expect(isExpected(vikorError))
        for normalization in TOPSISNormalization.allCases {
            let topsisError = #expect(throws: ScoringError.self) {
                try Aggregation.topsis(x, weights: w, directions: d, normalization: normalization)
            }
            #expect(isExpected(topsisError), "\(normalization)")
        }
    }

    @Test("errors keep their order on the vectorized path: a bad cell before a bad weight, then the weight")
    func errorOrder() {
        var x = Self.splitMatrix
        var w = Self.weights(64)
        w[20] = -1
        let d = Self.directions(64)
        #expect(throws: ScoringError.invalidWeight(index: 20, value: -1)) { try Aggregation.vikor(x, weights: w, directions: d) }
        #expect(throws: ScoringError.invalidWeight(index: 20, value: -1)) { try Aggregation.topsis(x, weights: w, directions: d) }
        x[4_100, 50] = .infinity
        #expect(throws: ScoringError.nonFiniteValue(row: 4_100, column: 50, value: .infinity)) {
            try Aggregation.vikor(x, weights: w, directions: d)
        }
        #expect(throws: ScoringError.nonFiniteValue(row: 4_100, column: 50, value: .infinity)) {
            try Aggregation.topsis(x, weights: w, directions: d, normalization: .vector)
        }
        let empty = Matrix(rows: 0, columns: 64)
        #expect(throws: ScoringError.invalidWeight(index: 20, value: -1)) { try Aggregation.vikor(empty, weights: w, directions: d) }
        #expect(throws: ScoringError.invalidWeight(index: 20, value: -1)) { try Aggregation.topsis(empty, weights: w, directions: d) }
    }

    @Test("the vectorized path keeps the degenerate cases: empty input, constant columns, constant S and R")
    func degenerateVectorized() throws {
        let d = Self.directions(8), w = Self.weights(8)
        let empty = Matrix(rows: 0, columns: 8)
        let none = try Aggregation.vikor(empty, weights: w, directions: d)
        #expect(none.s.isEmpty && none.r.isEmpty && none.q.isEmpty && none.warnings.isEmpty)
        let noTopsis = try Aggregation.topsis(empty, weights: w, directions: d)
        #expect(noTopsis.closeness.isEmpty && noTopsis.warnings.isEmpty)
        let flat = Matrix(rows: 3, columns: 8, repeating: 4)
        let vikor = try Aggregation.vikor(flat, weights: w, directions: d)
        #expect(vikor.q == [0, 0, 0])
        #expect(vikor.warnings == (0..<8).map { .constantColumn(column: $0) } + [.constantGroupUtility, .constantIndividualRegret])
        let topsis = try Aggregation.topsis(flat, weights: w, directions: d)
        #expect(topsis.closeness == [0.5, 0.5, 0.5])
        #expect(topsis.warnings == (0..<8).map { .constantColumn(column: $0) } + (0..<3).map { .degenerateCloseness(row: $0) })
    }

    @Test("a non-finite cell is still reported by row and column")
    func nonFinite() {
        var x = Matrix.random(rows: 5_000, columns: 16, seed: 3)
        x[4_321, 9] = .infinity
        #expect(throws: ScoringError.nonFiniteValue(row: 4_321, column: 9, value: .infinity)) {
            try Aggregation.vikor(x, weights: Self.weights(16), directions: Self.directions(16))
        }
        #expect(throws: ScoringError.nonFiniteValue(row: 4_321, column: 9, value: .infinity)) {
            try Aggregation.topsis(x, weights: Self.weights(16), directions: Self.directions(16))
        }
    }
}

@Suite struct ReferenceMultiplyTests {
    @Test("BLASInfo.referenceMultiply is the matrix product")
    func product() {
        let a = Matrix.random(rows: 7, columns: 5, seed: 1), b = Matrix.random(rows: 5, columns: 3, seed: 2)
        var c = Matrix(rows: 7, columns: 3)
        BLASInfo.referenceMultiply(a, b, into: &c)
        expectClose(c.storage.map { $0 }, a.multiplied(by: b).storage.map { $0 }, abs: 1e-9)
    }
}
