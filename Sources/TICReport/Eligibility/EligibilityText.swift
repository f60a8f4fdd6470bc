import TICPolicy
import TICSupport

// The words of eligibility results: values with their units, requirements and gaps, in Chinese and
// English (the terminal, CSV and JSON of `ticeval screen` say the same thing).

extension EligibilityUnit {
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

extension EligibilityComparison {
    /// The requirement as text, e.g. `≥ 4000 万元`, `≥ 30%`, `= 是`.
    public func text(unit: EligibilityUnit, _ language: Language) -> String {
        switch self {
        case .atLeast(let threshold): "≥ " + unit.format(threshold, language)
        case .isYes: "= " + language.pick("是", "yes")
        }
    }
}

extension EligibilityCondition {
    /// The requirement as text, e.g. `≥ 4000 万元`.
    public func requirement(_ language: Language) -> String { comparison.text(unit: measure.unit, language) }
}

extension EligibilityConditionResult {
    /// The measured value with its unit (`4100 万元`, `32.5%`), or the empty string; a value that
    /// differs from the threshold never prints the same as it (`29.99%`, not `30%`).
    public func measuredText(_ language: Language) -> String {
        guard let measured else { return "" }
        return condition.measure.unit.format(measured, language, distinctFrom: condition.comparison.threshold)
    }

    /// The gaps joined for display, e.g. `rd_expenditure_y2（缺失）`; empty when there are none.
    public func gapsText(_ language: Language) -> String {
        gaps.map { $0.text(language) }.joined(separator: language.pick("；", "; "))
    }
}

extension EligibilityGap {
    /// `field (reason)` in the given language, e.g. `rd_expenditure_y2（缺失）` or `rd_expenditure_y2 (missing)`.
    public func text(_ language: Language) -> String {
        let why: (zh: String, en: String)
        switch reason {
        case .missing: why = ("缺失", "missing")
        case .invalid: why = ("无效", "invalid")
        case .noColumn: why = ("无此列", "no such column")
        case .undefined: why = ("为 0，比例无定义", "is 0; the share is undefined")
        }
        return language.pick("\(field.rawValue)（\(why.zh)）", "\(field.rawValue) (\(why.en))")
    }
}
