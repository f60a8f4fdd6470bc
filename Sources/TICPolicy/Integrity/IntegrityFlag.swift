/// A data-integrity flag for reviewers (Sichuan art. 24): evidence that a value deserves a second
/// look. A flag is not a verdict and never changes a grade by itself. It holds the facts; TICReport
/// words them (`IntegrityFlag.evidence(_:)`).
public struct IntegrityFlag: Sendable, Hashable, Codable {
    /// What kind of anomaly.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A year-over-year change beyond the configured factor.
        case yearOverYearJump = "year_over_year_jump"
        /// A relation between two columns that cannot hold (e.g. high-tech firms > incubated firms).
        case impossibleRelation = "impossible_relation"
        /// A share outside 0–1.
        case shareOutOfRange = "share_out_of_range"
        /// A value far outside the distribution of the center's peers (same category, same year).
        case peerOutlier = "peer_outlier"
    }

    /// The center.
    public var centerID: String
    /// The (later) year concerned.
    public var year: Int
    /// The kind of anomaly.
    public var kind: Kind
    /// The indicator (for relations: the left-hand column).
    public var indicator: String
    /// The other column of a relation, if any.
    public var otherIndicator: String?
    /// The value flagged.
    public var value: Double
    /// The value it is compared with: the previous year's value, the other column, or the peer median.
    public var reference: Double
    /// The year of the reference value for a jump.
    public var referenceYear: Int?
    /// The measured ratio or robust z-score.
    public var measure: Double
    /// The threshold that was exceeded.
    public var threshold: Double
    /// Where the value comes from (`reports/2023.csv:45`).
    public var source: String
}
