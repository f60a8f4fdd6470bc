import TICIngest

/// Whether a project gets a subsidy under a policy.
public enum SubsidyStatus: String, DomainCode {
    /// The project qualifies; the award says how much.
    case granted
    /// The policy does not cover the project's center (e.g. a 专业性 center under Tianjin 六（二）).
    case notApplicable = "not_applicable"
    /// A value the calculation needs is missing or unreadable.
    case missingData = "missing_data"

    /// The Chinese label.
    public var zh: String { switch self { case .granted: "可补助"; case .notApplicable: "不适用"; case .missingData: "数据缺失" } }
    /// The English label.
    public var en: String { switch self { case .granted: "granted"; case .notApplicable: "not applicable"; case .missingData: "missing data" } }
}
