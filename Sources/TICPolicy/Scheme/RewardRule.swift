import TICIngest

/// A reward for a grade (Sichuan art. 23 后补助奖补; Tianjin 六(二): specialized centers graded
/// 优秀 get a one-time 300,000 RMB). `category`/`level` restrict it; `amount_rmb` may be left out
/// when the department sets it case by case.
public struct RewardRule: Sendable, Hashable {
    /// How the reward is paid.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Paid once after the evaluation.
        case oneTime = "one_time"
        /// A post-subsidy (后补助), amount per the department's rules.
        case postSubsidy = "post_subsidy"
    }

    /// The grade rewarded (normally 优秀).
    public var grade: Grade
    /// Only centers of this category (all when `nil`).
    public var category: Category?
    /// Only centers of this level (all when `nil`).
    public var level: Level?
    /// Amount in RMB (元, not 万元); `nil` when set case by case.
    public var amountRMB: Double?
    /// One-time payment or post-subsidy.
    public var kind: Kind
    /// The clause, in Chinese.
    public var clause: String?
    /// The clause in English.
    public var clauseEn: String?

    /// Creates a reward rule.
    public init(grade: Grade = .excellent, category: Category? = nil, level: Level? = nil, amountRMB: Double? = nil,
                kind: Kind, clause: String? = nil, clauseEn: String? = nil) {
        self.grade = grade; self.category = category; self.level = level
        self.amountRMB = amountRMB; self.kind = kind; self.clause = clause; self.clauseEn = clauseEn
    }
}

extension RewardRule: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case grade, category, level
        case amountRMB = "amount_rmb"
        case kind, clause
        case clauseEn = "clause_en"
    }

    /// Decodes leniently; `grade` defaults to excellent and `kind` to one_time.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        grade = try c.keyword(Grade.self, forKey: .grade, sink: sink) ?? .excellent
        category = try c.keyword(Category.self, forKey: .category, sink: sink)
        level = try c.keyword(Level.self, forKey: .level, sink: sink)
        amountRMB = try c.lenient(Double.self, forKey: .amountRMB, sink: sink)
        kind = try c.keyword(Kind.self, forKey: .kind, sink: sink) ?? .oneTime
        clause = try c.lenient(String.self, forKey: .clause, sink: sink)
        clauseEn = try c.lenient(String.self, forKey: .clauseEn, sink: sink)
    }
}
