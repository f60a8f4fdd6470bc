import TICScoring

/// The scheme-wide defaults that each indicator may override.
public struct SchemeDefaults: Sendable, Hashable, Codable {
    /// How the annual reports of a cycle combine (default `mean`).
    public var cycleAggregation: CycleAggregation
    /// What a missing value in an existing report does (default `error`).
    public var missing: MissingDataPolicy
    /// What a missing report of a center that is due does (default `error`).
    public var missingReport: MissingReportPolicy
    /// The largest share of a center's cells in its existing reports that may be imputed
    /// (default 0.2); above it the evaluation stops and names the center.
    public var maxImputedShare: Double
    /// How a center approved after the cycle's first year is evaluated (default `own_years`).
    public var approvedWithinCycle: ApprovedWithinCyclePolicy
    /// Outlier treatment before normalization (default `none`).
    public var outliers: OutlierMethod
    /// Normalization (default `minmax`, onto 0–100).
    public var normalization: NormalizationMethod

    /// Creates defaults; every argument has the documented default.
    public init(cycleAggregation: CycleAggregation = .mean, missing: MissingDataPolicy = .error,
                missingReport: MissingReportPolicy = .error, maxImputedShare: Double = SchemeDefaults.defaultMaxImputedShare,
                approvedWithinCycle: ApprovedWithinCyclePolicy = .ownYears,
                outliers: OutlierMethod = .none, normalization: NormalizationMethod = .minmax) {
        self.cycleAggregation = cycleAggregation
        self.missing = missing
        self.missingReport = missingReport
        self.maxImputedShare = maxImputedShare
        self.approvedWithinCycle = approvedWithinCycle
        self.outliers = outliers
        self.normalization = normalization
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case cycleAggregation = "cycle_aggregation"
        case missing
        case missingReport = "missing_report"
        case maxImputedShare = "max_imputed_share"
        case approvedWithinCycle = "approved_within_cycle"
        case outliers, normalization
    }

    /// The default of `max_imputed_share`: 20 % of a center's cells in its existing reports.
    public static let defaultMaxImputedShare = 0.2

    /// Decodes leniently; absent keys take their defaults.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cycleAggregation = try c.keyword(CycleAggregation.self, forKey: .cycleAggregation, sink: sink) ?? .mean
        missing = try c.missingPolicy(forKey: .missing, sink: sink) ?? .error
        missingReport = try c.keyword(MissingReportPolicy.self, forKey: .missingReport, sink: sink) ?? .error
        maxImputedShare = try c.lenient(Double.self, forKey: .maxImputedShare, sink: sink) ?? Self.defaultMaxImputedShare
        approvedWithinCycle = try c.keyword(ApprovedWithinCyclePolicy.self, forKey: .approvedWithinCycle, sink: sink) ?? .ownYears
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

extension KeyedDecodingContainer {
    /// Decodes a missing-data policy; the retired `exclude` gets a message saying why.
    func missingPolicy(forKey key: Key, sink: SchemeDiagnosticSink?) throws -> MissingDataPolicy? {
        if let sink, (try? decodeIfPresent(String.self, forKey: key)) == "exclude" {
            sink.record(.error(at: SchemePath.render(codingPath + [key]),
                               .excludeRetired(expected: MissingDataPolicy.allCases.map(\.rawValue))))
            return nil
        }
        return try keyword(MissingDataPolicy.self, forKey: key, sink: sink)
    }
}
