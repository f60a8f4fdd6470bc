import TICScoring

/// How normalized indicator values and weights become one score per center.
///
/// JSON: `{"method": "weighted_sum"}` (default), `"geometric"`, `"topsis"`, or
/// `{"method": "vikor", "v": 0.5}`. Scores are read on 0–100: TOPSIS closeness and VIKOR's `1 − Q`
/// are multiplied by 100 so that grade cut-offs mean the same for every method.
public struct AggregationSpec: Sendable, Hashable {
    /// The method.
    public var method: AggregationMethod
    /// VIKOR's weight of the strategy of the majority (group utility), 0…1; `nil` for other methods.
    public var v: Double?

    /// Creates an aggregation specification; VIKOR gets ``Aggregation/defaultVIKORWeight`` (0.5) unless given.
    public init(method: AggregationMethod = .weightedSum, v: Double? = nil) {
        self.method = method
        self.v = method == .vikor ? (v ?? Aggregation.defaultVIKORWeight) : v
    }

    /// Weighted arithmetic mean (the default).
    public static let weightedSum = AggregationSpec(method: .weightedSum)
}

extension AggregationSpec: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case method, v }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let method = try c.keyword(AggregationMethod.self, forKey: .method, sink: sink) ?? .weightedSum
        self.init(method: method, v: try c.lenient(Double.self, forKey: .v, sink: sink))
    }
}
