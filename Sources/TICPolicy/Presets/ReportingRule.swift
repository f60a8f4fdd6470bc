/// What a preset's policy text says about annual reporting: the clause, its words, and the month by
/// whose end the previous year's report is due — nil when the text sets no deadline, so that the
/// department sets one (a deadline is never lent from another jurisdiction's text).
///
/// - Hunan 2020 五（四）: “建设单位每年1 月底前编写上年度工作总结和本年度工作计划报省科技厅” — January.
/// - National 2017 六（四）, Sichuan 2022 第十九条, Tianjin 2018 五（四）: an annual (written) report,
///   no deadline.
public struct ReportingRule: Sendable, Hashable {
    /// The clause, e.g. `《湖南省技术创新中心建设实施方案》五（四）`.
    public var clause: String
    /// The clause in English, e.g. `Hunan TIC Implementation Plan (2020), V(4)`.
    public var clauseEn: String
    /// The clause's own words (Chinese, as in the text).
    public var quotation: String
    /// The clause's words in English.
    public var quotationEn: String
    /// The month (1–12) by whose end the report on the previous year is due; nil when the text sets none.
    public var dueByEndOfMonth: Int?

    public init(clause: String, clauseEn: String, quotation: String, quotationEn: String, dueByEndOfMonth: Int?) {
        self.clause = clause
        self.clauseEn = clauseEn
        self.quotation = quotation
        self.quotationEn = quotationEn
        self.dueByEndOfMonth = dueByEndOfMonth
    }

    /// The rule of the preset named `name`; nil for any other name (a department's own scheme).
    public static func ofPreset(named name: String) -> ReportingRule? {
        switch name {
        case "hunan-2020":
            ReportingRule(clause: "《湖南省技术创新中心建设实施方案》五（四）", clauseEn: "Hunan TIC Implementation Plan (2020), V(4)",
                          quotation: "省技术创新中心实行年度报告制度。从批准组建次年开始，建设单位每年1 月底前编写上年度工作总结和本年度工作计划报省科技厅。",
                          quotationEn: "Provincial centers report annually: from the year after approval, the building unit sends the previous year's work summary and this year's work plan to the provincial science and technology department by the end of January each year.",
                          dueByEndOfMonth: 1)
        case "national-2017":
            ReportingRule(clause: "《国家技术创新中心建设工作指引》（国科发创〔2017〕353号）六（四）",
                          clauseEn: "National TIC Construction Guideline (2017), VI(4)",
                          quotation: "有关单位和地方将国家技术创新中心年度建设情况书面报科技部。",
                          quotationEn: "The units and localities concerned report each national center's construction in the year to the Ministry of Science and Technology in writing.",
                          dueByEndOfMonth: nil)
        case "sichuan-2022":
            ReportingRule(clause: "《四川省技术创新中心建设运行管理办法》第十九条", clauseEn: "Sichuan TIC Measures (2022), art. 19",
                          quotation: "创新中心实行年度报告制度，经所属省级有关部门或市州科技管理部门审核后报科技厅备案。",
                          quotationEn: "Centers report annually; the report is reviewed by the provincial department or the city's science and technology bureau, then filed with the provincial science and technology department.",
                          dueByEndOfMonth: nil)
        case "tianjin-2018":
            ReportingRule(clause: "《天津市技术创新中心建设实施方案》五（四）", clauseEn: "Tianjin TIC Implementation Plan (2018), V(4)",
                          quotation: "有关单位要加强科研诚信建设，将技术创新中心年度建设情况书面报市科技局。",
                          quotationEn: "The units concerned report each center's construction in the year to the municipal science and technology bureau in writing.",
                          dueByEndOfMonth: nil)
        default:
            nil
        }
    }
}
