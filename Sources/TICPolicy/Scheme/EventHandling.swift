/// What the events of `events.csv` do to a center's outcome.
///
/// What becomes of a center that does not take part or withdraws is `grading.non_participation`
/// (``NonParticipationRule``); here only the handling of integrity violations (Sichuan art. 24:
/// 按有关规定处理) is configured.
public struct EventHandling: Sendable, Hashable {
    /// What an integrity violation (弄虚作假) does.
    public enum IntegrityAction: String, Sendable, Hashable, Codable, CaseIterable {
        /// Graded 不合格 whatever the score, flagged with the evidence (default).
        case veto
        /// Graded on the score, flagged with the evidence for the department to decide.
        case flagOnly = "flag_only"
    }

    /// Handling of `integrity_violation` events — always the department's setting: no seed says a
    /// violation means 不合格.
    public var integrityViolation: IntegrityAction
    /// The clause that speaks of integrity, under which the setting is made (Sichuan art. 24
    /// "按有关规定处理"; Tianjin 五(四) "加强科研诚信建设"), in Chinese; nil when no text speaks of it.
    public var integrityClause: String?
    /// The clause in English.
    public var integrityClauseEn: String?

    /// Creates event handling; integrity violations veto by default.
    public init(integrityViolation: IntegrityAction = .veto, integrityClause: String? = nil, integrityClauseEn: String? = nil) {
        self.integrityViolation = integrityViolation
        self.integrityClause = integrityClause; self.integrityClauseEn = integrityClauseEn
    }

    /// How a decision cites the integrity setting.
    public var integrityBasis: DecisionClause {
        integrityClause.map { .departmentSettingUnder(zh: $0, en: integrityClauseEn ?? $0) } ?? .departmentSetting
    }
}

extension EventHandling: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case integrityViolation = "integrity_violation"
        case integrityClause = "integrity_clause"
        case integrityClauseEn = "integrity_clause_en"
    }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        integrityViolation = try c.keyword(IntegrityAction.self, forKey: .integrityViolation, sink: sink) ?? .veto
        integrityClause = try c.lenient(String.self, forKey: .integrityClause, sink: sink)
        integrityClauseEn = try c.lenient(String.self, forKey: .integrityClauseEn, sink: sink)
    }
}
