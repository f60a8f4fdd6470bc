import TICIngest

/// One rule of a scheme's dynamic adjustment (`grading.decisions`): which evaluated centers it
/// applies to and what it decides, with the clause that rules it.
///
/// The rules are tried in order and the first that applies decides. A rule applies when every
/// condition it states holds: `grades` (the center's grade is one of them), `min_score`
/// (score ≥ it), `below_score` (score < it), `vetoed` (a hard floor or an integrity veto hit it, or
/// not), `platform` (the registry's `platform` column) and `previous_grades` (the grade of the
/// center's latest earlier cycle in history.csv is one of them; a center without such a cycle, or
/// whose cycle has no grade, does not match). A rule without conditions applies to every center
/// that reaches it.
///
/// `previous_grades` lets a department write "two consecutive 不合格 → removal" (Yingtan, Shandong):
/// `{grades: [unqualified], previous_grades: [unqualified], decision: remove}` before its rectify
/// rule. No preset states it: the seeds behind them do not.
///
/// Each jurisdiction decides in its own vocabulary: Sichuan art. 23 recommends 优秀 centers for a
/// national center, lets 良好/合格 ones continue and gives 不合格 ones a year to rectify; the
/// national guideline 六(四) and Tianjin 五(四) decide 整改/撤销/后续支持 without a deadline;
/// Hunan 六(五) makes the result a reference for follow-up support. A rule without `clause` is the
/// department's own setting, and every output says so — never another jurisdiction's clause.
public struct DecisionRule: Sendable, Hashable {
    /// Only centers with one of these grades (any grade when nil).
    public var grades: [Grade]?
    /// Only centers scoring at least this (nil: no lower bound).
    public var minScore: Double?
    /// Only centers scoring below this (nil: no upper bound).
    public var belowScore: Double?
    /// Only vetoed centers (true) or only centers not vetoed (false); nil: both.
    public var vetoed: Bool?
    /// Only registry rows of this platform (nil: any).
    public var platform: Platform?
    /// Only centers whose latest earlier cycle (history.csv) had one of these grades (nil: any history or none).
    public var previousGrades: [Grade]?
    /// What is decided.
    public var decision: Decision.Kind
    /// For `rectify`: the years given before the re-evaluation; nil when the text sets no deadline.
    public var rectificationYears: Int?
    /// The clause that rules the decision, in Chinese; nil when it is the department's setting.
    public var clause: String?
    /// The clause in English.
    public var clauseEn: String?

    /// Creates a rule.
    public init(grades: [Grade]? = nil, minScore: Double? = nil, belowScore: Double? = nil, vetoed: Bool? = nil,
                platform: Platform? = nil, previousGrades: [Grade]? = nil, decision: Decision.Kind, rectificationYears: Int? = nil,
                clause: String? = nil, clauseEn: String? = nil) {
        self.grades = grades; self.minScore = minScore; self.belowScore = belowScore; self.vetoed = vetoed
        self.platform = platform; self.previousGrades = previousGrades; self.decision = decision; self.rectificationYears = rectificationYears
        self.clause = clause; self.clauseEn = clauseEn
    }

    /// Whether the rule applies to a center with this grade, score, veto state, platform and
    /// previous grade (its latest earlier cycle's, from history.csv).
    public func applies(grade: Grade?, score: Double?, vetoed isVetoed: Bool, platform center: Platform,
                        previousGrade: Grade? = nil) -> Bool {
        if let grades, !(grade.map(grades.contains) ?? false) { return false }
        if let minScore, !((score ?? -.infinity) >= minScore) { return false }
        if let belowScore, !((score ?? .infinity) < belowScore) { return false }
        if let vetoed, vetoed != isVetoed { return false }
        if let platform, platform != center { return false }
        if let previousGrades, !(previousGrade.map(previousGrades.contains) ?? false) { return false }
        return true
    }

    /// Whether the rule names a grade (a scheme without grades cannot have such a rule).
    public var needsGrades: Bool { grades != nil }

    /// The clause as a decision cites it: the text, or the department's setting.
    public var decisionClause: DecisionClause {
        clause.map { .text(zh: $0, en: clauseEn ?? $0) } ?? .departmentSetting
    }

    /// The rules a scheme without `decisions` gets: the grade is the result, 不合格 centers rectify
    /// within `rectificationYears`, every other center continues — all of it the department's setting.
    public static func defaults(rectificationYears: Int) -> [DecisionRule] {
        [
            DecisionRule(grades: [.unqualified], decision: .rectify, rectificationYears: rectificationYears),
            DecisionRule(decision: .continue),
        ]
    }
}

extension DecisionRule: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case grades
        case minScore = "min_score"
        case belowScore = "below_score"
        case vetoed, platform
        case previousGrades = "previous_grades"
        case decision
        case rectificationYears = "rectification_years"
        case clause
        case clauseEn = "clause_en"
    }

    /// Decodes leniently; `decision` is required.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        grades = try c.keywords(Grade.self, forKey: .grades, sink: sink)
        minScore = try c.lenient(Double.self, forKey: .minScore, sink: sink)
        belowScore = try c.lenient(Double.self, forKey: .belowScore, sink: sink)
        vetoed = try c.lenient(Bool.self, forKey: .vetoed, sink: sink)
        platform = try c.keyword(Platform.self, forKey: .platform, sink: sink)
        previousGrades = try c.keywords(Grade.self, forKey: .previousGrades, sink: sink)
        if let sink, !c.contains(.decision) {
            sink.record(.error(at: SchemePath.render(c.codingPath + [CodingKeys.decision]), .missingKey))
        }
        decision = try c.keyword(Decision.Kind.self, forKey: .decision, sink: sink) ?? .referToDepartment
        rectificationYears = try c.lenient(Int.self, forKey: .rectificationYears, sink: sink)
        clause = try c.lenient(String.self, forKey: .clause, sink: sink)
        clauseEn = try c.lenient(String.self, forKey: .clauseEn, sink: sink)
    }
}
