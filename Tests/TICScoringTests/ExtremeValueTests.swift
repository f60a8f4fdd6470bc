import Foundation
import Testing
import TICTestSupport
@testable import TICScoring

/// Huge and tiny finite inputs (issue 13): every function either computes a finite, correct result
/// or refuses the input with a located error; none returns NaN, an infinity or a silently wrong value.
@Suite("Extreme values")
struct ExtremeValueTests {
    /// Column 0 holds 1.7e308 in row 1 (row 0 holds 1e300); column 1 is ordinary.
    static let huge = Matrix(rows: [[1e300, 2], [1.7e308, 3], [1.6e308, 4]])

    @Test("a value beyond ±1e100 is refused at its cell by every weighting method")
    func hugeWeighting() {
        #expect(throws: ScoringError.valueTooLarge(row: 0, column: 0, value: 1e300)) { try Weighting.entropy(Self.huge) }
        #expect(throws: ScoringError.valueTooLarge(row: 0, column: 0, value: 1e300)) { try Weighting.critic(Self.huge) }
        #expect(throws: ScoringError.valueTooLarge(row: 0, column: 0, value: 1e300)) { try Weighting.standardDeviation(Self.huge) }
    }

    @Test("a value beyond ±1e100 is refused by every normalization and aggregation")
    func hugeScoring() {
        let benefit = [Direction](repeating: .benefit, count: 2)
        for method in NormalizationMethod.allCases where method != .goalposts {
            #expect(throws: ScoringError.valueTooLarge(row: 0, column: 0, value: 1e300)) {
                try Normalization.normalize(Self.huge, method: method, directions: benefit)
            }
        }
        #expect(throws: ScoringError.valueTooLarge(row: 0, column: 0, value: 1e300)) {
            try Aggregation.topsis(Self.huge, weights: [0.5, 0.5], directions: benefit)
        }
        #expect(throws: ScoringError.valueTooLarge(row: 0, column: 0, value: 1e300)) {
            try Aggregation.vikor(Self.huge, weights: [0.5, 0.5], directions: benefit)
        }
        #expect(throws: ScoringError.valueTooLarge(row: 0, column: 0, value: 1e300)) {
            try Aggregation.weightedProduct(Self.huge, weights: [0.5, 0.5], directions: benefit)
        }
    }

    @Test("the vectorized TOPSIS and VIKOR paths (eight columns or more) refuse a huge value too")
    func hugeVectorized() {
        var matrix = Matrix.random(rows: 40, columns: 9, in: 1...100, seed: 13)
        matrix[17, 5] = -2e150
        let weights = [Double](repeating: 1.0 / 9, count: 9), benefit = [Direction](repeating: .benefit, count: 9)
        #expect(throws: ScoringError.valueTooLarge(row: 17, column: 5, value: -2e150)) {
            try Aggregation.topsis(matrix, weights: weights, directions: benefit)
        }
        #expect(throws: ScoringError.valueTooLarge(row: 17, column: 5, value: -2e150)) {
            try Aggregation.topsis(matrix, weights: weights, directions: benefit, normalization: .vector)
        }
        #expect(throws: ScoringError.valueTooLarge(row: 17, column: 5, value: -2e150)) {
            try Aggregation.vikor(matrix, weights: weights, directions: benefit)
        }
    }

    @Test("values up to the limit give the same weights as the matrix scaled down (entropy and CRITIC are scale-free)")
    func largeButAllowed() throws {
        let small = Matrix(rows: [[1, 2, 7], [3, 5, 1], [2, 9, 4], [8, 1, 3]])
        var large = small
        for i in 0..<4 { for j in 0..<3 { large[i, j] = small[i, j] * 1e99 } }
        let entropy = try Weighting.entropy(large)
        #expect(entropy.warnings.isEmpty)
        expectClose(entropy.weights, try Weighting.entropy(small).weights, abs: 1e-12)
        expectClose(try Weighting.critic(large).weights, try Weighting.critic(small).weights, abs: 1e-12)
        // stddev weights depend on the unit, but not on a common factor.
        let stddev = try Weighting.standardDeviation(large)
        #expect(stddev.warnings.isEmpty, "no false 'no variation' warning")
        expectClose(stddev.weights, try Weighting.standardDeviation(small).weights, abs: 1e-12)
    }

    @Test("a weight above 1e100 is refused, so weighted sums and distances stay finite")
    func hugeWeight() {
        let matrix = Matrix(rows: [[1, 2], [3, 4], [5, 1]])
        let benefit = [Direction](repeating: .benefit, count: 2)
        #expect(throws: ScoringError.invalidWeight(index: 0, value: 1.7e308)) {
            try Aggregation.topsis(matrix, weights: [1.7e308, 1.7e308], directions: benefit)
        }
        #expect(throws: ScoringError.invalidWeight(index: 1, value: 1e101)) { try Weighting.normalized([1, 1e101]) }
        #expect(throws: ScoringError.invalidWeight(index: 0, value: 1.7e308)) { try Aggregation.weightedSum(matrix, weights: [1.7e308, 1]) }
        #expect(throws: Never.self) { try Aggregation.topsis(matrix, weights: [1e100, 1e100], directions: benefit) }
    }

    @Test("tiny positive values: sum normalization of a cost column and vector norms stay finite and exact")
    func tinyValues() throws {
        // (1/x)/Σ(1/x) for x = (1, 3, 6)·1e-320 is (6, 2, 1)/9 whatever the scale; 1/1e-320 overflows.
        let tiny = Matrix(rows: [[1e-320, 1], [3e-320, 2], [6e-320, 3]])
        let cost = try Normalization.normalize(tiny, method: .sum, directions: [.cost, .benefit])
        #expect(cost.matrix.isAllFinite)
        expectClose(cost.matrix.column(0), [6.0 / 9, 2.0 / 9, 1.0 / 9], abs: 1e-3)   // subnormal inputs carry ~3 digits
        // x/‖x‖ for x = (3, 4)·1e-170: Σx² underflows to 0, the norm is 5e-170.
        let small = Matrix(rows: [[3e-170], [4e-170]])
        let vector = try Normalization.normalize(small, method: .vector, directions: [.benefit])
        #expect(vector.warnings.isEmpty, "not reported as an all-zero column")
        expectClose(vector.matrix.column(0), [0.6, 0.8], abs: 1e-12)
        let topsis = try Aggregation.topsis(Matrix(rows: [[3e-170, 1], [4e-170, 2], [1e-170, 3]]), weights: [0.5, 0.5],
                                            directions: [.benefit, .benefit], normalization: .vector)
        #expect(topsis.closeness.allSatisfy { $0.isFinite })
        #expect(!topsis.warnings.contains(.allZeroColumn(column: 0)))
    }

    @Test("AHP: a judgement beyond 1/10⁶…10⁶ is refused at its cell")
    func extremeJudgement() {
        let extreme = Matrix(rows: [[1, 1e300, 1e300], [1e-300, 1, 1e300], [1e-300, 1e-300, 1]])
        #expect(throws: ScoringError.judgementOutOfRange(row: 0, column: 1, value: 1e300)) { try AHP.weigh(extreme) }
        #expect(throws: ScoringError.judgementOutOfRange(row: 0, column: 1, value: 1e300)) { try AHP.weigh(extreme, method: .geometricMean) }
        let justOver = Matrix(rows: [[1, 2e6], [5e-7, 1]])
        #expect(throws: ScoringError.judgementOutOfRange(row: 0, column: 1, value: 2e6)) { try AHP.weigh(justOver) }
    }

    @Test("AHP at the judgement limit: λmax and the weights match numpy.linalg.eig; λmax ≥ n, CI and CR ≥ 0")
    func judgementsAtTheLimit() throws {
        // numpy 2.4.6 λmax 101.0099999999999; mpmath (50 digits): weights 0.9999000000009999, 9.999000000009999e-5, 9.999000000009999e-9
        let strong = try AHP.weigh(Matrix(rows: [[1, 1e6, 1e6], [1e-6, 1, 1e6], [1e-6, 1e-6, 1]]))
        expectClose(strong.lambdaMax, 101.0099999999999, abs: 1e-9)
        expectClose(strong.weights, [0.9999000000009999, 0.00009999000000009999, 9.999000000009999e-9], abs: 1e-15)
        #expect(strong.consistencyRatio > 0.1)
        // A consistent chain 10³ · 10³ = 10⁶: λmax = n exactly (numpy 3.0000000000000004).
        let consistent = try AHP.weigh(Matrix(rows: [[1, 1e3, 1e6], [1e-3, 1, 1e3], [1e-6, 1e-3, 1]]))
        #expect(consistent.lambdaMax >= 3)
        expectClose(consistent.lambdaMax, 3, abs: 1e-12)
        #expect(consistent.consistencyIndex >= 0 && consistent.consistencyRatio >= 0)
    }

    @Test("AHP: random consistent matrices never report λmax < n or a negative CR", arguments: [3, 4, 6, 9])
    func consistentMatrices(_ n: Int) throws {
        var rng = SeededGenerator(seed: UInt64(n))
        for _ in 0..<50 {
            let w = (0..<n).map { _ in pow(10, Double.random(in: -2...2, using: &rng)) }
            let a = Matrix(rows: (0..<n).map { i in (0..<n).map { j in w[i] / w[j] } })
            for method in AHPPriorityMethod.allCases {
                let result = try AHP.weigh(a, method: method, randomIndex: .doneganDodd1991)
                #expect(result.lambdaMax >= Double(n))
                #expect(result.consistencyIndex >= 0 && result.consistencyRatio >= 0)
                #expect(result.consistencyRatio < 1e-9)
            }
        }
    }
}
