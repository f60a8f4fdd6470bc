/// What happens to a center that does not take part in the evaluation, withdraws midway, or is
/// treated as not taking part because a report is missing (`defaults.missing_report:
/// not_participating`). Such a center gets no grade.
///
/// Sichuan art. 23 rules it (不参加评估或中途退出评估的，不再列入创新中心序列); the national, Hunan
/// and Tianjin texts are silent, so there the decision is the department's own setting, and it is
/// shown as such — never cited to another jurisdiction's clause.
public struct NonParticipationRule: Sendable, Hashable {
    /// The decision for a center that did not take part.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Removed from the sequence (不再列入序列).
        case remove
        /// No adjustment is derived: the department decides case by case (报科技厅研究决定).
        case referToDepartment = "refer_to_department"
    }

    /// The decision (default `remove`).
    public var decision: Outcome
    /// The clause that rules it, in Chinese; nil when it is the department's own setting.
    public var clause: String?
    /// The clause in English.
    public var clauseEn: String?

    /// Creates the rule; without a clause it is the department's setting.
    public init(decision: Outcome = .remove, clause: String? = nil, clauseEn: String? = nil) {
        self.decision = decision; self.clause = clause; self.clauseEn = clauseEn
    }
}

extension NonParticipationRule: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case decision, clause
        case clauseEn = "clause_en"
    }

    /// Decodes leniently; `decision` defaults to remove.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        decision = try c.keyword(Outcome.self, forKey: .decision, sink: sink) ?? .remove
        clause = try c.lenient(String.self, forKey: .clause, sink: sink)
        clauseEn = try c.lenient(String.self, forKey: .clauseEn, sink: sink)
    }
}
