import TICIngest

/// Every condition's result for one applicant and the overall verdict.
public struct EligibilityAssessment: Sendable, Hashable {
    /// The applicant.
    public var application: EligibilityApplication
    /// One result per condition of the rule set, in the rule set's order.
    public var results: [EligibilityConditionResult]

    /// The results of `application`.
    public init(application: EligibilityApplication, results: [EligibilityConditionResult]) {
        self.application = application
        self.results = results
    }

    /// Eligible, not eligible or incomplete (see ``EligibilityVerdict/init(outcomes:)``).
    public var verdict: EligibilityVerdict { EligibilityVerdict(outcomes: results.lazy.map(\.outcome)) }
}
