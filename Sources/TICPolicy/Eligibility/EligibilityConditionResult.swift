import TICIngest
import TICSupport

/// The outcome of one condition for one applicant, with the value measured and what was missing.
public struct EligibilityConditionResult: Sendable, Hashable {
    /// The condition evaluated.
    public var condition: EligibilityCondition
    /// Pass, fail, not applicable or missing data.
    public var outcome: EligibilityOutcome
    /// The measured value in the unit of the measure (flags as 1/0); `nil` when not applicable or missing.
    public var measured: Double?
    /// What was missing, for ``EligibilityOutcome/missingData``; empty otherwise.
    public var gaps: [EligibilityGap]

    /// A result; see the properties.
    public init(condition: EligibilityCondition, outcome: EligibilityOutcome, measured: Double?, gaps: [EligibilityGap]) {
        self.condition = condition
        self.outcome = outcome
        self.measured = measured
        self.gaps = gaps
    }

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
