import TICIngest

/// When a center is due for evaluation (Guides/Schemes.md, "Due").
public enum DueRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every center is evaluated at the end of the common cycle (Sichuan art. 22 三年一个周期;
    /// Tianjin 六(二) specialized centers every three years). A center approved after the cycle
    /// ended is not yet due; one approved within it follows `defaults.approved_within_cycle`.
    case commonCycle = "common_cycle"
    /// Each center is evaluated before its own construction period ends (national 六(四),
    /// Tianjin 五(四) 建设期满前): due when `approved_year + construction_years − 1` is at most the
    /// cycle's last year, evaluated on the cycle's years from its approval on.
    case endOfConstructionPeriod = "end_of_construction_period"
}

/// A scheme's due rule, for one category or for every center (`due` in the scheme).
public struct DueSetting: Sendable, Hashable {
    /// The rule.
    public var rule: DueRule
    /// The category it applies to; nil: every center no other entry names.
    public var category: Category?
    /// Years in a construction period (`end_of_construction_period` only; default 3, the seeds'
    /// 一般以三年为建设周期).
    public var constructionYears: Int?
    /// The clause, in Chinese; nil when the policy text is silent (the department's setting).
    public var clause: String?
    /// The clause in English.
    public var clauseEn: String?

    /// The default length of a construction period.
    public static let defaultConstructionYears = 3

    /// Creates a due setting.
    public init(rule: DueRule, category: Category? = nil, constructionYears: Int? = nil, clause: String? = nil, clauseEn: String? = nil) {
        self.rule = rule; self.category = category; self.constructionYears = constructionYears
        self.clause = clause; self.clauseEn = clauseEn
    }

    /// The construction period's length under this setting.
    public var periodYears: Int { constructionYears ?? Self.defaultConstructionYears }

    /// What applies when a scheme states no `due`: the common cycle, as before `due` existed.
    public static let unstated = DueSetting(rule: .commonCycle)
}

extension DueSetting: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case rule, category
        case constructionYears = "construction_years"
        case clause
        case clauseEn = "clause_en"
    }

    /// Decodes leniently; `rule` is required.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let sink, !c.contains(.rule) {
            sink.record(.error(at: SchemePath.render(c.codingPath + [CodingKeys.rule]), .missingKeyword(expected: DueRule.allCases.map(\.rawValue))))
        }
        rule = try c.keyword(DueRule.self, forKey: .rule, sink: sink) ?? .commonCycle
        category = try c.keyword(Category.self, forKey: .category, sink: sink)
        constructionYears = try c.lenient(Int.self, forKey: .constructionYears, sink: sink)
        clause = try c.lenient(String.self, forKey: .clause, sink: sink)
        clauseEn = try c.lenient(String.self, forKey: .clauseEn, sink: sink)
    }
}

/// Why a center is not yet due, as data; TICReport words it.
public struct NotYetDue: Sendable, Hashable, Codable {
    /// The rule that applied.
    public var rule: DueRule
    /// The center's approval year.
    public var approvedYear: Int
    /// The last year of its construction period (`end_of_construction_period` only).
    public var periodEnds: Int?

    public init(rule: DueRule, approvedYear: Int, periodEnds: Int? = nil) {
        self.rule = rule; self.approvedYear = approvedYear; self.periodEnds = periodEnds
    }

    enum CodingKeys: String, CodingKey { case rule, approvedYear = "approved_year", periodEnds = "period_ends" }
}

extension Scheme {
    /// The due setting for a center of `category`: the entry naming it, else the entry without a
    /// category, else ``DueSetting/unstated``.
    public func dueSetting(for category: Category) -> DueSetting {
        let settings = due ?? []
        return settings.first { $0.category == category } ?? settings.first { $0.category == nil } ?? .unstated
    }

    /// Whether a center approved in `approvedYear`, of `category`, is due in `cycle`; nil when it
    /// is, else why not (`approvedWithinCycle` is the scheme's `defaults.approved_within_cycle`).
    func notYetDue(approvedYear: Int, category: Category, cycle: ClosedRange<Int>) -> NotYetDue? {
        let setting = dueSetting(for: category)
        switch setting.rule {
        case .commonCycle:
            let later = approvedYear > cycle.upperBound
                || (defaults.approvedWithinCycle == .notYetDue && approvedYear > cycle.lowerBound)
            return later ? NotYetDue(rule: .commonCycle, approvedYear: approvedYear) : nil
        case .endOfConstructionPeriod:
            let ends = approvedYear + max(1, setting.periodYears) - 1
            return ends > cycle.upperBound ? NotYetDue(rule: .endOfConstructionPeriod, approvedYear: approvedYear, periodEnds: ends) : nil
        }
    }
}
