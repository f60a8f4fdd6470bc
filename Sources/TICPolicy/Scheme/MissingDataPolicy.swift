/// What to do when a center has no value for an indicator in a year.
/// DOMAIN.md: a missing report is a data problem to report, not a zero to invent, hence `error` by default.
public enum MissingDataPolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stop and report the missing value (default).
    case error
    /// Count it as 0 (only sensible for counts that are truly zero when not reported).
    case zero
    /// Use the mean of the same center's other years in the cycle.
    case centerMean = "center_mean"
    /// Use the mean of the center's category (综合类/领域类) in that year.
    case groupMean = "group_mean"
    /// Leave the indicator out for that center and renormalize the remaining weights.
    case exclude
}
