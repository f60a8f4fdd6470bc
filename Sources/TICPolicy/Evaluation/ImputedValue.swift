/// A value the evaluation filled in for a missing annual-report value, so every output can show it.
public struct ImputedValue: Sendable, Hashable, Codable {
    /// Why the value was missing.
    public enum Cause: String, Sendable, Hashable, Codable {
        /// The center has no report row for the year (filled only under `missing_report: impute_own_years`).
        case noReport = "no_report"
        /// The cell was empty or a placeholder (`—`, `无`, `N/A`…).
        case emptyCell = "empty_cell"
        /// A derived ratio's denominator was 0.
        case zeroDenominator = "zero_denominator"
        /// No service-recipient rating for the year (`satisfaction` from ratings.csv).
        case noRatings = "no_ratings"
    }

    /// The center.
    public var centerID: String
    /// The indicator code.
    public var indicator: String
    /// The year whose value was missing.
    public var year: Int
    /// Why it was missing.
    public var cause: Cause
    /// The policy that filled it: `zero`, `center_mean`, `center_min` or `group_mean`.
    public var policy: MissingDataPolicy
    /// The value used.
    public var value: Double
    /// The years whose values it was computed from (own years for `center_mean`/`center_min`, the
    /// year itself for `group_mean`; empty for `zero`).
    public var basisYears: [Int]
    /// How many values it was computed from (centers for `group_mean`, years otherwise).
    public var basisCount: Int
    /// Where the missing value is, `path:line:column` (the header line when the row is absent).
    public var source: String

    public init(centerID: String, indicator: String, year: Int, cause: Cause, policy: MissingDataPolicy, value: Double,
                basisYears: [Int], basisCount: Int, source: String) {
        self.centerID = centerID; self.indicator = indicator; self.year = year; self.cause = cause
        self.policy = policy; self.value = value; self.basisYears = basisYears; self.basisCount = basisCount; self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case centerID = "center_id", indicator, year, cause, policy, value
        case basisYears = "basis_years", basisCount = "basis_count", source
    }

    /// Whether a whole missing report was filled (counted apart from imputed cells).
    public var fillsMissingReport: Bool { cause == .noReport }
}
