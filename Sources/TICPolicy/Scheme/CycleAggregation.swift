/// How the annual reports of one construction-operation cycle (normally three, Sichuan art. 22)
/// are combined into one value per center and indicator.
public enum CycleAggregation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Arithmetic mean of the years reported.
    case mean
    /// Total over the cycle (counts such as transfer cases).
    case sum
    /// The last year reported.
    case latest
    /// Compound annual growth rate from the first to the last year, `(last / first)^(1/(years−1)) − 1`;
    /// undefined when the first value is ≤ 0 or only one year is reported.
    case growth
}
