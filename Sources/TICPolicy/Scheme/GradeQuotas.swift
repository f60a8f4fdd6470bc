import TICIngest

/// Quotas by grade: `{"excellent": {"max_share": 0.2}, "unqualified": {"min_share": 0.05}}`.
public struct GradeQuotas: Sendable, Hashable {
    /// Quota of 优秀.
    public var excellent: GradeQuota?
    /// Quota of 良好.
    public var good: GradeQuota?
    /// Quota of 合格.
    public var qualified: GradeQuota?
    /// Quota of 不合格.
    public var unqualified: GradeQuota?

    /// Creates quotas.
    public init(excellent: GradeQuota? = nil, good: GradeQuota? = nil, qualified: GradeQuota? = nil,
                unqualified: GradeQuota? = nil) {
        self.excellent = excellent
        self.good = good
        self.qualified = qualified
        self.unqualified = unqualified
    }

    /// The quota of a grade.
    public subscript(grade: Grade) -> GradeQuota? {
        switch grade {
        case .excellent: excellent
        case .good: good
        case .qualified: qualified
        case .unqualified: unqualified
        }
    }
}

extension GradeQuotas: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case excellent, good, qualified, unqualified }

    /// Decodes leniently; an unknown grade key is warned about.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        excellent = try c.lenient(GradeQuota.self, forKey: .excellent, sink: sink)
        good = try c.lenient(GradeQuota.self, forKey: .good, sink: sink)
        qualified = try c.lenient(GradeQuota.self, forKey: .qualified, sink: sink)
        unqualified = try c.lenient(GradeQuota.self, forKey: .unqualified, sink: sink)
    }
}
