/// How scores become grades and outcomes: cut-offs and/or quotas, vetoes, events, rewards and the
/// rectification period (Sichuan art. 22–24; national guideline 六(四); Tianjin 六(二)).
public struct GradingRules: Sendable, Hashable {
    /// Which centers a quota is counted over.
    public enum QuotaScope: String, Sendable, Hashable, Codable, CaseIterable {
        /// Separately within 综合类 and 领域类 (Guides/Domain.md, glossary: rankings and quotas are per category).
        case category
        /// Over all centers together.
        case all
    }

    /// What happens when centers with equal scores straddle a quota boundary.
    public enum TieRule: String, Sendable, Hashable, Codable, CaseIterable {
        /// All tied centers get the better grade, even if the quota is then exceeded.
        case includeTies = "include_ties"
        /// None of the tied centers gets the better grade, so the quota is never exceeded.
        case excludeTies = "exclude_ties"
    }

    /// How `max_share × size` becomes a whole number of places (Guides/Schemes.md, quotas).
    public enum QuotaRounding: String, Sendable, Hashable, Codable, CaseIterable {
        /// Round down: the quota is never exceeded (20 % of 4 centers gives 0 places).
        case floor
        /// Round half up (20 % of 4 = 0.8 gives 1 place, 20 % of 12 = 2.4 gives 2).
        case round
        /// Round up: every non-zero share gives a place, and the places may exceed the share.
        case ceil

        /// The places `share × size` gives; a 1e-9 tolerance keeps `0.2 × 10` at 2 whatever the binary error.
        public func places(share: Double, size: Int) -> Int {
            let exact = share * Double(size)
            switch self {
            case .floor: return Int((exact + 1e-9).rounded(.down))
            case .round: return Int((exact + 1e-9).rounded(.toNearestOrAwayFromZero))
            case .ceil: return Int((exact - 1e-9).rounded(.up))
            }
        }
    }

    /// Score thresholds; at least one of `cutoffs` and `quotas` is required.
    public var cutoffs: GradeCutoffs?
    /// Shares by grade; applied after the cut-offs (a center may lose a grade to a quota, never gain one).
    public var quotas: GradeQuotas?
    /// Per category or over all centers (default `category`).
    public var quotaScope: QuotaScope
    /// Ties at a quota boundary (default `include_ties`).
    public var tieRule: TieRule
    /// Rounding of a `max_share` quota's places (default `floor`); a `min_share` always rounds up.
    public var quotaRounding: QuotaRounding
    /// Hard floors (一票否决).
    public var vetoes: [Veto]
    /// Event handling.
    public var events: EventHandling
    /// Not taking part, withdrawing, or a missing report under `missing_report: not_participating`.
    public var nonParticipation: NonParticipationRule
    /// Rewards by grade.
    public var rewards: [RewardRule]
    /// Years given to a 不合格 center to rectify before it is re-evaluated (default 1: 限期一年整改).
    public var rectificationYears: Int
    /// What is decided for each evaluated center, in order (``DecisionRule``); nil: the department's
    /// defaults (``DecisionRule/defaults(rectificationYears:)``), which the validator warns about.
    public var decisions: [DecisionRule]?
    /// What a failed re-evaluation after rectification decides (only `decision` and the clause count;
    /// default: removed, the department's setting).
    public var failedReEvaluation: DecisionRule
    /// Tianjin 三(六) with a scheme that states no `decisions`: registry rows marked
    /// `platform: engineering_center` are reviewed for conversion (passing converts them, failing does
    /// not admit them) — the department's setting; a scheme that cites 三(六) states the rules itself.
    public var conversionReview: Bool
    /// The verification shortlist for site checks (``SiteChecks``); nil: no shortlist.
    public var siteChecks: SiteChecks?
    /// The clause the grading implements, in Chinese.
    public var clause: String?
    /// The clause in English.
    public var clauseEn: String?

    /// Creates grading rules; every argument but `cutoffs`/`quotas` has the documented default.
    public init(cutoffs: GradeCutoffs? = nil, quotas: GradeQuotas? = nil, quotaScope: QuotaScope = .category,
                tieRule: TieRule = .includeTies, quotaRounding: QuotaRounding = .floor, vetoes: [Veto] = [], events: EventHandling = EventHandling(),
                nonParticipation: NonParticipationRule = NonParticipationRule(), rewards: [RewardRule] = [], rectificationYears: Int = 1,
                decisions: [DecisionRule]? = nil, failedReEvaluation: DecisionRule = DecisionRule(decision: .remove), conversionReview: Bool = false,
                siteChecks: SiteChecks? = nil, clause: String? = nil, clauseEn: String? = nil) {
        self.cutoffs = cutoffs; self.quotas = quotas; self.quotaScope = quotaScope; self.tieRule = tieRule
        self.quotaRounding = quotaRounding
        self.vetoes = vetoes; self.events = events; self.nonParticipation = nonParticipation; self.rewards = rewards
        self.rectificationYears = rectificationYears; self.decisions = decisions; self.failedReEvaluation = failedReEvaluation
        self.conversionReview = conversionReview; self.siteChecks = siteChecks
        self.clause = clause; self.clauseEn = clauseEn
    }

    /// Whether the scheme assigns grades (it states cut-offs or quotas); without them the decision
    /// rules decide on the score alone (national 六(四)).
    public var assignsGrades: Bool { cutoffs != nil || quotas != nil }

    /// The decision rules in force: the stated ones, or the department's defaults (with the
    /// conversion review's two rules first when `conversion_review` is set).
    public var effectiveDecisions: [DecisionRule] {
        if let decisions { return decisions }
        var rules = DecisionRule.defaults(rectificationYears: rectificationYears)
        if conversionReview {
            rules.insert(contentsOf: [
                DecisionRule(grades: [.excellent, .good, .qualified], platform: .engineeringCenter, decision: .convert),
                DecisionRule(platform: .engineeringCenter, decision: .notConverted),
            ], at: 0)
        }
        return rules
    }

    /// The score a re-evaluation must reach: the 合格 cut-off, else the lowest `min_score` of a rule
    /// that keeps a center; nil when neither exists.
    public var passMark: Double? {
        cutoffs?.qualified ?? effectiveDecisions.filter { $0.decision.keepsCenter && $0.grades == nil }.compactMap(\.minScore).min()
    }
}

extension GradingRules: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case cutoffs, quotas
        case quotaScope = "quota_scope"
        case tieRule = "tie_rule"
        case quotaRounding = "quota_rounding"
        case vetoes, events
        case nonParticipation = "non_participation"
        case rewards
        case rectificationYears = "rectification_years"
        case decisions
        case failedReEvaluation = "failed_re_evaluation"
        case conversionReview = "conversion_review"
        case siteChecks = "site_checks"
        case clause
        case clauseEn = "clause_en"
    }

    /// Decodes leniently; absent keys take their defaults.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cutoffs = try c.lenient(GradeCutoffs.self, forKey: .cutoffs, sink: sink)
        quotas = try c.lenient(GradeQuotas.self, forKey: .quotas, sink: sink)
        quotaScope = try c.keyword(QuotaScope.self, forKey: .quotaScope, sink: sink) ?? .category
        tieRule = try c.keyword(TieRule.self, forKey: .tieRule, sink: sink) ?? .includeTies
        quotaRounding = try c.keyword(QuotaRounding.self, forKey: .quotaRounding, sink: sink) ?? .floor
        vetoes = try c.lenient([Veto].self, forKey: .vetoes, sink: sink) ?? []
        events = try c.lenient(EventHandling.self, forKey: .events, sink: sink) ?? EventHandling()
        nonParticipation = try c.lenient(NonParticipationRule.self, forKey: .nonParticipation, sink: sink) ?? NonParticipationRule()
        rewards = try c.lenient([RewardRule].self, forKey: .rewards, sink: sink) ?? []
        rectificationYears = try c.lenient(Int.self, forKey: .rectificationYears, sink: sink) ?? 1
        decisions = try c.lenient([DecisionRule].self, forKey: .decisions, sink: sink)
        failedReEvaluation = try c.lenient(DecisionRule.self, forKey: .failedReEvaluation, sink: sink) ?? DecisionRule(decision: .remove)
        conversionReview = try c.lenient(Bool.self, forKey: .conversionReview, sink: sink) ?? false
        siteChecks = try c.lenient(SiteChecks.self, forKey: .siteChecks, sink: sink)
        clause = try c.lenient(String.self, forKey: .clause, sink: sink)
        clauseEn = try c.lenient(String.self, forKey: .clauseEn, sink: sink)
    }
}
