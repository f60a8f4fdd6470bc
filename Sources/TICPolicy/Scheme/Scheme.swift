import TICIngest
import TICSupport

/// An indicator system (指标体系) for evaluating technology innovation centers: dimensions and
/// indicators with the clauses they implement, how data are combined, normalized, weighted and
/// aggregated, and how scores become grades and outcomes.
///
/// Read one with `Scheme.load(from:)` / `Scheme.decode(from:)` (JSON with comments), take a preset
/// with `Scheme.preset(named:)`, print one with `jsonData()`. See `SchemeValidator` for the checks.
public struct Scheme: Sendable, Hashable {
    /// Short identifier, e.g. `sichuan-2022`.
    public var name: String
    /// Title in Chinese.
    public var title: String
    /// Title in English.
    public var titleEn: String
    /// The policy document the scheme implements (seed), e.g. `《四川省技术创新中心建设运行管理办法》（2022）`.
    public var source: String?
    /// Version of the scheme, chosen by its author.
    public var version: String
    /// What the scheme is and what in it is illustrative, in Chinese.
    public var description: String?
    /// The description in English.
    public var descriptionEn: String?
    /// Years in a construction-operation cycle, i.e. annual reports combined (default 3; Sichuan 2018 allows 3–5).
    public var cycleYears: Int
    /// Defaults that indicators may override.
    public var defaults: SchemeDefaults
    /// How the dimensions are weighted.
    public var dimensionWeights: WeightSpec
    /// The dimensions (一级指标), in order.
    public var dimensions: [SchemeDimension]
    /// How normalized values and weights become a score.
    public var aggregation: AggregationSpec
    /// How scores become grades and outcomes.
    public var grading: GradingRules
    /// The centers the scheme evaluates (levels and jurisdictions); nil: every center of the workspace.
    public var scope: SchemeScope? = nil
    /// When a center is due (the common cycle, or the end of its own construction period), per
    /// category; nil: the common cycle.
    public var due: [DueSetting]? = nil
    /// The day of the evaluation (`--date` overrides it); nil: not stated, nothing is read from the clock.
    public var evaluationDate: CalendarDay? = nil
    /// The period the policy text states it is valid for; nil: not stated.
    public var valid: PolicyValidity? = nil

    /// Creates a scheme. `dimensionWeights` defaults to explicit when a dimension has a weight, else equal.
    public init(name: String, title: String, titleEn: String, source: String? = nil, version: String = "1",
                description: String? = nil, descriptionEn: String? = nil, cycleYears: Int = 3,
                defaults: SchemeDefaults = SchemeDefaults(), dimensionWeights: WeightSpec? = nil,
                dimensions: [SchemeDimension], aggregation: AggregationSpec = .weightedSum, grading: GradingRules) {
        self.name = name; self.title = title; self.titleEn = titleEn; self.source = source
        self.version = version; self.description = description; self.descriptionEn = descriptionEn
        self.cycleYears = cycleYears; self.defaults = defaults
        self.dimensionWeights = dimensionWeights ?? (dimensions.contains { $0.weight != nil } ? .explicit : .equal)
        self.dimensions = dimensions; self.aggregation = aggregation; self.grading = grading
    }

    /// The title in the given language.
    public func title(_ language: Language) -> String { language.pick(title, titleEn) }

    /// The description in the given language, if any.
    public func description(_ language: Language) -> String? { language == .en ? (descriptionEn ?? description) : description }

    /// Every indicator of every dimension, in order.
    public var indicators: [SchemeIndicator] { dimensions.flatMap(\.indicators) }

    /// The indicator with this code, if any.
    public func indicator(_ code: String) -> SchemeIndicator? { indicators.first { $0.code == code } }

    /// The dimensions' explicit weights normalized to sum 1, in order; `nil` unless every dimension has a
    /// positive weight.
    public var normalizedDimensionWeights: [Double]? { WeightSpec.normalized(dimensions.map(\.weight)) }

    /// The same scheme with every explicit weight list (dimensions, and indicators within each
    /// dimension) scaled to sum 1. Lists with a missing or non-positive weight are left alone
    /// (the validator reports them).
    public func normalizingExplicitWeights() -> Scheme {
        var scheme = self
        if let weights = normalizedDimensionWeights, !Self.sumsToOne(dimensions.compactMap(\.weight)) {
            for index in scheme.dimensions.indices { scheme.dimensions[index].weight = weights[index] }
        }
        for d in scheme.dimensions.indices {
            let dimension = scheme.dimensions[d]
            if let weights = dimension.normalizedIndicatorWeights,
               !Self.sumsToOne(dimension.indicators.compactMap(\.weight)) {
                for i in dimension.indicators.indices { scheme.dimensions[d].indicators[i].weight = weights[i] }
            }
        }
        return scheme
    }

    /// Whether weights sum to 1 within 1e-9.
    static func sumsToOne(_ weights: [Double]) -> Bool { abs(weights.reduce(0, +) - 1) <= 1e-9 }
}

extension Scheme: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, title
        case titleEn = "title_en"
        case source, version, description
        case descriptionEn = "description_en"
        case cycleYears = "cycle_years"
        case defaults
        case dimensionWeights = "dimension_weights"
        case dimensions, aggregation, grading
        case scope, due
        case evaluationDate = "evaluation_date"
        case valid
    }

    /// Decodes leniently (every field error is recorded when decoding through `Scheme.inspect`).
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.required(String.self, forKey: .name, sink: sink, fallback: "")
        title = try c.required(String.self, forKey: .title, sink: sink, fallback: "")
        titleEn = try c.lenient(String.self, forKey: .titleEn, sink: sink) ?? title
        source = try c.lenient(String.self, forKey: .source, sink: sink)
        version = try c.lenient(String.self, forKey: .version, sink: sink) ?? "1"
        description = try c.lenient(String.self, forKey: .description, sink: sink)
        descriptionEn = try c.lenient(String.self, forKey: .descriptionEn, sink: sink)
        cycleYears = try c.lenient(Int.self, forKey: .cycleYears, sink: sink) ?? 3
        defaults = try c.lenient(SchemeDefaults.self, forKey: .defaults, sink: sink) ?? SchemeDefaults()
        dimensions = try c.required([SchemeDimension].self, forKey: .dimensions, sink: sink, fallback: [])
        dimensionWeights = try c.lenient(WeightSpec.self, forKey: .dimensionWeights, sink: sink)
            ?? (dimensions.contains { $0.weight != nil } ? .explicit : .equal)
        aggregation = try c.lenient(AggregationSpec.self, forKey: .aggregation, sink: sink) ?? .weightedSum
        grading = try c.required(GradingRules.self, forKey: .grading, sink: sink, fallback: GradingRules())
        scope = try c.lenient(SchemeScope.self, forKey: .scope, sink: sink)
        due = try c.lenient([DueSetting].self, forKey: .due, sink: sink)
        evaluationDate = try c.lenient(CalendarDay.self, forKey: .evaluationDate, sink: sink)
        valid = try c.lenient(PolicyValidity.self, forKey: .valid, sink: sink)
    }
}
