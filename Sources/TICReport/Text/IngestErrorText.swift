import TICIngest
import TICSupport

/// A reading problem is printed at its `path:line:column`, as an error or a warning, in the words
/// below: the one place where what is wrong with an input file is said, for `validate`, `evaluate`,
/// `rejected.csv` and every command that reads a workspace or a researcher's file. TICIngest holds
/// the facts (``IngestError``'s cases with their values, ``IngestError/location``,
/// ``IngestError/isWarning``); these words hold no decision.
extension IngestError: LocalizedProblem {
    /// ``location``: every reading problem has one.
    public var fileLocation: FileLocation? { location }

    /// The message without the location, in the given language.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .fileNotFound:
            return zh ? "找不到文件" : "file not found"
        case .unreadable(_, let code):
            let reason = SystemErrorText(code: code).message(language)
            return zh ? "无法读取文件：\(reason)" : "cannot read the file: \(reason)"
        case .emptyFile:
            return zh ? "文件为空，应至少有一行表头" : "the file is empty; expected at least a header row"
        case .utf16:
            return zh ? "文件是 UTF-16 编码（Excel“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”"
                      : "the file is UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 (Comma delimited)\" or \"CSV (Comma delimited)\""
        case .nulByte:
            return zh ? "含有 NUL 空字节，不是文本 CSV 文件（可能是 Excel 工作簿或损坏的文件）"
                      : "contains a NUL byte: this is not a text CSV file (an Excel workbook or a damaged file?)"
        case .invalidEncoding(_, .gb18030):
            return zh ? "此处的字节不是有效的 GB18030（GBK）编码（--encoding gb18030 要求按 GB18030 读取）；如文件是 UTF-8 编码，请改用 --encoding utf8 或不指定 --encoding，或将文件重新另存为“CSV UTF-8（逗号分隔）”"
                      : "bytes here are not valid GB18030 (GBK), which --encoding gb18030 asks for; if the file is UTF-8, pass --encoding utf8 or leave --encoding out, or save the file again as \"CSV UTF-8 (Comma delimited)\""
        case .invalidEncoding(_, .utf8BOM):
            return zh ? "文件以 UTF-8 字节顺序标记（BOM）开头，但此处的字节不是有效的 UTF-8 编码；请将文件重新另存为“CSV UTF-8（逗号分隔）”，如标记之后的内容是 GBK 编码，请用 --encoding gb18030"
                      : "bytes here are not valid UTF-8, though the file starts with a UTF-8 byte-order mark; save the file again as \"CSV UTF-8 (Comma delimited)\", or pass --encoding gb18030 if the text after the mark is GBK"
        case .invalidEncoding(_, .utf8), .invalidEncoding(_, .xlsx):   // .xlsx: never (workbooks are not decoded as text)
            return zh ? "此处的字节不是有效的 UTF-8 编码（--encoding utf8 要求按 UTF-8 读取）；如文件是 GBK 编码，请改用 --encoding gb18030 或不指定 --encoding，或将文件重新另存为“CSV UTF-8（逗号分隔）”"
                      : "bytes here are not valid UTF-8, which --encoding utf8 asks for; if the file is GBK, pass --encoding gb18030 or leave --encoding out, or save the file again as \"CSV UTF-8 (Comma delimited)\""
        case .mixedEncoding(_, let line, let rest, let text):
            let forceGB = line == .utf8
            return zh ? "该行是 \(Self.name(line, zh: true)) 编码（“\(Self.clip(text))”），而其他行是 \(Self.name(rest, zh: true)) 编码：是否从其他编码的文件粘贴了行？请将整个文件重新另存为同一种编码，例如“CSV UTF-8（逗号分隔）”"
                        + (forceGB ? "；--encoding gb18030 可将所有行按 GB18030 读取" : "")
                      : "this line is \(Self.name(line)) (\"\(Self.clip(text))\") while other lines are \(Self.name(rest)): rows pasted from a file in another encoding? Save the whole file again in one encoding, e.g. as \"CSV UTF-8 (Comma delimited)\""
                        + (forceGB ? "; --encoding gb18030 reads every line as GB18030" : "")
        case .unknownEncoding(_, let readsAs):
            return zh ? "此处的字节既不是 UTF-8 也不是 GB18030（GBK）编码" + (readsAs.map { "（文件在此之前可按 \(Self.name($0, zh: true)) 读取）" } ?? "")
                        + "；请重新输入该单元格并将文件另存为“CSV UTF-8（逗号分隔）”，或用 --encoding gb18030 或 --encoding utf8 指定文件的编码"
                      : "bytes here are neither UTF-8 nor GB18030 (GBK)" + (readsAs.map { ", though the file reads as \(Self.name($0)) up to here" } ?? "")
                        + "; retype this cell and save the file again as \"CSV UTF-8 (Comma delimited)\", or name the file's encoding with --encoding gb18030 or --encoding utf8"
        case .readAsGB18030(_, let asUTF8, let asGB18030):
            return zh ? "已按 GB18030（GBK）读取：按 UTF-8 读取时文件中没有汉字，只有“\(Self.clip(asUTF8))”这样的字母，按 GB18030 读取时该单元格为“\(Self.clip(asGB18030))”；如 UTF-8 的读法正确，请用 --encoding utf8"
                      : "read as GB18030 (GBK): as UTF-8 the file holds no Chinese, only letters such as \"\(Self.clip(asUTF8))\", while as GB18030 this cell reads \"\(Self.clip(asGB18030))\"; if the UTF-8 reading is right, pass --encoding utf8"
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
            return zh ? "未知列“\(name)”（不在指标目录中）；保留，仅当指标体系引用它时使用。如它是目录中的某个指标，请改用该指标的名称或代码，或在 columns.csv 中登记（如“\(Self.clip(name)),rd_expenditure”）"
                      : "unknown column \"\(name)\" (not in the indicator catalogue); kept, used only if a scheme names it. If it is a catalogue indicator, write that indicator's name or code, or list it in columns.csv (e.g. \"\(Self.clip(name)),rd_expenditure\")"
        case .noDataRows:
            return zh ? "文件只有表头，没有数据行" : "the file has a header row but no data rows"
        case .noCenters:
            return zh ? "文件只有表头，没有数据行；至少应列出一个中心" : "the file has a header row but no data rows; it must list at least one center"
        case .reportWithoutRows(_, let year):
            return zh ? "文件只有表头，没有数据行：没有任何中心的 \(year) 年度报告；各中心该年按缺失数据处理"
                      : "the file has a header row but no data rows: no center has a \(year) report; every center is missing that year"
        case .unknownRowLabel(_, let label, let header):
            return zh ? "行标签“\(Self.clip(label))”不是表头中的项目（\(Self.list(header, zh: true))）；每行的标签应为表头中的一项"
                      : "the row label \"\(Self.clip(label))\" is not an item of the header (\(Self.list(header, zh: false))); label each row with an item of the header"
        case .duplicateRowLabel(_, let label, let first):
            return zh ? "行标签“\(Self.clip(label))”出现了两次（第 \(first) 行已有）；每个项目只能有一行"
                      : "the row label \"\(Self.clip(label))\" appears twice (first on line \(first)); expected one row per item"
        case .missingRowLabel(_, let label):
            return zh ? "没有标签为“\(Self.clip(label))”的行（表头中的项目）；表头的每个项目都应有一行"
                      : "no row is labelled \"\(Self.clip(label))\" (an item of the header); expected one row per item"
        case .pairwiseLabelsDiffer(_, let reference, let missing, let unexpected):
            var zhParts: [String] = [], enParts: [String] = []
            if !unexpected.isEmpty {
                zhParts.append("\(Self.list(unexpected, zh: true))不在 \(reference) 中")
                enParts.append("\(Self.list(unexpected, zh: false)) \(unexpected.count == 1 ? "is" : "are") not in \(reference)")
            }
            if !missing.isEmpty {
                zhParts.append("缺少 \(reference) 中的\(Self.list(missing, zh: true))")
                enParts.append("\(Self.list(missing, zh: false)) of \(reference) \(missing.count == 1 ? "is" : "are") missing")
            }
            return zh ? "比较的项目与 \(reference) 不同：\(zhParts.joined(separator: "，"))；各专家的判断矩阵应比较相同的项目（顺序可以不同）"
                      : "the compared items differ from those of \(reference): \(enParts.joined(separator: " and ")); every expert's matrix must compare the same items (in any order)"
        case .pairwiseLabelling(_, let reference, let labelled):
            let zhWhich = labelled ? "该矩阵有项目标签，而 \(reference) 没有" : "该矩阵没有项目标签，而 \(reference) 有"
            let enWhich = labelled ? "this matrix names its items but \(reference) does not" : "this matrix does not name its items but \(reference) does"
            return zh ? "\(zhWhich)，无法对应；请给每位专家的矩阵加上相同的表头和标签列（按标签对应），或都不加（按位置对应）"
                      : "\(enWhich), so they cannot be matched; give every expert's matrix the same header and label column (matched by label), or none (matched by position)"
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
        case .duplicateRow(_, let columns, let values, let first):
            let key = zip(columns, values).map { "\($0) \(Self.clip($1))" }.joined(separator: ", ")
            return zh ? "本行与第 \(first) 行重复（\(key)）：同一\(columns.joined(separator: "、"))只能有一行；请删除其中一行（否则会被重复计算）"
                      : "this row repeats line \(first) (\(key)): \(columns.joined(separator: ", ")) must be unique; delete one of the two rows (it would be counted twice)"
        case .approvedYearOutOfRange(_, let year, let latest):
            return zh ? "批准年份 \(year) 不在 \(WorkspaceLoader.earliestApprovalYear)–\(latest + 1) 之间（最新年度报告为 \(latest) 年）；请核对该中心的批准建设年份"
                      : "approved_year \(year) is outside \(WorkspaceLoader.earliestApprovalYear)–\(latest + 1) (the latest report is \(latest)); check the year the center was approved"
        case .invisibleCharacter(_, let column, let value, let scalar):
            let code = Self.codePoint(scalar)
            return zh ? "“\(column)”的取值“\(Self.clip(value))”含有不可见字符 \(code)（零宽字符或文字方向控制符），与屏幕上看起来相同的编号并不相同；请删除该字符后重新输入编号"
                      : "\"\(column)\": \"\(Self.clip(value))\" contains the invisible character \(code) (zero-width or text-direction control), so it never matches the id it looks like; retype the id without it"
        case .percentInAmount(_, let column, let text, let kind):
            let what = kind == .count ? (zh ? "计数" : "a count") : (kind == .amount ? (zh ? "金额（万元）" : "an amount in 万元") : (zh ? "数量" : "a quantity"))
            return zh ? "“\(column)”是\(what)，不能填百分比“\(Self.clip(text))”（会被读成该数的百分之一）；请填写\(what)本身"
                      : "\"\(column)\" is \(what), not a percentage: \"\(Self.clip(text))\" would be read as a hundredth of the number; enter the value itself"
        case .ignoredFile:
            return zh ? "不是 CSV 文件，已忽略（reports 中的年度报告应另存为 CSV，如 reports/2023.csv）" : "not a CSV file; ignored (save annual reports in reports/ as CSV, e.g. reports/2023.csv)"
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
        case .weightCount(_, let expected, let found):
            return zh ? "应有 \(expected) 个权重，实有 \(found) 个" : "expected \(expected) weights, found \(found)"
        case .invalidWeight(_, let text, let maximum):
            let limit = NumberText.decimal(maximum, maximumFractionDigits: 0)
            return zh ? "'\(Self.clip(text))' 不是 0 到 \(limit) 之间的数字" : "'\(Self.clip(text))' is not a number from 0 to \(limit)"
        case .zeroWeightRow:
            return zh ? "该行权重全为 0；每个样本应至少有一个正权重" : "every weight of this row is 0; each sample needs at least one positive weight"
        case .noHeaderRow, .unitMismatch, .unknownMappedCode, .nameDiffers, .conflictingReport, .repeatedReport,
             .missingYearColumn, .rowsNotChecked, .nameDiffersOnlyInExtension, .valuesWithoutID, .textInUnknownColumn, .textInUnusedColumn, .leadingZerosLost:
            return layoutMessage(language)
        case .workbook(_, let problem):
            return Self.workbookMessage(problem, zh: zh)
        case .formulaWithoutResult:
            return zh ? "此单元格是公式，但文件中没有保存计算结果（文件可能由程序生成、未经电子表格软件计算）；已按空白读取。请用 Excel 或 WPS 打开该文件、保存后再读取"
                      : "this cell holds a formula but the file stores no result for it (written by a program, never calculated); read as empty. Open the file in Excel or WPS, save it, and read it again"
        }
    }

    /// What is wrong with a workbook and what to do.
    static func workbookMessage(_ problem: WorkbookProblem, zh: Bool) -> String {
        let saveAs = zh ? "请在 Excel 或 WPS 中打开并“另存为” Excel 工作簿（.xlsx）或“CSV UTF-8（逗号分隔）”"
                        : "open it in Excel or WPS and save it as an Excel Workbook (.xlsx) or \"CSV UTF-8 (Comma delimited)\""
        switch problem {
        case .container(.compoundDocument):
            return zh ? "这是旧版 Excel 97-2003 工作簿（.xls）、WPS 表格（.et）或加了密码的工作簿，ticeval 不读取这些格式；\(saveAs)（如有密码，先取消密码）"
                      : "this is an Excel 97-2003 workbook (.xls), a WPS spreadsheet (.et) or a password-protected workbook, which ticeval does not read; \(saveAs) (remove the password first, if any)"
        case .container(.notZip), .container(.truncated):
            return zh ? "文件不是完整的 .xlsx 工作簿（可能已损坏、未下载完整或扩展名不对）；\(saveAs)"
                      : "the file is not a complete .xlsx workbook (damaged, cut short, or misnamed); \(saveAs)"
        case .container(.zip64):
            return zh ? "工作簿超过 4 GB 或部件过多，无法读取；请拆分为按年度的文件，或另存为 CSV"
                      : "the workbook is over 4 GB or has too many parts; split it into files per year or save it as CSV"
        case .container(.encrypted):
            return zh ? "工作簿内容已加密；请取消密码后保存为 .xlsx" : "the workbook's contents are encrypted; remove the password and save it as .xlsx"
        case .container(.unsupportedMethod(let entry, let method)):
            return zh ? "工作簿部件 \(entry) 使用了不支持的压缩方式（\(method)）；\(saveAs)"
                      : "the workbook part \(entry) uses an unsupported compression method (\(method)); \(saveAs)"
        case .container(.corrupt(let entry)):
            return zh ? "工作簿部件 \(entry) 已损坏（解压失败或校验不符）；\(saveAs)"
                      : "the workbook part \(entry) is damaged (it does not decompress or its checksum differs); \(saveAs)"
        case .container(.entryTooLarge(let entry, let limit)):
            let megabytes = limit >> 20
            return zh ? "工作簿部件 \(entry) 解压后超过 \(megabytes) MB，不像评价数据表（可能是恶意构造的文件）；请拆分为按年度的文件，或另存为 CSV"
                      : "the workbook part \(entry) expands beyond \(megabytes) MB, far more than an evaluation sheet (a hostile file?); split it into files per year or save it as CSV"
        case .container(.archiveTooLarge(let limit)):
            let megabytes = limit >> 20
            return zh ? "工作簿解压后合计超过 \(megabytes) MB，不像评价数据表；请拆分为按年度的文件，或另存为 CSV"
                      : "the workbook expands beyond \(megabytes) MB in all, far more than an evaluation sheet; split it into files per year or save it as CSV"
        case .container(.compressionRatio(let entry, let limit)):
            return zh ? "工作簿部件 \(entry) 的压缩比超过 \(limit) 倍（“压缩炸弹”），为安全起见不予读取；请用电子表格软件重新保存"
                      : "the workbook part \(entry) expands more than \(limit) times its compressed size (a \"zip bomb\"), so it is not read; save the file again from a spreadsheet program"
        case .container(.missingEntry(let entry)):
            return zh ? "工作簿缺少部件 \(entry)；\(saveAs)" : "the workbook lacks its part \(entry); \(saveAs)"
        case .xml(.documentTypeDeclaration(let part)):
            return zh ? "工作簿部件 \(part) 含有文档类型声明（<!DOCTYPE），电子表格软件不会这样写，为安全起见不予读取；请用电子表格软件重新保存"
                      : "the workbook part \(part) contains a document type declaration (<!DOCTYPE), which spreadsheet programs never write; it is not read, for safety: save the file again from a spreadsheet program"
        case .xml(.unknownEntity(let part, let name)):
            return zh ? "工作簿部件 \(part) 引用了未定义的实体 &\(Self.clip(name));；\(saveAs)"
                      : "the workbook part \(part) refers to the undefined entity &\(Self.clip(name));; \(saveAs)"
        case .xml(.malformed(let part, let offset)):
            return zh ? "工作簿部件 \(part) 在第 \(offset) 字节处不是有效的 XML（文件已损坏）；\(saveAs)"
                      : "the workbook part \(part) is not well-formed XML at byte \(offset) (the file is damaged); \(saveAs)"
        case .notAWorkbook:
            return zh ? "这是 zip 压缩包而不是 Excel 工作簿（没有 xl/workbook.xml）；\(saveAs)"
                      : "this is a zip archive, not an Excel workbook (it has no xl/workbook.xml); \(saveAs)"
        case .noVisibleSheet:
            return zh ? "工作簿的所有工作表都已隐藏；请取消隐藏要读取的工作表，或在 columns.csv 中指定工作表名"
                      : "every sheet of the workbook is hidden; unhide the sheet to read, or name it in columns.csv"
        case .sheetNotFound(let name, let available):
            return zh ? "工作簿中没有名为“\(Self.clip(name))”的工作表；现有工作表：\(Self.list(available, zh: true))"
                      : "the workbook has no sheet named \"\(Self.clip(name))\"; its sheets are \(Self.list(available, zh: false))"
        case .badCellReference(let sheet, let reference):
            return zh ? "工作表“\(Self.clip(sheet))”中的单元格地址“\(Self.clip(reference))”无效或顺序错乱（文件已损坏）；\(saveAs)"
                      : "the sheet \"\(Self.clip(sheet))\" has an invalid or out-of-order cell address \"\(Self.clip(reference))\" (the file is damaged); \(saveAs)"
        }
    }

    /// `U+200B` for 0x200B.
    static func codePoint(_ scalar: UInt32) -> String {
        var hex = String(scalar, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        return "U+" + hex
    }

    /// An encoding as messages name it.
    static func name(_ encoding: TextEncoding, zh: Bool = false) -> String {
        encoding == .gb18030 ? (zh ? "GB18030（GBK）" : "GB18030 (GBK)") : "UTF-8"
    }

    /// User text quoted in a message, clipped to 40 characters (``QuotedText/clip(_:)``).
    static func clip(_ text: String) -> String { QuotedText.clip(text) }

    /// Quoted labels in a message, clipped: `"a", "b"` (`“a”、“b”` in Chinese); the first 10, then `…`.
    static func list(_ labels: [String], zh: Bool) -> String {
        var items = labels.prefix(10).map { zh ? "“\(clip($0))”" : "\"\(clip($0))\"" }
        if labels.count > 10 { items.append("…") }
        return items.joined(separator: zh ? "、" : ", ")
    }

    /// A number in a message: integers without a fraction, others as Swift prints them.
    static func show(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
