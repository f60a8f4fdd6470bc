/// A value the evaluation filled in for a missing annual-report value, so reports can show it.
public struct ImputedValue: Sendable, Hashable, Codable {
    /// Why the value was missing.
    public enum Cause: String, Sendable, Hashable, Codable {
        /// The center has no report row for the year.
        case noReport = "no_report"
        /// The cell was empty or a missing-data marker (or a derived ratio's denominator was 0 or missing).
        case emptyCell = "empty_cell"
    }

    /// The center.
    public var centerID: String
    /// The indicator code.
    public var indicator: String
    /// The year whose value was missing.
    public var year: Int
    /// Why it was missing.
    public var cause: Cause
    /// The policy that filled it (`zero`, `center_mean`, `group_mean`), or `exclude` when it was left out.
    public var policy: MissingDataPolicy
    /// The value used; nil when the year was left out (`exclude`).
    public var value: Double?
}
