import TICIngest
import TICSupport

extension IngestError {
    /// The messages of the problems of files as departments deliver them (headers, layout, report files).
    func layoutMessage(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .noHeaderRow(_, let rows, let lines, let expected, let closest, let missing):
            let seen = zip(lines, rows).map { line, cells in
                (zh ? "第 \(line) 行“" : "line \(line) \"") + cells.filter { !$0.isEmpty }.prefix(6).map { Self.clip($0) }.joined(separator: zh ? "，" : ", ")
                    + (zh ? "”" : "\"")
            }.joined(separator: zh ? "；" : "; ")
            let want = expected.joined(separator: zh ? "、" : ", ")
            var hint = ""
            if let closest, !missing.isEmpty {
                let names = missing.joined(separator: zh ? "、" : ", ")
                hint = zh ? "第 \(closest) 行最像表头，但缺少 \(names)；" : "Line \(closest) looks most like a header but lacks \(names). "
            }
            return zh ? "无法作为表格读取：前 \(IngestError.headerSearchRows) 行中没有表头行（应有含 \(want) 的表头，且至少一半的列名为已知列名）。读到的前几行：\(seen.isEmpty ? "（无）" : seen)。\(hint)请检查这是否为正确的文件，改正表头中的列名，或在 columns.csv 中登记本单位的列名；本文件各行未逐行检查"
                      : "cannot be read as a table: none of the first \(IngestError.headerSearchRows) rows is a header (expected a header with \(want), at least half of its names known). The first rows seen: \(seen.isEmpty ? "(none)" : seen). \(hint)Check that this is the right file, correct the header's names, or list your own names in columns.csv; the file's rows were not checked one by one"
        case .unitMismatch(_, let column, let found, let expected):
            if !isWarning {   // one money unit where another is expected
                return zh ? "“\(Self.clip(column))”的单位是\(found)，而应为\(expected)：ticeval 不自行换算。请将该列换算为\(expected)并把表头改为“…（\(expected)）”"
                          : "\"\(Self.clip(column))\" is in \(found), but \(expected) is expected: ticeval does not convert on its own. Convert the column to \(expected) and write \(expected) in the header"
            }
            return zh ? "“\(Self.clip(column))”的单位写作\(found)，指标目录的单位为\(expected)；已按\(expected)读取，如不一致请核对该列"
                      : "\"\(Self.clip(column))\" gives the unit \(found) where the catalogue has \(expected); read as \(expected): check the column if they differ"
        case .unknownMappedCode(_, let name, let code):
            return zh ? "columns.csv 将“\(Self.clip(name))”对应到“\(Self.clip(code))”，这不是列代码；应为指标代码（如 rd_expenditure）、center_id、year、name 等，或 text（按文本保留）"
                      : "columns.csv maps \"\(Self.clip(name))\" to \"\(Self.clip(code))\", which is no column code; expected an indicator code (e.g. rd_expenditure), center_id, year, name…, or text (kept as text)"
        case .nameDiffers(_, let id, let found, let registered, let registry):
            return zh ? "中心 \(id) 在此写作“\(Self.clip(found))”，centers.csv（\(registry)）登记为“\(Self.clip(registered))”：是曾用名吗？如是，请在 centers.csv 的“曾用名”（former_names）列登记；否则请核对编号"
                      : "center \(id) is named \"\(Self.clip(found))\" here but \"\(Self.clip(registered))\" in centers.csv (\(registry)): a former name? If so, declare it in the former_names (曾用名) column of centers.csv; otherwise check the id"
        case .conflictingReport(_, let id, let year, let first):
            return zh ? "中心 \(id) 的 \(year) 年度报告已在 \(first) 出现，且数值不同；无法判断以哪一行为准：本行未使用，请删除错误的一行"
                      : "center \(id)'s \(year) report is already at \(first), with other values; ticeval cannot tell which is right: this row is not used, delete the wrong one"
        case .repeatedReport(_, let id, let year, let first):
            return zh ? "中心 \(id) 的 \(year) 年度报告与 \(first) 完全相同，只计一次" : "center \(id)'s \(year) report repeats \(first) exactly; counted once"
        case .textInUnknownColumn(_, let column, let text, let cells):
            return zh ? "未知列“\(Self.clip(column))”中有 \(cells) 个单元格是文字（如“\(Self.clip(text))”），整列按文本保留、不作数值；如指标体系需要它，请改为数字"
                      : "the unknown column \"\(Self.clip(column))\" holds text in \(cells) cell(s) (e.g. \"\(Self.clip(text))\"): the whole column is kept as text, not read as numbers; if the scheme needs it, make it numbers"
        case .textInUnusedColumn(_, let column, let text, let cells):
            return zh ? "指标体系不使用“\(Self.clip(column))”列，其中有 \(cells) 个单元格是文字（如“\(Self.clip(text))”）：整列按文本保留、不作数值，不影响评价"
                      : "the scheme does not use the column \"\(Self.clip(column))\", which holds text in \(cells) cell(s) (e.g. \"\(Self.clip(text))\"): the whole column is kept as text, not read as numbers; the evaluation is not affected"
        case .leadingZerosLost(_, let id, let registered):
            return zh ? "中心编号“\(Self.clip(id))”不在 centers 名录中，但名录有“\(Self.clip(registered))”：编号开头的 0 丢失了（电子表格软件把编号当成了数字）；本行未使用。请把该列设为“文本”格式后重新输入编号，或在 Excel 中使用“000”之类的数字格式"
                      : "center id \"\(Self.clip(id))\" is not in the registry, but \"\(Self.clip(registered))\" is: the id lost its leading zeros (a spreadsheet program read it as a number); the row is not used. Format the column as Text and retype the ids, or give it a number format such as 000 in Excel"
        case .valuesWithoutID:
            return zh ? "该行有数值但没有中心编号，无法判断是哪个中心的数据：请填写中心编号；如它是合计行，请在第一格写“合计”（将跳过并注明）"
                      : "this row has values but no center id, so ticeval cannot tell whose they are: fill in the center's id; if it is a totals row, write 合计 in its first cell (it is then skipped, with a note)"
        case .missingYearColumn:
            return zh ? "文件名不是年份（如 2023.csv），各行须有“年度”（year）列；请增加该列，或将文件按年份命名"
                      : "the file is not named by a year (e.g. 2023.csv), so each row needs its year: add a 年度 (year) column, or name the file by its year"
        case .rowsNotChecked(_, let rows, let registry):
            return zh ? "\(rows) 行未逐行检查、未使用：\(registry) 无法读取（见其错误），请先修正该文件"
                      : "\(rows) row(s) not checked one by one and not used: \(registry) could not be read (see its error); fix that file first"
        case .nameDiffersOnlyInExtension(_, let read):
            return zh ? "与 \(read) 只有扩展名不同，无法判断应使用哪一个；已读取 \(read)，未读取本文件：请删除或改名其中一个"
                      : "differs from \(read) only in its extension, so ticeval cannot tell which one to use; \(read) was read and this file was not: delete or rename one of them"
        default:
            return message(language)
        }
    }
}
