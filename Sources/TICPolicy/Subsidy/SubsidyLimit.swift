import TICIngest

/// Which limit sets a project's maximum total subsidy.
public enum SubsidyLimit: String, DomainCode {
    /// The share of total investment (30 %) is the lower limit.
    case investmentShare = "investment_share"
    /// The annual cap times the years (3 × 500 万元) is the lower limit.
    case annualCap = "annual_cap"
    /// Both limits are equal (investment exactly 5000 万元 under Tianjin 六（二）).
    case both

    /// The Chinese label.
    public var zh: String { switch self { case .investmentShare: "投资比例上限"; case .annualCap: "年度金额上限"; case .both: "两项上限相同" } }
    /// The English label.
    public var en: String { switch self { case .investmentShare: "share of investment"; case .annualCap: "annual cap"; case .both: "both limits" } }
}
