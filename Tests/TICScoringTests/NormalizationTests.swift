import Testing
import TICTestSupport
@testable import TICScoring

@Suite struct NormalizationTests {
    typealias Case = (method: NormalizationMethod, expected: [Double])

    @Test("per-column normalizations match pymcdm 1.4.0 normalize_matrix(M2, <method>_normalization, types)",
          arguments: [
        // pymcdm.helpers.normalize_matrix(M2, pn.minmax_normalization, [1, 1, -1, 1, -1])
        (NormalizationMethod.minmax, [0.5076923076923078, 0.21739130434782608, 0.875, 0.5714285714285714, 0.6521739130434783, 0.12307692307692318, 0.5217391304347826, 0.2916666666666667, 0.14285714285714285, 0.391304347826087, 1.0, 0.0, 1.0, 0.8571428571428571, 1.0, 0.3692307692307693, 1.0, 0.0, 0.42857142857142855, 0.0, 0.0, 0.391304347826087, 0.6249999999999999, 0.0, 0.782608695652174, 0.8000000000000002, 0.6956521739130435, 0.4583333333333333, 0.7142857142857143, 0.17391304347826086, 0.2615384615384617, 0.08695652173913043, 0.75, 0.2857142857142857, 0.5217391304347826, 0.9076923076923078, 0.8695652173913043, 0.1666666666666666, 1.0, 0.9130434782608695]),
        // ... pn.max_normalization
        (.max, [0.7894736842105263, 0.6538461538461539, 0.5, 0.7, 0.2142857142857143, 0.625, 0.7884615384615384, 0.16666666666666674, 0.4, 0.12857142857142856, 1.0, 0.5576923076923077, 0.5714285714285714, 0.9, 0.3285714285714286, 0.7302631578947368, 1.0, 0.0, 0.6, 0.0, 0.5723684210526315, 0.7307692307692307, 0.3571428571428571, 0.3, 0.2571428571428571, 0.9144736842105263, 0.8653846153846154, 0.26190476190476186, 0.8, 0.05714285714285716, 0.6842105263157895, 0.5961538461538461, 0.4285714285714286, 0.5, 0.17142857142857137, 0.9605263157894737, 0.9423076923076923, 0.09523809523809523, 1.0, 0.30000000000000004]),
        // ... pn.sum_normalization
        (.sum, [0.12578616352201258, 0.10658307210031348, 0.16261496895176844, 0.1346153846153846, 0.12788840963002712, 0.09958071278825995, 0.12852664576802508, 0.09756898137106107, 0.07692307692307693, 0.11530922179756546, 0.1593291404612159, 0.09090909090909091, 0.18971746377706317, 0.17307692307692307, 0.14965664956705302, 0.11635220125786162, 0.16300940438871472, 0.08130748447588422, 0.11538461538461539, 0.10048375042359274, 0.09119496855345911, 0.11912225705329153, 0.12647830918470876, 0.057692307692307696, 0.13526658710868256, 0.14570230607966456, 0.14106583072100312, 0.11015852735442379, 0.15384615384615385, 0.10657367469168928, 0.1090146750524109, 0.09717868338557993, 0.1422880978327974, 0.09615384615384616, 0.12127349189054297, 0.15303983228511528, 0.1536050156739812, 0.08986616705229308, 0.19230769230769232, 0.14354821489084676]),
        // ... pn.vector_normalization
        (.vector, [0.34952312914762723, 0.29578639857518507, 0.7569288143646524, 0.35909242322980395, 0.6632793300149182, 0.2767058105752049, 0.3566835982818408, 0.5948813572744206, 0.20519567041703082, 0.6265461660165457, 0.4427292969203278, 0.2522883987847167, 0.7916532694554164, 0.4616902584383194, 0.7122568820127482, 0.3233088944615552, 0.4523791978208713, 0.5138576287293047, 0.30779350562554625, 0.5714464200189868, 0.25340426863202975, 0.33058479840755983, 0.6874799041831244, 0.15389675281277312, 0.6816459120141045, 0.40486429126266826, 0.3914819981142156, 0.6411806307287725, 0.41039134083406165, 0.5959351960179018, 0.30292004526127697, 0.26968759870090403, 0.7222043592738885, 0.25649458802128855, 0.644912748015732, 0.4252531404629465, 0.4262803979465903, 0.5601569021836567, 0.5129891760425771, 0.7000124940132908]),
    ] as [Case])
    func matchesPymcdm(method: NormalizationMethod, expected: [Double]) throws {
        let result = try Normalization.normalize(PeerData.m2, method: method, directions: PeerData.d2)
        expectClose(Array(result.matrix.storage), expected, abs: 1e-12)
        #expect(result.warnings.isEmpty)
    }

    @Test("a constant column is documented, warned and never NaN", arguments: NormalizationMethod.allCases)
    func constantColumn(method: NormalizationMethod) throws {
        let m = Matrix(rows: [[5, 1], [5, 2], [5, 3]])
        let result = try Normalization.normalize(
            m, method: method, directions: [.benefit, .benefit],
            goalposts: [Goalposts(floor: 0, ceiling: 10), Goalposts(floor: 0, ceiling: 10)])
        #expect(result.matrix.isAllFinite)
        #expect(result.warnings.contains(.constantColumn(column: 0)))
        let column = result.matrix.column(0)
        #expect(column.allSatisfy { $0 == column[0] })
        switch method {
        case .minmax: #expect(column[0] == 1)         // pymcdm: np.ones
        case .zscore: #expect(column[0] == 0)
        case .percentile: #expect(column[0] == 0.5)
        case .rank: #expect(column[0] == 2)           // (n + 1)/2
        case .goalposts: #expect(column[0] == 0.5)
        default: break
        }
    }

    @Test("min-max can use a mid-scale constant and scale to 0–100")
    func constantScoreAndScale() throws {
        let m = Matrix(rows: [[5, 10], [5, 20], [5, 30]])
        let result = try Normalization.normalize(m, method: .minmax, directions: [.benefit, .cost],
                                                 constantScore: 0.5, scale: 100)
        #expect(result.matrix.column(0) == [50, 50, 50])
        #expect(result.matrix.column(1) == [100, 50, 0])
    }

    @Test("goalposts cap at both ends: at or above the ceiling scores full marks")
    func goalposts() throws {
        let shares = Matrix(columns: [[0.0, 0.1, 0.3, 0.45], [0.0, 0.1, 0.3, 0.45], [1, 4, 5, 9]])
        let result = try Normalization.normalize(
            shares, method: .goalposts, directions: [.benefit, .cost, .target(5)],
            goalposts: [Goalposts(floor: 0.05, ceiling: 0.3), Goalposts(floor: 0.05, ceiling: 0.3),
                        Goalposts(floor: 1, ceiling: 7)])
        expectClose(result.matrix.column(0), [0, 0.2, 1, 1], abs: 1e-9)
        expectClose(result.matrix.column(1), [1, 0.8, 0, 0], abs: 1e-9)
        expectClose(result.matrix.column(2), [0, 0.75, 1, 0], abs: 1e-9)
    }

    @Test("goalposts with floor not below ceiling throw with the column")
    func badGoalposts() {
        #expect(throws: ScoringError.invalidGoalposts(column: 1, floor: 3, ceiling: 3)) {
            try Normalization.normalize(Matrix(rows: [[1, 2]]), method: .goalposts, directions: [.benefit, .benefit],
                                        goalposts: [Goalposts(floor: 0, ceiling: 1), Goalposts(floor: 3, ceiling: 3)])
        }
    }

    @Test("rank and percentile give ties the average place")
    func ranks() throws {
        let m = Matrix(columns: [[10, 20, 20, 40]])
        let rank = try Normalization.normalize(m, method: .rank, directions: [.benefit])
        #expect(rank.matrix.column(0) == [1, 2.5, 2.5, 4])
        let cost = try Normalization.normalize(m, method: .rank, directions: [.cost])
        #expect(cost.matrix.column(0) == [4, 2.5, 2.5, 1])
        let pct = try Normalization.normalize(m, method: .percentile, directions: [.benefit])
        expectClose(pct.matrix.column(0), [0, 0.5, 0.5, 1], abs: 1e-9)
    }

    @Test("z-score uses the sample standard deviation and negates cost")
    func zscore() throws {
        let m = Matrix(columns: [[2, 4, 6]])
        let b = try Normalization.normalize(m, method: .zscore, directions: [.benefit])
        expectClose(b.matrix.column(0), [-1, 0, 1], abs: 1e-9)
        let c = try Normalization.normalize(m, method: .zscore, directions: [.cost])
        expectClose(c.matrix.column(0), [1, 0, -1], abs: 1e-9)
    }

    @Test("all-zero columns give 0 for benefit ratios instead of NaN")
    func allZero() throws {
        let m = Matrix(columns: [[0, 0, 0], [1, 2, 3]])
        for method in [NormalizationMethod.vector, .max, .sum] {
            let result = try Normalization.normalize(m, method: method, directions: [.benefit, .benefit])
            #expect(result.matrix.column(0) == [0, 0, 0])
            #expect(result.warnings.contains(.allZeroColumn(column: 0)))
        }
    }

    @Test("sum normalization of a cost column rejects zero with its cell")
    func sumCostZero() {
        #expect(throws: ScoringError.nonPositiveValue(row: 1, column: 0, value: 0)) {
            try Normalization.normalize(Matrix(columns: [[1, 0, 2]]), method: .sum, directions: [.cost])
        }
    }

    @Test("NaN input throws with the cell location")
    func nan() {
        #expect(throws: ScoringError.nonFiniteValue(row: 0, column: 1, value: .infinity)) {
            try Normalization.normalize(Matrix(rows: [[1, .infinity]]), method: .minmax, directions: [.benefit, .benefit])
        }
    }

    @Test("min-max scores are unchanged by positive scaling and shifting of an indicator")
    func scaleInvariance() throws {
        let m = Matrix.random(rows: 30, columns: 4, seed: 7)
        var scaled = m
        for i in 0..<30 { scaled[i, 2] = 1000 * m[i, 2] + 17 }
        let d: [Direction] = [.benefit, .cost, .benefit, .target(50)]
        let a = try Normalization.normalize(m, method: .minmax, directions: d)
        let b = try Normalization.normalize(scaled, method: .minmax, directions: d)
        expectClose(Array(a.matrix.storage), Array(b.matrix.storage), abs: 1e-12)
    }

    @Test("empty matrices normalize to empty matrices", arguments: NormalizationMethod.allCases)
    func empty(method: NormalizationMethod) throws {
        let result = try Normalization.normalize(Matrix(rows: 0, columns: 2), method: method,
                                                 directions: [.benefit, .cost],
                                                 goalposts: [Goalposts(floor: 0, ceiling: 1), Goalposts(floor: 0, ceiling: 1)])
        #expect(result.matrix.rows == 0 && result.matrix.columns == 2)
    }
}
