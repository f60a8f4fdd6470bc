import TICIngest

/// A column of the applications file (`applications.csv`) that a condition reads.
///
/// The raw values are the CSV header names; `Datasets/README.md` documents each one.
public enum EligibilityField: String, DomainCode {
    /// 牵头单位类型: `enterprise`, `university`, `institute`, `new_rd_institution`.
    case leadType = "lead_type"
    /// 研发经费（近三年第 1 年）, 万元.
    case rdExpenditureY1 = "rd_expenditure_y1"
    /// 研发经费（近三年第 2 年）, 万元.
    case rdExpenditureY2 = "rd_expenditure_y2"
    /// 研发经费（近三年第 3 年，最近一年）, 万元.
    case rdExpenditureY3 = "rd_expenditure_y3"
    /// 年收入, 万元.
    case annualIncome = "annual_income"
    /// 对外技术咨询、服务、成果转让（转化）收入, 万元.
    case serviceIncome = "service_income"
    /// 申报领域科技成果转化成功案例数.
    case transferCases = "transfer_cases"
    /// 是否为独立法人实体: yes/no.
    case legalEntity = "legal_entity"
    /// 注册资金, 万元.
    case registeredCapital = "registered_capital_wan"

    /// The Chinese label.
    public var zh: String {
        switch self {
        case .leadType: "牵头单位类型"
        case .rdExpenditureY1: "第1年研发经费"
        case .rdExpenditureY2: "第2年研发经费"
        case .rdExpenditureY3: "第3年研发经费"
        case .annualIncome: "年收入"
        case .serviceIncome: "对外技术服务收入"
        case .transferCases: "成果转化成功案例数"
        case .legalEntity: "独立法人"
        case .registeredCapital: "注册资金"
        }
    }

    /// The English label.
    public var en: String {
        switch self {
        case .leadType: "lead unit type"
        case .rdExpenditureY1: "R&D expenditure, year 1"
        case .rdExpenditureY2: "R&D expenditure, year 2"
        case .rdExpenditureY3: "R&D expenditure, year 3"
        case .annualIncome: "annual income"
        case .serviceIncome: "external technical-service income"
        case .transferCases: "successful transfer cases"
        case .legalEntity: "independent legal entity"
        case .registeredCapital: "registered capital"
        }
    }

    /// The three R&D expenditure years, oldest first.
    public static let rdExpenditureYears: [EligibilityField] = [.rdExpenditureY1, .rdExpenditureY2, .rdExpenditureY3]
}
