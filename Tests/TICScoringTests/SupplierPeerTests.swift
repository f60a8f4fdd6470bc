import Testing
import TICTestSupport
@testable import TICScoring

/// The numbers the CLI's research-command tests check, asserted here on the library calls behind
/// them (the CLI tests only check that the command passes them through). Expected values:
/// pymcdm 1.4.0 on the suppliers matrix of Guides/Research.md, weights `entropy_weights(M)`, types `[-1, 1, 1, 1]`
/// (recomputed by `Benchmarks/peers/expected_values.py`).
@Suite("pymcdm 1.4.0 on the suppliers matrix")
struct SupplierPeerTests {
    static let matrix = Matrix(rows: [
        [250, 16, 12, 5],
        [200, 16, 8, 3],
        [300, 32, 16, 4],
        [275, 24, 10, 2],
        [225, 20, 14, 6],
    ])
    static let directions: [Direction] = [.cost, .benefit, .benefit, .benefit]
    static let entropy = [0.07186568320367134, 0.26222772676722456, 0.2017499941153404, 0.46415659591376374]
    static let given = [0.4, 0.3, 0.2, 0.1]

    @Test("entropy_weights, critic_weights and standard_deviation_weights")
    func weights() throws {
        expectClose(try Weighting.entropy(Self.matrix).weights, Self.entropy, abs: 1e-12)
        expectClose(try Weighting.critic(Self.matrix, directions: Self.directions, variant: .pymcdm).weights,
                             [0.23477909967583896, 0.23817705317570165, 0.15278558942241996, 0.37425825772603943], abs: 1e-12)
        expectClose(try Weighting.standardDeviation(Self.matrix).weights,
                             [0.7755977803328847, 0.13133048602716904, 0.06204782242663078, 0.03102391121331539], abs: 1e-12)
        let inverted = try Weighting.critic(Self.matrix, directions: Self.directions, variant: .invertCost).weights
        #expect(abs(inverted.reduce(0, +) - 1) < 1e-12)
    }

    @Test("TOPSIS (min-max and vector), VIKOR, WSM (sum and min-max) and WPM with entropy weights; ranks")
    func methods() throws {
        let (m, w, d) = (Self.matrix, Self.entropy, Self.directions)
        let topsis = try Aggregation.topsis(m, weights: w, directions: d).closeness
        expectClose(topsis, [0.5433515371628597, 0.2213053958261697, 0.6245475958404315, 0.21788842345695644, 0.7085448009870772], abs: 1e-12)
        #expect(Ranking.competitionRanks(topsis, order: .higherIsBetter) == [3, 4, 2, 5, 1])
        let vector = try Aggregation.topsis(m, weights: w, directions: d, normalization: .vector).closeness
        expectClose(vector, [0.5961470577074384, 0.22039593785065845, 0.58907735434702, 0.17812848295136824, 0.7577386866363948], abs: 1e-12)
        #expect(Ranking.competitionRanks(vector, order: .higherIsBetter) == [2, 4, 3, 5, 1])
        let q = try Aggregation.vikor(m, weights: w, directions: d).q
        expectClose(q, [0.35105347675918985, 0.7830928807907658, 0.10171392740502741, 0.9893852684494676, 0.0], abs: 1e-12)
        #expect(Ranking.competitionRanks(q, order: .lowerIsBetter) == [3, 4, 2, 5, 1])
        let sum = try Normalization.normalize(m, method: .sum, directions: d).matrix
        let wsm = try Aggregation.weightedSum(sum, weights: w)
        expectClose(wsm, [0.20931924892489673, 0.1529739769782622, 0.23606304601560665, 0.151114894971753, 0.2505288331094814], abs: 1e-12)
        #expect(Ranking.competitionRanks(wsm, order: .higherIsBetter) == [3, 4, 2, 5, 1])
        let minmax = try Normalization.normalize(m, method: .minmax, directions: d).matrix
        let wsmMinmax = try Aggregation.weightedSum(minmax, weights: w)
        expectClose(wsmMinmax, [0.48492528559482867, 0.1879048321821123, 0.6960560188394468, 0.19951778271336523, 0.7349252855948287], abs: 1e-12)
        #expect(Ranking.competitionRanks(wsmMinmax, order: .higherIsBetter) == [3, 5, 2, 4, 1])
        let wpm = try Aggregation.weightedProduct(m, weights: w, directions: d).scores
        expectClose(wpm, [0.20473618395198884, 0.15123772563185484, 0.23156214774688455, 0.14246710703237914, 0.24555823438248983], abs: 1e-12)
        #expect(Ranking.competitionRanks(wpm, order: .higherIsBetter) == [3, 4, 2, 5, 1])
    }

    @Test("TOPSIS and VIKOR (v = 0.3) with given weights 0.4, 0.3, 0.2, 0.1")
    func givenWeights() throws {
        let (m, d) = (Self.matrix, Self.directions)
        let topsis = try Aggregation.topsis(m, weights: Self.given, directions: d).closeness
        expectClose(topsis, [0.3861008601533019, 0.5211347406974133, 0.4745101969430629, 0.32944576585340946, 0.5875738379673827], abs: 1e-12)
        #expect(Ranking.competitionRanks(topsis, order: .higherIsBetter) == [4, 2, 3, 5, 1])
        let q = try Aggregation.vikor(m, weights: Self.given, directions: d, v: 0.3).q
        expectClose(q, [0.5307692307692307, 0.48461538461538445, 0.7692307692307692, 0.6000000000000002, 0.0], abs: 1e-12)
        #expect(Ranking.competitionRanks(q, order: .lowerIsBetter) == [3, 2, 5, 4, 1])
    }
}
