import Foundation
import Testing
import TICIngest
import TICPolicy
import TICReport
import TICSupport
import TICTestSupport

/// The data-collection template: filled in, it is read back as it is and evaluates as the same
/// data in the contract's CSV form; its headers are the reader's names for every preset; it carries
/// validations; its bytes are deterministic; per-center files pre-fill last year's values where
/// they are never read.
@Suite struct CollectionTemplateTests {
    static let clean = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TICIngestTests/Fixtures/realistic/hunan/clean")

    static func loadClean() -> Workspace { WorkspaceLoader().load(root: clean.path) }

    /// The template of `year` with the clean registry, its report filled with the clean report's
    /// values of that year, written into `root` in `format`; the optional files copied as they are.
    static func writeFilledTemplate(_ scheme: Scheme, clean: Workspace, format: CollectionTemplate.FileFormat, to root: URL) throws {
        for name in ["events.csv", "history.csv", "ratings.csv"] {
            try FileManager.default.copyItem(at: Self.clean.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("reports"), withIntermediateDirectories: true)
        for report in clean.reports {
            let template = CollectionTemplate(scheme: scheme, year: report.year, centers: clean.centers)
            let columns = template.reportColumns
            let filled: [[Double?]] = (0..<report.rowCount).map { row in
                let values = report.rowValues(row)
                return columns.dropFirst(3).map { column in
                    report.columnIndex(of: column.code).flatMap { values[$0].isFinite ? values[$0] : nil }
                }
            }
            var files: [String: [UInt8]] = [:]
            switch format {
            case .xlsx:
                // The centers' cells written by the same writer, into the template's own sheet.
                var sheet = template.reportSheet(for: [], validatedRows: report.rowCount)
                for (row, values) in filled.enumerated() {
                    let id = report.centerIDs[row]
                    sheet.rows.append([.text(id), .text(clean.center(id)!.name), .number(Double(report.year))]
                                      + values.map { $0.map { .number($0) } ?? .empty })
                }
                let instructions = template.instructionsSheet(perCenter: false, format: .xlsx)
                files["reports/\(report.year).xlsx"] = WorkbookWriter(sheets: [sheet, instructions]).bytes()
                files["centers.xlsx"] = try #require(template.files(format: .xlsx).first { $0.name == "centers.xlsx" }).bytes
            case .csv:
                let rows = filled.enumerated().map { row, values in
                    let id = report.centerIDs[row]
                    return [id, clean.center(id)!.name, String(report.year)] + values.map { $0.map { "\($0)" } ?? "" }
                }
                files["reports/\(report.year).csv"] = CSVExport().encode(header: columns.map(\.header), rows: rows)
                files["centers.csv"] = try #require(template.files(format: .csv).first { $0.name == "centers.csv" }).bytes
            }
            for (name, bytes) in files { try Data(bytes).write(to: root.appendingPathComponent(name)) }
        }
    }

    @Test("a filled-in template evaluates exactly as the clean CSV workspace (hunan-2020)", arguments: CollectionTemplate.FileFormat.allCases)
    func roundTrip(format: CollectionTemplate.FileFormat) throws {
        let clean = Self.loadClean()
        let scheme = try Scheme.preset(named: "hunan-2020")
        try withTemporaryDirectory(prefix: "ticeval-template") { root in
            try Self.writeFilledTemplate(scheme, clean: clean, format: format, to: root)
            var loader = WorkspaceLoader()
            loader.indicators = scheme.reportColumnNames
            let filled = loader.load(root: root.path)
            #expect(filled.diagnostics.isEmpty, "\(filled.diagnostics.map { $0.formatted(.en) })")
            // The registry read from the Chinese labels is the clean registry.
            #expect(filled.centers.map { var c = $0; c.line = 0; return c } == clean.centers.map { var c = $0; c.line = 0; return c })
            let a = try Evaluator(workspace: filled, scheme: scheme).evaluate()
            let b = try Evaluator(workspace: clean, scheme: scheme).evaluate()
            #expect(a.centers.count == 86 && b.centers.count == 86)
            for (x, y) in zip(a.centers, b.centers) {
                #expect(x.center.id == y.center.id && x.center.category == y.center.category && x.center.leadType == y.center.leadType
                        && x.center.approvedYear == y.center.approvedYear && x.center.registeredCapitalWan == y.center.registeredCapitalWan,
                        "\(x.center.id)")
                #expect(x.score == y.score && x.rank == y.rank && x.grade == y.grade && x.decision.kind == y.decision.kind, "\(x.center.id)")
            }
        }
    }

    @Test("every header of the template is a name the reader recognizes, for every preset", arguments: Scheme.presetNames)
    func headersRecognized(preset: String) throws {
        let scheme = try Scheme.preset(named: preset)
        let template = CollectionTemplate(scheme: scheme, year: 2025)
        let reports = ColumnVocabulary.reports(indicators: scheme.reportColumnNames)
        for column in template.reportColumns {
            let match = try #require(reports.match(column.header), "\(column.header)")
            #expect(match.code == column.code && match.source == .name, "\(column.header)")
            #expect(match.unit == match.expectedUnit, "\(column.header): unit \(match.unit ?? "-") vs \(match.expectedUnit ?? "-")")
        }
        // Exactly the columns the scheme reads: satisfaction comes from ratings.csv.
        let codes = Set(template.reportColumns.dropFirst(3).map(\.code))
        #expect(codes == Set(scheme.inputColumns).subtracting(["satisfaction"]))
        #expect(template.reportColumns.prefix(3).map(\.header) == ["中心编号", "中心名称", "年度"])
        let centers = ColumnVocabulary.centers()
        for column in CollectionTemplate.centerColumns {
            #expect(centers.match(column.header)?.code == column.code, "\(column.header)")
        }
        #expect(CollectionTemplate.centerColumns.map(\.header) == ["中心编号", "中心名称", "级别", "所在地区", "类别", "组建模式", "牵头单位类型",
                                                                     "面向领域", "批准建设年份", "注册资本（万元）", "依托单位"])
    }

    @Test("a scheme's own indicators appear by the scheme's name and unit, and are read back by them")
    func ownIndicators() throws {
        var scheme = try Scheme.preset(named: "hunan-2020")
        scheme.dimensions[0].indicators.append(SchemeIndicator(code: "patent_value", name: "专利价值", nameEn: "Patent value", unit: "万元"))
        scheme.dimensions[0].indicators.append(SchemeIndicator(code: "labs", name: "联合实验室数", nameEn: "Joint labs", unit: "个"))
        let columns = CollectionTemplate(scheme: scheme, year: 2025).reportColumns
        let value = try #require(columns.first { $0.code == "patent_value" })
        let labs = try #require(columns.first { $0.code == "labs" })
        #expect(value.header == "专利价值（万元）" && value.rule == .number)
        #expect(labs.header == "联合实验室数（个）" && labs.rule == .count)
        let vocabulary = ColumnVocabulary.reports(indicators: scheme.reportColumnNames)
        #expect(vocabulary.match(value.header)?.code == "patent_value" && vocabulary.match(labs.header)?.code == "labs")
        // A department's own name with no definition gets a sentence that says so.
        #expect(CollectionTemplateText(language: .zh).meaning(value).contains("统计口径以主管部门的说明为准"))
    }

    @Test("the hunan-2020 report header names the units: 研发经费投入（万元）")
    func hunanHeader() throws {
        let template = CollectionTemplate(scheme: try Scheme.preset(named: "hunan-2020"), year: 2025)
        let headers = template.reportColumns.map(\.header)
        #expect(headers.contains("研发经费投入（万元）"))
        // The ratio's numerator and denominator are asked for, the ratio itself is not.
        #expect(headers.contains("年度总收入（万元）") && headers.contains("对外技术服务收入（万元）"))
        #expect(!headers.contains { $0.hasPrefix("对外技术服务收入占比") || $0.hasPrefix("服务对象满意度") })
    }

    @Test("enum columns carry drop-down lists of the Chinese labels the reader accepts; numbers are ≥ 0, counts whole, the year fixed")
    func validations() throws {
        let scheme = try Scheme.preset(named: "hunan-2020")
        let template = CollectionTemplate(scheme: scheme, year: 2025)
        let centers = template.centersSheet(validatedRows: 10)
        func rule(_ sheet: WorkbookWriter.Sheet, _ header: String) -> WorkbookWriter.Validation.Rule? {
            guard let column = sheet.rows[0].firstIndex(of: .header(header)) else { return nil }
            return sheet.validations.first { $0.column == column + 1 }?.rule
        }
        #expect(rule(centers, "级别") == .list(["国家级", "省级", "市级"]))
        #expect(rule(centers, "类别") == .list(["综合类", "领域类"]))
        #expect(rule(centers, "组建模式") == .list(["龙头企业牵头", "多家骨干企业联合", "高校院所牵头"]))
        #expect(rule(centers, "牵头单位类型") == .list(["企业", "高校", "科研院所", "新型研发机构"]))
        #expect(rule(centers, "面向领域") == .list(["世界科技前沿", "经济主战场", "国家重大需求", "人民生命健康"]))
        #expect(rule(centers, "注册资本（万元）") == .decimalAtLeast(0))
        #expect(rule(centers, "中心名称") == nil)
        #expect(centers.validations.allSatisfy { $0.rows == 2...11 && !$0.errorTitle.isEmpty && !$0.error.isEmpty })
        let report = template.reportSheet(for: [], validatedRows: CollectionTemplate.blankRows)
        #expect(rule(report, "年度") == .wholeNumber(2025, 2025))
        #expect(rule(report, "研发经费投入（万元）") == .decimalAtLeast(0))
        #expect(rule(report, "发明专利授权数（件）") == .wholeNumber(0, Int(Int32.max)))
        #expect(report.frozenRows == 1 && report.rows.count == 1)
    }

    @Test("the same inputs give the same bytes; xlsx and csv, whole and per center")
    func deterministic() throws {
        let clean = Self.loadClean()
        let scheme = try Scheme.preset(named: "hunan-2020")
        func build() -> [[(name: String, bytes: [UInt8])]] {
            let template = CollectionTemplate(scheme: scheme, year: 2025, centers: clean.centers, previousReport: clean.report(year: 2024))
            return CollectionTemplate.FileFormat.allCases.flatMap { [template.files(format: $0), template.perCenterFiles(format: $0)] }
        }
        let first = build(), second = build()
        #expect(first.map { $0.map(\.name) } == second.map { $0.map(\.name) })
        #expect(first.map { $0.map(\.bytes) } == second.map { $0.map(\.bytes) })
        #expect(first[0].map(\.name) == ["centers.xlsx", "reports/2025.xlsx"])
        #expect(first[2].map(\.name) == ["centers.csv", "reports/2025.csv", "说明.txt"])
        // The language changes the instructions, never the headers.
        let english = CollectionTemplate(scheme: scheme, year: 2025, language: .en).files(format: .csv)
        #expect(english[1].bytes == first[2][1].bytes && english[2].bytes != first[2][2].bytes)
        #expect(first[2][1].bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test("the deadline: Hunan 五（四） end of January of the next year; the other presets leave it to the department")
    func deadline() throws {
        let zh = CollectionTemplateText(language: .zh), en = CollectionTemplateText(language: .en)
        let hunan = zh.deadline(ReportingRule.ofPreset(named: "hunan-2020"), year: 2025)
        #expect(hunan.hasPrefix("报送截止日期：2026 年 1 月底前报送 2025 年度数据") && hunan.contains("五（四）"))
        #expect(en.deadline(ReportingRule.ofPreset(named: "hunan-2020"), year: 2025).hasPrefix("Deadline: the 2025 data by the end of January 2026"))
        for name in ["national-2017", "sichuan-2022", "tianjin-2018"] {
            let rule = try #require(ReportingRule.ofPreset(named: name))
            #expect(rule.dueByEndOfMonth == nil)
            #expect(zh.deadline(rule, year: 2025).hasPrefix("报送截止日期：________（由主管部门填写"))
        }
        #expect(ReportingRule.ofPreset(named: "sichuan-2022")?.clause.hasSuffix("第十九条") == true)
        #expect(ReportingRule.ofPreset(named: "my-scheme") == nil)
        // The instructions sheet carries it.
        let template = CollectionTemplate(scheme: try Scheme.preset(named: "hunan-2020"), year: 2025)
        #expect(template.instructionsSheet(perCenter: false, format: .xlsx).rows.contains([.text(hunan)]))
    }

    @Test("per center: id, name and year filled in; last year's values on a reference that is never read as data", arguments: CollectionTemplate.FileFormat.allCases)
    func perCenter(format: CollectionTemplate.FileFormat) throws {
        let clean = Self.loadClean()
        let scheme = try Scheme.preset(named: "hunan-2020")
        let previous = try #require(clean.report(year: 2024))
        let template = CollectionTemplate(scheme: scheme, year: 2025, centers: clean.centers, previousReport: previous)
        let files = template.perCenterFiles(format: format)
        #expect(files.filter { $0.name.hasPrefix("reports/") }.count == 86)
        #expect(files.contains { $0.name == "reports/2025-HN-P-001.\(format.rawValue)" })

        // The reference holds HN-P-001's 2024 values.
        let center = clean.centers[0]
        let expected = previous.rowValues(previous.row(of: center.id)!)[previous.columnIndex(of: "rd_expenditure")!]
        if format == .xlsx {
            let sheet = template.referenceSheet(for: center)
            #expect(sheet.rows.contains([.text("研发经费投入"), .text("万元"), .number(expected)]))
        } else {
            let reference = try #require(files.first { $0.name == "reference/2024-\(center.id).csv" })
            #expect(String(decoding: reference.bytes, as: UTF8.self).contains("研发经费投入,万元,\(expected)"))
        }

        // Dropped into the workspace as they are, the files add a 2025 report with every center and
        // no value; 2024 stays as it was.
        try withTemporaryDirectory(prefix: "ticeval-template") { root in
            try FileManager.default.copyItem(at: Self.clean, to: root.appendingPathComponent("ws"))
            let ws = root.appendingPathComponent("ws")
            for file in files {
                let url = ws.appendingPathComponent(file.name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            var loader = WorkspaceLoader()
            loader.indicators = scheme.reportColumnNames
            let loaded = loader.load(root: ws.path)
            #expect(!loaded.hasErrors, "\(loaded.diagnostics.map { $0.formatted(.en) })")
            let report = try #require(loaded.report(year: 2025))
            #expect(report.rowCount == 86 && report.values.allSatisfy(\.isNaN))
            #expect(report.centerIDs == clean.centers.map(\.id))
            let reread = try #require(loaded.report(year: 2024))
            #expect(reread.rowCount == previous.rowCount && reread.values.elementsEqual(previous.values) { $0 == $1 || ($0.isNaN && $1.isNaN) })
        }
    }

    @Test("a center without last year's report gets a sentence, not numbers")
    func noPreviousReport() throws {
        let clean = Self.loadClean()
        let template = CollectionTemplate(scheme: try Scheme.preset(named: "hunan-2020"), year: 2030, centers: clean.centers, previousReport: nil)
        let sheet = template.referenceSheet(for: clean.centers[0])
        #expect(sheet.rows.last == [.text("本中心没有 2029 年度已报送数据。")])
    }

    /// LibreOffice opens the template and sees the Chinese header (skipped where `soffice` is not installed).
    @Test("LibreOffice converts the templates to CSV with the same header, and a center's file with its key")
    func libreOffice() throws {
        guard let soffice = LibreOffice.executable else {
            print("skipped: LibreOffice (soffice) is not installed")
            return
        }
        let template = CollectionTemplate(scheme: try Scheme.preset(named: "hunan-2020"), year: 2025)
        try withTemporaryDirectory(prefix: "ticeval-template-lo") { folder in
            let input = folder.appendingPathComponent("2025.xlsx")
            try Data(try #require(template.files(format: .xlsx).last).bytes).write(to: input)
            let csv = try LibreOffice.convertToCSV(input, in: folder, soffice: soffice)
            let header = csv.split(separator: "\n").first.map(String.init)
            #expect(header == template.reportColumns.map(\.header).joined(separator: ","))
            // A center's file: the report sheet first (the one a program reads), its key filled in.
            let clean = Self.loadClean()
            let perCenter = CollectionTemplate(scheme: template.scheme, year: 2025, centers: Array(clean.centers.prefix(1)),
                                               previousReport: clean.report(year: 2024))
            let file = folder.appendingPathComponent("2025-HN-P-001.xlsx")
            try Data(try #require(perCenter.perCenterFiles(format: .xlsx).first).bytes).write(to: file)
            let lines = try LibreOffice.convertToCSV(file, in: folder, soffice: soffice).split(separator: "\n").map(String.init)
            #expect(lines.count == 2 && lines[1].hasPrefix("HN-P-001,\(clean.centers[0].name),2025,"))
        }
    }
}
