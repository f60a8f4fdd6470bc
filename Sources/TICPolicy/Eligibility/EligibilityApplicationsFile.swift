import TICIngest
import TICSupport

/// An applications file (`applications.csv`) read into applicants, with every problem found.
///
/// Columns (matched case-insensitively, in any order; other columns are ignored):
/// `applicant_id,name,lead_type,rd_expenditure_y1,rd_expenditure_y2,rd_expenditure_y3,annual_income,service_income,transfer_cases,legal_entity,registered_capital_wan`.
///
/// - Amounts in 万元 are read by ``NumberParser`` (`4,000`, `４０００`, `12.5`); an empty cell or a
///   marker such as `-`, `无`, `N/A` is missing data, not zero.
/// - `lead_type` is a code (`enterprise`, `university`, `institute`, `new_rd_institution`) or its
///   Chinese label (`企业`, `高校`, `科研院所`, `新型研发机构`).
/// - `legal_entity` is `yes`/`no`, `是`/`否`, `true`/`false` or `1`/`0` (case-insensitive).
/// - A bad cell (not a number, negative, unknown code, `service_income` above `annual_income`)
///   gives an error ``Diagnostic`` at `path:line:column`, and the value is recorded as an
///   ``EligibilityGap/Reason/invalid`` gap, so the conditions that need it report missing data.
/// - A missing column gives one diagnostic and a ``EligibilityGap/Reason/noColumn`` gap for every applicant.
/// - A row with the wrong number of fields is not used (diagnostic from ``CSVTable``).
public struct EligibilityApplicationsFile: Sendable {
    /// The columns the file should have, in the documented order.
    public static let columns: [String] = ["applicant_id", "name"] + EligibilityField.allCases.map(\.rawValue)

    /// The accepted spellings of yes and no in `legal_entity`, lower-cased.
    public static let yesNoSpellings: [String: Bool] = [
        "yes": true, "no": false, "是": true, "否": false, "true": true, "false": false, "1": true, "0": false,
    ]

    /// The file as read.
    public let file: CSVFile
    /// The applicants, in file order.
    public private(set) var applications: [EligibilityApplication] = []
    /// Every problem found, in file order.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Reads the file at `path`.
    ///
    /// - Throws: ``IngestError`` only when the file cannot be read at all (missing, not text, an
    ///   unterminated quote); problems in cells are ``diagnostics``.
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
            var reader = RowReader(table: table, row: row, line: line)
            applications.append(reader.application())
            diagnostics.append(contentsOf: reader.problems)
        }
        self.diagnostics = diagnostics.sorted()
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads one row into an application, collecting problems.
private struct RowReader {
    let table: CSVTable
    let row: [String]
    let line: Int
    var problems: [Diagnostic] = []
    var gaps: [EligibilityField: EligibilityGap.Reason] = [:]

    init(table: CSVTable, row: [String], line: Int) {
        self.table = table
        self.row = row
        self.line = line
    }

    func location(_ column: String) -> FileLocation {
        FileLocation(path: table.file.path, line: line, column: (table.header.column(column) ?? 0) + 1)
    }

    func cell(_ column: String) -> String? {
        table.header.column(column).map { row[$0] }
    }

    mutating func application() -> EligibilityApplication {
        let id = text("applicant_id") ?? "L\(line)"
        let name = text("name") ?? ""
        let leadType = leadTypeCode()
        let rd = EligibilityField.rdExpenditureYears.map { amount($0) }
        let income = amount(.annualIncome)
        var service = amount(.serviceIncome)
        let cases = amount(.transferCases, count: true)
        let entity = flag(.legalEntity)
        let capital = amount(.registeredCapital)
        if let incomeValue = income, let serviceValue = service, serviceValue > incomeValue {
            let column = EligibilityField.serviceIncome.rawValue
            problems.append(Diagnostic(.outOfRange(location(column), column: column, value: serviceValue, minimum: 0, maximum: incomeValue)))
            gaps[.serviceIncome] = .invalid
            service = nil
        }
        return EligibilityApplication(
            id: id, name: name, leadType: leadType, rdExpenditure: rd, annualIncome: income, serviceIncome: service,
            transferCases: cases, legalEntity: entity, registeredCapitalWan: capital, gaps: gaps, line: line)
    }

    /// A required text cell; empty → an error diagnostic and nil.
    mutating func text(_ column: String) -> String? {
        guard let value = cell(column) else { return nil }
        if value.isEmpty {
            problems.append(Diagnostic(.emptyRequiredField(location(column), column: column)))
            return nil
        }
        return value
    }

    /// Whether the column exists; records a `no_column` gap otherwise.
    mutating func present(_ field: EligibilityField) -> String? {
        guard let value = cell(field.rawValue) else {
            gaps[field] = .noColumn
            return nil
        }
        return value
    }

    mutating func leadTypeCode() -> LeadType? {
        guard let text = present(.leadType), !text.isEmpty, NumberParser.parse(text) != .missing else { return nil }
        if let code = LeadType(rawValue: text.lowercased()) { return code }
        if let code = LeadType.allCases.first(where: { $0.zh == text }) { return code }
        invalid(.leadType, .unknownCode(location(EligibilityField.leadType.rawValue), column: EligibilityField.leadType.rawValue,
                                        value: text, allowed: LeadType.allowedCodes))
        return nil
    }

    /// A non-negative amount (or count); missing → nil without a diagnostic.
    mutating func amount(_ field: EligibilityField, count: Bool = false) -> Double? {
        guard let text = present(field) else { return nil }
        let column = field.rawValue
        switch NumberParser.parse(text) {
        case .missing:
            return nil
        case .value(let value):
            if value < 0 {
                invalid(field, .negativeValue(location(column), column: column, value: value))
                return nil
            }
            if count, value != value.rounded() {
                problems.append(Diagnostic(.fractionalCount(location(column), column: column, value: value)))
            }
            return value
        case .invalid(let reason):
            let here = location(column)
            let problem: IngestError
            switch reason {
            case .notANumber: problem = .invalidNumber(here, column: column, text: text)
            case .nonFinite: problem = .nonFiniteNumber(here, column: column, text: text)
            case .excelError: problem = .excelErrorValue(here, column: column, text: text)
            case .date: problem = .dateInsteadOfNumber(here, column: column, text: text)
            }
            invalid(field, problem)
            return nil
        }
    }

    /// yes/no and its spellings; missing → nil without a diagnostic.
    mutating func flag(_ field: EligibilityField) -> Bool? {
        guard let text = present(field) else { return nil }
        if text.isEmpty || NumberParser.parse(text) == .missing { return nil }
        if let value = EligibilityApplicationsFile.yesNoSpellings[text.lowercased()] { return value }
        invalid(field, .unknownCode(location(field.rawValue), column: field.rawValue, value: text, allowed: "yes, no, 是, 否, true, false, 1, 0"))
        return nil
    }

    mutating func invalid(_ field: EligibilityField, _ problem: IngestError) {
        problems.append(Diagnostic(problem))
        gaps[field] = .invalid
    }
}
