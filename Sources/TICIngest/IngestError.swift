/// Every problem ingestion can find in an input file, each with its location.
///
/// Thrown by the single-file readers (for a problem that stops them) and carried by
/// ``Diagnostic`` (with a severity) when a whole workspace is validated.
public enum IngestError: Error, Sendable, Hashable {
    // Files and encodings
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case emptyFile(path: String)
    case utf16(path: String)
    case nulByte(FileLocation)
    case invalidEncoding(FileLocation, encoding: TextEncoding)
    case mixedEncoding(FileLocation)
    // CSV structure
    case unterminatedQuote(FileLocation)
    case strayQuote(FileLocation)
    case textAfterClosingQuote(FileLocation)
    case fieldCount(FileLocation, expected: Int, found: Int)
    case emptyHeaderName(FileLocation)
    case duplicateHeader(FileLocation, name: String, firstColumn: Int)
    case missingColumn(FileLocation, name: String)
    case unknownColumn(FileLocation, name: String)
    case noDataRows(path: String)
    /// `centers.csv` has a header but no center: nothing can be evaluated.
    case noCenters(path: String)
    /// A report file has a header but no rows: every center is missing that year (a warning).
    case reportWithoutRows(path: String, year: Int)
    // Values
    case emptyRequiredField(FileLocation, column: String)
    case invalidNumber(FileLocation, column: String, text: String)
    case dateInsteadOfNumber(FileLocation, column: String, text: String)
    case nonFiniteNumber(FileLocation, column: String, text: String)
    case excelErrorValue(FileLocation, column: String, text: String)
    case negativeValue(FileLocation, column: String, value: Double)
    case fractionalCount(FileLocation, column: String, value: Double)
    case outOfRange(FileLocation, column: String, value: Double, minimum: Double, maximum: Double)
    case invalidInteger(FileLocation, column: String, text: String)
    case unknownCode(FileLocation, column: String, value: String, allowed: String)
    case invalidCycle(FileLocation, text: String)
    // Workspace consistency
    case duplicateCenter(FileLocation, centerID: String, firstLine: Int)
    case unknownCenter(FileLocation, centerID: String)
    /// The center's own row in `centers.csv` (at `registry`) was rejected, so this row cannot be used.
    case rejectedCenter(FileLocation, centerID: String, registry: FileLocation)
    case duplicateReport(FileLocation, centerID: String, year: Int, firstLine: Int)
    case yearMismatch(FileLocation, fileYear: Int, rowYear: Int)
    case missingReport(FileLocation, centerID: String, year: Int, reportPath: String)
    case ignoredFile(path: String)
    /// Two files in one folder whose names differ only in letter case (`2023.csv`, `2023.CSV`):
    /// `read` was read, `path` was not.
    case nameDiffersOnlyInCase(path: String, read: String)
    case noReports(path: String)
    case cycleWithoutReports(path: String, cycle: String, missingYears: [Int])
    case unsafeIdentifier(FileLocation, column: String, value: String)

    /// Where the problem is; file-level problems point at line 1, column 1.
    public var location: FileLocation {
        switch self {
        case .fileNotFound(let path), .unreadable(let path, _), .emptyFile(let path), .utf16(let path),
             .noDataRows(let path), .noCenters(let path), .reportWithoutRows(let path, _), .ignoredFile(let path), .noReports(let path), .nameDiffersOnlyInCase(let path, _),
             .cycleWithoutReports(let path, _, _):
            return FileLocation(path: path, line: 1, column: 1)
        case .nulByte(let l), .invalidEncoding(let l, _), .mixedEncoding(let l), .unterminatedQuote(let l),
             .strayQuote(let l), .textAfterClosingQuote(let l), .fieldCount(let l, _, _), .emptyHeaderName(let l),
             .duplicateHeader(let l, _, _), .missingColumn(let l, _), .unknownColumn(let l, _),
             .emptyRequiredField(let l, _), .invalidNumber(let l, _, _), .dateInsteadOfNumber(let l, _, _),
             .nonFiniteNumber(let l, _, _), .excelErrorValue(let l, _, _), .negativeValue(let l, _, _),
             .fractionalCount(let l, _, _), .outOfRange(let l, _, _, _, _), .invalidInteger(let l, _, _),
             .unknownCode(let l, _, _, _), .invalidCycle(let l, _), .duplicateCenter(let l, _, _),
             .unknownCenter(let l, _), .rejectedCenter(let l, _, _), .duplicateReport(let l, _, _, _), .yearMismatch(let l, _, _),
             .missingReport(let l, _, _, _), .unsafeIdentifier(let l, _, _):
            return l
        }
    }

    /// Whether the problem, found in a workspace, is only a warning (the data can still be used).
    public var isWarning: Bool {
        switch self {
        case .strayQuote, .textAfterClosingQuote, .unknownColumn, .fractionalCount, .missingReport, .ignoredFile,
             .reportWithoutRows:
            return true
        default:
            return false
        }
    }

    /// The message without the location, in the given language.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .fileNotFound:
            return zh ? "找不到文件" : "file not found"
        case .unreadable(_, let reason):
            return zh ? "无法读取文件：\(reason)" : "cannot read the file: \(reason)"
        case .emptyFile:
            return zh ? "文件为空，应至少有一行表头" : "the file is empty; expected at least a header row"
        case .utf16:
            return zh ? "文件是 UTF-16 编码（Excel“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”"
                      : "the file is UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 (Comma delimited)\" or \"CSV (Comma delimited)\""
        case .nulByte:
            return zh ? "含有 NUL 空字节，不是文本 CSV 文件（可能是 Excel 工作簿或损坏的文件）"
                      : "contains a NUL byte: this is not a text CSV file (an Excel workbook or a damaged file?)"
        case .invalidEncoding(_, let encoding):
            return zh ? "此处的字节不是有效的 \(encoding == .gb18030 ? "GB18030" : "UTF-8") 编码；请用 --encoding 指定正确的编码，或重新保存为 CSV UTF-8"
                      : "bytes here are not valid \(encoding == .gb18030 ? "GB18030" : "UTF-8"); pass the right --encoding or save the file again as CSV UTF-8"
        case .mixedEncoding:
            return zh ? "文件混用了 UTF-8 和其他编码（从此处开始不是 UTF-8）；请将整个文件另存为同一种编码"
                      : "the file mixes UTF-8 with another encoding (not UTF-8 from here on); save the whole file in one encoding"
        case .unterminatedQuote:
            return zh ? "此处开始的引号没有闭合，文件其余部分无法读取；请检查该单元格的双引号"
                      : "the quote opened here is never closed, so the rest of the file cannot be read; check the double quotes of this cell"
        case .strayQuote:
            return zh ? "未加引号的单元格中出现双引号，已按普通字符读取" : "a double quote inside an unquoted cell; read as a literal character"
        case .textAfterClosingQuote:
            return zh ? "闭合引号后还有文字，已与单元格内容合并" : "text after the closing quote; appended to the cell"
        case .fieldCount(_, let expected, let found):
            return zh ? "该行有 \(found) 列，表头有 \(expected) 列；整行未使用" : "the row has \(found) fields but the header has \(expected); the row is not used"
        case .emptyHeaderName:
            return zh ? "表头中该列没有列名" : "this header column has no name"
        case .duplicateHeader(_, let name, let first):
            return zh ? "列名“\(name)”出现了两次（第 \(first) 列已有）；请改名或删除其中一列"
                      : "the column \"\(name)\" appears twice (first as column \(first)); rename or delete one of them"
        case .missingColumn(_, let name):
            return zh ? "缺少必需的列“\(name)”" : "required column \"\(name)\" is missing"
        case .unknownColumn(_, let name):
            return zh ? "未知列“\(name)”（不在指标目录中）；保留，仅当指标体系引用它时使用"
                      : "unknown column \"\(name)\" (not in the indicator catalogue); kept, used only if a scheme names it"
        case .noDataRows:
            return zh ? "文件只有表头，没有数据行" : "the file has a header row but no data rows"
        case .noCenters:
            return zh ? "文件只有表头，没有数据行；至少应列出一个中心" : "the file has a header row but no data rows; it must list at least one center"
        case .reportWithoutRows(_, let year):
            return zh ? "文件只有表头，没有数据行：没有任何中心的 \(year) 年度报告；各中心该年按缺失数据处理"
                      : "the file has a header row but no data rows: no center has a \(year) report; every center is missing that year"
        case .emptyRequiredField(_, let column):
            return zh ? "“\(column)”不能为空" : "\"\(column)\" must not be empty"
        case .invalidNumber(_, let column, let text):
            return zh ? "“\(column)”应为数字，实际为“\(Self.clip(text))”" : "\"\(column)\": expected a number, found \"\(Self.clip(text))\""
        case .dateInsteadOfNumber(_, let column, let text):
            return zh ? "“\(column)”应为数字，实际为日期“\(Self.clip(text))”（单元格格式被设成了日期？）"
                      : "\"\(column)\": expected a number, found a date \"\(Self.clip(text))\" (is the cell formatted as a date?)"
        case .nonFiniteNumber(_, let column, let text):
            return zh ? "“\(column)”应为有限数字，实际为“\(Self.clip(text))”" : "\"\(column)\": expected a finite number, found \"\(Self.clip(text))\""
        case .excelErrorValue(_, let column, let text):
            return zh ? "“\(column)”是 Excel 错误值“\(Self.clip(text))”，请在表格中修正公式后重新导出"
                      : "\"\(column)\" holds the Excel error value \"\(Self.clip(text))\"; fix the formula in the workbook and export again"
        case .negativeValue(_, let column, let value):
            return zh ? "“\(column)”不能为负数（\(Self.show(value))）；应为 ≥ 0 的数量或金额"
                      : "\"\(column)\" must not be negative (\(Self.show(value))); expected a count or amount ≥ 0"
        case .fractionalCount(_, let column, let value):
            return zh ? "“\(column)”是计数，应为整数，实际为 \(Self.show(value))" : "\"\(column)\" is a count and should be a whole number, found \(Self.show(value))"
        case .outOfRange(_, let column, let value, let minimum, let maximum):
            return zh ? "“\(column)”应在 \(Self.show(minimum))–\(Self.show(maximum)) 之间，实际为 \(Self.show(value))"
                      : "\"\(column)\": expected \(Self.show(minimum))–\(Self.show(maximum)), found \(Self.show(value))"
        case .invalidInteger(_, let column, let text):
            return zh ? "“\(column)”应为整数（如 2023），实际为“\(Self.clip(text))”" : "\"\(column)\": expected a whole number such as 2023, found \"\(Self.clip(text))\""
        case .unknownCode(_, let column, let value, let allowed):
            return zh ? "“\(column)”的取值“\(Self.clip(value))”无效；允许的取值：\(allowed)"
                      : "\"\(column)\": unknown value \"\(Self.clip(value))\"; allowed values: \(allowed)"
        case .invalidCycle(_, let text):
            return zh ? "周期应写成“2019-2021”的形式，实际为“\(Self.clip(text))”" : "expected a cycle such as \"2019-2021\", found \"\(Self.clip(text))\""
        case .duplicateCenter(_, let id, let first):
            return zh ? "中心编号“\(id)”重复（第 \(first) 行已出现）；本行未使用" : "duplicate center_id \"\(id)\" (first on line \(first)); this row is not used"
        case .unknownCenter(_, let id):
            return zh ? "中心编号“\(Self.clip(id))”不在 centers.csv 中；本行未使用" : "center_id \"\(Self.clip(id))\" is not in centers.csv; the row is not used"
        case .rejectedCenter(_, let id, let registry):
            return zh ? "中心“\(Self.clip(id))”在 \(registry.path) 第 \(registry.line) 行的登记信息有错误，请先修正该行；本行未使用"
                      : "center \"\(Self.clip(id))\" has errors in its registry row (\(registry.path) line \(registry.line)); fix that row first; this row is not used"
        case .duplicateReport(_, let id, let year, let first):
            return zh ? "中心“\(id)”\(year) 年的报告重复（第 \(first) 行已出现）；本行未使用"
                      : "second \(year) report for center \"\(id)\" (first on line \(first)); this row is not used"
        case .yearMismatch(_, let fileYear, let rowYear):
            return zh ? "年份 \(rowYear) 与文件年份 \(fileYear) 不符；本行未使用" : "year \(rowYear) differs from the file's year \(fileYear); the row is not used"
        case .missingReport(_, let id, let year, let reportPath):
            return zh ? "中心“\(id)”缺少 \(year) 年度报告（\(reportPath) 中没有该中心）；按缺失数据处理，不会补零"
                      : "center \"\(id)\" has no \(year) annual report (no row in \(reportPath)); treated as missing data, not as zero"
        case .ignoredFile:
            return zh ? "文件名不是年份（应为 reports/2023.csv 之类），已忽略" : "file name is not a year (expected e.g. reports/2023.csv); ignored"
        case .nameDiffersOnlyInCase(_, let read):
            return zh ? "与 \(read) 只有字母大小写不同，无法判断应使用哪一个；已读取 \(read)，未读取本文件：请删除或改名其中一个"
                      : "differs from \(read) only in letter case, so ticeval cannot tell which one to use; \(read) was read and this file was not: delete or rename one of them"
        case .noReports:
            return zh ? "没有年度报告：应有 reports/<年份>.csv 文件" : "no annual reports: expected files reports/<year>.csv"
        case .cycleWithoutReports(_, let cycle, let missing):
            let years = missing.map(String.init).joined(separator: ", ")
            return zh ? "评价周期 \(cycle) 缺少年度报告文件：\(years)" : "the cycle \(cycle) has no report file for: \(years)"
        case .unsafeIdentifier(_, let column, let value):
            return zh ? "“\(column)”的取值“\(Self.clip(value))”含有不允许的字符（换行、控制字符或路径分隔符）"
                      : "\"\(column)\": \"\(Self.clip(value))\" contains characters not allowed in an identifier (line breaks, control characters or path separators)"
        }
    }

    /// Shortens user text quoted in a message to 40 characters.
    static func clip(_ text: String) -> String {
        var cleaned = ""
        for scalar in text.unicodeScalars.prefix(41) {
            cleaned.unicodeScalars.append(scalar.properties.generalCategory == .control ? "\u{FFFD}" : scalar)
        }
        return cleaned.unicodeScalars.count > 40 ? String(cleaned.unicodeScalars.prefix(40)) + "…" : cleaned
    }

    /// A number in a message: integers without a fraction, others as Swift prints them.
    static func show(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
