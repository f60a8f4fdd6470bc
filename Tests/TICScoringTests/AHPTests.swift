import Testing
import TICTestSupport
@testable import TICScoring

/// The numpy, pymcdm 1.4.0 and mpmath values quoted here are recomputed by
/// `Benchmarks/peers/expected_values.py`.
@Suite struct AHPTests {
    static let saaty3 = Matrix(rows: [[1, 3, 5], [1.0 / 3, 1, 3], [1.0 / 5, 1.0 / 3, 1]])

    @Test("Saaty's 3×3 example: w ≈ (0.637, 0.258, 0.105), λmax ≈ 3.039, CR ≈ 0.033 with RI = 0.58")
    func saatyExample() throws {
        let result = try AHP.weigh(Self.saaty3)
        // Reference to the 3 decimals quoted in the AHP literature (Saaty 1980 style example) ...
        expectClose(result.weights, [0.637, 0.258, 0.105], abs: 5e-4)
        expectClose(result.lambdaMax, 3.039, abs: 5e-4)
        expectClose(result.consistencyRatio, 0.033, abs: 5e-4)
        // ... and to 1e-9 against numpy.linalg.eig (numpy 2.4.6) principal eigenvector and eigenvalue.
        expectClose(result.weights, [0.6369855717447569, 0.2582849943744952, 0.10472943388074793], abs: 1e-9)
        expectClose(result.lambdaMax, 3.0385110905581745, abs: 1e-9)
        expectClose(result.consistencyIndex, (3.0385110905581745 - 3) / 2, abs: 1e-9)
        #expect(result.randomIndex == 0.58)
        #expect(result.warnings.isEmpty)
    }

    @Test("4×4 eigenvector and geometric-mean priorities match numpy")
    func fourByFour() throws {
        let a = Matrix(rows: [[1, 2, 4, 3], [0.5, 1, 3, 2], [0.25, 1.0 / 3, 1, 0.5], [1.0 / 3, 0.5, 2, 1]])
        let eigen = try AHP.weigh(a)
        // numpy.linalg.eig(A4): principal eigenvector normalized to sum 1, eigenvalue
        expectClose(eigen.weights, [0.4672959827809369, 0.27718059061097955, 0.0954349515837092, 0.16008847502437432], abs: 1e-9)
        expectClose(eigen.lambdaMax, 4.030983498297896, abs: 1e-9)
        expectClose(eigen.consistencyRatio, (4.030983498297896 - 4) / 3 / 0.90, abs: 1e-9)
        // numpy.prod(A4, axis=1) ** (1/4), normalized
        let gm = try AHP.weigh(a, method: .geometricMean)
        expectClose(gm.weights, [0.466848563720221, 0.277589816802444, 0.09529506402214502, 0.16026655545518995], abs: 1e-12)
    }

    @Test("with the Tummala & Ling table, weights and CR match pymcdm 1.4.0 AHP(matrix=A)() and get_cr()")
    func pymcdmAHP() throws {
        let three = try AHP.weigh(Self.saaty3, randomIndex: .tummalaLing1998)
        expectClose(three.weights, [0.6369855717447569, 0.2582849943744952, 0.10472943388074793], abs: 1e-12)
        expectClose(three.consistencyRatio, 0.03320494098825184, abs: 1e-9)
        let a = Matrix(rows: [[1, 2, 4, 3], [0.5, 1, 3, 2], [0.25, 1.0 / 3, 1, 0.5], [1.0 / 3, 0.5, 2, 1]])
        let four = try AHP.weigh(a, randomIndex: .tummalaLing1998)
        expectClose(four.weights, [0.4672959827809369, 0.27718059061097955, 0.0954349515837092, 0.16008847502437432], abs: 1e-12)
        expectClose(four.consistencyRatio, 0.01157698998538888, abs: 1e-9)
    }

    @Test("the CLI's pymcdm 1.4.0 cases: a 4 × 4 matrix and the geometric mean of two experts (Tummala & Ling)")
    func pymcdmCLICases() throws {
        let four = Matrix(rows: [[1, 2, 5, 9], [0.5, 1, 3, 4], [0.2, 1.0 / 3, 1, 2], [1.0 / 9, 0.25, 0.5, 1]])
        let result = try AHP.weigh(four, randomIndex: .tummalaLing1998)
        expectClose(result.weights, [0.5495644081313625, 0.28061328762566484, 0.10831683349516269, 0.061505470747809855], abs: 1e-10)
        expectClose(result.consistencyRatio, 0.005212645567468389, abs: 1e-10)
        let second = Matrix(rows: [[1, 5, 3], [0.2, 1, 0.5], [1.0 / 3, 2, 1]])
        let group = try AHP.weighGroup([Self.saaty3, second], randomIndex: .tummalaLing1998)
        expectClose(group.weights, [0.6589449952101548, 0.18203381771374716, 0.15902118707609797], abs: 1e-10)
        expectClose(group.consistencyRatio, 0.003939005964587157, abs: 1e-10)
        // Guides/Research.md's expert1 (the same judgements as saaty3), to 1e-12.
        let expert1 = try AHP.weigh(Self.saaty3, randomIndex: .tummalaLing1998)
        expectClose(expert1.weights, [0.6369855717447745, 0.2582849943744825, 0.10472943388074302], abs: 1e-12)
        expectClose(expert1.consistencyRatio, 0.03320494098818674, abs: 1e-12)
    }

    @Test("random index tables", arguments: [
        (RandomIndexTable.saaty1980, 3, 0.58), (.saaty1980, 10, 1.49), (.doneganDodd1991, 5, 1.0591),
        (.doneganDodd1991, 15, 1.4969), (.tummalaLing1998, 3, 0.5799), (.tummalaLing1998, 15, 1.5831), (.custom([0.5]), 3, 0.5),
    ] as [(RandomIndexTable, Int, Double)])
    func randomIndex(table: RandomIndexTable, size: Int, expected: Double) {
        #expect(table.value(forSize: size) == expected)
    }

    @Test("n ≤ 2 is always consistent: CR = 0")
    func small() throws {
        let two = try AHP.weigh(Matrix(rows: [[1, 4], [0.25, 1]]))
        expectClose(two.weights, [0.8, 0.2], abs: 1e-12)
        #expect(two.consistencyRatio == 0)
        let one = try AHP.weigh(Matrix(rows: [[1]]))
        #expect(one.weights == [1])
        #expect(try AHP.weigh(Matrix(rows: 0, columns: 0)).weights.isEmpty)
    }

    @Test("a table that stops short of n throws")
    func tooLarge() {
        let n = 11
        let ones = Matrix(rows: n, columns: n, repeating: 1)
        #expect(throws: ScoringError.randomIndexUnavailable(size: 11)) { try AHP.weigh(ones) }
        #expect((try? AHP.weigh(ones, randomIndex: .doneganDodd1991))?.consistencyRatio == 0)
    }

    @Test("validation names the bad cell")
    func validation() {
        #expect(throws: ScoringError.notSquare(rows: 2, columns: 3)) {
            try AHP.validate(Matrix(rows: [[1, 2, 3], [0.5, 1, 2]]))
        }
        #expect(throws: ScoringError.nonPositiveJudgement(row: 1, column: 0, value: 0)) {
            try AHP.validate(Matrix(rows: [[1, 2], [0, 1]]))
        }
        #expect(throws: ScoringError.notReciprocal(row: 0, column: 2, value: 5, transposed: 0.25)) {
            try AHP.validate(Matrix(rows: [[1, 3, 5], [1.0 / 3, 1, 3], [0.25, 1.0 / 3, 1]]))
        }
        #expect(throws: ScoringError.diagonalNotOne(index: 1, value: 2)) {
            try AHP.validate(Matrix(rows: [[1, 2], [0.5, 2]]))
        }
        // 0.33 for 1/3 passes the default 5 % tolerance.
        #expect(throws: Never.self) { try AHP.validate(Matrix(rows: [[1, 3], [0.33, 1]])) }
    }

    @Test("group AHP aggregates experts by element-wise geometric mean (AIJ)")
    func group() throws {
        let e1 = Matrix(rows: [[1, 2], [0.5, 1]]), e2 = Matrix(rows: [[1, 8], [0.125, 1]])
        let aggregate = try AHP.aggregateJudgements([e1, e2])
        expectClose(aggregate[0, 1], 4, abs: 1e-12)
        expectClose(aggregate[1, 0], 0.25, abs: 1e-12)
        let result = try AHP.weighGroup([e1, e2])
        expectClose(result.weights, [0.8, 0.2], abs: 1e-12)
        #expect(throws: ScoringError.expertSizeMismatch(expert: 1, size: 3, expected: 2)) {
            try AHP.aggregateJudgements([e1, Self.saaty3])
        }
        #expect(throws: ScoringError.noExperts) { try AHP.aggregateJudgements([]) }
    }

    @Test("an inconsistent matrix is weighed but warned")
    func inconsistent() throws {
        let a = Matrix(rows: [[1, 9, 1.0 / 9], [1.0 / 9, 1, 9], [9, 1.0 / 9, 1]])
        let result = try AHP.weigh(a)
        #expect(result.consistencyRatio > 0.1)
        #expect(result.warnings.contains(.inconsistentJudgements(ratio: result.consistencyRatio)))
        #expect(result.weights.allSatisfy { $0.isFinite })
    }

    @Test("和积法 (sum-product: column-normalized row means) on Saaty's 3 × 3 example, by hand in exact fractions")
    func sumProduct() throws {
        // A = [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]] (Guides/Research.md, expert1.csv). Column sums 23/15, 13/3, 9;
        // w_1 = (15/23 + 9/13 + 5/9)/3 = 5113/8073, w_2 = (5/23 + 3/13 + 1/3)/3 = 701/2691,
        // w_3 = (3/23 + 1/13 + 1/9)/3 = 857/8073; λmax = mean((Aw)_i/w_i) = 1260080599681/414675523035
        // (Python `fractions`, Saaty 1980 §3's approximate method; 邓雪等 2012 call it 和积法).
        let a = Matrix(rows: [[1, 3, 5], [1.0 / 3, 1, 3], [0.2, 1.0 / 3, 1]])
        let result = try AHP.weigh(a, method: .sumProduct)
        try expectClose(result.weights, [5113.0 / 8073, 701.0 / 2691, 857.0 / 8073], abs: 1e-15)
        #expect(isClose(result.lambdaMax, 1260080599681.0 / 414675523035, abs: 1e-13))
        #expect(isClose(result.consistencyIndex, (result.lambdaMax - 3) / 2, abs: 1e-15))
        #expect(isClose(result.consistencyRatio, result.consistencyIndex / 0.58, abs: 1e-15))
        // Close to, but not, the principal eigenvector (0.6370, 0.2583, 0.1047).
        let eigen = try AHP.weigh(a)
        #expect(!isClose(result.weights, eigen.weights, abs: 1e-3) && isClose(result.weights, eigen.weights, abs: 0.01))
    }
}
