import TICIngest

/// The dynamic-adjustment decision for one center (Sichuan art. 23, national guideline 六(四), Hunan 六(五)).
public struct Decision: Sendable, Hashable, Codable {
    /// What happens to the center.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 优秀: priority recommendation to create a national center (plus the scheme's reward).
        case recommendNational = "recommend_national"
        /// 良好/合格 (or a passed re-evaluation): enters the next construction-operation cycle.
        case `continue`
        /// 不合格: rectify within the rectification period, then re-evaluation.
        case rectify
        /// Not participating, withdrawn, or failed re-evaluation: 不再列入创新中心序列.
        case remove
        /// Tianjin conversion review passed: converted to a specialized center.
        case convert
        /// Tianjin conversion review failed: withdrawn.
        case withdraw
        /// Did not take part, and the scheme's `non_participation` leaves the decision to the department.
        case referToDepartment = "refer_to_department"

        /// The label in Chinese.
        public var zh: String {
            switch self {
            case .recommendNational: "推荐创建国家中心"
            case .continue: "进入下一建设运行周期"
            case .rectify: "限期整改"
            case .remove: "不再列入序列"
            case .convert: "转为专业性技术创新中心"
            case .withdraw: "撤销"
            case .referToDepartment: "报科技厅研究决定"
            }
        }

        /// The label in the given language (the code itself in English).
        public func label(_ language: Language) -> String { language == .zh ? zh : rawValue }
    }

    /// The decision.
    public var kind: Kind
    /// Why, in Chinese.
    public var reason: String
    /// Why, in English.
    public var reasonEn: String
    /// The clause it applies, in Chinese.
    public var clause: String
    /// The clause in English.
    public var clauseEn: String
    /// A reward or subsidy in RMB, if any.
    public var amountRMB: Double?
    /// For `rectify`: the year of the re-evaluation report.
    public var reEvaluationYear: Int?

    public init(kind: Kind, reason: String, reasonEn: String, clause: String, clauseEn: String,
                amountRMB: Double? = nil, reEvaluationYear: Int? = nil) {
        self.kind = kind; self.reason = reason; self.reasonEn = reasonEn; self.clause = clause; self.clauseEn = clauseEn
        self.amountRMB = amountRMB; self.reEvaluationYear = reEvaluationYear
    }

    enum CodingKeys: String, CodingKey {
        case kind, reason, clause
        case reasonEn = "reason_en", clauseEn = "clause_en", amountRMB = "amount_rmb", reEvaluationYear = "re_evaluation_year"
    }

    /// Absent values are written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind); try c.encode(reason, forKey: .reason); try c.encode(reasonEn, forKey: .reasonEn)
        try c.encode(clause, forKey: .clause); try c.encode(clauseEn, forKey: .clauseEn)
        try c.encode(amountRMB, forKey: .amountRMB); try c.encode(reEvaluationYear, forKey: .reEvaluationYear)
    }

    /// The reason in the given language.
    public func reason(_ language: Language) -> String { language.pick(reason, reasonEn) }
    /// The clause in the given language.
    public func clause(_ language: Language) -> String { language.pick(clause, clauseEn) }
}
