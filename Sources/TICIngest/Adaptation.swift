/// Something the reader did on its own to read a file as a department delivers it (a title row
/// skipped, a Chinese header mapped, a totals row left out, a file's rows merged by year).
///
/// An adaptation never changes a value: it decides which rows are data and which columns they
/// are. Every one is reported: one terminal line per file, `summary.json` `inputs[].adaptations`
/// and the HTML report's input table. A case holds facts (lines, counts, names) and ``code``;
/// TICReport words it (`Adaptation.message(_:)`, `InputFile.adaptationLine(_:)`).
public enum Adaptation: Sendable, Hashable {
    /// Rows above the header that are no header (a title such as `2022年度…统计表`), skipped.
    case titleRows(lines: [Int])
    /// The row right above the header groups its columns (merged cells of a two-row header); skipped.
    case groupRow(line: Int)
    /// A two-row header: the names are read from both rows (a cell empty in the lower row takes the upper one).
    case twoRowHeader(lines: [Int])
    /// The header on `line` was read by Chinese names (`byName` columns), by the workspace mapping
    /// file (`byMapping`) and with units in brackets (`withUnit`).
    case headerMapped(line: Int, byName: Int, byMapping: Int, withUnit: Int)
    /// The columns found through `columns.csv`, as `name → code`.
    case mappedColumns(pairs: [String])
    /// The row right under the header holds units, not data; read as units.
    case unitsRow(line: Int)
    /// Totals rows (合计, 总计, 小计, 平均), skipped: they are no center.
    case totalsRows(lines: [Int])
    /// Footer rows (填表说明, 填报人, 联系电话, 注：…), skipped.
    case footerRows(lines: [Int])
    /// The header repeated further down (Excel's print titles on each page), skipped.
    case repeatedHeaderRows(lines: [Int])
    /// Columns with neither a name nor a value (1-based), ignored.
    case blankColumns(columns: [Int])
    /// Columns declared text in the mapping file or kept as text (the center's name), not read as numbers.
    case textColumns(names: [String])
    /// A report file not named by its year: each row's year was read from its year column, and the
    /// rows were merged with the other report files of those years.
    case rowsByYear(years: [Int])
    /// Report names that are a former name declared in the registry (`former_names`/曾用名).
    case formerNames(count: Int)
    /// Values written as their Chinese labels (省级, 综合类, 面向经济主战场…) read as their codes.
    case chineseValues(count: Int)

    /// A short code for JSON (`title_rows`, `header_mapped`, …).
    public var code: String {
        switch self {
        case .titleRows: "title_rows"
        case .groupRow: "group_row"
        case .twoRowHeader: "two_row_header"
        case .headerMapped: "header_mapped"
        case .mappedColumns: "mapped_columns"
        case .unitsRow: "units_row"
        case .totalsRows: "totals_rows"
        case .footerRows: "footer_rows"
        case .repeatedHeaderRows: "repeated_header_rows"
        case .blankColumns: "blank_columns"
        case .textColumns: "text_columns"
        case .rowsByYear: "rows_by_year"
        case .formerNames: "former_names"
        case .chineseValues: "chinese_values"
        }
    }
}
