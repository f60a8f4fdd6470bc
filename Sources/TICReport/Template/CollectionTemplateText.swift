import TICIngest
import TICPolicy
import TICSupport

/// The words of a ``CollectionTemplate``: sheet names, the instructions (说明), each column's
/// meaning and rule, the validation messages and the reporting deadline, in Chinese and English.
/// The template's headers are Chinese in both languages (the reader and the department use them).
public struct CollectionTemplateText: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func pick(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    // MARK: - Sheet and file names (Chinese in both languages: they are part of the template)

    /// The report sheet, `2025年度报告`.
    public static func reportSheetName(year: Int) -> String { "\(year)年度报告" }
    /// The registry sheet.
    public static let centersSheetName = "中心名录"
    /// The reference sheet of last year's values, never read.
    public static func referenceSheetName(year: Int) -> String { "\(year)年数据（仅供参考）" }
    /// The instructions sheet.
    public var instructionsSheetName: String { pick("说明", "说明 Instructions") }
    /// The instructions file of a CSV template.
    public static let instructionsFileName = "说明.txt"

    // MARK: - Reporting deadline

    /// The deadline line of the instructions: the clause that sets it, or a blank the department
    /// fills in, with the clause that asks for an annual report without a date.
    public func deadline(_ rule: ReportingRule?, year: Int) -> String {
        guard let rule else {
            return pick("报送截止日期：________（本指标体系未规定报送时限，由主管部门填写）",
                        "Deadline: ________ (the scheme sets none; the department fills it in)")
        }
        guard let month = rule.dueByEndOfMonth else {
            return pick("报送截止日期：________（由主管部门填写。\(rule.clause)只规定“\(rule.quotation)”，未规定报送时限）",
                        "Deadline: ________ (the department fills it in: \(rule.clauseEn) says only \"\(rule.quotationEn)\" and sets no deadline)")
        }
        let due = year + 1
        return pick("报送截止日期：\(due) 年 \(month) 月底前报送 \(year) 年度数据（\(rule.clause)：“\(rule.quotation)”）",
                    "Deadline: the \(year) data by the end of \(Self.monthNames[month - 1]) \(due) (\(rule.clauseEn): \"\(rule.quotationEn)\")")
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    // MARK: - Instructions

    /// The opening lines of the instructions: title, scheme, deadline, how to fill in.
    public func introduction(_ template: CollectionTemplate, perCenter: Bool, format: CollectionTemplate.FileFormat) -> [String] {
        let scheme = template.scheme, year = template.year
        let report = CollectionTemplateText.reportSheetName(year: year)
        var lines = [
            pick("\(scheme.title)：\(year) 年度数据填报模板", "\(scheme.titleEn): data collection template for \(year)"),
            pick("指标体系：\(scheme.name)", "Scheme: \(scheme.name)") + (scheme.source.map { pick("（依据\($0)）", " (after \($0))") } ?? ""),
            deadline(ReportingRule.ofPreset(named: scheme.name), year: year),
            "",
            pick("填写方法", "How to fill in"),
        ]
        let sheetOrFile = format == .xlsx
            ? pick("“\(report)”工作表", "the sheet \"\(report)\"")
            : pick(" reports/ 中的 CSV 文件", "the CSV file in reports/")
        lines += [
            pick("1. 在\(sheetOrFile)中每个中心填一行，数据为 \(year) 年 1 月 1 日至 12 月 31 日的情况；“年度”填 \(year)。",
                 "1. One row per center in \(sheetOrFile), with the figures of 1 January to 31 December \(year); 年度 (year) is \(year)."),
            pick("2. 第 1 行表头的文字不要修改（ticeval 按表头识别各列，括号内为单位）；不要合并单元格，不要插入空列。",
                 "2. Do not change the header texts of row 1 (ticeval recognizes the columns by them; the unit is in brackets); do not merge cells or insert empty columns."),
            pick("3. 金额单位为万元（不是元）；项、件、家、人为整数。不要在数字中写单位或文字。",
                 "3. Money is in 万元 (10,000 RMB), not in RMB; counts (项, 件, 家, 人) are whole numbers. Write no units or words in number cells."),
            pick("4. 没有数据时留空，不要填 0：留空表示缺失，0 表示确实为零。",
                 "4. Leave a cell empty when the figure is unknown, never 0: empty means missing, 0 means zero."),
            pick("5. 表格下方可以有“合计”行和“填表人”“联系电话”等说明行，读取时会跳过。",
                 "5. A 合计 (total) row and lines such as 填表人 or 联系电话 below the table are skipped when reading."),
            format == .xlsx
                ? pick("6. 保存为 .xlsx（或“CSV UTF-8（逗号分隔）”）；请勿保存为 .xls 或 WPS 的 .et 格式。",
                       "6. Save as .xlsx (or \"CSV UTF-8 (comma delimited)\"); not as .xls or WPS .et.")
                : pick("6. 用 Excel 或 WPS 编辑后请另存为“CSV UTF-8（逗号分隔）”或 .xlsx。",
                       "6. After editing in Excel or WPS, save as \"CSV UTF-8 (comma delimited)\" or .xlsx."),
        ]
        if perCenter {
            lines.append(format == .xlsx
                ? pick("7. “\(CollectionTemplateText.referenceSheetName(year: year - 1))”工作表是本中心上年已报送的数据，仅供参考，不会被读取；本年数据请只填在“\(report)”工作表中。",
                       "7. The sheet \"\(CollectionTemplateText.referenceSheetName(year: year - 1))\" holds the center's figures reported for \(year - 1), for reference only; it is never read. Write this year's figures in \"\(report)\" only.")
                : pick("7. reference/ 中的文件是各中心上年已报送的数据，仅供参考，不会被读取；本年数据请只填在 reports/ 的文件中。",
                       "7. The files in reference/ hold each center's figures reported for \(year - 1), for reference only; they are never read. Write this year's figures in the files of reports/ only."))
        }
        if scheme.indicator("satisfaction") != nil {
            lines.append(pick("服务对象满意度（satisfaction）不在本表填写：由主管部门收集服务对象评分，记入工作区的 ratings.csv（中心编号、年度、评价人、评分，0–100 分）。",
                              "Service-recipient satisfaction is not filled in here: the department collects the recipients' scores into the workspace's ratings.csv (center id, year, rater, score 0–100)."))
        }
        lines += [
            pick("收回后将文件放入评估工作区的 reports/ 文件夹（中心名录为 centers），运行 ticeval validate 工作区 --scheme \(scheme.name) 检查。",
                 "Put the returned files into the workspace's reports/ folder (the registry is centers), then run ticeval validate WORKSPACE --scheme \(scheme.name) to check them."),
            "",
        ]
        return lines
    }

    /// The heading of the column table.
    public var columnTableHeader: [String] {
        [pick("列名（表头）", "Column (header)"), pick("单位", "Unit"), pick("含义与统计口径", "Meaning and what counts"), pick("填写要求", "Rule")]
    }

    /// One row of the column table.
    public func columnRow(_ column: CollectionTemplate.Column) -> [String] {
        let name = language == .zh ? column.header : "\(column.header) — \(column.nameEn)"
        return [name, column.unit ?? "", meaning(column), rule(column.rule)]
    }

    /// A line separating the report columns from the registry columns.
    public var registryHeading: String { pick("中心名录（centers）各列", "The registry's columns (centers)") }
    /// A line before the report columns.
    public func reportHeading(year: Int) -> String { pick("\(year) 年度报告各列", "The columns of the \(year) report") }

    /// What a cell of `rule` must hold.
    public func rule(_ rule: CollectionTemplate.Column.Rule) -> String {
        switch rule {
        case .text: pick("文本", "text")
        case .year(let year): pick("填 \(year)", "must be \(year)")
        case .anyYear: pick("四位年份，如 2021", "a four-digit year, e.g. 2021")
        case .count: pick("非负整数；无数据留空", "a whole number ≥ 0; empty when unknown")
        case .nonNegative: pick("非负数，可有小数；无数据留空", "a number ≥ 0, decimals allowed; empty when unknown")
        case .number: pick("数值；无数据留空", "a number; empty when unknown")
        case .choice(let labels): pick("从下拉列表中选择：", "one of: ") + labels.joined(separator: pick("、", ", "))
        }
    }

    /// The validation message of a cell that breaks `rule` (title, sentence), in the language of the template.
    func validationMessage(_ rule: CollectionTemplate.Column.Rule) -> (title: String, message: String) {
        let title = pick("填写有误", "Invalid value")
        switch rule {
        case .count: return (title, pick("请填非负整数（不带单位）；无数据请留空。", "Enter a whole number ≥ 0 without a unit; leave empty when unknown."))
        case .nonNegative: return (title, pick("请填非负数（不带单位，金额以万元计）；无数据请留空。", "Enter a number ≥ 0 without a unit (money in 万元); leave empty when unknown."))
        case .year(let year): return (title, pick("年度应为 \(year)。", "The year must be \(year)."))
        case .anyYear: return (title, pick("请填四位年份，如 2021。", "Enter a four-digit year, e.g. 2021."))
        case .choice: return (title, pick("请从下拉列表中选择。", "Choose a value from the list."))
        case .text, .number: return (title, "")
        }
    }

    // MARK: - Reference sheet

    /// The first line of a center's reference sheet or file.
    public func referenceNotice(_ center: Center, previousYear: Int, year: Int) -> String {
        pick("【仅供参考，不会被读取】\(center.id) \(center.name) 已报送的 \(previousYear) 年度数据。\(year) 年度数据请填在“\(CollectionTemplateText.reportSheetName(year: year))”中。",
             "[For reference only, never read] \(center.id) \(center.name): figures reported for \(previousYear). Write the \(year) figures in \"\(CollectionTemplateText.reportSheetName(year: year))\".")
    }

    /// The heading of the reference table.
    public func referenceHeader(previousYear: Int) -> [String] {
        [pick("指标", "Indicator"), pick("单位", "Unit"), pick("\(previousYear) 年度数值（参考）", "\(previousYear) value (reference)")]
    }

    /// A value the center did not report last year.
    public var notReported: String { pick("未填报", "not reported") }

    /// The reference when the center has no report for last year.
    public func noPreviousReport(previousYear: Int) -> String {
        pick("本中心没有 \(previousYear) 年度已报送数据。", "The center has no report for \(previousYear).")
    }

    // MARK: - Meanings

    /// What the column holds and what counts.
    public func meaning(_ column: CollectionTemplate.Column) -> String {
        if let words = Self.meanings[column.code] { return pick(words.zh, words.en) }
        return pick("指标体系中的指标“\(column.name)”（\(column.code)）；统计口径以主管部门的说明为准",
                    "the scheme's indicator \"\(column.nameEn)\" (\(column.code)); what counts is as the department defines it")
    }

    private static let meanings: [String: (zh: String, en: String)] = [
        "center_id": ("主管部门分配的中心编号，与中心名录一致", "the center's id assigned by the department, as in the registry"),
        "name": ("批准文件中的中心全称", "the center's full name as approved"),
        "year": ("数据所属年度（自然年）", "the calendar year the figures cover"),
        "national_projects": ("年度内作为牵头或参与单位在研的国家级重大科技项目（国家重点研发计划、国家科技重大专项等）数", "national major S&T projects (National Key R&D Programme, major national S&T projects, …) under way in the year with the center as lead or participant"),
        "provincial_projects": ("年度内作为牵头或参与单位在研的省级重大科技项目数", "provincial major S&T projects under way in the year with the center as lead or participant"),
        "project_funding": ("年度内上述项目实际到位的经费；没有项目填 0", "funding of those projects actually received in the year; 0 without projects"),
        "rd_expenditure": ("年度研究与试验发展（R&D）经费支出总额，含人员、设备、材料和委托研发支出", "total R&D expenditure in the year, including staff, equipment, materials and commissioned R&D"),
        "key_technologies": ("年度内经验收或第三方评价确认突破的关键核心技术数", "key core technologies broken through in the year, confirmed by acceptance or a third-party assessment"),
        "invention_patents": ("年度内获得授权的发明专利数（不含实用新型和外观设计）", "invention patents granted in the year (not utility models or designs)"),
        "pct_applications": ("年度内提交的 PCT 国际专利申请数", "PCT international applications filed in the year"),
        "standards_led": ("年度内由中心主导起草并发布的国际、国家、行业、地方和团体标准数", "international, national, industry, local and association standards published in the year whose drafting the center led"),
        "tech_contract_value": ("年度内经登记的技术开发、转让、许可、咨询和服务合同成交额", "value of the registered technology development, transfer, licensing, consulting and service contracts concluded in the year"),
        "transfer_cases": ("年度内以转让、许可、作价投资或自行实施等方式转化的科技成果项目数", "results transformed in the year by transfer, licence, equity investment or own implementation"),
        "transfer_revenue": ("年度内成果转化取得的收入；没有转化填 0", "revenue from those transfers in the year; 0 without cases"),
        "enterprises_served": ("年度内有合同或服务记录的服务企业数，同一企业计 1 家", "enterprises served in the year under a contract or with a service record, each counted once"),
        "service_income": ("年度内对外提供技术开发、检测、咨询、培训等技术服务的收入，不超过年度总收入", "income from technical services to outside users (development, testing, consulting, training) in the year; not more than total income"),
        "equipment_sharing_hours": ("年度内仪器设备向外部用户开放共享的机时", "instrument hours used by outside users in the year"),
        "incubated_firms": ("年度内在孵或孵化的科技型企业数", "technology-based firms in incubation or incubated in the year"),
        "high_tech_firms": ("上述孵化企业中经认定的高新技术企业数，不超过孵化企业数", "of those, certified high-tech enterprises; not more than the firms incubated"),
        "social_investment": ("年度内吸引企业、金融机构和社会资本的投入", "investment attracted from enterprises, financial institutions and private capital in the year"),
        "rd_staff": ("年末从事研发活动的人员数", "staff doing R&D at the end of the year"),
        "leading_talents": ("年末全职或柔性引进的高层次领军人才数（院士、国家级人才计划入选者等）", "high-level leading talents at the end of the year (academicians, national talent programme members, …), full-time or flexible"),
        "total_income": ("年度总收入", "total income in the year"),
        "government_funding": ("年度内各级财政资金投入（项目经费、补助、奖励），不超过年度总收入", "government funding at all levels in the year (projects, subsidies, rewards); not more than total income"),
        "level": ("中心级别", "the center's level"),
        "region": ("中心所在市（州）", "the city or prefecture of the center"),
        "category": ("综合类或领域类（天津：综合性或专业性）", "comprehensive or domain (Tianjin: 综合性 or 专业性)"),
        "formation": ("三种组建模式之一", "one of the three formation modes"),
        "lead_type": ("牵头单位的类型", "the type of the lead unit"),
        "field": ("中心面向的领域", "the field the center serves"),
        "approved_year": ("批准组建的年份", "the year the center was approved"),
        "registered_capital_wan": ("中心法人实体的注册资本；非法人中心留空", "registered capital of the center's legal entity; empty if it is none"),
        "lead_unit": ("牵头（依托）单位全称（可选）", "the full name of the lead unit (optional)"),
    ]
}
