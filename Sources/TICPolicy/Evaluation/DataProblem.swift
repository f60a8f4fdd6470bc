import TICIngest
import TICSupport

/// A problem with the data that the scheme makes an error: the evaluation stops before writing
/// anything, and `validate` (which runs the same checks) exits 1. Each names where to fix it; TICReport
/// says what to do (`DataProblem.message(_:)`).
public struct DataProblem: Sendable, Hashable, Comparable {
    /// What is wrong.
    public enum Kind: Sendable, Hashable {
        /// A center that is due has no report for `year` and `missing_report` is `error`.
        case missingReport(centerID: String, name: String, year: Int, reportPath: String)
        /// `missing_report: impute_own_years`, but the center has no report in the whole cycle.
        case noReportInCycle(centerID: String, name: String, cycle: ClosedRange<Int>)
        /// A column the scheme needs is not in a year's report file.
        case columnMissing(column: String, indicator: String, indicatorPath: String, year: Int)
        /// No center has a value for the indicator in any year of the cycle.
        case indicatorWithoutValues(indicator: String, indicatorPath: String)
        /// A value is missing and the indicator's policy is `error`.
        case missingValue(centerID: String, indicator: String, year: Int, cause: ImputedValue.Cause)
        /// The policy fills from the center's own years, but it has no value in any year.
        case noOwnValue(centerID: String, indicator: String, policy: MissingDataPolicy)
        /// `group_mean`, but no center of the category has a value that year.
        case noGroupValue(centerID: String, indicator: String, year: Int, category: Category)
        /// More of the center's cells were imputed than `max_imputed_share` allows.
        case imputedShareExceeded(centerID: String, imputed: Int, cells: Int, limit: Double, missingReportYears: [Int])
    }

    /// Where to fix it.
    public var location: FileLocation
    /// What is wrong.
    public var kind: Kind

    public init(_ kind: Kind, at location: FileLocation) {
        self.kind = kind
        self.location = location
    }

    /// Orders by file, line and column.
    public static func < (a: DataProblem, b: DataProblem) -> Bool { a.location < b.location }
}
