import Testing
import TICTestSupport
@testable import TICScoring

@Suite struct AggregationTests {
    @Test("TOPSIS matches pymcdm 1.4.0 TOPSIS() (min-max) and TOPSIS(vector_normalization)")
    func topsisPymcdm() throws {
        // pymcdm.methods.TOPSIS()(M1, W1, [-1, 1, 1, 1])
        let m1 = try Aggregation.topsis(PeerData.m1, weights: PeerData.w1, directions: PeerData.d1)
        expectClose(m1.closeness, [0.5651923175029235, 0.4772255750516611, 0.5227744249483389, 0.4798330168691059, 0.4497745105386815], abs: 1e-12)
        // pymcdm.methods.TOPSIS(vector_normalization)(M1, W1, types)
        let v1 = try Aggregation.topsis(PeerData.m1, weights: PeerData.w1, directions: PeerData.d1, normalization: .vector)
        expectClose(v1.closeness, [0.6143733808376184, 0.3687261159640322, 0.6312738840359677, 0.5470585238178186, 0.35966504668379096], abs: 1e-12)
        // pymcdm.methods.TOPSIS()(M2, W2, [1, 1, -1, 1, -1])
        let m2 = try Aggregation.topsis(PeerData.m2, weights: PeerData.w2, directions: PeerData.d2)
        expectClose(m2.closeness, [0.5202389973365003, 0.3082490436817015, 0.59479209342939, 0.4908414550535584, 0.319749214297098, 0.6357155984535635, 0.35407843637124337, 0.7043707943174492], abs: 1e-12)
        let v2 = try Aggregation.topsis(PeerData.m2, weights: PeerData.w2, directions: PeerData.d2, normalization: .vector)
        expectClose(v2.closeness, [0.563699631789786, 0.24721946512923237, 0.682165421261674, 0.44472363536551196, 0.2605064656334434, 0.6575253972065072, 0.3626452671235691, 0.7193153256181932], abs: 1e-12)
        #expect(m2.warnings.isEmpty && v2.warnings.isEmpty)
    }

    @Test("TOPSIS with vector normalization reproduces Hwang & Yoon's fighter-aircraft example")
    func topsisHwangYoon() throws {
        let result = try Aggregation.topsis(PeerData.fighter, weights: PeerData.fighterWeights,
                                            directions: PeerData.fighterDirections, normalization: .vector)
        // Hwang & Yoon, Multiple Attribute Decision Making (Springer 1981), fighter-aircraft example:
        // C* = 0.643, 0.268, 0.614, 0.312 (3 decimals), A1 best.
        expectClose(result.closeness, [0.643, 0.268, 0.614, 0.312], abs: 6e-4)
        // pymcdm 1.4.0 TOPSIS(vector_normalization) and scikit-criteria 0.10 TOPSIS on VectorScaler agree:
        expectClose(result.closeness, [0.6432770005532701, 0.26838356771941185, 0.6135422900072309, 0.31229106558175435], abs: 1e-12)
        #expect(Ranking.competitionRanks(result.closeness) == [1, 4, 2, 3])
        // pymcdm.methods.TOPSIS()(FA, FW, FT) — the min-max default
        let minmax = try Aggregation.topsis(PeerData.fighter, weights: PeerData.fighterWeights,
                                            directions: PeerData.fighterDirections)
        expectClose(minmax.closeness, [0.6127481841818694, 0.3660254037844387, 0.530641941323763, 0.35168953377730144], abs: 1e-12)
    }

    @Test("VIKOR matches pymcdm 1.4.0 VIKOR() for S, R and Q")
    func vikorPymcdm() throws {
        // pymcdm.methods.VIKOR()._method(M1, W1, types): S, R, Q — exact fractions here
        let r1 = try Aggregation.vikor(PeerData.m1, weights: PeerData.w1, directions: PeerData.d1)
        expectClose(r1.s, [0.45, 0.6, 0.4, 0.525, 0.575], abs: 1e-12)
        expectClose(r1.r, [0.2, 0.2, 0.3, 0.225, 0.3], abs: 1e-12)
        expectClose(r1.q, [0.125, 0.5, 0.5, 0.4375, 0.9375], abs: 1e-12)
        #expect(Ranking.competitionRanks(r1.q, order: .lowerIsBetter) == [1, 3, 3, 2, 5])
        let r2 = try Aggregation.vikor(PeerData.m2, weights: PeerData.w2, directions: PeerData.d2)
        expectClose(r2.s, [0.4578523650262781, 0.7107827679566809, 0.29285714285714287, 0.566043956043956, 0.6989130434782609, 0.38274327122153207, 0.6511419015766842, 0.22181716833890747], abs: 1e-12)
        expectClose(r2.r, [0.1956521739130435, 0.2571428571428571, 0.25, 0.2, 0.3, 0.10833333333333335, 0.22826086956521738, 0.16666666666666669], abs: 1e-12)
        expectClose(r2.q, [0.4691500410830326, 0.8881987577639752, 0.44220833847565844, 0.5911253276484177, 0.9878624135443284, 0.1645576938422879, 0.7518676710592982, 0.15217391304347827], abs: 1e-12)
        // pymcdm.methods.VIKOR(v=0.3)(M2, W2, types)
        let v03 = try Aggregation.vikor(PeerData.m2, weights: PeerData.w2, directions: PeerData.d2, v: 0.3)
        expectClose(v03.q, [0.4637206484683451, 0.8434782608695652, 0.5609771769984385, 0.5459795444151376, 0.992717448126597, 0.09873461630537275, 0.7014041565108151, 0.21304347826086958], abs: 1e-12)
        // pymcdm.methods.VIKOR()(FA, FW, FT)
        let fa = try Aggregation.vikor(PeerData.fighter, weights: PeerData.fighterWeights, directions: PeerData.fighterDirections)
        expectClose(fa.q, [0.03061224489795927, 1.0, 0.18181818181818182, 0.8612244897959185], abs: 1e-12)
    }

    @Test("VIKOR's compromise solution applies Opricovic & Tzeng's acceptable advantage and stability")
    func vikorCompromise() throws {
        // M1: DQ = 1/4; Q(a2) − Q(a1) = 0.4375 − 0.125 ≥ DQ and a1 has the minimal R → a single winner.
        let r1 = try Aggregation.vikor(PeerData.m1, weights: PeerData.w1, directions: PeerData.d1)
        #expect(r1.compromiseSolution == [0])
        // Fighter aircraft: DQ = 1/3, Q(A3) − Q(A1) ≈ 0.151 < DQ → {A1, A3}.
        let fa = try Aggregation.vikor(PeerData.fighter, weights: PeerData.fighterWeights, directions: PeerData.fighterDirections)
        #expect(fa.compromiseSolution == [0, 2])
        // C1 holds but a1 is best by neither S nor R → {a1, a2}.
        let unstable = VIKORResult(s: [0.5, 0.4, 0.9], r: [0.3, 0.2, 0.9], q: [0, 0.6, 1], warnings: [])
        #expect(unstable.compromiseSolution == [0, 1])
        #expect(VIKORResult(s: [1], r: [1], q: [0], warnings: []).compromiseSolution == [0])
    }

    @Test("VIKOR handles a constant column and constant S/R without NaN (pymcdm raises or returns NaN)")
    func vikorDegenerate() throws {
        let m = Matrix(columns: [[1, 2, 3], [4, 4, 4]])
        let result = try Aggregation.vikor(m, weights: [0.5, 0.5], directions: [.benefit, .cost])
        #expect(result.warnings.contains(.constantColumn(column: 1)))
        expectClose(result.q, [1, 0.5, 0], abs: 1e-9)
        let same = Matrix(rows: [[1, 2], [1, 2]])
        let flat = try Aggregation.vikor(same, weights: [0.5, 0.5], directions: [.benefit, .benefit])
        #expect(flat.q == [0, 0])
        #expect(flat.warnings.contains(.constantGroupUtility) && flat.warnings.contains(.constantIndividualRegret))
        #expect(throws: ScoringError.invalidParameter(name: "v", value: 2)) {
            try Aggregation.vikor(same, weights: [0.5, 0.5], directions: [.benefit, .benefit], v: 2)
        }
    }

    @Test("TOPSIS: every column constant gives closeness 0.5 with a warning, never NaN")
    func topsisDegenerate() throws {
        let m = Matrix(rows: [[3, 4], [3, 4], [3, 4]])
        for normalization in TOPSISNormalization.allCases {
            let result = try Aggregation.topsis(m, weights: [0.5, 0.5], directions: [.benefit, .cost],
                                                normalization: normalization)
            #expect(result.closeness == [0.5, 0.5, 0.5])
            #expect(result.warnings.contains(.degenerateCloseness(row: 0)))
        }
        let single = try Aggregation.topsis(Matrix(rows: [[1, 2]]), weights: [0.5, 0.5], directions: [.benefit, .cost])
        #expect(single.closeness == [0.5])
    }

    @Test("WSM and WPM with sum normalization match pymcdm 1.4.0 WSM() and WPM()")
    func wsmWpm() throws {
        // pymcdm.methods.WSM()(M1, W1, types): sum normalization then weighted sum
        let normalized = try Normalization.normalize(PeerData.m1, method: .sum, directions: PeerData.d1)
        expectClose(try Aggregation.weightedSum(normalized.matrix, weights: PeerData.w1),
                        [0.21068754270634527, 0.17871657124007442, 0.22612850781084326, 0.20391508211399356, 0.1805522961287434], abs: 1e-12)
        // pymcdm.methods.WSM(minmax_normalization)(M1, W1, types)
        let minmax = try Normalization.normalize(PeerData.m1, method: .minmax, directions: PeerData.d1)
        expectClose(try Aggregation.weightedSum(minmax.matrix, weights: PeerData.w1), [0.55, 0.4, 0.6, 0.475, 0.425], abs: 1e-12)
        // pymcdm.methods.WPM()(M1, W1, types)
        let wpm1 = try Aggregation.weightedProduct(PeerData.m1, weights: PeerData.w1, directions: PeerData.d1)
        expectClose(wpm1.scores, [0.20508519151935795, 0.1734740148483535, 0.22095339112111612, 0.1974382261356667, 0.17032064555509208], abs: 1e-12)
        // pymcdm.methods.WSM()(M2, ...) and WPM()(M2, ...)
        let n2 = try Normalization.normalize(PeerData.m2, method: .sum, directions: PeerData.d2)
        expectClose(try Aggregation.weightedSum(n2.matrix, weights: PeerData.w2),
                        [0.13121014269135203, 0.10119040989113709, 0.15145887843164996, 0.11913043783877866, 0.09958982240184405, 0.1359647226861003, 0.11007799470602424, 0.15137759135311357], abs: 1e-12)
        let wpm2 = try Aggregation.weightedProduct(PeerData.m2, weights: PeerData.w2, directions: PeerData.d2)
        expectClose(wpm2.scores, [0.1298705323937042, 0.09927509940895235, 0.14608274611897962, 0.11582422858206737, 0.09437381182917666, 0.1346387381952592, 0.1087466278190654, 0.14653455226035006], abs: 1e-12)
        #expect(throws: ScoringError.nonPositiveValue(row: 0, column: 1, value: 0)) {
            try Aggregation.weightedProduct(Matrix(rows: [[1, 0]]), weights: [0.5, 0.5], directions: [.benefit, .benefit])
        }
    }

    @Test("the geometric mean replaces zeros by ε and reports them")
    func geometricZeros() throws {
        let m = Matrix(rows: [[4, 1], [0, 9], [1, 1]])
        let result = try Aggregation.geometric(m, weights: [1, 1])
        expectClose(result.scores, [2, (1e-6 * 9).squareRoot(), 1], abs: 1e-12)
        #expect(result.warnings == [.zeroInGeometricMean(column: 0, count: 1, epsilon: 1e-6)])
        #expect(result.scores.allSatisfy { $0.isFinite })
    }

    @Test("weighted sums are a single BLAS dgemv and equal a naive loop")
    func weightedSumNaive() throws {
        let m = Matrix.random(rows: 200, columns: 13, in: 0...1, seed: 5)
        var rng = SeededGenerator(seed: 6)
        let w = (0..<13).map { _ in Double.random(in: 0...1, using: &rng) }
        let fast = try Aggregation.weightedSum(m, weights: w)
        let naive = (0..<200).map { i in (0..<13).reduce(0.0) { $0 + m[i, $1] * w[$1] } }
        expectClose(fast, naive, abs: 1e-12)
    }

    @Test("negative weights throw with their index")
    func badWeights() {
        #expect(throws: ScoringError.invalidWeight(index: 1, value: -1)) {
            try Aggregation.weightedSum(Matrix(rows: [[1, 2]]), weights: [1, -1])
        }
    }
}
