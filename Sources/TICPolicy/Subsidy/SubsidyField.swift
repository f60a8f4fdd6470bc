import TICIngest

/// A column of the projects file (`projects.csv`) that the subsidy calculation reads.
public enum SubsidyField: String, DomainCode {
    /// 中心类别: `comprehensive` (综合性) or `domain` (专业性).
    case category
    /// 项目总投资, 万元.
    case totalInvestment = "total_investment_wan"
    /// 首个支持年度.
    case startYear = "start_year"

    /// The Chinese label.
    public var zh: String {
        switch self { case .category: "中心类别"; case .totalInvestment: "项目总投资"; case .startYear: "首个支持年度" }
    }

    /// The English label.
    public var en: String {
        switch self { case .category: "center category"; case .totalInvestment: "total project investment"; case .startYear: "first year of support" }
    }
}
