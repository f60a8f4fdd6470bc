import TICIngest
import TICSupport

/// The unit of a measured value and of its threshold (TICReport shows it: `EligibilityUnit.format(_:_:distinctFrom:)`).
public enum EligibilityUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// 万元 (10,000 RMB).
    case wan
    /// A share between 0 and 1, shown as a percentage.
    case share
    /// A count of cases (例).
    case cases
    /// Yes (1) or no (0).
    case flag

    /// `value` as written in CSV: amounts in 万元, cases and shares (0…1) with up to 6 decimals,
    /// flags as `yes`/`no`.
    public func plain(_ value: Double) -> String {
        if value.isNaN { return "" }
        switch self {
        case .wan, .cases, .share: return NumberText.decimal(value, maximumFractionDigits: 6)
        case .flag: return value >= 0.5 ? "yes" : "no"
        }
    }
}
