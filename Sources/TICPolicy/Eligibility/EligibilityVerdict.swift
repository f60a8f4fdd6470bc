import TICIngest

/// The overall eligibility of one applicant under a rule set.
///
/// Derived from the condition outcomes: any ``EligibilityOutcome/fail`` makes the applicant
/// ``notEligible`` (more data cannot rescue it); otherwise any ``EligibilityOutcome/missingData``
/// makes it ``incomplete``; otherwise it is ``eligible``.
public enum EligibilityVerdict: String, DomainCode {
    /// Every applicable condition passes.
    case eligible
    /// At least one applicable condition fails.
    case notEligible = "not_eligible"
    /// No condition fails, but at least one cannot be decided for missing data.
    case incomplete

    /// The Chinese label.
    public var zh: String {
        switch self { case .eligible: "符合条件"; case .notEligible: "不符合条件"; case .incomplete: "材料不全" }
    }

    /// The English label.
    public var en: String {
        switch self { case .eligible: "eligible"; case .notEligible: "not eligible"; case .incomplete: "incomplete" }
    }

    /// The verdict for a list of condition outcomes (see the type's rule).
    ///
    /// An empty list, or one where nothing applies, is ``eligible``.
    public init(outcomes: some Sequence<EligibilityOutcome>) {
        var sawMissing = false
        for outcome in outcomes {
            if outcome == .fail { self = .notEligible; return }
            if outcome == .missingData { sawMissing = true }
        }
        self = sawMissing ? .incomplete : .eligible
    }
}
