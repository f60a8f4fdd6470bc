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

    /// Handling of `integrity_violation` events.
    public var integrityViolation: IntegrityAction

    /// Creates event handling; integrity violations veto by default.
    public init(integrityViolation: IntegrityAction = .veto) {
        self.integrityViolation = integrityViolation
    }
}

extension EventHandling: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case integrityViolation = "integrity_violation"
    }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        integrityViolation = try c.keyword(IntegrityAction.self, forKey: .integrityViolation, sink: sink) ?? .veto
    }
}
