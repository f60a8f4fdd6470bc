import Testing
@testable import TICScoring

/// The vectorized (eight columns at a time, two threads) TOPSIS and VIKOR against the textbook
/// formulas written out element by element.
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
        #expect(isClose(result.closeness, expected, tolerance: 1e-12))
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
        #expect(isClose(result.s, s, tolerance: 1e-12))
        #expect(isClose(result.r, r, tolerance: 1e-12))
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
        #expect(isClose(c.storage.map { $0 }, a.multiplied(by: b).storage.map { $0 }, tolerance: 1e-9))
    }
}
