/// What the events of `events.csv` do to a center's outcome.
///
/// `not_participating` and `withdrawn` always remove the center from the sequence (Sichuan art. 23:
/// 不参加评估或中途退出评估的，不再列入创新中心序列); only the handling of integrity violations
/// (art. 24: 按有关规定处理) is configurable.
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
        case notParticipating = "not_participating"
        case withdrawn
    }

    /// The only handling allowed for not taking part or withdrawing.
    enum RemovalKeyword: String, CaseIterable { case remove }

    /// Decodes leniently; `not_participating` and `withdrawn` may only say `remove`.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        integrityViolation = try c.keyword(IntegrityAction.self, forKey: .integrityViolation, sink: sink) ?? .veto
        _ = try c.keyword(RemovalKeyword.self, forKey: .notParticipating, sink: sink)
        _ = try c.keyword(RemovalKeyword.self, forKey: .withdrawn, sink: sink)
    }

    /// Encodes all three events, so a reader sees the fixed ones too.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(integrityViolation, forKey: .integrityViolation)
        try c.encode(RemovalKeyword.remove.rawValue, forKey: .notParticipating)
        try c.encode(RemovalKeyword.remove.rawValue, forKey: .withdrawn)
    }
}
