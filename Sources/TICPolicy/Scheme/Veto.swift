import TICIngest

/// A hard floor (一票否决): a center whose cycle value of `indicator` meets the condition is graded
/// 不合格 whatever its score, e.g. `{"indicator": "rd_staff", "op": "<", "value": 10}`.
/// The value compared is the indicator's raw cycle value (after cycle aggregation, before outlier
/// treatment and normalization). `lead_types` / `categories` restrict the veto to some centers.
public struct Veto: Sendable, Hashable {
    /// The comparison that triggers the veto.
    public enum Operator: String, Sendable, Hashable, Codable, CaseIterable {
        /// value < threshold
        case less = "<"
        /// value ≤ threshold
        case lessOrEqual = "<="
        /// value > threshold
        case greater = ">"
        /// value ≥ threshold
        case greaterOrEqual = ">="

        /// Whether `value op threshold` holds; false when either is NaN.
        public func holds(_ value: Double, _ threshold: Double) -> Bool {
            switch self {
            case .less: value < threshold
            case .lessOrEqual: value <= threshold
            case .greater: value > threshold
            case .greaterOrEqual: value >= threshold
            }
        }
    }

    /// An indicator of the scheme or a report column.
    public var indicator: String
    /// The comparison.
    public var op: Operator
    /// The threshold, in the indicator's unit.
    public var value: Double
    /// The clause it implements, in Chinese.
    public var clause: String?
    /// The clause in English.
    public var clauseEn: String?
    /// Only centers led by these lead types (all when `nil`).
    public var leadTypes: [LeadType]?
    /// Only centers of these categories (all when `nil`).
    public var categories: [Category]?

    /// Creates a veto.
    public init(indicator: String, op: Operator, value: Double, clause: String? = nil, clauseEn: String? = nil,
                leadTypes: [LeadType]? = nil, categories: [Category]? = nil) {
        self.indicator = indicator; self.op = op; self.value = value
        self.clause = clause; self.clauseEn = clauseEn
        self.leadTypes = leadTypes; self.categories = categories
    }
}

extension Veto: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case indicator, op, value, clause
        case clauseEn = "clause_en"
        case leadTypes = "lead_types"
        case categories
    }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        indicator = try c.required(String.self, forKey: .indicator, sink: sink, fallback: "")
        if !c.contains(.op), let sink {
            sink.record(.error(at: SchemePath.render(c.codingPath + [CodingKeys.op]), .missingKey))
        }
        op = try c.keyword(Operator.self, forKey: .op, sink: sink) ?? .less
        value = try c.required(Double.self, forKey: .value, sink: sink, fallback: .nan)
        clause = try c.lenient(String.self, forKey: .clause, sink: sink)
        clauseEn = try c.lenient(String.self, forKey: .clauseEn, sink: sink)
        leadTypes = try c.keywords(LeadType.self, forKey: .leadTypes, sink: sink)
        categories = try c.keywords(Category.self, forKey: .categories, sink: sink)
    }
}
