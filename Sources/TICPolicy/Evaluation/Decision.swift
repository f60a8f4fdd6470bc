import TICIngest

/// The dynamic-adjustment decision for one center (Sichuan art. 23, national guideline 六(四), Hunan 六(五)),
/// as data: what happens, why (``DecisionReason``) and under which clause (``DecisionClause``).
/// TICReport words it (`DecisionText`), so the terminal, CSV, HTML and JSON say the same thing.
public struct Decision: Sendable, Hashable {
    /// What happens to the center. The codes are stable; a preset's own vocabulary is a label.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Sichuan art. 23, 优秀: priority recommendation to create a national center.
        case recommendNational = "recommend_national"
        /// Sichuan art. 23, 优秀/良好/合格 or a passed re-evaluation: enters the next construction-operation cycle.
        case `continue`
        /// National 六(四), Tianjin 五(四): continued support (后续支持).
        case continueSupport = "continue_support"
        /// Hunan 六(五): the result is a reference for follow-up support (评估结果作为后续支持的重要参考).
        case supportReference = "support_reference"
        /// Rectify (整改): within the rule's years when the text sets a deadline (Sichuan: one year), then re-evaluation.
        case rectify
        /// Sichuan art. 23: not participating, withdrawn, or failed re-evaluation: 不再列入创新中心序列.
        case remove
        /// Tianjin 三(六): an engineering technology center that passed the review joins the centers (撤并转).
        case convert
        /// Tianjin 三(六): an engineering technology center that did not pass is not admitted.
        case notConverted = "not_converted"
        /// National 六(四), Tianjin 五(四): revoked (撤销). Not to be confused with the event
        /// `withdrawn` (a center withdrawing from the evaluation).
        case revoke
        /// No rule decides (did not take part and `non_participation` leaves it to the department, or no
        /// decision rule applies): the department decides case by case.
        case referToDepartment = "refer_to_department"

        /// Whether the center stays (continues, is supported, converts, or its result is a reference).
        public var keepsCenter: Bool {
            switch self {
            case .recommendNational, .continue, .continueSupport, .supportReference, .convert: true
            case .rectify, .remove, .notConverted, .revoke, .referToDepartment: false
            }
        }
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
    /// The scheme's setting, made under a clause that speaks of the matter without ruling it (Sichuan
    /// art. 24: fraud is "按有关规定处理").
    case departmentSettingUnder(zh: String, en: String)

    /// The two clauses joined (`；`), the first alone when they are the same.
    public func joined(with other: DecisionClause) -> DecisionClause {
        guard case .text(let zh, let en) = self, case .text(let zh2, let en2) = other, zh != zh2 else { return self }
        return .text(zh: zh + "；" + zh2, en: en + "; " + en2)
    }
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
        /// Graded by the cut-offs.
        case graded(Grade, score: Double?)
        /// Scored by a scheme that assigns no grade (national 六(四)): the rule that decided required a
        /// score of at least `atLeast` and/or below `below`.
        case scored(score: Double?, atLeast: Double?, below: Double?)
        /// Graded, then moved to `grade` from `byScore` by a quota.
        case quotaMoved(Grade, score: Double?, byScore: Grade?)
        /// An integrity violation vetoed it (to 不合格 when the scheme grades), with the evidence; the
        /// handling is the department's setting, made under `under` when a clause speaks of integrity.
        case integrityVeto(note: String, under: DecisionClause, graded: Bool)
        /// Hard floors (一票否决) failed: `indicator value condition` each.
        case hardFloor(hits: [CenterEvaluation.VetoHit], score: Double?)
    }

    /// What follows the basis.
    public enum Addition: Sendable, Hashable {
        /// `cells` of `reported` values of its reports imputed; missing reports filled from own years.
        case imputed(cells: Int, reported: Int, filledReportYears: [Int])
        /// `growth` undefined for these indicators: left out, the other weights renormalized.
        case undefinedGrowth(indicators: [String])
        /// Passed the re-evaluation after rectification.
        case reEvaluationPassed(failedCycle: String, year: Int, score: Double)
        /// A reward of the scheme (`amountRMB` nil: set by the department).
        case reward(RewardRule.Kind, amountRMB: Double?)
        /// What the rule decided (every kind but `rectify`).
        case outcome(Decision.Kind)
        /// Rectify within `years` (nil: the text sets no deadline), re-evaluated on the `reEvaluationYear`
        /// report; `onFailure` is what a failed re-evaluation decides.
        case rectify(years: Int?, reEvaluationYear: Int?, onFailure: Decision.Kind)
        /// Not taking part: removed from the sequence / referred to the department.
        case removed, referredToDepartment
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
