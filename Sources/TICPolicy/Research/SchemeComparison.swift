import TICIngest
import TICScoring

/// How two schemes rank and grade the same centers, or two methods rank the same alternatives of a
/// decision matrix (``RankedAlternatives``; no grades, so the grade-change share and κ are NaN).
///
/// Only centers evaluated under both schemes are compared. The correlation coefficients use the
/// centers' mid-ranks by score within that common set (1 = best, ties averaged), so they are
/// defined with ties; movers and the top-k sets use the evaluations' own competition ranks.
/// Formulas: ``RankCorrelation`` (pymcdm `spearman`, `weighted_spearman`, `rank_similarity_coef`,
/// and Kendall τ-b as scipy), ``WeightedKappa`` with **linear** weights on the four-grade scale.
public struct SchemeComparison: Sendable, Codable {
    /// A center whose rank moved.
    public struct Mover: Sendable, Codable, Hashable {
        public var centerID: String
        public var name: String
        public var rankA: Int
        public var rankB: Int
        /// rankB − rankA (negative: better under B).
        public var change: Int
        public var gradeA: Grade?
        public var gradeB: Grade?
    }

    /// Label of scheme A (the reference of the asymmetric WS coefficient).
    public var schemeA: String
    /// Label of scheme B.
    public var schemeB: String
    /// Centers compared.
    public var centers: Int
    /// Spearman's ρ.
    public var spearman: Double
    /// Kendall's τ-b.
    public var kendallTauB: Double
    /// Weighted Spearman r_w.
    public var weightedSpearman: Double
    /// WS rank similarity, A as reference.
    public var rankSimilarity: Double
    /// k of the overlap.
    public var topK: Int
    /// |top-k(A) ∩ top-k(B)| / |top-k(A)|.
    public var topKOverlap: Double
    /// Share of centers whose grade differs.
    public var gradeChangeShare: Double
    /// Cohen's weighted κ on the grades.
    public var weightedKappa: Double
    /// `linear`.
    public var kappaWeights: String
    /// The largest |rank change| first (ties by center id).
    public var movers: [Mover]

    /// Compares two evaluations of the same workspace.
    public init(_ a: Evaluation, labeled labelA: String, _ b: Evaluation, labeled labelB: String, topK: Int = 10, movers count: Int = 5) {
        self.init(RankedAlternatives(label: labelA, evaluation: a), RankedAlternatives(label: labelB, evaluation: b),
                  topK: topK, movers: count)
    }

    /// Compares two rankings of the same alternatives (those present in both, paired by id).
    /// Without grades on both sides, ``gradeChangeShare`` and ``weightedKappa`` are NaN (absent,
    /// not zero).
    public init(_ a: RankedAlternatives, _ b: RankedAlternatives, topK: Int = 10, movers count: Int = 5) {
        let labelA = a.label, labelB = b.label
        let evaluatedB = Dictionary(uniqueKeysWithValues: b.alternatives.map { ($0.id, $0) })
        let pairs = a.alternatives.compactMap { x in evaluatedB[x.id].map { (x, $0) } }
            .sorted { $0.0.id < $1.0.id }
        let ranksA = Ranking.averageRanks(pairs.map { -($0.0.score ?? 0) })
        let ranksB = Ranking.averageRanks(pairs.map { -($0.1.score ?? 0) })
        schemeA = labelA
        schemeB = labelB
        centers = pairs.count
        spearman = RankCorrelation.spearman(ranksA, ranksB)
        kendallTauB = RankCorrelation.kendallTauB(ranksA, ranksB)
        weightedSpearman = RankCorrelation.weightedSpearman(ranksA, ranksB)
        rankSimilarity = RankCorrelation.rankSimilarity(reference: ranksA, ranksB)
        self.topK = topK
        topKOverlap = RankCorrelation.topKOverlap(pairs.map { Double($0.0.rank ?? Int.max) }, pairs.map { Double($0.1.rank ?? Int.max) }, k: topK)
        let graded = pairs.filter { $0.0.grade != nil && $0.1.grade != nil }
        gradeChangeShare = graded.isEmpty ? .nan : Double(graded.filter { $0.0.grade != $0.1.grade }.count) / Double(graded.count)
        weightedKappa = WeightedKappa.kappa(graded.map { $0.0.grade!.order }, graded.map { $0.1.grade!.order }, categories: Grade.allCases.count, weights: .linear)
        kappaWeights = WeightedKappa.Weights.linear.rawValue
        movers = pairs.map { x, y in
            Mover(centerID: x.id, name: x.name, rankA: x.rank ?? 0, rankB: y.rank ?? 0,
                  change: (y.rank ?? 0) - (x.rank ?? 0), gradeA: x.grade, gradeB: y.grade)
        }
        .sorted { (abs($0.change), $1.centerID) > (abs($1.change), $0.centerID) }
        .prefix(count).map { $0 }
    }

    /// Every pair (i < j) of the labelled rankings, in order.
    public static func pairwise(_ rankings: [RankedAlternatives], topK: Int = 10, movers: Int = 5) -> [SchemeComparison] {
        var result: [SchemeComparison] = []
        for i in rankings.indices {
            for j in rankings.indices where j > i {
                result.append(SchemeComparison(rankings[i], rankings[j], topK: topK, movers: movers))
            }
        }
        return result
    }

    /// Every pair (i < j) of the labelled evaluations, in order.
    public static func pairwise(_ evaluations: [(label: String, evaluation: Evaluation)], topK: Int = 10, movers: Int = 5) -> [SchemeComparison] {
        pairwise(evaluations.map { RankedAlternatives(label: $0.label, evaluation: $0.evaluation) }, topK: topK, movers: movers)
    }
}
