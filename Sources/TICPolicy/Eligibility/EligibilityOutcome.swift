import TICIngest

/// The result of one eligibility condition for one applicant.
///
/// Missing data is its own outcome: an unreadable or empty cell never passes or fails a condition
/// silently; the ``EligibilityConditionResult/gaps`` say what is missing.
public enum EligibilityOutcome: String, DomainCode {
    /// The measured value meets the threshold.
    case pass
    /// The measured value misses the threshold.
    case fail
    /// The condition does not apply to this applicant (e.g. an enterprise-only rule for a university lead).
    case notApplicable = "not_applicable"
    /// The condition cannot be decided: a value it needs is missing or unreadable.
    case missingData = "missing_data"

    /// The Chinese label.
    public var zh: String {
        switch self { case .pass: "符合"; case .fail: "不符合"; case .notApplicable: "不适用"; case .missingData: "数据缺失" }
    }

    /// The English label.
    public var en: String {
        switch self { case .pass: "pass"; case .fail: "fail"; case .notApplicable: "not applicable"; case .missingData: "missing data" }
    }
}
