/// A derived indicator computed per center and year as `numerator / denominator`, e.g.
/// `service_income_share = service_income / total_income`. Both are report columns or other derived
/// indicators of the same scheme (no cycles).
public struct DerivedRatio: Sendable, Hashable, Codable {
    /// The column divided.
    public var numerator: String
    /// The column divided by; a zero denominator makes the value missing (then the missing-data policy applies).
    public var denominator: String

    /// Creates a ratio declaration.
    public init(numerator: String, denominator: String) {
        self.numerator = numerator
        self.denominator = denominator
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case numerator, denominator }

    /// Decodes leniently (see `Scheme.inspect`).
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        numerator = try c.required(String.self, forKey: .numerator, sink: sink, fallback: "")
        denominator = try c.required(String.self, forKey: .denominator, sink: sink, fallback: "")
    }
}
