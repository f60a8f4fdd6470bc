/// The share of centers (per category, or overall) a grade may or must hold, e.g. at most 20 % 优秀.
public struct GradeQuota: Sendable, Hashable {
    /// At most this share gets the grade (0…1).
    public var maxShare: Double?
    /// At least this share gets the grade (0…1), e.g. a forced 不合格 share.
    public var minShare: Double?

    /// Creates a quota.
    public init(maxShare: Double? = nil, minShare: Double? = nil) {
        self.maxShare = maxShare
        self.minShare = minShare
    }
}

extension GradeQuota: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxShare = "max_share"
        case minShare = "min_share"
    }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        maxShare = try c.lenient(Double.self, forKey: .maxShare, sink: sink)
        minShare = try c.lenient(Double.self, forKey: .minShare, sink: sink)
    }
}
