/// Score thresholds of the grades (Sichuan art. 22): a score ≥ `excellent` is 优秀, ≥ `good` 良好,
/// ≥ `qualified` 合格, below it 不合格. Must be strictly decreasing. The seeds give no numbers:
/// every preset's cut-offs are illustrative.
public struct GradeCutoffs: Sendable, Hashable {
    /// Lowest score graded 优秀.
    public var excellent: Double
    /// Lowest score graded 良好.
    public var good: Double
    /// Lowest score graded 合格.
    public var qualified: Double

    /// Creates cut-offs.
    public init(excellent: Double, good: Double, qualified: Double) {
        self.excellent = excellent
        self.good = good
        self.qualified = qualified
    }
}

extension GradeCutoffs: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case excellent, good, qualified }

    /// Decodes leniently; every key is required.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        excellent = try c.required(Double.self, forKey: .excellent, sink: sink, fallback: .nan)
        good = try c.required(Double.self, forKey: .good, sink: sink, fallback: .nan)
        qualified = try c.required(Double.self, forKey: .qualified, sink: sink, fallback: .nan)
    }
}
