import TICIngest
import TICSupport

/// One eligibility condition of a rule set, as data: what is measured, the threshold, to whom it
/// applies and the clause that sets it.
public struct EligibilityCondition: Sendable, Hashable, Identifiable {
    /// A stable code, unique within its rule set (e.g. `rd_average`), used in CSV and JSON.
    public var code: String
    /// A short name in Chinese for tables, e.g. `近三年平均研发经费`.
    public var nameZh: String
    /// A short name in English for tables, e.g. `3-year average R&D`.
    public var nameEn: String
    /// What the condition requires, in Chinese.
    public var descriptionZh: String
    /// What the condition requires, in English.
    public var descriptionEn: String
    /// The clause that sets the condition, in Chinese, e.g. `《湖南省技术创新中心建设实施方案》三（四）`.
    public var clauseZh: String
    /// The clause in English.
    public var clauseEn: String
    /// The lead-unit types the condition applies to; `nil` means every applicant.
    public var leadTypes: Set<LeadType>?
    /// What is measured.
    public var measure: EligibilityMeasure
    /// How the measured value is compared, with the threshold.
    public var comparison: EligibilityComparison

    /// The code, as `Identifiable`.
    public var id: String { code }

    /// A condition; see the properties.
    public init(
        code: String,
        nameZh: String,
        nameEn: String,
        descriptionZh: String,
        descriptionEn: String,
        clauseZh: String,
        clauseEn: String,
        leadTypes: Set<LeadType>? = nil,
        measure: EligibilityMeasure,
        comparison: EligibilityComparison
    ) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.descriptionZh = descriptionZh
        self.descriptionEn = descriptionEn
        self.clauseZh = clauseZh
        self.clauseEn = clauseEn
        self.leadTypes = leadTypes
        self.measure = measure
        self.comparison = comparison
    }

    /// The short name in the given language.
    public func name(_ language: Language) -> String { language.pick(nameZh, nameEn) }

    /// The description in the given language.
    public func description(_ language: Language) -> String { language.pick(descriptionZh, descriptionEn) }

    /// The clause in the given language.
    public func clause(_ language: Language) -> String { language.pick(clauseZh, clauseEn) }

    /// Evaluates the condition for one applicant.
    ///
    /// - A lead-type–specific condition is ``EligibilityOutcome/notApplicable`` for other lead
    ///   types, and ``EligibilityOutcome/missingData`` (gap `lead_type`) when the type is unknown.
    /// - A measure that lacks a value is ``EligibilityOutcome/missingData`` with every gap listed.
    /// - Otherwise ``EligibilityOutcome/pass`` or ``EligibilityOutcome/fail`` per ``comparison``.
    public func evaluate(_ application: EligibilityApplication) -> EligibilityConditionResult {
        if let leadTypes {
            guard let leadType = application.leadType else {
                return EligibilityConditionResult(condition: self, outcome: .missingData, measured: nil, gaps: [application.gap(for: .leadType)])
            }
            if !leadTypes.contains(leadType) {
                return EligibilityConditionResult(condition: self, outcome: .notApplicable, measured: nil, gaps: [])
            }
        }
        switch measure.measure(application) {
        case .failure(let missing):
            return EligibilityConditionResult(condition: self, outcome: .missingData, measured: nil, gaps: missing.gaps)
        case .success(let value):
            return EligibilityConditionResult(condition: self, outcome: comparison.isSatisfied(by: value) ? .pass : .fail,
                                              measured: value, gaps: [])
        }
    }
}
