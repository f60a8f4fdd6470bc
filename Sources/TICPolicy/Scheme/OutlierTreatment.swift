/// How extreme raw values are treated before normalization.
public enum OutlierTreatment: String, Sendable, Hashable, Codable, CaseIterable {
    /// Values are used as they are.
    case none
    /// Values beyond the distribution's tails are clamped to the tail values (COINr-style winsorization).
    case winsorize
    /// Values are replaced by `log(1 + x)`; for skewed amounts in 万元 (requires x > −1).
    case log
}
