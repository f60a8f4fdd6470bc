import TICIngest
import TICPolicy
import TICSupport

/// The data-collection template of a scheme (数据填报模板): what a department sends to its centers
/// so that the files that come back are read by ``WorkspaceLoader`` as they are.
///
/// It lives in TICReport because it is an output built from a scheme, like the ranking table: the
/// columns come from the scheme (``reportColumns``) and the reader's vocabulary (every header is a
/// name ``ColumnVocabulary`` recognizes), the words from ``CollectionTemplateText``.
///
/// - The **report** sheet: 中心编号, 中心名称, 年度, then each column the scheme reads (its indicators,
///   the numerators and denominators of its ratios, its vetoes' columns) as `研发经费投入（万元）`,
///   with validations (whole numbers ≥ 0 for counts, numbers ≥ 0 for amounts, the year).
/// - The **centers** sheet: the registry columns in Chinese, with drop-down lists of the Chinese
///   labels the reader accepts.
/// - The **instructions** sheet (说明): the reporting deadline the scheme's text sets, or a blank
///   for the department; how to fill in; each column's meaning, unit and rule.
/// - **Per center**: one report file per center with its id, name and year filled in, and last
///   year's values on a separate reference sheet whose layout the reader never takes for a report.
///
/// The bytes depend only on the scheme, the year, the language and the centers: the same inputs give
/// the same files.
public struct CollectionTemplate: Sendable {
    /// The file format of the template.
    public enum FileFormat: String, Sendable, CaseIterable {
        /// Excel workbooks, with validations and an instructions sheet.
        case xlsx
        /// UTF-8 CSV files with a byte-order mark, and `说明.txt`.
        case csv
    }

    /// One column of a template sheet.
    public struct Column: Sendable, Hashable {
        /// What the cells may hold.
        public enum Rule: Sendable, Hashable {
            /// Text (ids, names).
            case text
            /// The report year, exactly.
            case year(Int)
            /// A four-digit year.
            case anyYear
            /// A whole number ≥ 0 (counts).
            case count
            /// A number ≥ 0 (amounts, hours).
            case nonNegative
            /// A number of any sign (a scheme's own column of unknown kind).
            case number
            /// One of the Chinese labels.
            case choice([String])
        }

        /// The code the reader gives the column (`rd_expenditure`).
        public var code: String
        /// The Chinese name without unit (`研发经费投入`).
        public var name: String
        /// The English name.
        public var nameEn: String
        /// The unit, nil when none.
        public var unit: String?
        /// What the cells may hold.
        public var rule: Rule

        public init(code: String, name: String, nameEn: String, unit: String?, rule: Rule) {
            self.code = code; self.name = name; self.nameEn = nameEn; self.unit = unit; self.rule = rule
        }

        /// The header cell: the Chinese name and its unit in full-width brackets (`研发经费投入（万元）`).
        public var header: String { unit.map { "\(name)（\($0)）" } ?? name }
    }

    /// The indicator system the template collects data for.
    public let scheme: Scheme
    /// The year the reports are about.
    public let year: Int
    /// The language of the instructions (the headers are always Chinese).
    public let language: Language
    /// The centers to pre-fill (registry rows, report keys), in registry order; empty for a blank template.
    public let centers: [Center]
    /// The report of the year before, for the reference sheet of ``perCenterFiles(format:)``.
    public let previousReport: AnnualReport?

    /// Rows given validations in a blank sheet (a department with more centers extends them in Excel).
    public static let blankRows = 1000

    public init(scheme: Scheme, year: Int, language: Language = .zh, centers: [Center] = [], previousReport: AnnualReport? = nil) {
        self.scheme = scheme
        self.year = year
        self.language = language
        self.centers = centers
        self.previousReport = previousReport
    }

    // MARK: - Columns

    /// 中心编号, 中心名称, 年度, then the scheme's input columns in scheme order: each indicator read
    /// from the reports, the numerator and denominator of each ratio, each veto's column. Names and
    /// units are the scheme's for its indicators, else the catalogue's; `satisfaction` comes from
    /// `ratings.csv` and is not a report column.
    public var reportColumns: [Column] {
        var codes: [String] = []
        let derived = Set(scheme.indicators.filter { $0.derived != nil }.map(\.code))
        func add(_ code: String) {
            if code != "satisfaction", !derived.contains(code), !codes.contains(code) { codes.append(code) }
        }
        for indicator in scheme.indicators {
            if let ratio = indicator.derived { add(ratio.numerator); add(ratio.denominator) } else { add(indicator.code) }
        }
        for veto in scheme.grading.vetoes { add(veto.indicator) }
        return Self.keyColumns(year: year) + codes.map(column(for:))
    }

    /// The registry columns (centers.csv) with their Chinese names and the Chinese labels of their values.
    public static var centerColumns: [Column] {
        [
            Column(code: "center_id", name: "中心编号", nameEn: "Center id", unit: nil, rule: .text),
            Column(code: "name", name: "中心名称", nameEn: "Center name", unit: nil, rule: .text),
            Column(code: "level", name: "级别", nameEn: "Level", unit: nil, rule: .choice(Level.allCases.map(\.zh))),
            Column(code: "region", name: "所在地区", nameEn: "Region", unit: nil, rule: .text),
            Column(code: "category", name: "类别", nameEn: "Category", unit: nil, rule: .choice(Category.allCases.map(\.zh))),
            Column(code: "formation", name: "组建模式", nameEn: "Formation mode", unit: nil, rule: .choice(Formation.allCases.map(\.zh))),
            Column(code: "lead_type", name: "牵头单位类型", nameEn: "Lead unit type", unit: nil, rule: .choice(LeadType.allCases.map(\.zh))),
            Column(code: "field", name: "面向领域", nameEn: "Field", unit: nil, rule: .choice(Field.allCases.map(\.zh))),
            Column(code: "approved_year", name: "批准建设年份", nameEn: "Year approved", unit: nil, rule: .anyYear),
            Column(code: "registered_capital_wan", name: "注册资本", nameEn: "Registered capital", unit: "万元", rule: .nonNegative),
            Column(code: "lead_unit", name: "依托单位", nameEn: "Lead unit", unit: nil, rule: .text),
        ]
    }

    static func keyColumns(year: Int) -> [Column] {
        [Column(code: "center_id", name: "中心编号", nameEn: "Center id", unit: nil, rule: .text),
         Column(code: "name", name: "中心名称", nameEn: "Center name", unit: nil, rule: .text),
         Column(code: "year", name: "年度", nameEn: "Year", unit: nil, rule: .year(year))]
    }

    /// The column of a report code: the scheme's indicator, else the catalogue's column, else the code itself.
    private func column(for code: String) -> Column {
        let catalogue = IndicatorCatalogue.column(code)
        let rule: Column.Rule
        switch catalogue?.kind {
        case .count: rule = .count
        case .amount, .quantity: rule = .nonNegative
        default: rule = .number
        }
        if let indicator = scheme.indicator(code) {
            let unit = indicator.unit.isEmpty || indicator.unit == "ratio" ? nil : indicator.unit
            let ownRule: Column.Rule = catalogue == nil && ["项", "件", "家", "人", "个"].contains(unit ?? "") ? .count : rule
            return Column(code: code, name: indicator.name, nameEn: indicator.nameEn, unit: unit, rule: ownRule)
        }
        if let catalogue {
            return Column(code: code, name: catalogue.zh, nameEn: catalogue.en, unit: catalogue.unit, rule: rule)
        }
        return Column(code: code, name: code, nameEn: code, unit: nil, rule: .number)
    }

    // MARK: - Rows

    /// The report rows: one per center with its id, name and the year; the values empty.
    func reportRows(for centers: [Center]) -> [[String]] {
        let empty = Array(repeating: "", count: reportColumns.count - 3)
        return centers.map { [$0.id, $0.name, String(year)] + empty }
    }

    /// The registry rows of ``centers``, values as the Chinese labels.
    func centerRows() -> [[String]] {
        centers.map { center in
            [center.id, center.name, center.level.zh, center.region, center.category.zh, center.formation.zh,
             center.leadType.zh, center.field.zh, String(center.approvedYear),
             center.registeredCapitalWan.map(Self.plain) ?? "", center.leadUnit ?? ""]
        }
    }

    /// Last year's values of `center` (report columns after the key columns), nil when it has no row
    /// in ``previousReport``; a missing cell is nil.
    func previousValues(of center: Center) -> [(column: Column, value: Double?)]? {
        guard let report = previousReport, let row = report.row(of: center.id) else { return nil }
        let values = report.rowValues(row)
        return reportColumns.dropFirst(3).map { column in
            guard let index = report.columnIndex(of: column.code), values[index].isFinite else { return (column, nil) }
            return (column, values[index])
        }
    }

    /// The shortest text that reads back as `value`: integers without a decimal point.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// The report file of one center: `reports/2025-HN-P-001.xlsx` (a name that is no year, so its
    /// 年度 column gives the year, and one that sorts with the year's other files).
    public func perCenterName(_ center: Center, format: FileFormat) -> String {
        "reports/\(year)-\(center.id).\(format.rawValue)"
    }
}
