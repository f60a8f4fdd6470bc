import TICSupport
// The glossary of Guides/Domain.md: the codes used in CSV files, JSON and code.

/// A type whose values are written in files as fixed codes (e.g. `national`).
///
/// The Chinese labels are vocabulary, not prose: departments write the values as 省级, 综合类 or
/// 面向经济主战场, and reading Chinese input is the reader's job, so the labels (and ``zhAliases``)
/// live here beside the codes. A label names one value; sentences that use them (messages,
/// decisions, report text) are TICReport's.
public protocol DomainCode: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String {
    /// The Chinese label.
    var zh: String { get }
    /// The English label.
    var en: String { get }
    /// Other Chinese labels the value is written as (`综合性` for 综合类 in Tianjin's texts).
    static var zhAliases: [String: Self] { get }
}

extension DomainCode {
    /// No other labels.
    public static var zhAliases: [String: Self] { [:] }
    /// The label in the given language.
    public func label(_ language: Language) -> String { language == .zh ? zh : en }
    /// Every allowed code, comma separated, for error messages.
    public static var allowedCodes: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// 国家级/省级/市级.
public enum Level: String, DomainCode {
    case national, provincial, municipal
    public var zh: String { switch self { case .national: "国家级"; case .provincial: "省级"; case .municipal: "市级" } }
    public var en: String { switch self { case .national: "national"; case .provincial: "provincial"; case .municipal: "municipal" } }
}

/// 综合类(综合性) / 领域类(专业性). Rankings and quotas are per category.
public enum Category: String, DomainCode {
    case comprehensive, domain
    public var zh: String { self == .comprehensive ? "综合类" : "领域类" }
    public var en: String { self == .comprehensive ? "comprehensive" : "domain" }
    /// Tianjin's 综合性/专业性 (DOMAIN.md glossary).
    public static var zhAliases: [String: Category] { ["综合性": .comprehensive, "专业性": .domain] }
}

/// What kind of platform a registry row is (`platform`, 平台类型): a technology innovation center, or a
/// municipal engineering technology center under Tianjin's 撤并转 review (三(六)). Marked in the
/// registry, never inferred from the level; a registry without the column holds centers only.
public enum Platform: String, DomainCode {
    case tic
    case engineeringCenter = "engineering_center"
    public var zh: String { self == .tic ? "技术创新中心" : "工程技术中心" }
    public var en: String { self == .tic ? "technology innovation center" : "engineering technology center" }
    /// Shorter Chinese labels departments write.
    public static var zhAliases: [String: Platform] {
        ["创新中心": .tic, "技创中心": .tic, "工程中心": .engineeringCenter, "工程技术研究中心": .engineeringCenter]
    }
}

/// The three formation modes of every seed.
public enum Formation: String, DomainCode {
    case leadingEnterprise = "leading_enterprise"
    case enterpriseAlliance = "enterprise_alliance"
    case academicLed = "academic_led"
    public var zh: String {
        switch self { case .leadingEnterprise: "龙头企业牵头"; case .enterpriseAlliance: "多家骨干企业联合"; case .academicLed: "高校院所牵头" }
    }
    public var en: String {
        switch self { case .leadingEnterprise: "led by a leading enterprise"; case .enterpriseAlliance: "enterprise alliance"; case .academicLed: "led by universities/institutes" }
    }
}

/// 牵头单位类型.
public enum LeadType: String, DomainCode {
    case enterprise, university, institute
    case newRDInstitution = "new_rd_institution"
    public var zh: String {
        switch self { case .enterprise: "企业"; case .university: "高校"; case .institute: "科研院所"; case .newRDInstitution: "新型研发机构" }
    }
    public var en: String {
        switch self { case .enterprise: "enterprise"; case .university: "university"; case .institute: "research institute"; case .newRDInstitution: "new R&D institution" }
    }
}

/// 面向世界科技前沿/经济主战场/国家重大需求/人民生命健康.
public enum Field: String, DomainCode {
    case frontier, economy
    case nationalNeeds = "national_needs"
    case health
    public var zh: String {
        switch self { case .frontier: "世界科技前沿"; case .economy: "经济主战场"; case .nationalNeeds: "国家重大需求"; case .health: "人民生命健康" }
    }
    public var en: String {
        switch self { case .frontier: "science frontier"; case .economy: "economy"; case .nationalNeeds: "national needs"; case .health: "people's health" }
    }
}

/// 优秀/良好/合格/不合格, best first.
public enum Grade: String, DomainCode, Comparable {
    case excellent, good, qualified, unqualified
    public var zh: String { switch self { case .excellent: "优秀"; case .good: "良好"; case .qualified: "合格"; case .unqualified: "不合格" } }
    public var en: String { switch self { case .excellent: "excellent"; case .good: "good"; case .qualified: "qualified"; case .unqualified: "unqualified" } }
    /// 0 for excellent … 3 for unqualified.
    public var order: Int { Grade.allCases.firstIndex(of: self)! }
    /// Better grades compare smaller (excellent < unqualified), so sorting lists the best first.
    public static func < (a: Grade, b: Grade) -> Bool { a.order < b.order }
    /// Whether the grade passes (合格 or better).
    public var passes: Bool { self != .unqualified }
}

/// 运行/整改/不再列入序列/推荐创建国家中心.
public enum Status: String, DomainCode {
    case active, rectifying, removed
    case recommendedNational = "recommended_national"
    public var zh: String { switch self { case .active: "运行"; case .rectifying: "整改"; case .removed: "不再列入序列"; case .recommendedNational: "推荐创建国家中心" } }
    public var en: String { switch self { case .active: "active"; case .rectifying: "rectifying"; case .removed: "removed"; case .recommendedNational: "recommended for a national center" } }
}

/// 弄虚作假/不参加评估/中途退出评估.
public enum EventKind: String, DomainCode {
    case integrityViolation = "integrity_violation"
    case notParticipating = "not_participating"
    case withdrawn
    public var zh: String { switch self { case .integrityViolation: "弄虚作假"; case .notParticipating: "不参加评估"; case .withdrawn: "中途退出评估" } }
    public var en: String { switch self { case .integrityViolation: "integrity violation"; case .notParticipating: "not participating"; case .withdrawn: "withdrawn" } }
}
