import Testing
import TICTestSupport
@testable import TICScoring

@Suite struct HierarchicalScoresTests {
    @Test("one BLAS product gives the same sub-scores and totals as a naive per-center loop",
          arguments: [21, 22, 23] as [UInt64])
    func matchesNaive(seed: UInt64) throws {
        let n = 57, m = 11
        let x = Matrix.random(rows: n, columns: m, in: 0...1, seed: seed)
        var rng = SeededGenerator(seed: seed &+ 100)
        let indicatorWeights = (0..<m).map { _ in Double.random(in: 0.1...1, using: &rng) }
        let dimensionOf = [0, 0, 0, 1, 1, 2, 2, 2, 2, 3, 3]
        let dimensionWeights = [0.4, 0.3, 0.2, 0.1]
        let scores = try HierarchicalScores(normalized: x, indicatorWeights: indicatorWeights,
                                            dimensionOfIndicator: dimensionOf, dimensionWeights: dimensionWeights)
        for i in 0..<n {
            var total = 0.0
            for k in 0..<4 {
                var num = 0.0, den = 0.0
                for j in 0..<m where dimensionOf[j] == k {
                    num += indicatorWeights[j] * x[i, j]
                    den += indicatorWeights[j]
                }
                expectClose(scores.dimensionScores[i, k], num / den, abs: 1e-12)
                total += dimensionWeights[k] * num / den
            }
            expectClose(scores.total[i], total, abs: 1e-12)
        }
        #expect(scores.weightColumns.rows == m && scores.weightColumns.columns == 5)
    }

    @Test("a hand-built weight-column matrix is used as given")
    func explicitColumns() throws {
        let x = Matrix(rows: [[1, 0, 0.5], [0, 1, 1]])
        let w = Matrix(rows: [[1, 0, 0.25], [0, 0.5, 0.25], [0, 0.5, 0.5]])
        let scores = try HierarchicalScores(normalized: x, weightColumns: w)
        #expect(scores.dimension(0) == [1, 0])
        #expect(scores.dimension(1) == [0.25, 1])
        #expect(scores.total == [0.5, 0.75])
    }

    @Test("a dimension without weight scores 0 and adds nothing")
    func zeroDimension() throws {
        let x = Matrix(rows: [[1, 1], [0.5, 0.2]])
        let scores = try HierarchicalScores(normalized: x, indicatorWeights: [1, 0], dimensionOfIndicator: [0, 1],
                                            dimensionWeights: [0.5, 0.5])
        #expect(scores.dimension(1) == [0, 0])
        #expect(scores.total == [0.5, 0.25])
    }

    @Test("with values missing, scores = ((X∘M)·W) ⊘ (M·W), by hand")
    func missingValuesMask() throws {
        // Dimension 0 holds indicators 0 and 1 (within weights 0.25, 0.75), dimension 1 indicator 2;
        // dimension weights 0.4 and 0.6, so the effective weights are 0.1, 0.3, 0.6.
        let w = Matrix(rows: [[0.25, 0, 0.1], [0.75, 0, 0.3], [0, 1, 0.6]])
        let x = Matrix(rows: [[0.2, 0.6, 1.0], [0.8, .nan, 0.5], [.nan, .nan, 0.4]])
        let m = Matrix(rows: [[1, 1, 1], [1, 0, 1], [0, 0, 1]])
        let scores = try HierarchicalScores(normalized: x, present: m, weightColumns: w)
        // Row 0, complete: 0.25·0.2 + 0.75·0.6 = 0.5; 1.0; 0.02 + 0.18 + 0.6 = 0.8.
        // Row 1: (0.25·0.8) / 0.25 = 0.8; 0.5; (0.08 + 0.3) / (0.1 + 0.6) = 0.38 / 0.7.
        // Row 2: nothing of dimension 0 present, so 0; 0.4; 0.24 / 0.6 = 0.4.
        let expected: [[Double]] = [[0.5, 1.0, 0.8], [0.8, 0.5, 0.38 / 0.7], [0, 0.4, 0.4]]
        for i in 0..<3 {
            expectClose(scores.dimensionScores[i, 0], expected[i][0], abs: 1e-15)
            expectClose(scores.dimensionScores[i, 1], expected[i][1], abs: 1e-15)
            expectClose(scores.total[i], expected[i][2], abs: 1e-15)
        }
    }

    @Test("an all-ones mask gives exactly the unmasked product")
    func fullMask() throws {
        let x = Matrix.random(rows: 9, columns: 4, in: 0...1, seed: 5)
        let w = Matrix(rows: [[0.5, 0, 0.2], [0.5, 0, 0.2], [0, 0.3, 0.18], [0, 0.7, 0.42]])
        let ones = Matrix(rows: Array(repeating: [1, 1, 1, 1], count: 9))
        let masked = try HierarchicalScores(normalized: x, present: ones, weightColumns: w)
        let plain = try HierarchicalScores(normalized: x, weightColumns: w)
        #expect(masked == plain)
    }
}
