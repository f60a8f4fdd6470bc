import Testing
@testable import TICIngest
@testable import TICReport
import TICSupport

/// The words of the reader's problems and adaptations (IngestErrorText.swift, AdaptationText.swift,
/// DiagnosticText.swift); TICIngestTests check the facts behind them.
@Suite("Ingest error text: the reader's problems in Chinese and English")
struct IngestErrorTextTests {
    @Test("messages use the compiler format in both languages")
    func formatting() {
        let d = Diagnostic(.negativeValue(FileLocation(path: "r.csv", line: 3, column: 4), column: "rd_staff", value: -2))
        #expect(d.formatted(.en) == "r.csv:3:4: error: \"rd_staff\" must not be negative (-2); expected a count or amount ≥ 0")
        #expect(d.formatted(.zh) == "r.csv:3:4: 错误: “rd_staff”不能为负数（-2）；应为 ≥ 0 的数量或金额")
        #expect(Diagnostic(.noCenters(path: "c.csv")).formatted(.en)
            == "c.csv:1:1: error: the file has a header row but no data rows; it must list at least one center")
    }

    @Test("a duplicate header says which column came first, in words a clerk can act on")
    func duplicateHeaderWording() {
        let d = Diagnostic(.duplicateHeader(FileLocation(path: "c.csv", line: 1, column: 3), name: "name", firstColumn: 2))
        #expect(d.formatted(.en) == #"c.csv:1:3: error: the column "name" appears twice (first as column 2); rename or delete one of them"#)
        #expect(d.formatted(.zh) == "c.csv:1:3: 错误: 列名“name”出现了两次（第 2 列已有）；请改名或删除其中一列")
    }

    @Test("the note on a file read as GB18030 and the error on bytes neither encoding accepts")
    func encodingWords() {
        let note = IngestError.readAsGB18030(FileLocation(path: "m.csv", line: 2, column: 2), asUTF8: "Լ", asGB18030: "约")
        #expect(Diagnostic(note).formatted(.en)
            == #"m.csv:2:2: warning: read as GB18030 (GBK): as UTF-8 the file holds no Chinese, only letters such as "Լ", while as GB18030 this cell reads "约"; if the UTF-8 reading is right, pass --encoding utf8"#)
        #expect(Diagnostic(note).formatted(.zh)
            == "m.csv:2:2: 警告: 已按 GB18030（GBK）读取：按 UTF-8 读取时文件中没有汉字，只有“Լ”这样的字母，按 GB18030 读取时该单元格为“约”；如 UTF-8 的读法正确，请用 --encoding utf8")
        let error = IngestError.unknownEncoding(FileLocation(path: "a.csv", line: 2, column: 1), readsAs: nil)
        #expect(Diagnostic(error).formatted(.en)
            == #"a.csv:2:1: error: bytes here are neither UTF-8 nor GB18030 (GBK); retype this cell and save the file again as "CSV UTF-8 (Comma delimited)", or name the file's encoding with --encoding gb18030 or --encoding utf8"#)
        #expect(Diagnostic(error).formatted(.zh)
            == "a.csv:2:1: 错误: 此处的字节既不是 UTF-8 也不是 GB18030（GBK）编码；请重新输入该单元格并将文件另存为“CSV UTF-8（逗号分隔）”，或用 --encoding gb18030 或 --encoding utf8 指定文件的编码")
    }

    @Test("every encoding message names what to do, in both languages", arguments: [
        IngestError.invalidEncoding(FileLocation(path: "f.csv", line: 2, column: 1), encoding: .utf8),
        .invalidEncoding(FileLocation(path: "f.csv", line: 2, column: 1), encoding: .utf8BOM),
        .invalidEncoding(FileLocation(path: "f.csv", line: 2, column: 1), encoding: .gb18030),
        .mixedEncoding(FileLocation(path: "f.csv", line: 2, column: 1), line: .utf8, rest: .gb18030, text: "中心"),
        .mixedEncoding(FileLocation(path: "f.csv", line: 2, column: 1), line: .gb18030, rest: .utf8, text: "中心"),
        .unknownEncoding(FileLocation(path: "f.csv", line: 2, column: 1), readsAs: .utf8),
        .unknownEncoding(FileLocation(path: "f.csv", line: 2, column: 1), readsAs: .gb18030),
        .readAsGB18030(FileLocation(path: "f.csv", line: 2, column: 1), asUTF8: "δ", asGB18030: "未"),
    ])
    func encodingMessages(error: IngestError) {
        for language in [Language.en, .zh] {
            let line = Diagnostic(error).formatted(language)
            #expect(line.hasPrefix("f.csv:2:1: "))
            #expect(line.contains("CSV UTF-8") || line.contains("--encoding"))
        }
        #expect(error.message(.zh).unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
    }

    @Test("the pairwise label messages in both languages")
    func pairwiseLabels() {
        let at = FileLocation(path: "e2.csv", line: 1, column: 4)
        let differ = IngestError.pairwiseLabelsDiffer(at, reference: "e1.csv", missing: ["delivery"], unexpected: ["speed"])
        #expect(differ.message(.en) == "the compared items differ from those of e1.csv: \"speed\" is not in e1.csv and \"delivery\" of e1.csv is missing; every expert's matrix must compare the same items (in any order)")
        #expect(differ.message(.zh) == "比较的项目与 e1.csv 不同：“speed”不在 e1.csv 中，缺少 e1.csv 中的“delivery”；各专家的判断矩阵应比较相同的项目（顺序可以不同）")
        let unknown = IngestError.unknownRowLabel(at, label: "qualty", header: ["cost", "quality"])
        #expect(unknown.message(.zh) == "行标签“qualty”不是表头中的项目（“cost”、“quality”）；每行的标签应为表头中的一项")
    }

    @Test("元 where 万元 is expected says what to do; another unit is only checked")
    func unitWords() {
        let at = FileLocation(path: "r.csv", line: 1, column: 3)
        let money = IngestError.unitMismatch(at, column: "研发经费投入（元）", found: "元", expected: "万元")
        #expect(!money.isWarning)
        #expect(money.message(.en).contains("Convert the column to 万元"))
        #expect(money.message(.zh).contains("请将该列换算为万元"))
        let hours = IngestError.unitMismatch(at, column: "机时（天）", found: "天", expected: "小时")
        #expect(hours.isWarning && hours.message(.en).contains("read as 小时"))
    }

    @Test("a file that is no table: the rows seen and the names expected")
    func noHeaderRow() {
        let problem = IngestError.noHeaderRow(path: "ws/centers.csv", firstRows: [["请见附件"], ["名单如下"]], lines: [1, 2],
                                              expected: ["中心编号/center_id", "中心名称/name", "级别/level", "…"], closest: nil, missing: [])
        let message = problem.message(.en)
        #expect(message.contains("none of the first 20 rows"))
        #expect(message.contains("expected a header with 中心编号/center_id"))
        #expect(message.contains(#"line 1 "请见附件"; line 2 "名单如下""#))
        #expect(problem.message(.zh).contains("第 1 行“请见附件”；第 2 行“名单如下”"))
    }

    @Test("the terminal shows one line per distinct problem per column, with a count of the others")
    func digest() {
        let diagnostics = (2...6).map { Diagnostic(.unknownCenter(FileLocation(path: "ws/reports/2023.csv", line: $0, column: 1), centerID: "Z\($0 - 1)")) }
        let digest = DiagnosticDigest(diagnostics)
        #expect(digest.lines(.en) == [#"ws/reports/2023.csv:2:1: error: center_id "Z1" is not in centers.csv; the row is not used (…and 4 more rows like it: line 3–6)"#])
        #expect(digest.lines(.zh)[0].hasSuffix("（另有 4 行同类问题：第 3–6 行）"))
    }

    @Test("an id that lost its leading zeros names the registered id and what to do")
    func leadingZerosLost() {
        let problem = IngestError.leadingZerosLost(FileLocation(path: "ws/reports/2023.csv", line: 3), centerID: "7", registered: "0007")
        #expect(problem.message(.en).hasPrefix("center id \"7\" is not in the registry, but \"0007\" is: the id lost its leading zeros"))
    }

    @Test("an uncalculated formula is a warning at its sheet cell")
    func formulaWarning() {
        let note = Diagnostic(.formulaWithoutResult(FileLocation(path: "w.xlsx", line: 4, column: 4, sheet: "运行数据")))
        #expect(note.formatted(.en).hasPrefix("w.xlsx:运行数据!D4: warning: this cell holds a formula"))
    }

    @Test("an .xls and a missing sheet are refused with what to do, in both languages")
    func workbookRefusals() {
        let error = IngestError.workbook(path: "legacy.xls", .container(.compoundDocument))
        #expect(error.formatted(.zh).contains("（.xls）") && error.formatted(.zh).contains("另存为"))
        #expect(error.formatted(.en).contains("Excel 97-2003 workbook (.xls)") && error.formatted(.en).contains("save it as"))
        let missing = IngestError.workbook(path: "w.xlsx", .sheetNotFound("数据", available: ["隐藏", "运行数据", "空白"]))
        #expect(missing.message(.zh) == "工作簿中没有名为“数据”的工作表；现有工作表：“隐藏”、“运行数据”、“空白”")
    }

    @Test("every workbook problem has words in both languages, and they differ")
    func workbookWords() {
        for problem in Self.workbookProblems {
            let error = IngestError.workbook(path: "w.xlsx", problem)
            #expect(!error.message(.zh).isEmpty && !error.message(.en).isEmpty && error.message(.zh) != error.message(.en), "\(problem)")
            #expect(error.formatted(.en).hasPrefix("w.xlsx:1:1: error: "))
        }
        #expect(IngestError.workbook(path: "w", .container(.entryTooLarge(entry: "a", limit: 512 << 20))).message(.en).contains("512 MB"))
    }

    static let workbookProblems: [WorkbookProblem] = [
        .container(.compoundDocument), .container(.notZip), .container(.truncated(entry: nil)), .container(.zip64),
        .container(.encrypted(entry: "xl/workbook.xml")), .container(.unsupportedMethod(entry: "a", method: 12)),
        .container(.corrupt(entry: "a")), .container(.entryTooLarge(entry: "a", limit: 1 << 20)),
        .container(.archiveTooLarge(limit: 1 << 30)), .container(.compressionRatio(entry: "a", limit: 500)),
        .container(.missingEntry("xl/workbook.xml")), .xml(.documentTypeDeclaration(part: "a")),
        .xml(.unknownEntity(part: "a", name: "e")), .xml(.malformed(part: "a", offset: 3)), .notAWorkbook,
        .noVisibleSheet, .sheetNotFound("S", available: ["T"]), .badCellReference(sheet: "S", reference: "1A"),
    ]

    /// One value of every ``Adaptation``; the switch fails to compile when a case is added.
    static let adaptations: [Adaptation] = {
        let all: [Adaptation] = [
            .titleRows(lines: [1, 2]), .groupRow(line: 3), .twoRowHeader(lines: [3, 4]),
            .headerMapped(line: 4, byName: 3, byMapping: 1, withUnit: 2), .mappedColumns(pairs: ["研发投入 → rd_expenditure"]),
            .unitsRow(line: 5), .totalsRows(lines: [9]), .footerRows(lines: [10, 11]), .repeatedHeaderRows(lines: [30, 60]),
            .blankColumns(columns: [7]), .textColumns(names: ["备注"]), .rowsByYear(years: [2022, 2023]), .formerNames(count: 2),
            .chineseValues(count: 12),
        ]
        for adaptation in all {
            switch adaptation {
            case .titleRows, .groupRow, .twoRowHeader, .headerMapped, .mappedColumns, .unitsRow, .totalsRows, .footerRows,
                 .repeatedHeaderRows, .blankColumns, .textColumns, .rowsByYear, .formerNames, .chineseValues: break
            }
        }
        return all
    }()

    @Test("every adaptation has a code and words in both languages, and they differ")
    func adaptationWords() {
        #expect(Set(Self.adaptations.map(\.code)).count == Self.adaptations.count)
        for adaptation in Self.adaptations {
            let zh = adaptation.message(.zh), en = adaptation.message(.en)
            #expect(!zh.isEmpty && !en.isEmpty && zh != en, "\(adaptation)")
            #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "no Chinese in \(zh)")
        }
        var file = InputFile(path: "ws/reports/2023.xlsx", sha256: "", bytes: 0, encoding: .xlsx, rowsRead: 9, rowsRejected: 0)
        #expect(file.adaptationLine(.en) == nil)
        file.adaptations = [.titleRows(lines: [1]), .totalsRows(lines: [9])]
        #expect(file.adaptationLine(.en) == "ws/reports/2023.xlsx: adapted while reading: skipped the title row(s) above the header (line 1); skipped totals rows (合计/小计/平均, line 9): they are not centers")
        #expect(file.adaptationLine(.zh) == "ws/reports/2023.xlsx: 读取时已调整：跳过表头上方的标题行（第 1 行）；跳过合计/小计/平均行（第 9 行），它们不是中心")
    }

    @Test("quoted user text is clipped to 40 characters and control characters are shown as U+FFFD")
    func clipping() {
        let long = String(repeating: "中", count: 50)
        let error = IngestError.invalidNumber(FileLocation(path: "r.csv", line: 2, column: 2), column: "rd_staff", text: long + "\u{1B}[2J")
        #expect(error.message(.en) == "\"rd_staff\": expected a number, found \"\(String(repeating: "中", count: 40))…\"")
        #expect(QuotedText.clip("a\u{1B}b") == "a\u{FFFD}b")
        #expect(QuotedText.clip(QuotedText.clip(long)) == QuotedText.clip(long))
    }
}
