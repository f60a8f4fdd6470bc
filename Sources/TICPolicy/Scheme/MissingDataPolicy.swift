/// What to do when a center's report exists but has no value for an indicator (an empty cell, a
/// placeholder such as `—` or `无`, or a ratio whose denominator is 0).
///
/// Guides/Domain.md ("Missing reports"): a missing value is a data problem to report, not a zero to invent, hence `error` by
/// default; imputation never reaches across centers unless the scheme names `group_mean` for that
/// indicator. Every filled value is listed in `to_verify.csv`, `summary.json` and the center's card.
public enum MissingDataPolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stop and report the missing value (default).
    case error
    /// Count it as 0 (only sensible for counts that are truly zero when not reported).
    case zero
    /// The mean of the same center's other years in the cycle; an error when it has none.
    case centerMean = "center_mean"
    /// The center's worst other year (lowest for benefit indicators, highest for cost indicators);
    /// an error when it has none. The conservative choice: a gap never helps the center.
    case centerMin = "center_min"
    /// The mean of the center's category (综合类/领域类) in that year. Reaches across centers, so
    /// a scheme may name it only on an indicator, never as the default.
    case groupMean = "group_mean"

    /// Whether the value comes from the center's own other years.
    public var usesOwnYears: Bool { self == .centerMean || self == .centerMin }
}

/// What to do when a center that is due has no report for a year of the cycle.
public enum MissingReportPolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stop and name the center, the year and the ways out (default).
    case error
    /// The center is treated as not taking part: no grade; the decision is the scheme's
    /// `grading.non_participation`.
    case notParticipating = "not_participating"
    /// The missing year is filled from the center's own other years (`center_mean`, or
    /// `center_min` where the indicator says so); a center without any report of the cycle is
    /// still an error. Counted and shown apart from imputed cells.
    case imputeOwnYears = "impute_own_years"
}

/// How a center approved after the cycle's first year is evaluated. Years before its approval are
/// never missing data.
public enum ApprovedWithinCyclePolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Evaluated on its own years, from the approval year on (default).
    case ownYears = "own_years"
    /// Listed as not yet due; evaluated in the next cycle.
    case notYetDue = "not_yet_due"
}
