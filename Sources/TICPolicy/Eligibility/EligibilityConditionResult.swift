import TICIngest
import TICSupport

/// The outcome of one condition for one applicant, with the value measured and what was missing
/// (TICReport words them: `measuredText(_:)`, `gapsText(_:)`).
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
}
