import TICIngest
import TICSupport

/// A first-level indicator (一级指标): a group of indicators, the policy clause it implements, its
/// weight among the dimensions and how its indicators are weighted.
public struct SchemeDimension: Sendable, Hashable {
    /// Code, unique in the scheme, e.g. `key_tech`.
    public var code: String
    /// Chinese name.
    public var name: String
    /// English name.
    public var nameEn: String
    /// The clause it implements, in Chinese, e.g. `《四川省技术创新中心建设运行管理办法》第二十一条`.
    public var clause: String?
    /// The clause in English.
    public var clauseEn: String?
    /// Explicit weight among the dimensions (see `Scheme.dimensionWeights`); must be > 0.
    public var weight: Double?
    /// How the indicators of this dimension are weighted.
    public var indicatorWeights: WeightSpec
    /// The indicators, in order (AHP matrices follow this order).
    public var indicators: [SchemeIndicator]

    /// Creates a dimension. `indicatorWeights` defaults to explicit when an indicator has a weight, else equal.
    public init(code: String, name: String, nameEn: String, clause: String? = nil, clauseEn: String? = nil,
                weight: Double? = nil, indicatorWeights: WeightSpec? = nil, indicators: [SchemeIndicator]) {
        self.code = code; self.name = name; self.nameEn = nameEn
        self.clause = clause; self.clauseEn = clauseEn; self.weight = weight
        self.indicatorWeights = indicatorWeights ?? (indicators.contains { $0.weight != nil } ? .explicit : .equal)
        self.indicators = indicators
    }

    /// The name in the given language.
    public func name(_ language: Language) -> String { language.pick(name, nameEn) }

    /// The clause in the given language (Chinese when there is no English text).
    public func clause(_ language: Language) -> String? { language == .en ? (clauseEn ?? clause) : clause }

    /// The indicators' explicit weights normalized to sum 1, in order; `nil` unless every indicator has one
    /// and they are positive.
    public var normalizedIndicatorWeights: [Double]? { WeightSpec.normalized(indicators.map(\.weight)) }
}

extension SchemeDimension: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name
        case nameEn = "name_en"
        case clause
        case clauseEn = "clause_en"
        case weight
        case indicatorWeights = "indicator_weights"
        case indicators
    }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.required(String.self, forKey: .code, sink: sink, fallback: "")
        name = try c.required(String.self, forKey: .name, sink: sink, fallback: "")
        nameEn = try c.required(String.self, forKey: .nameEn, sink: sink, fallback: "")
        clause = try c.lenient(String.self, forKey: .clause, sink: sink)
        clauseEn = try c.lenient(String.self, forKey: .clauseEn, sink: sink)
        weight = try c.lenient(Double.self, forKey: .weight, sink: sink)
        indicators = try c.required([SchemeIndicator].self, forKey: .indicators, sink: sink, fallback: [])
        indicatorWeights = try c.lenient(WeightSpec.self, forKey: .indicatorWeights, sink: sink)
            ?? (indicators.contains { $0.weight != nil } ? .explicit : .equal)
    }
}

extension WeightSpec {
    /// Explicit weights scaled to sum 1; `nil` if one is missing, not finite or ≤ 0.
    static func normalized(_ weights: [Double?]) -> [Double]? {
        let values = weights.compactMap { $0 }
        guard values.count == weights.count, !values.isEmpty,
              values.allSatisfy({ $0.isFinite && $0 > 0 }) else { return nil }
        let total = values.reduce(0, +)
        return values.map { $0 / total }
    }
}
