import TICIngest
import TICSupport

/// A jurisdiction's eligibility conditions for setting up a center, as data.
///
/// Add a province by writing another rule set from the ``EligibilityMeasure`` vocabulary and
/// listing it in ``all``; nothing else changes.
///
/// ```swift
/// let rules = EligibilityRuleSet.hunan2020
/// let screened = rules.assess(applications)   // one EligibilityAssessment per applicant
/// ```
public struct EligibilityRuleSet: Sendable, Hashable, Identifiable {
    /// The name used on the command line (`--rules hunan-2020`).
    public var id: String
    /// The title in Chinese.
    public var titleZh: String
    /// The title in English.
    public var titleEn: String
    /// The conditions, in the order they are reported.
    public var conditions: [EligibilityCondition]

    /// A rule set.
    ///
    /// - Precondition: condition codes are unique.
    public init(id: String, titleZh: String, titleEn: String, conditions: [EligibilityCondition]) {
        precondition(Set(conditions.map(\.code)).count == conditions.count, "duplicate condition code in rule set \(id)")
        self.id = id
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.conditions = conditions
    }

    /// The title in the given language.
    public func title(_ language: Language) -> String { language.pick(titleZh, titleEn) }

    /// Evaluates every condition for one applicant.
    public func assess(_ application: EligibilityApplication) -> EligibilityAssessment {
        EligibilityAssessment(application: application, results: conditions.map { $0.evaluate(application) })
    }

    /// Evaluates every applicant, in order.
    ///
    /// - Complexity: O(applicants × conditions).
    public func assess(_ applications: [EligibilityApplication]) -> [EligibilityAssessment] {
        applications.map(assess)
    }

    /// Every built-in rule set.
    public static let all: [EligibilityRuleSet] = [.hunan2020]

    /// The built-in rule set called `id`, if any.
    public static func named(_ id: String) -> EligibilityRuleSet? { all.first { $0.id == id } }
}
