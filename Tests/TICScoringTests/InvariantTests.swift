import Testing
import TICTestSupport
@testable import TICScoring

/// Properties every method must keep, on seeded random data.
@Suite struct InvariantTests {
    static let directions: [Direction] = [.benefit, .cost, .benefit, .target(40), .cost, .benefit]

    @Test("permuting alternatives permutes every score", arguments: [31, 32] as [UInt64])
    func permutation(seed: UInt64) throws {
        let n = 25, m = 6
        let x = Matrix.random(rows: n, columns: m, in: 1...100, seed: seed)
        var rng = SeededGenerator(seed: seed)
        let order = Array(0..<n).shuffled(using: &rng)
        var permuted = Matrix(rows: n, columns: m)
        for (i, source) in order.enumerated() {
            for j in 0..<m { permuted[i, j] = x[source, j] }
        }
        let w = try Weighting.entropy(x).weights
        expectClose(w, try Weighting.entropy(permuted).weights, abs: 1e-12)
        expectClose(try Weighting.critic(x).weights, try Weighting.critic(permuted).weights, abs: 1e-12)
        let a = try Aggregation.topsis(x, weights: w, directions: Self.directions).closeness
        let b = try Aggregation.topsis(permuted, weights: w, directions: Self.directions).closeness
        expectClose(order.map { a[$0] }, b, abs: 1e-12)
        let va = try Aggregation.vikor(x, weights: w, directions: Self.directions).q
        let vb = try Aggregation.vikor(permuted, weights: w, directions: Self.directions).q
        expectClose(order.map { va[$0] }, vb, abs: 1e-12)
        let na = try Normalization.normalize(x, method: .percentile, directions: Self.directions).matrix
        let nb = try Normalization.normalize(permuted, method: .percentile, directions: Self.directions).matrix
        for (i, source) in order.enumerated() { #expect(na.row(source) == nb.row(i)) }
    }

    @Test("duplicate rows get identical scores and tie in rank")
    func duplicates() throws {
        var x = Matrix.random(rows: 10, columns: 6, in: 1...100, seed: 41)
        for j in 0..<6 { x[7, j] = x[2, j] }
        let w = Weighting.equal(count: 6)
        let topsis = try Aggregation.topsis(x, weights: w, directions: Self.directions).closeness
        #expect(topsis[7] == topsis[2])
        let ranks = Ranking.competitionRanks(topsis)
        #expect(ranks[7] == ranks[2])
        let q = try Aggregation.vikor(x, weights: w, directions: Self.directions).q
        #expect(q[7] == q[2])
    }

    @Test("no NaN or infinity leaves the core, even on zeros, constants and single rows",
          arguments: [0, 1, 2, 3] as [Int])
    func noNaN(shape: Int) throws {
        let x: Matrix
        switch shape {
        case 0: x = Matrix(rows: [[0, 0, 5, 40, 0, 1]])
        case 1: x = Matrix(rows: [[0, 0, 5, 40, 0, 1], [0, 0, 5, 40, 0, 1]])
        case 2: x = Matrix(rows: [[0, 1, 5, 40, 0, 0], [0, 2, 5, 41, 3, 0], [0, 3, 6, 39, 0, 0]])
        default: x = Matrix.random(rows: 15, columns: 6, in: 0...3, seed: 51)
        }
        let d = Self.directions
        var outputs: [[Double]] = []
        for method in NormalizationMethod.allCases where method != .sum {
            let r = try Normalization.normalize(x, method: method, directions: d,
                                                goalposts: Array(repeating: Goalposts(floor: 0, ceiling: 100), count: 6))
            outputs.append(Array(r.matrix.storage))
        }
        outputs.append(try Weighting.entropy(x).weights)
        outputs.append(try Weighting.critic(x, directions: d, variant: .invertCost).weights)
        outputs.append(try Weighting.standardDeviation(x).weights)
        let w = Weighting.equal(count: 6)
        let t = try Aggregation.topsis(x, weights: w, directions: d)
        outputs += [t.closeness, t.distanceToIdeal, t.distanceToAntiIdeal]
        outputs.append(try Aggregation.topsis(x, weights: w, directions: d, normalization: .vector).closeness)
        let v = try Aggregation.vikor(x, weights: w, directions: d)
        outputs += [v.s, v.r, v.q]
        outputs.append(try Aggregation.geometric(x, weights: w).scores)
        outputs.append(try OutlierTreatment.treat(x, method: .winsorize).matrix.storage.map { $0 })
        for output in outputs { #expect(output.allSatisfy { $0.isFinite }) }
    }

    @Test("a 10,000 × 64 matrix goes through entropy, CRITIC, TOPSIS and VIKOR (smoke test, debug build)")
    func large() throws {
        let x = Matrix.random(rows: 10_000, columns: 64, in: 0.1...1000, seed: 61)
        let d = (0..<64).map { $0 % 5 == 0 ? Direction.cost : .benefit }
        let entropy = try Weighting.entropy(x)
        let critic = try Weighting.critic(x)
        expectClose(entropy.weights.reduce(0, +), 1, abs: 1e-9)
        expectClose(critic.weights.reduce(0, +), 1, abs: 1e-9)
        let t = try Aggregation.topsis(x, weights: critic.weights, directions: d)
        let v = try Aggregation.vikor(x, weights: entropy.weights, directions: d)
        #expect(t.closeness.count == 10_000 && v.q.count == 10_000)
        #expect(t.closeness.allSatisfy { (0...1).contains($0) })
    }
}
