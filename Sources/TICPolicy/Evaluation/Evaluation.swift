import TICIngest
import TICScoring
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
    public var decisionCounts: [Decision.Kind: Int] { decisionCounts(category: nil) }

    /// Number of centers per decision within a category (all when nil); `evaluatedOnly` counts
    /// only the centers scored this cycle.
    public func decisionCounts(category: Category?, evaluatedOnly: Bool = false) -> [Decision.Kind: Int] {
        var counts: [Decision.Kind: Int] = [:]
        for c in centers where (category == nil || c.center.category == category) && (!evaluatedOnly || c.score != nil) {
            counts[c.decision.kind, default: 0] += 1
        }
        return counts
    }

    /// Total rewards in RMB per category.
    public func rewardTotal(category: Category? = nil) -> Double {
        centers.filter { category == nil || $0.center.category == category }.reduce(0) { $0 + ($1.decision.amountRMB ?? 0) }
    }
}

/// A note about the evaluation for the reader (imputations, constant indicators, quota ties…), as data.
public struct EvaluationNote: Sendable, Hashable {
    /// What the note says, as data; TICReport words it (`EvaluationNote.text(_:)`).
    public enum Kind: Sendable, Hashable {
        /// No center has a value of the indicator: not scored.
        case indicatorAllMissing(path: String, indicator: String)
        /// Outliers treated: `points` winsorized, the column log-transformed or not.
        case outliersTreated(path: String, indicator: String, method: String, points: Int, logTransformed: Bool)
        /// Every center has the same value: normalized to the midpoint.
        case constantIndicator(path: String, indicator: String)
        /// Fewer than 2 complete rows for objective weights: equal weights used.
        case objectiveWeightsFallback(path: String)
        /// A warning of an objective weighting.
        case weightingWarning(path: String, method: String, warning: ScoringWarning, names: [String])
        /// Equal scores at a quota boundary.
        case quotaTie(grade: Grade, score: Double, kept: Int, limit: Int, includeTies: Bool)
        /// Missing values in submitted reports filled (`count`), at these centers.
        case imputedValues(count: Int, centers: [String])
        /// Undefined growth rates (`count`), at these centers.
        case growthUndefined(count: Int, centers: [String])
        /// Missing reports filled from own years: `id years` per center.
        case missingReportsImputed(entries: [String])
        /// Missing reports, centers treated as not taking part: `id years` per center.
        case missingReportsNotParticipating(entries: [String])
    }

    /// What it says.
    public var kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    /// A stable code for programs (e.g. `constant_indicator`).
    public var code: String {
        switch kind {
        case .indicatorAllMissing: "indicator_all_missing"
        case .outliersTreated: "outliers_treated"
        case .constantIndicator: "constant_indicator"
        case .objectiveWeightsFallback: "objective_weights_fallback"
        case .weightingWarning: "weighting_warning"
        case .quotaTie: "quota_tie"
        case .imputedValues: "imputed_values"
        case .growthUndefined: "growth_undefined"
        case .missingReportsImputed: "missing_reports_imputed"
        case .missingReportsNotParticipating: "missing_reports_not_participating"
        }
    }
}
