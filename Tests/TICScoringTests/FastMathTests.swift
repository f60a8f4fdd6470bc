import Foundation
import Testing
import TICTestSupport
@testable import TICScoring

@Suite struct FastMathTests {
    @Test("the table-driven log kernel matches Foundation.log to 1e-15 relative over the normal range")
    func logKernel() {
        var rng = SeededGenerator(seed: 71)
        FastMath.withLogKernel { ln in
            for _ in 0..<200_000 {
                let exponent = Double.random(in: -300...300, using: &rng)
                let x = Double.random(in: 1...10, using: &rng) * pow(10, exponent)
                let exact = Foundation.log(x)
                #expect(abs(ln(x) - exact) <= 2e-15 * Swift.max(1, abs(exact)))
            }
            for x in [1.0, 2.0, 0.5, Double.leastNormalMagnitude, Double.greatestFiniteMagnitude, 1 - 1e-16, 1 + 1e-15] {
                #expect(abs(ln(x) - Foundation.log(x)) <= 2e-15 * Swift.max(1, abs(Foundation.log(x))))
            }
        }
    }

    @Test("entropy on a matrix large enough for the two-thread path equals a naive Foundation.log loop")
    func entropyLarge() throws {
        var x = Matrix.random(rows: 5_001, columns: 7, in: 0...50, seed: 72)
        x[17, 3] = 0
        x[4_000, 5] = Double.leastNormalMagnitude / 4  // subnormal
        let n = x.rows, m = x.columns
        var d = [Double](repeating: 0, count: m)
        for j in 0..<m {
            let column = x.column(j)
            let total = column.reduce(0, +)
            var h = 0.0
            for v in column where v > 0 { h -= (v / total) * Foundation.log(v / total) }
            d[j] = 1 - h / Foundation.log(Double(n))
        }
        let sum = d.reduce(0, +)
        expectClose(try Weighting.entropy(x).weights, d.map { $0 / sum }, abs: 1e-10)
    }

    @Test("the fused validation still names the first bad cell on the concurrent path")
    func fusedValidation() {
        var x = Matrix.random(rows: 3_000, columns: 4, in: 1...5, seed: 73)
        x[2_500, 1] = -2
        #expect(throws: ScoringError.negativeValue(row: 2_500, column: 1, value: -2)) { try Weighting.entropy(x) }
        x[2_900, 3] = .infinity
        #expect(throws: ScoringError.nonFiniteValue(row: 2_900, column: 3, value: .infinity)) { try Weighting.entropy(x) }
        #expect(throws: ScoringError.negativeValue(row: 0, column: 0, value: -1)) {
            try Weighting.entropy(Matrix(rows: [[-1, 2]]))
        }
    }
}
