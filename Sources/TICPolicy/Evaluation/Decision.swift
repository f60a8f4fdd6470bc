import TICIngest

/// The dynamic-adjustment decision for one center (Sichuan art. 23, national guideline 六(四), Hunan 六(五)),
/// as data: what happens, why (``DecisionReason``) and under which clause (``DecisionClause``).
/// TICReport words it (`DecisionText`), so the terminal, CSV, HTML and JSON say the same thing.
public struct Decision: Sendable, Hashable {
    /// What happens to the center. The codes are stable; a preset's own vocabulary is a label.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 优秀: priority recommendation to create a national center (plus the scheme's reward).
        case recommendNational = "recommend_national"
        /// 良好/合格 (or a passed re-evaluation): enters the next construction-operation cycle.
        case `continue`
        /// 不合格: rectify within the rectification period, then re-evaluation.
        case rectify
        /// Not participating, withdrawn, or failed re-evaluation: 不再列入创新中心序列.
        case remove
        /// Tianjin conversion review passed: converted to a specialized center.
        case convert
        /// Tianjin conversion review failed: revoked (撤销). Not to be confused with the event
        /// `withdrawn` (a center withdrawing from the evaluation).
        case revoke
        /// Did not take part, and the scheme's `non_participation` leaves the decision to the department.
        case referToDepartment = "refer_to_department"
    }

    /// The decision.
    public var kind: Kind
    /// Why.
    public var reason: DecisionReason
    /// The clause it applies.
    public var clause: DecisionClause
    /// A reward or subsidy in RMB, if any.
    public var amountRMB: Double?
    /// For `rectify`: the year of the re-evaluation report.
    public var reEvaluationYear: Int?

    public init(kind: Kind, reason: DecisionReason, clause: DecisionClause, amountRMB: Double? = nil, reEvaluationYear: Int? = nil) {
        self.kind = kind; self.reason = reason; self.clause = clause
        self.amountRMB = amountRMB; self.reEvaluationYear = reEvaluationYear
    }
}

/// The clause a decision applies: the scheme's own text, or the department's own setting where the
/// policy text is silent (never another jurisdiction's clause).
public enum DecisionClause: Sendable, Hashable {
    /// The clause as the scheme cites it.
    case text(zh: String, en: String)
    /// The scheme's setting, which no policy text rules.
    case departmentSetting
}

/// Why a center has its decision: the basis, then what was added to it, in order.
public struct DecisionReason: Sendable, Hashable {
    /// What the decision rests on.
    public enum Basis: Sendable, Hashable {
        /// Did not take part (events.csv `not_participating`), with the event's note.
        case notParticipating(note: String)
        /// Withdrew midway (events.csv `withdrawn`), with the event's note.
        case withdrew(note: String)
        /// Treated as not taking part: no report for these years (`missing_report: not_participating`).
        case missingReport(years: [Int])
        /// Failed the re-evaluation after rectification.
        case failedReEvaluation(failedCycle: String, year: Int, score: Double?, threshold: Double?)
        /// Approved in `approvedYear`: not due this cycle.
        case notYetDue(approvedYear: Int)
        /// Graded by the cut-offs: the threshold met and the next one missed (nil without cut-offs);
        /// `tie` when equal scores at a quota boundary let it keep the grade beyond the places.
        case graded(Grade, score: Double?, cutoff: CutoffFacts? = nil, tie: QuotaFacts? = nil)
        /// Graded, then moved to `grade` from `byScore` by quotas: each quota's arithmetic, in the
        /// order applied (a center can cascade 优秀 → 良好 → 合格).
        case quotaMoved(Grade, score: Double?, byScore: Grade?, cutoff: CutoffFacts? = nil, quotas: [QuotaFacts] = [])
        /// An integrity violation vetoed it to 不合格, with the evidence.
        case integrityVeto(note: String)
        /// Hard floors (一票否决) failed, with the grade the score alone would have given.
        case hardFloor(hits: [CenterEvaluation.VetoHit], score: Double?, byScore: Grade? = nil)
    }

    /// What follows the basis.
    public enum Addition: Sendable, Hashable {
        /// `cells` of `reported` values of its reports imputed (`values`: which, in scheme order);
        /// missing reports filled from own years.
        case imputed(cells: Int, reported: Int, filledReportYears: [Int], values: [ImputedCell] = [])
        /// Its previous cycle's outcome from history.csv.
        case previousCycle(cycle: ClosedRange<Int>, grade: Grade?, status: Status)
        /// Integrity flags raised for reviewers (evidence, never a verdict; the grade is unchanged).
        case integrityFlags(count: Int)
        /// `growth` undefined for these indicators: left out, the other weights renormalized.
        case undefinedGrowth(indicators: [String], labels: [IndicatorLabel] = [])
        /// Passed the re-evaluation after rectification.
        case reEvaluationPassed(failedCycle: String, year: Int, score: Double)
        /// A reward of the scheme (`amountRMB` nil: set by the department).
        case reward(RewardRule.Kind, amountRMB: Double?)
        /// Tianjin conversion review passed / failed.
        case conversionPassed, conversionFailed
        /// Recommended first for a national center.
        case recommendNational
        /// Enters the next construction-operation cycle.
        case nextCycle
        /// Rectify within `years`, re-evaluated on the `reEvaluationYear` report.
        case rectify(years: Int, reEvaluationYear: Int)
        /// Not taking part: removed from the sequence / referred to the department.
        case removed, referredToDepartment
    }

    /// An imputed value of a submitted report.
    public struct ImputedCell: Sendable, Hashable, Codable {
        /// The indicator.
        public var indicator: IndicatorLabel
        /// The report year.
        public var year: Int
        /// The value put in.
        public var value: Double

        public init(indicator: IndicatorLabel, year: Int, value: Double) {
            self.indicator = indicator; self.year = year; self.value = value
        }
    }

    /// The basis.
    public var basis: Basis
    /// The additions, in order.
    public var additions: [Addition]

    public init(_ basis: Basis, _ additions: [Addition] = []) {
        self.basis = basis
        self.additions = additions
    }
}
