import TICIngest
import TICSupport

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
    ///
    /// Amounts and cases show up to 2 decimals, shares up to 1 decimal of a percent. When
    /// `distinctFrom` is given and `value` differs from it, more decimals (up to 6) are shown until
    /// the two texts differ, so that 3999.9967 is never shown as the threshold `4000`.
    public func format(_ value: Double, _ language: Language, distinctFrom threshold: Double? = nil) -> String {
        if value.isNaN { return "" }
        switch self {
        case .wan: return number(value, threshold, digits: 2) + language.pick(" 万元", " wan")
        case .share: return number(value * 100, threshold.map { $0 * 100 }, digits: 1) + "%"
        case .cases: return number(value, threshold, digits: 2) + language.pick(" 例", " cases")
        case .flag: return value >= 0.5 ? language.pick("是", "yes") : language.pick("否", "no")
        }
    }

    /// `value` as written in CSV: amounts in 万元, cases and shares (0…1) with up to 6 decimals,
    /// flags as `yes`/`no`.
    public func plain(_ value: Double) -> String {
        if value.isNaN { return "" }
        switch self {
        case .wan, .cases, .share: return NumberText.decimal(value, maximumFractionDigits: 6)
        case .flag: return value >= 0.5 ? "yes" : "no"
        }
    }

    private func number(_ value: Double, _ threshold: Double?, digits: Int) -> String {
        var digits = digits
        var text = NumberText.decimal(value, maximumFractionDigits: digits)
        guard let threshold, value != threshold else { return text }
        while digits < 6, text == NumberText.decimal(threshold, maximumFractionDigits: digits) {
            digits += 1
            text = NumberText.decimal(value, maximumFractionDigits: digits)
        }
        return text
    }
}
