import TICIngest
import TICSupport

/// The words of an ``Adaptation``: what the reader did to read a file as a department delivers it,
/// in Chinese and English, the same in the terminal, `summary.json` (`inputs[].adaptations`) and the
/// HTML report. TICIngest holds the facts (the case, its lines and counts, ``Adaptation/code``).
extension Adaptation {
    /// What was done, in the given language (no location: the file is named by the caller).
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .titleRows(let lines):
            return zh ? "跳过表头上方的标题行（第 \(Self.lines(lines, zh: true)) 行）" : "skipped the title row(s) above the header (line \(Self.lines(lines, zh: false)))"
        case .groupRow(let line):
            return zh ? "第 \(line) 行为分组表头（合并单元格），已跳过，列名取自下一行" : "line \(line) groups the columns (merged cells of a two-row header); skipped, names read from the next line"
        case .twoRowHeader(let lines):
            return zh ? "两行表头（第 \(Self.lines(lines, zh: true)) 行）：下行为空的列取上行的列名" : "two-row header (lines \(Self.lines(lines, zh: false))): a column empty in the lower row takes the upper row's name"
        case .headerMapped(let line, let byName, let byMapping, let withUnit):
            var parts: [String] = []
            if byName > 0 { parts.append(zh ? "\(byName) 列按中文列名识别" : "\(byName) column(s) recognized by their Chinese names") }
            if byMapping > 0 { parts.append(zh ? "\(byMapping) 列按 columns.csv 识别" : "\(byMapping) column(s) by columns.csv") }
            if withUnit > 0 { parts.append(zh ? "\(withUnit) 列的单位与指标目录一致" : "the unit of \(withUnit) column(s) checked against the catalogue") }
            return zh ? "第 \(line) 行为表头：" + parts.joined(separator: "，") : "header on line \(line): " + parts.joined(separator: ", ")
        case .mappedColumns(let pairs):
            let list = pairs.joined(separator: zh ? "、" : ", ")
            return zh ? "按 columns.csv 对应：\(list)" : "mapped by columns.csv: \(list)"
        case .unitsRow(let line):
            return zh ? "第 \(line) 行为单位行，已按单位读取并与指标目录核对" : "line \(line) is a units row: read as units and checked against the catalogue"
        case .totalsRows(let lines):
            return zh ? "跳过合计/小计/平均行（第 \(Self.lines(lines, zh: true)) 行），它们不是中心" : "skipped totals rows (合计/小计/平均, line \(Self.lines(lines, zh: false))): they are not centers"
        case .footerRows(let lines):
            return zh ? "跳过表尾说明行（第 \(Self.lines(lines, zh: true)) 行）" : "skipped footer rows (notes, signatures; line \(Self.lines(lines, zh: false)))"
        case .repeatedHeaderRows(let lines):
            return zh ? "跳过重复的表头行（第 \(Self.lines(lines, zh: true)) 行，如打印标题）" : "skipped repeated header rows (line \(Self.lines(lines, zh: false)), e.g. print titles)"
        case .blankColumns(let columns):
            return zh ? "忽略 \(columns.count) 个空列（第 \(Self.lines(columns, zh: true)) 列）" : "ignored \(columns.count) blank column(s) (\(columns.count == 1 ? "column" : "columns") \(Self.lines(columns, zh: false)))"
        case .textColumns(let names):
            return zh ? "按文本读取、不作数值：\(IngestError.list(names, zh: true))" : "kept as text, not read as numbers: \(IngestError.list(names, zh: false))"
        case .rowsByYear(let years):
            let text = years.map(String.init).joined(separator: zh ? "、" : ", ")
            return zh ? "文件名不是年份：按“年度”列读取各行年份（\(text)），并与同年的其他报告文件合并"
                      : "the file is not named by a year: each row's year read from its year column (\(text)) and merged with the other report files of that year"
        case .formerNames(let count):
            return zh ? "\(count) 行的中心名称是 centers.csv 登记的曾用名" : "\(count) row(s) name their center by a former name declared in centers.csv"
        case .chineseValues(let count):
            return zh ? "\(count) 个单元格按中文取值识别（如“省级”“综合类”）" : "\(count) cell(s) written as Chinese labels (e.g. 省级, 综合类) read as their codes"
        }
    }

    /// `3` or `3, 5, 7` or `3–9` (a run), the first 6 items then `…`.
    static func lines(_ lines: [Int], zh: Bool) -> String {
        guard let first = lines.first, let last = lines.last else { return "" }
        if lines.count > 2, last - first == lines.count - 1 { return "\(first)–\(last)" }
        var items = lines.prefix(6).map(String.init)
        if lines.count > 6 { items.append("…") }
        return items.joined(separator: zh ? "、" : ", ")
    }
}

extension InputFile {
    /// The terminal line for the file's adaptations, `path: 已调整：…；…`; nil when it has none.
    public func adaptationLine(_ language: Language) -> String? {
        guard !adaptations.isEmpty else { return nil }
        let zh = language == .zh
        let parts = adaptations.map { $0.message(language) }
        return zh ? "\(path): 读取时已调整：" + parts.joined(separator: "；")
                  : "\(path): adapted while reading: " + parts.joined(separator: "; ")
    }
}
