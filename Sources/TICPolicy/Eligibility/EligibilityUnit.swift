import TICIngest

/// The unit of a measured value and of its threshold, for display.
public enum EligibilityUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// 万元 (10,000 RMB).
    case wan
    /// A share between 0 and 1, shown as a percentage.
    case share
    /// A count of cases (例).
    case cases
    /// Yes (1) or no (0).
    case flag

    /// `value` with its unit, e.g. `4000 万元`, `30%`, `5 例`, `是`; NaN gives the empty string.
    public func format(_ value: Double, _ language: Language) -> String {
        if value.isNaN { return "" }
        switch self {
        case .wan: return NumberText.decimal(value) + language.pick(" 万元", " wan")
        case .share: return NumberText.decimal(value * 100, maximumFractionDigits: 1) + "%"
        case .cases: return NumberText.decimal(value) + language.pick(" 例", " cases")
        case .flag: return value >= 0.5 ? language.pick("是", "yes") : language.pick("否", "no")
        }
    }

    /// `value` as written in CSV and JSON: amounts in 万元 and shares as 0…1 with up to 4 decimals,
    /// flags as `yes`/`no`.
    public func plain(_ value: Double) -> String {
        if value.isNaN { return "" }
        switch self {
        case .wan, .cases: return NumberText.decimal(value, maximumFractionDigits: 4)
        case .share: return NumberText.decimal(value, maximumFractionDigits: 4)
        case .flag: return value >= 0.5 ? "yes" : "no"
        }
    }
}
