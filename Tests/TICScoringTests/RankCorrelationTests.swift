import Testing
import TICTestSupport
@testable import TICScoring

@Suite("Rank correlations and weighted kappa")
struct RankCorrelationTests {
    /// Sałabun & Urbaniak (2020), worked example: [1,2,3,4,5] vs [1,3,2,4,5].
    @Test("published values: ρ = 0.9, r_w ≈ 0.8833, WS ≈ 0.8542")
    func published() {
        let x: [Double] = [1, 2, 3, 4, 5], y: [Double] = [1, 3, 2, 4, 5]
        expectClose(RankCorrelation.spearman(x, y), 0.9, abs: 1e-12)
        expectClose(RankCorrelation.weightedSpearman(x, y), 0.883_333_333_333, abs: 1e-9)
        expectClose(RankCorrelation.rankSimilarity(reference: x, y), 0.854_166_666_667, abs: 1e-9)
        expectClose(RankCorrelation.kendallTauB(x, y), 0.8, abs: 1e-12)
        #expect(RankCorrelation.topKOverlap(x, y, k: 2) == 0.5)
    }

    /// Values from scipy 1.17.1 `scipy.stats.kendalltau(x, y)` (variant "b"), computed in a
    /// throwaway virtual environment outside the repository by `Benchmarks/peers/expected_values.py`.
    @Test("Kendall τ-b with ties equals scipy.stats.kendalltau", arguments: KendallCase.all)
    func kendall(_ c: KendallCase) {
        expectClose(RankCorrelation.kendallTauB(c.x, c.y), c.scipy, abs: 1e-12)
    }

    /// Values from scikit-learn 1.9.1 `cohen_kappa_score(a, b, weights="linear", labels=[0, 1, 2, 3])`.
    @Test("linear weighted κ equals scikit-learn's cohen_kappa_score", arguments: KappaCase.all)
    func kappa(_ c: KappaCase) {
        let k = WeightedKappa.kappa(c.a, c.b, categories: 4, weights: .linear)
        expectClose(k, c.sklearn, abs: 1e-12)
    }

    @Test("degenerate inputs give NaN")
    func degenerate() {
        #expect(RankCorrelation.kendallTauB([1, 1, 1], [1, 2, 3]).isNaN)
        #expect(RankCorrelation.spearman([1], [1]).isNaN)
        #expect(WeightedKappa.kappa([1, 1], [1, 1], categories: 4).isNaN)
    }
}

struct KendallCase: Sendable, CustomTestStringConvertible {
    let x: [Double], y: [Double], scipy: Double
    var testDescription: String { "\(x) vs \(y)" }
    static let all: [KendallCase] = [
        KendallCase(x: [1, 2, 2, 4, 5, 6], y: [1, 3, 2, 2, 6, 5], scipy: 0.6428571428571429),
        KendallCase(x: [1.5, 1.5, 3, 4, 5, 6, 7], y: [2, 1, 3, 3, 7, 5, 5], scipy: 0.7181848464596078),
        KendallCase(x: [3, 1, 2, 2, 5, 4, 6, 6], y: [8, 7, 6, 5, 4, 3, 2, 1], scipy: -0.6671243849949912),
    ]
}

struct KappaCase: Sendable, CustomTestStringConvertible {
    let a: [Int], b: [Int], sklearn: Double
    var testDescription: String { "\(a) vs \(b)" }
    static let all: [KappaCase] = [
        KappaCase(a: [0, 1, 1, 2, 2, 2, 3, 3, 1, 0], b: [0, 1, 2, 2, 2, 3, 3, 2, 1, 1], sklearn: 0.6296296296296297),
        KappaCase(a: [0, 0, 1, 1, 2, 2, 3, 3], b: [3, 3, 2, 2, 1, 1, 0, 0], sklearn: -0.6000000000000001),
        KappaCase(a: [1, 1, 2, 2, 2, 2, 3, 1, 2], b: [1, 2, 2, 2, 1, 2, 3, 1, 2], sklearn: 0.6538461538461539),
    ]
}
