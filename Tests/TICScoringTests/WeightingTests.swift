import Testing
import TICTestSupport
@testable import TICScoring

@Suite struct WeightingTests {
    @Test("entropy, CRITIC and standard-deviation weights match pymcdm 1.4.0 on M1")
    func pymcdmM1() throws {
        // pymcdm.weights.entropy_weights(M1)
        let entropy = try Weighting.entropy(PeerData.m1)
        expectClose(entropy.weights, [0.06391538399045828, 0.3788312783411814, 0.2879206127537567, 0.2693327249146037], abs: 1e-12)
        // pymcdm.weights.critic_weights(M1)
        let critic = try Weighting.critic(PeerData.m1)
        expectClose(critic.weights, [0.13018015580082568, 0.25902748435987316, 0.3784756334316029, 0.2323167264076981], abs: 1e-12)
        // pymcdm.weights.standard_deviation_weights(M1)
        let std = try Weighting.standardDeviation(PeerData.m1)
        expectClose(std.weights, [0.7397873473602427, 0.16401270687034186, 0.07486121605864064, 0.021338729710774756], abs: 1e-12)
    }

    @Test("entropy, CRITIC and standard-deviation weights match pymcdm 1.4.0 on M2")
    func pymcdmM2() throws {
        // pymcdm.weights.entropy_weights(M2); scikit-criteria 0.10 entropy_weights(M2) agrees to 1e-15
        let entropy = try Weighting.entropy(PeerData.m2)
        expectClose(entropy.weights, [0.12283183363223353, 0.13179980118486465, 0.24750500362388828, 0.4388468477549908, 0.0590165138040228], abs: 1e-12)
        // pymcdm.weights.critic_weights(M2)
        let critic = try Weighting.critic(PeerData.m2, directions: PeerData.d2)
        expectClose(critic.weights, [0.2357892806153253, 0.15699666688359015, 0.17290337655671695, 0.20665310990855146, 0.22765756603581616], abs: 1e-12)
        // pymcdm.weights.standard_deviation_weights(M2)
        let std = try Weighting.standardDeviation(PeerData.m2)
        expectClose(std.weights, [0.002842587119356044, 0.9846760906856128, 9.937493470335309e-05, 0.0028744161409099906, 0.009507531119417942], abs: 1e-12)
    }

    @Test("the cost-inverting CRITIC variant matches scikit-criteria 0.10 critic_weights(M2, objectives)")
    func scikitCritic() throws {
        let critic = try Weighting.critic(PeerData.m2, directions: PeerData.d2, variant: .invertCost)
        expectClose(critic.weights, [0.1465646961778412, 0.29987978334176624, 0.23078086661396707, 0.13861777918408139, 0.18415687468234404], abs: 1e-12)
    }

    @Test("entropy uses 0·ln 0 = 0 like scikit-criteria; an all-zero column gets weight 0")
    func entropyZeros() throws {
        // scikit-criteria 0.10 entropy_weights([[0,3,1],[2,0,1],[4,3,1],[0,6,1]]) (pymcdm 1.4.0 raises on zeros)
        let m = Matrix(rows: [[0, 3, 1], [2, 0, 1], [4, 3, 1], [0, 6, 1]])
        let result = try Weighting.entropy(m)
        expectClose(result.weights, [0.6838852607427317, 0.31611473925726824, 0.0], abs: 1e-12)
        #expect(result.warnings == [.constantColumn(column: 2)])
        let zero = try Weighting.entropy(Matrix(columns: [[0, 0, 0], [1, 2, 3]]))
        #expect(zero.weights == [0, 1])
        #expect(zero.warnings == [.allZeroColumn(column: 0)])
    }

    @Test("entropy names the negative cell")
    func entropyNegative() {
        #expect(throws: ScoringError.negativeValue(row: 2, column: 1, value: -1)) {
            try Weighting.entropy(Matrix(rows: [[1, 2], [3, 4], [5, -1]]))
        }
    }

    @Test("a constant column gets CRITIC and stddev weight 0, never NaN")
    func constantColumns() throws {
        let m = Matrix(columns: [[1, 2, 3, 4], [7, 7, 7, 7], [4, 1, 3, 2]])
        let critic = try Weighting.critic(m)
        #expect(critic.weights[1] == 0)
        #expect(critic.weights.allSatisfy { $0.isFinite })
        expectClose(critic.weights.reduce(0, +), 1, abs: 1e-9)
        #expect(critic.warnings == [.constantColumn(column: 1)])
        let std = try Weighting.standardDeviation(m)
        #expect(std.weights[1] == 0)
    }

    @Test("no variation at all falls back to equal weights with a warning")
    func fallback() throws {
        let constant = Matrix(rows: [[1, 2], [1, 2], [1, 2]])
        for result in [try Weighting.entropy(constant), try Weighting.critic(constant),
                       try Weighting.standardDeviation(constant)] {
            #expect(result.weights == [0.5, 0.5])
        }
        let single = Matrix(rows: [[3, 4, 5]])
        let e = try Weighting.entropy(single)
        expectClose(e.weights, [1.0 / 3, 1.0 / 3, 1.0 / 3], abs: 1e-9)
        #expect(e.warnings == [.equalWeightsFallback(method: .entropy)])
    }

    @Test("objective weights sum to 1 on random data", arguments: [11, 12, 13] as [UInt64])
    func sumToOne(seed: UInt64) throws {
        let m = Matrix.random(rows: 50, columns: 9, in: 0.5...20, seed: seed)
        for w in [try Weighting.entropy(m).weights, try Weighting.critic(m).weights,
                  try Weighting.standardDeviation(m).weights] {
            expectClose(w.reduce(0, +), 1, abs: 1e-12)
            #expect(w.allSatisfy { $0 >= 0 && $0.isFinite })
        }
    }

    @Test("CRITIC's BLAS correlation equals a naive Pearson loop")
    func criticNaive() throws {
        let m = Matrix.random(rows: 40, columns: 6, seed: 99)
        let n = 40, k = 6
        var cols = (0..<k).map { m.column($0) }
        for j in 0..<k {
            let lo = cols[j].min()!, hi = cols[j].max()!
            cols[j] = cols[j].map { ($0 - lo) / (hi - lo) }
        }
        func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }
        func sd(_ x: [Double]) -> Double {
            let mu = mean(x); return (x.map { ($0 - mu) * ($0 - mu) }.reduce(0, +) / Double(n - 1)).squareRoot()
        }
        func r(_ x: [Double], _ y: [Double]) -> Double {
            let mx = mean(x), my = mean(y)
            var sxy = 0.0, sxx = 0.0, syy = 0.0
            for i in 0..<n { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) * (x[i] - mx); syy += (y[i] - my) * (y[i] - my) }
            return sxy / (sxx * syy).squareRoot()
        }
        var c = [Double](repeating: 0, count: k)
        for j in 0..<k { c[j] = sd(cols[j]) * (0..<k).map { 1 - r(cols[j], cols[$0]) }.reduce(0, +) }
        let total = c.reduce(0, +)
        try expectClose(try Weighting.critic(m).weights, c.map { $0 / total }, abs: 1e-12)
    }

    @Test("combined weights: additive and multiplicative rules")
    func combined() throws {
        let s = [0.5, 0.3, 0.2], o = [0.2, 0.2, 0.6]
        try expectClose(try Weighting.combined(subjective: s, objective: o, rule: .additive(alpha: 0.5)), [0.35, 0.25, 0.4], abs: 1e-9)
        // w ∝ w_s^α · w_o^(1−α) (Guides/Schemes.md), by hand. α = 0.5: √0.1 = 0.316228, √0.06 = 0.244949,
        // √0.12 = 0.346410, Σ = 0.907587. α = 0.8: 0.5^0.8·0.2^0.2 = 0.574349·0.724780 = 0.416276,
        // 0.3^0.8·0.2^0.2 = 0.381678·0.724780 = 0.276633, 0.2^0.8·0.6^0.2 = 0.275946·0.902880 = 0.249146,
        // Σ = 0.942055. Before issue #30 both gave the plain product w_s·w_o/Σ (α ignored).
        let half = try Weighting.combined(subjective: s, objective: o, rule: .multiplicative(alpha: 0.5))
        let most = try Weighting.combined(subjective: s, objective: o, rule: .multiplicative(alpha: 0.8))
        try expectClose(half, [0.316228 / 0.907587, 0.244949 / 0.907587, 0.346410 / 0.907587], abs: 1e-6)
        try expectClose(most, [0.416276 / 0.942055, 0.276633 / 0.942055, 0.249146 / 0.942055], abs: 1e-6)
        #expect(half != most)
        // α = 1 is the subjective vector, α = 0 the objective one.
        try expectClose(try Weighting.combined(subjective: s, objective: o, rule: .multiplicative(alpha: 1)), s, abs: 1e-15)
        try expectClose(try Weighting.combined(subjective: s, objective: o, rule: .multiplicative(alpha: 0)), o, abs: 1e-15)
        #expect(throws: ScoringError.invalidParameter(name: "alpha", value: 1.5)) {
            try Weighting.combined(subjective: s, objective: o, rule: .additive(alpha: 1.5))
        }
        #expect(throws: ScoringError.zeroWeightSum(count: 2)) { try Weighting.normalized([0, 0]) }
        #expect(throws: ScoringError.invalidWeight(index: 1, value: -0.1)) {
            try Weighting.combined(subjective: [0.5, -0.1, 0.6], objective: o, rule: .multiplicative(alpha: 0.5))
        }
    }

    @Test("entropy:spssau: a column with a value ≤ 0 is shifted by |min| + 0.01 before the entropy, as SPSSAU documents")
    func entropySPSSAU() throws {
        // SPSSAU, Entropy Method help (https://www.spssau.net/helps/entropy.html), steps 2–6, computed in plain
        // Python by Benchmarks/peers/expected_values.py (`spssau_entropy_cases`). The suppliers matrix min-maxed with
        // types [-1, 1, 1, 1] (SPSSAU's 正向化/逆向化): the three conventions give price 0.0719 (pymcdm, raw),
        // 0.2007 (a scheme's entropy on its min-max values) and 0.2027 (SPSSAU, shifted by 0.01).
        let raw = Matrix(rows: [[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4], [275, 24, 10, 2], [225, 20, 14, 6]])
        let minmax = try Normalization.normalize(raw, method: .minmax, directions: [.cost, .benefit, .benefit, .benefit]).matrix
        try expectClose(try Weighting.entropySPSSAU(minmax).weights,
                        [0.20267076408014123, 0.3919877077595763, 0.20267076408014123, 0.20267076408014123], abs: 1e-12)
        try expectClose(try Weighting.entropy(minmax).weights,
                        [0.2006611126906961, 0.39801666192791196, 0.2006611126906961, 0.20066111269069586], abs: 1e-12)
        // A negative value: its column is shifted by |−3| + 0.01, the positive column is left alone.
        try expectClose(try Weighting.entropySPSSAU(Matrix(rows: [[1, 2], [2, -3], [4, 1]])).weights,
                        [0.2614317295788259, 0.7385682704211741], abs: 1e-12)
        // Positive data: nothing is shifted, so it is pymcdm's entropy.
        try expectClose(try Weighting.entropySPSSAU(raw).weights, try Weighting.entropy(raw).weights, abs: 0)
    }

    @Test("the named conventions against their peers on the suppliers matrix and on a matrix with zeros")
    func conventionsAgainstPeers() throws {
        // Values: Benchmarks/peers/expected_values.py (`skcriteria_cases`, "conventionsAgainstPeers"),
        // pymcdm 1.4.0 and scikit-criteria 0.10 with numpy 2.4.6.
        let suppliers = SupplierPeerTests.matrix, types = SupplierPeerTests.directions
        // critic:inverted-cost = scikit-criteria CRITIC().transform(mkdm(S, [min, max, max, max])).weights
        expectClose(try Weighting.critic(suppliers, directions: types, variant: .invertCost).weights,
                    [0.33860156306918276, 0.28478767797693505, 0.18629707061405493, 0.19031368833982726], abs: 1e-12)
        // With every column a benefit the two CRITICs agree: scikit-criteria CRITIC(mkdm(S, max)) = pymcdm critic_weights(S).
        let pymcdmCritic = [0.23477909967583896, 0.23817705317570165, 0.15278558942241996, 0.37425825772603943]
        expectClose(try Weighting.critic(suppliers, directions: Array(repeating: .benefit, count: 4), variant: .invertCost).weights,
                    pymcdmCritic, abs: 1e-12)
        expectClose(try Weighting.critic(suppliers).weights, pymcdmCritic, abs: 1e-12)
        // entropy on data with zeros = scikit-criteria EntropyWeighter (pymcdm 1.4.0 entropy_weights raises
        // "sum_normalization requires all positive values"); entropy:spssau shifts the columns holding a 0 by
        // |0| + 0.01 first (SPSSAU's help, steps 2–6, written out in expected_values.py `spssau_entropy`).
        let zeros = Matrix(rows: [[0, 3, 1.5], [2, 0, 1], [4, 3, 2], [1, 6, 1]])
        expectClose(try Weighting.entropy(zeros).weights, [0.5242525928440492, 0.42195642529371735, 0.05379098186223334], abs: 1e-12)
        expectClose(try Weighting.entropySPSSAU(zeros).weights, [0.52196668138578, 0.4231202163864926, 0.05491310222772747], abs: 1e-12)
    }
}
