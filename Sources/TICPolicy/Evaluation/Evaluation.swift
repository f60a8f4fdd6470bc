import TICIngest
import TICSupport

/// The result of a triennial evaluation: every center's scores, grade and decision, the effective
/// weights, and the notes an auditor needs.
public struct Evaluation: Sendable {
    /// One indicator of the scheme with its effective weights.
    public struct IndicatorWeight: Sendable, Hashable, Codable {
        /// Indicator code.
        public var code: String
        /// Dimension code.
        public var dimension: String
        /// Weight within its dimension (sums to 1 per dimension).
        public var withinDimension: Double
        /// Effective weight in the total (dimension weight × weight within dimension; sums to 1).
        public var effective: Double
    }

    /// How one level's weights were obtained.
    public struct WeightOrigin: Sendable, Hashable, Codable {
        /// `dimensions` or `dimensions[k].indicators`.
        public var path: String
        /// `explicit`, `equal`, `entropy`, `critic`, `stddev`, `ahp` or `combined`.
        public var method: String
        /// AHP consistency ratio, when AHP was used.
        public var consistencyRatio: Double?
        /// AHP λmax, when AHP was used.
        public var lambdaMax: Double?
    }

    /// The scheme used.
    public var scheme: Scheme
    /// The cycle evaluated.
    public var cycle: ClosedRange<Int>
    /// The workspace's input files (with SHA-256).
    public var inputs: [InputFile]
    /// Every center of the registry, best first (evaluated centers by rank, then the others by id).
    public var centers: [CenterEvaluation]
    /// Dimension weights (scheme order, sum 1).
    public var dimensionWeights: [Double]
    /// Indicator weights (scheme order).
    public var indicatorWeights: [IndicatorWeight]
    /// How each level's weights were obtained.
    public var weightOrigins: [WeightOrigin]
    /// Notes for the reader (imputation counts, constant indicators, quota ties…), in both languages.
    public var notes: [EvaluationNote]
    /// The score scale: 100 for bounded normalizations, nil when scores are unbounded (z-scores).
    public var scoreScale: Double?
    /// Everything to verify (`to_verify.csv`): imputed values, missing reports, integrity flags,
    /// rows outside the cycle and inputs not used, ordered by center and year.
    public var toVerify: [VerificationItem] = []

    /// The items to verify of one center.
    public func toVerify(centerID: String) -> [VerificationItem] { toVerify.filter { $0.centerID == centerID } }

    /// The evaluated centers.
    public var evaluated: [CenterEvaluation] { centers.filter { $0.participation == .evaluated } }

    /// Number of centers per grade within a category (nil: all categories).
    public func gradeCounts(category: Category? = nil) -> [Grade: Int] {
        var counts: [Grade: Int] = [:]
        for c in centers where category == nil || c.center.category == category {
            if let grade = c.grade { counts[grade, default: 0] += 1 }
        }
        return counts
    }

    /// Number of centers per decision.
    public var decisionCounts: [Decision.Kind: Int] {
        var counts: [Decision.Kind: Int] = [:]
        for c in centers { counts[c.decision.kind, default: 0] += 1 }
        return counts
    }

    /// Total rewards in RMB per category.
    public func rewardTotal(category: Category? = nil) -> Double {
        centers.filter { category == nil || $0.center.category == category }.reduce(0) { $0 + ($1.decision.amountRMB ?? 0) }
    }
}

/// A note about the evaluation, in both languages.
public struct EvaluationNote: Sendable, Hashable, Codable {
    /// A stable code for programs (e.g. `constant_indicator`).
    public var code: String
    /// The note in Chinese.
    public var zh: String
    /// The note in English.
    public var en: String

    public init(code: String, zh: String, en: String) { self.code = code; self.zh = zh; self.en = en }

    /// The note in the given language.
    public func text(_ language: Language) -> String { language.pick(zh, en) }
}
