import TICScoring

/// The scheme-wide defaults that each indicator may override.
public struct SchemeDefaults: Sendable, Hashable, Codable {
    /// How the annual reports of a cycle combine (default `mean`).
    public var cycleAggregation: CycleAggregation
    /// What a missing value does (default `error`).
    public var missing: MissingDataPolicy
    /// Outlier treatment before normalization (default `none`).
    public var outliers: OutlierMethod
    /// Normalization (default `minmax`, onto 0–100).
    public var normalization: NormalizationMethod

    /// Creates defaults; every argument has the documented default.
    public init(cycleAggregation: CycleAggregation = .mean, missing: MissingDataPolicy = .error,
                outliers: OutlierMethod = .none, normalization: NormalizationMethod = .minmax) {
        self.cycleAggregation = cycleAggregation
        self.missing = missing
        self.outliers = outliers
        self.normalization = normalization
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case cycleAggregation = "cycle_aggregation"
        case missing, outliers, normalization
    }

    /// Decodes leniently; absent keys take their defaults.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cycleAggregation = try c.keyword(CycleAggregation.self, forKey: .cycleAggregation, sink: sink) ?? .mean
        missing = try c.keyword(MissingDataPolicy.self, forKey: .missing, sink: sink) ?? .error
        outliers = try c.keyword(OutlierMethod.self, forKey: .outliers, sink: sink) ?? .none
        normalization = try c.keyword(NormalizationMethod.self, forKey: .normalization, sink: sink) ?? .minmax
    }

    /// The cycle aggregation that applies to `indicator`.
    public func cycleAggregation(for indicator: SchemeIndicator) -> CycleAggregation { indicator.cycleAggregation ?? cycleAggregation }
    /// The missing-data policy that applies to `indicator`.
    public func missing(for indicator: SchemeIndicator) -> MissingDataPolicy { indicator.missing ?? missing }
    /// The outlier treatment that applies to `indicator`.
    public func outliers(for indicator: SchemeIndicator) -> OutlierMethod { indicator.outliers ?? outliers }
    /// The normalization that applies to `indicator`.
    public func normalization(for indicator: SchemeIndicator) -> NormalizationMethod { indicator.normalization ?? normalization }
}
