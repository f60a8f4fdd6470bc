import TICSupport
/// What kind of quantity a report column holds; decides how it is validated.
public enum ValueKind: String, Sendable, Hashable, Codable {
    /// A whole count (项, 件, 家, 人): non-negative; a fraction is accepted but warned about.
    case count
    /// A money amount in 万元: non-negative.
    case amount
    /// A non-negative quantity that is neither (e.g. hours).
    case quantity
    /// A ratio or share, normally 0–1.
    case ratio
    /// A score on 0–100.
    case score
}

/// One column of the annual-report data contract (Guides/DataContract.md, "Indicator catalogue").
public struct CatalogueColumn: Sendable, Hashable {
    /// The code used in CSV headers, schemes and JSON, e.g. `rd_expenditure`.
    public let code: String
    /// The dimension code it belongs to in the catalogue, e.g. `key_tech`.
    public let dimension: String
    /// Chinese name.
    public let zh: String
    /// English name.
    public let en: String
    /// Unit (Chinese), e.g. `万元`.
    public let unit: String
    /// What the values are.
    public let kind: ValueKind
    /// Whether the column is read from the annual reports (false: derived or from ratings).
    public let inReports: Bool

    public init(code: String, dimension: String, zh: String, en: String, unit: String, kind: ValueKind, inReports: Bool = true) {
        self.code = code; self.dimension = dimension; self.zh = zh; self.en = en
        self.unit = unit; self.kind = kind; self.inReports = inReports
    }

    /// The name in the given language.
    public func name(_ language: Language) -> String { language == .zh ? zh : en }
}

/// The indicator catalogue (Guides/DataContract.md). Schemes may use other columns too; these are the known ones.
public enum IndicatorCatalogue {
    /// Every catalogue column, in catalogue order.
    public static let columns: [CatalogueColumn] = [
        .init(code: "national_projects", dimension: "strategic_tasks", zh: "承担国家级重大科技项目数", en: "National major S&T projects undertaken", unit: "项", kind: .count),
        .init(code: "provincial_projects", dimension: "strategic_tasks", zh: "承担省级重大科技项目数", en: "Provincial major S&T projects undertaken", unit: "项", kind: .count),
        .init(code: "project_funding", dimension: "strategic_tasks", zh: "项目到位经费", en: "Project funding received", unit: "万元", kind: .amount),
        .init(code: "rd_expenditure", dimension: "key_tech", zh: "研发经费投入", en: "R&D expenditure", unit: "万元", kind: .amount),
        .init(code: "key_technologies", dimension: "key_tech", zh: "突破关键核心技术数", en: "Key core technologies broken through", unit: "项", kind: .count),
        .init(code: "invention_patents", dimension: "key_tech", zh: "发明专利授权数", en: "Invention patents granted", unit: "件", kind: .count),
        .init(code: "pct_applications", dimension: "key_tech", zh: "PCT国际专利申请数", en: "PCT patent applications", unit: "件", kind: .count),
        .init(code: "standards_led", dimension: "industry_leadership", zh: "主导制定标准数", en: "Standards led", unit: "项", kind: .count),
        .init(code: "tech_contract_value", dimension: "industry_leadership", zh: "技术合同成交额", en: "Technology contract value", unit: "万元", kind: .amount),
        .init(code: "transfer_cases", dimension: "industry_leadership", zh: "成果转化项目数", en: "Technology transfer cases", unit: "项", kind: .count),
        .init(code: "transfer_revenue", dimension: "industry_leadership", zh: "成果转化收入", en: "Technology transfer revenue", unit: "万元", kind: .amount),
        .init(code: "enterprises_served", dimension: "tech_services", zh: "服务企业数", en: "Enterprises served", unit: "家", kind: .count),
        .init(code: "service_income", dimension: "tech_services", zh: "对外技术服务收入", en: "External technical service income", unit: "万元", kind: .amount),
        .init(code: "equipment_sharing_hours", dimension: "tech_services", zh: "仪器设备开放共享机时", en: "Equipment sharing hours", unit: "小时", kind: .quantity),
        .init(code: "satisfaction", dimension: "tech_services", zh: "服务对象满意度", en: "Service-recipient satisfaction", unit: "分", kind: .score, inReports: false),
        .init(code: "incubated_firms", dimension: "incubation", zh: "孵化科技型企业数", en: "Tech firms incubated", unit: "家", kind: .count),
        .init(code: "high_tech_firms", dimension: "incubation", zh: "其中高新技术企业数", en: "of which high-tech enterprises", unit: "家", kind: .count),
        .init(code: "social_investment", dimension: "incubation", zh: "吸引社会资本投入", en: "Social capital attracted", unit: "万元", kind: .amount),
        .init(code: "rd_staff", dimension: "talent", zh: "研发人员数", en: "R&D staff", unit: "人", kind: .count),
        .init(code: "leading_talents", dimension: "talent", zh: "高层次领军人才数", en: "High-level leading talents", unit: "人", kind: .count),
        .init(code: "total_income", dimension: "operations", zh: "年度总收入", en: "Total annual income", unit: "万元", kind: .amount),
        .init(code: "government_funding", dimension: "operations", zh: "财政资金投入", en: "Government funding", unit: "万元", kind: .amount),
        .init(code: "service_income_share", dimension: "operations", zh: "对外技术服务收入占比", en: "Service income share", unit: "ratio", kind: .ratio, inReports: false),
        .init(code: "government_funding_share", dimension: "operations", zh: "财政资金占比", en: "Government funding share", unit: "ratio", kind: .ratio, inReports: false),
    ]

    /// The columns an annual report file carries (catalogue columns with `inReports`).
    public static let reportColumns: [CatalogueColumn] = columns.filter(\.inReports)

    private static let byCode: [String: CatalogueColumn] = Dictionary(uniqueKeysWithValues: columns.map { ($0.code, $0) })

    /// The catalogue column with this code, if any.
    public static func column(_ code: String) -> CatalogueColumn? { byCode[code] }
}
