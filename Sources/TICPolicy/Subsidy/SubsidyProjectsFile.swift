import TICIngest
import TICSupport

/// A projects file (`projects.csv`) read into subsidy projects, with every problem found.
///
/// Columns (case-insensitive, any order; others ignored):
/// `center_id,name,category,project,total_investment_wan,start_year`.
///
/// - `category` is `comprehensive`/`domain` or a Chinese label (`综合类`, `综合性`, `领域类`, `专业性`).
/// - `total_investment_wan` is an amount ≥ 0 in 万元 read by ``NumberParser`` (`4,000` is fine).
/// - `start_year` is a whole year 1900–2999.
/// - A bad cell gives an error ``Diagnostic`` at `path:line:column` and an ``SubsidyGap/Reason/invalid``
///   gap (the project's status is missing data); an empty `center_id` is an error too.
public struct SubsidyProjectsFile: Sendable {
    /// The columns the file should have, in the documented order.
    public static let columns = ["center_id", "name", "category", "project", "total_investment_wan", "start_year"]

    /// The file as read.
    public let file: CSVFile
    /// The projects, in file order.
    public private(set) var projects: [SubsidyProject] = []
    /// Every problem found, in file order.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Reads the file at `path`.
    ///
    /// - Throws: ``IngestError`` only when the file cannot be read at all.
    public init(path: String, encoding: EncodingChoice = .auto) throws(IngestError) {
        try self.init(file: CSVFile(path: path, encoding: encoding))
    }

    /// Reads an already loaded file.
    public init(file: CSVFile) throws(IngestError) {
        self.file = file
        var diagnostics: [Diagnostic] = []
        let table = try CSVTable(file: file, diagnostics: &diagnostics)
        _ = table.header.require(Self.columns, path: file.path, line: table.headerLine, diagnostics: &diagnostics)
        for (row, line) in zip(table.rows, table.lines) {
            var gaps: [SubsidyField: SubsidyGap.Reason] = [:]
            func location(_ column: String) -> FileLocation {
                FileLocation(path: file.path, line: line, column: (table.header.column(column) ?? 0) + 1)
            }
            func cell(_ column: String) -> String? { table.header.column(column).map { row[$0] } }
            func cell(_ field: SubsidyField) -> String? {
                guard let text = cell(field.rawValue) else { gaps[field] = .noColumn; return nil }
                if text.isEmpty || NumberParser.parse(text) == .missing { return nil }
                return text
            }
            func invalid(_ field: SubsidyField, _ problem: IngestError) {
                diagnostics.append(Diagnostic(problem))
                gaps[field] = .invalid
            }

            var centerID = cell("center_id") ?? ""
            if centerID.isEmpty {
                if table.header.column("center_id") != nil {
                    diagnostics.append(Diagnostic(.emptyRequiredField(location("center_id"), column: "center_id")))
                }
                centerID = "L\(line)"
            }

            var category: Category?
            if let text = cell(.category) {
                category = Category(rawValue: text.lowercased())
                    ?? (["综合类", "综合性", "综合"].contains(text) ? .comprehensive : nil)
                    ?? (["领域类", "专业性", "专业类", "领域"].contains(text) ? .domain : nil)
                if category == nil {
                    invalid(.category, .unknownCode(location("category"), column: "category", value: text,
                                                    allowed: "comprehensive, domain, 综合类, 综合性, 领域类, 专业性"))
                }
            }

            var investment: Double?
            if let text = cell(.totalInvestment) {
                let column = SubsidyField.totalInvestment.rawValue
                switch NumberParser.parse(text) {
                case .value(let value) where value < 0:
                    invalid(.totalInvestment, .negativeValue(location(column), column: column, value: value))
                case .value(let value) where value >= 1e12:
                    invalid(.totalInvestment, .outOfRange(location(column), column: column, value: value, minimum: 0, maximum: 1e12 - 1))
                case .value(let value):
                    investment = value
                case .missing:
                    break
                case .invalid(.date):
                    invalid(.totalInvestment, .dateInsteadOfNumber(location(column), column: column, text: text))
                case .invalid(.excelError):
                    invalid(.totalInvestment, .excelErrorValue(location(column), column: column, text: text))
                case .invalid(.nonFinite):
                    invalid(.totalInvestment, .nonFiniteNumber(location(column), column: column, text: text))
                case .invalid(.notANumber):
                    invalid(.totalInvestment, .invalidNumber(location(column), column: column, text: text))
                }
            }

            var startYear: Int?
            if let text = cell(.startYear) {
                let column = SubsidyField.startYear.rawValue
                if let year = Int(text), (1900...2999).contains(year) {
                    startYear = year
                } else {
                    invalid(.startYear, .invalidInteger(location(column), column: column, text: text))
                }
            }

            projects.append(SubsidyProject(
                centerID: centerID, name: cell("name") ?? "", category: category, project: cell("project") ?? "",
                totalInvestmentWan: investment, startYear: startYear, gaps: gaps, line: line))
        }
        self.diagnostics = diagnostics.sorted()
    }
}
