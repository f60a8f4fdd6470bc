import TICIngest
import TICScoring
import TICSupport

/// A second-level indicator (二级指标): one column of the annual reports (or of the ratings, or a
/// derived ratio), its direction, weight and the per-indicator overrides of the scheme defaults.
///
/// In JSON, `direction` is `"benefit"`, `"cost"` or `"target"`; a target direction also needs
/// `"target": <value>`. `name`, `name_en` and `unit` may be left out for catalogue columns
/// (Guides/DataContract.md, "Indicator catalogue"), which supply them.
public struct SchemeIndicator: Sendable, Hashable {
    /// The column code, e.g. `rd_expenditure`; unique in the scheme.
    public var code: String
    /// Chinese name.
    public var name: String
    /// English name.
    public var nameEn: String
    /// Unit, e.g. `万元`, `项`, `ratio`.
    public var unit: String
    /// Whether more is better, worse, or best near a target.
    public var direction: Direction
    /// Explicit weight within the dimension; used when the dimension's `indicator_weights` is explicit
    /// (or combined with explicit subjective weights). Must be > 0.
    public var weight: Double?
    /// When set, the value is computed per center and year as a ratio of two columns.
    public var derived: DerivedRatio?
    /// Overrides `defaults.cycle_aggregation`.
    public var cycleAggregation: CycleAggregation?
    /// Overrides `defaults.missing`.
    public var missing: MissingDataPolicy?
    /// Overrides `defaults.outliers`.
    public var outliers: OutlierMethod?
    /// Overrides `defaults.normalization`.
    public var normalization: NormalizationMethod?
    /// Goalposts floor (the raw value that maps to 0); required with `goalposts`.
    public var floor: Double?
    /// Goalposts ceiling (the raw value that maps to 100); required with `goalposts`.
    public var ceiling: Double?

    /// Creates an indicator.
    public init(code: String, name: String, nameEn: String, unit: String, direction: Direction = .benefit,
                weight: Double? = nil, derived: DerivedRatio? = nil, cycleAggregation: CycleAggregation? = nil,
                missing: MissingDataPolicy? = nil, outliers: OutlierMethod? = nil,
                normalization: NormalizationMethod? = nil, floor: Double? = nil, ceiling: Double? = nil) {
        self.code = code; self.name = name; self.nameEn = nameEn; self.unit = unit
        self.direction = direction; self.weight = weight; self.derived = derived
        self.cycleAggregation = cycleAggregation; self.missing = missing; self.outliers = outliers
        self.normalization = normalization; self.floor = floor; self.ceiling = ceiling
    }

    /// An indicator for a catalogue column (Guides/DataContract.md), with its name and unit taken from the catalogue.
    /// - Precondition: `code` is in `IndicatorCatalogue`.
    public static func catalogue(_ code: String, direction: Direction = .benefit, weight: Double? = nil,
                                 derived: DerivedRatio? = nil, cycleAggregation: CycleAggregation? = nil,
                                 missing: MissingDataPolicy? = nil, outliers: OutlierMethod? = nil,
                                 normalization: NormalizationMethod? = nil,
                                 floor: Double? = nil, ceiling: Double? = nil) -> SchemeIndicator {
        guard let column = IndicatorCatalogue.column(code) else {
            preconditionFailure("'\(code)' is not a catalogue column")
        }
        return SchemeIndicator(code: code, name: column.zh, nameEn: column.en, unit: column.unit,
                               direction: direction, weight: weight, derived: derived,
                               cycleAggregation: cycleAggregation, missing: missing, outliers: outliers,
                               normalization: normalization, floor: floor, ceiling: ceiling)
    }

    /// The name in the given language.
    public func name(_ language: Language) -> String { language.pick(name, nameEn) }
}

extension SchemeIndicator: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name
        case nameEn = "name_en"
        case unit, direction, target, weight, derived
        case cycleAggregation = "cycle_aggregation"
        case missing, outliers, normalization, floor, ceiling
    }

    /// The three spellings of `direction` in JSON.
    enum DirectionKeyword: String, CaseIterable { case benefit, cost, target }

    /// Decodes leniently; name, name_en and unit default from the catalogue.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.required(String.self, forKey: .code, sink: sink, fallback: "")
        let column = IndicatorCatalogue.column(code)
        func text(_ key: CodingKeys, _ fromCatalogue: String?) throws -> String {
            if let fromCatalogue, !c.contains(key) { return fromCatalogue }
            return try c.required(String.self, forKey: key, sink: sink, fallback: "")
        }
        name = try text(.name, column?.zh)
        nameEn = try text(.nameEn, column?.en)
        unit = try text(.unit, column?.unit)

        let target = try c.lenient(Double.self, forKey: .target, sink: sink)
        switch try c.keyword(DirectionKeyword.self, forKey: .direction, sink: sink) {
        case .benefit: direction = .benefit
        case .cost: direction = .cost
        case .target:
            if let target {
                direction = .target(target)
            } else {
                let path = SchemePath.render(c.codingPath + [CodingKeys.target])
                guard let sink else {
                    throw DecodingError.keyNotFound(CodingKeys.target, .init(codingPath: c.codingPath, debugDescription: "\(SchemeFinding.targetRequired)"))
                }
                sink.record(.error(at: path, .targetRequired))
                direction = .benefit
            }
        case nil:
            if !c.contains(.direction) {
                guard let sink else {
                    throw DecodingError.keyNotFound(CodingKeys.direction, .init(codingPath: c.codingPath, debugDescription: "\(SchemeFinding.missingDirection)"))
                }
                sink.record(.error(at: SchemePath.render(c.codingPath + [CodingKeys.direction]), .missingDirection))
            }
            direction = .benefit
        }
        if case .target = direction {} else if target != nil, let sink {
            sink.record(.warning(at: SchemePath.render(c.codingPath + [CodingKeys.target]), .targetIgnored))
        }
        weight = try c.lenient(Double.self, forKey: .weight, sink: sink)
        derived = try c.lenient(DerivedRatio.self, forKey: .derived, sink: sink)
        cycleAggregation = try c.keyword(CycleAggregation.self, forKey: .cycleAggregation, sink: sink)
        missing = try c.missingPolicy(forKey: .missing, sink: sink)
        outliers = try c.keyword(OutlierMethod.self, forKey: .outliers, sink: sink)
        normalization = try c.keyword(NormalizationMethod.self, forKey: .normalization, sink: sink)
        floor = try c.lenient(Double.self, forKey: .floor, sink: sink)
        ceiling = try c.lenient(Double.self, forKey: .ceiling, sink: sink)
    }

    /// Encodes every field that is set; `direction` as a keyword plus `target` for a target direction.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encode(nameEn, forKey: .nameEn)
        try c.encode(unit, forKey: .unit)
        switch direction {
        case .benefit: try c.encode(DirectionKeyword.benefit.rawValue, forKey: .direction)
        case .cost: try c.encode(DirectionKeyword.cost.rawValue, forKey: .direction)
        case .target(let value):
            try c.encode(DirectionKeyword.target.rawValue, forKey: .direction)
            try c.encode(value, forKey: .target)
        }
        try c.encodeIfPresent(weight, forKey: .weight)
        try c.encodeIfPresent(derived, forKey: .derived)
        try c.encodeIfPresent(cycleAggregation, forKey: .cycleAggregation)
        try c.encodeIfPresent(missing, forKey: .missing)
        try c.encodeIfPresent(outliers, forKey: .outliers)
        try c.encodeIfPresent(normalization, forKey: .normalization)
        try c.encodeIfPresent(floor, forKey: .floor)
        try c.encodeIfPresent(ceiling, forKey: .ceiling)
    }
}
