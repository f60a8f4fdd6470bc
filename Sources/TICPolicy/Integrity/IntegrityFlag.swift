import TICIngest
import TICSupport

/// A data-integrity flag for reviewers (Sichuan art. 24): evidence that a value deserves a second
/// look. A flag is not a verdict and never changes a grade by itself.
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

    /// The evidence in one sentence, in the given language.
    public func evidence(_ language: Language) -> String {
        let v = NumberText.decimal(value), r = NumberText.decimal(reference), m = NumberText.decimal(measure)
        let t = NumberText.decimal(threshold)
        switch kind {
        case .yearOverYearJump:
            let y0 = referenceYear.map(String.init) ?? "?"
            return language.pick("\(indicator)：\(y0) 年 \(r) → \(year) 年 \(v)，变化 \(m) 倍（阈值 \(t) 倍）；来源 \(source)",
                                 "\(indicator): \(r) in \(y0) → \(v) in \(year), a factor of \(m) (threshold \(t)); source \(source)")
        case .impossibleRelation:
            let other = otherIndicator ?? "?"
            return language.pick("\(year) 年 \(indicator) = \(v) 大于 \(other) = \(r)，不可能成立；来源 \(source)",
                                 "\(year): \(indicator) = \(v) exceeds \(other) = \(r), which cannot be; source \(source)")
        case .shareOutOfRange:
            return language.pick("\(year) 年 \(indicator) = \(v) 不在 0–1 之间；来源 \(source)",
                                 "\(year): \(indicator) = \(v) is outside 0–1; source \(source)")
        case .peerOutlier:
            return language.pick("\(year) 年 \(indicator) = \(v)，同类中位数 \(r)，稳健 z 值 \(m)（阈值 \(t)）；来源 \(source)",
                                 "\(year): \(indicator) = \(v) against a peer median of \(r), robust z = \(m) (threshold \(t)); source \(source)")
        }
    }
}
