import Foundation
import Testing
@testable import TICIngest
import TICSupport

/// The registry of two centers as a department writes it: Chinese headers and values.
private let chineseCenters = """
中心编号,中心名称,级别,所在地区,类别,组建模式,牵头单位类型,面向领域,批准建设年份,注册资本（万元）
A,中心甲,省级,湖南,综合类,龙头企业牵头,企业,面向经济主战场,2019,1500
B,中心乙,市级,湖南,领域类,高校院所牵头,高校,面向世界科技前沿,2020,800

"""
private let plainReport23 = "center_id,year,rd_expenditure\nA,2023,100\nB,2023,90\n"

/// One test per layout quirk of files as departments deliver them (issue 16), each checking what
/// is read and what is reported.
@Suite struct TableLayoutTests {
    private func load(_ files: [String: String], cycle: ClosedRange<Int>? = 2023...2023) throws -> (Workspace, TemporaryWorkspace) {
        let ws = try TemporaryWorkspace(files)
        return (ws.load(cycle: cycle), ws)
    }

    @Test("Chinese headers, a unit in ASCII or full-width brackets, and Chinese values read as the contract's codes")
    func chineseHeaders() throws {
        let (w, ws) = try load(["centers.csv": chineseCenters,
                                "reports/2023.csv": "中心编号,年度,研发经费投入(万元),发明专利授权数（件）,服务企业数\nA,2023,\"1,234.5\",12,3\nB,2023,90,4,5\n"])
        defer { ws.remove() }
        #expect(w.diagnostics.isEmpty)
        #expect(w.centers.map(\.level) == [.provincial, .municipal])
        #expect(w.centers.map(\.field) == [.economy, .frontier])
        #expect(w.centers.first?.registeredCapitalWan == 1500)
        let report = try #require(w.report(year: 2023))
        #expect(report.columns == ["rd_expenditure", "invention_patents", "enterprises_served"])
        #expect(report.value(centerID: "A", column: "rd_expenditure") == 1234.5)
        let input = try #require(w.files.first { $0.path.hasSuffix("2023.csv") })
        #expect(input.adaptations == [.headerMapped(line: 1, byName: 5, byMapping: 0, withUnit: 2)])
        #expect(w.files.first?.adaptations == [.headerMapped(line: 1, byName: 10, byMapping: 0, withUnit: 1), .chineseValues(count: 10)])
    }

    @Test("title rows above the header are skipped with a note")
    func titleRows() throws {
        let (w, ws) = try load(["centers.csv": "湖南省技术创新中心名录,,\n\n" + chineseCenters,
                                "reports/2023.csv": "2023年度统计表\n（单位：万元）\n" + plainReport23])
        defer { ws.remove() }
        #expect(w.diagnostics.isEmpty)
        #expect(w.centers.count == 2)
        #expect(w.centers.first?.line == 4)
        #expect(w.files[0].adaptations.first == .titleRows(lines: [1]))
        #expect(w.files[1].adaptations == [.titleRows(lines: [1, 2])])
        #expect(w.report(year: 2023)?.rowCount == 2)
    }

    @Test("a merged group row over the names is skipped; a key only in the upper row makes a two-row header")
    func twoRowHeaders() throws {
        let grouped = "统计表\n基本情况,,关键技术攻关,\ncenter_id,year,rd_expenditure,invention_patents\nA,2023,100,1\nB,2023,90,2\n"
        let (w, ws) = try load(["centers.csv": chineseCenters, "reports/2023.csv": grouped])
        defer { ws.remove() }
        #expect(w.diagnostics.isEmpty)
        #expect(w.files[1].adaptations == [.titleRows(lines: [1]), .groupRow(line: 2)])
        #expect(w.report(year: 2023)?.value(centerID: "B", column: "invention_patents") == 2)

        let merged = "中心编号,年度,关键技术攻关,\n,,研发经费投入,发明专利授权数\nA,2023,100,1\nB,2023,90,2\n"
        let (v, vs) = try load(["centers.csv": chineseCenters, "reports/2023.csv": merged])
        defer { vs.remove() }
        #expect(v.diagnostics.isEmpty)
        #expect(v.files[1].adaptations.first == .twoRowHeader(lines: [1, 2]))
        #expect(v.files[1].adaptations.contains(.headerMapped(line: 2, byName: 4, byMapping: 0, withUnit: 0)))
        #expect(v.report(year: 2023)?.value(centerID: "A", column: "rd_expenditure") == 100)
        #expect(v.report(year: 2023)?.headerLine == 2)
    }

    @Test("a units row under the header is read as units and checked")
    func unitsRow() throws {
        let report = "center_id,year,rd_expenditure,invention_patents\n单位,,万元,（件）\nA,2023,100,1\nB,2023,90,2\n"
        let (w, ws) = try load(["centers.csv": chineseCenters, "reports/2023.csv": report])
        defer { ws.remove() }
        #expect(w.diagnostics.isEmpty)
        #expect(w.files[1].adaptations == [.unitsRow(line: 2)])
        #expect(w.report(year: 2023)?.rowCount == 2)

        let yuan = "center_id,year,rd_expenditure\n,,元\nA,2023,1000000\n"
        let (v, vs) = try load(["centers.csv": chineseCenters, "reports/2023.csv": yuan])
        defer { vs.remove() }
        #expect(v.diagnostics.contains(Diagnostic(.unitMismatch(vs.at("reports/2023.csv", 2, 3), column: "rd_expenditure", found: "元", expected: "万元"))))
        #expect(v.hasErrors)
    }

    @Test("元 in a header where 万元 is expected is an error naming file, line, column and what to do")
    func moneyUnitInHeader() throws {
        let (w, ws) = try load(["centers.csv": chineseCenters, "reports/2023.csv": "中心编号,年度,研发经费投入（元）\nA,2023,1000000\n"])
        defer { ws.remove() }
        let problem = IngestError.unitMismatch(ws.at("reports/2023.csv", 1, 3), column: "研发经费投入（元）", found: "元", expected: "万元")
        #expect(w.diagnostics == [Diagnostic(problem)])
        #expect(Diagnostic(problem).severity == .error)
    }

    @Test("totals rows (合计, 总计, 小计, 平均) and footer rows are skipped with a note; numbers without an id are an error")
    func totalsAndFooters() throws {
        let report = plainReport23 + "合计,,190\n平 均,,95\n,总计,190\n填表说明：金额单位为万元\n填报人：张三,,联系电话：123\n,2023,55\n"
        let (w, ws) = try load(["centers.csv": chineseCenters, "reports/2023.csv": report])
        defer { ws.remove() }
        #expect(w.files[1].adaptations == [.totalsRows(lines: [4, 5, 6]), .footerRows(lines: [7, 8])])
        #expect(w.diagnostics == [Diagnostic(.valuesWithoutID(ws.at("reports/2023.csv", 9, 1)))])
        #expect(w.report(year: 2023)?.rowCount == 2)
    }

    @Test("a header repeated on each printed page is skipped with a note")
    func repeatedHeader() throws {
        let report = "中心编号,年度,研发经费投入\nA,2023,100\n中心编号,年度,研发经费投入\nB,2023,90\n"
        let (w, ws) = try load(["centers.csv": chineseCenters, "reports/2023.csv": report])
        defer { ws.remove() }
        #expect(w.diagnostics.isEmpty)
        #expect(w.files[1].adaptations.last == .repeatedHeaderRows(lines: [3]))
        #expect(w.report(year: 2023)?.rowCount == 2)
    }

    @Test("blank columns and rows are ignored; a column with values but no name is an error")
    func blankColumns() throws {
        let (w, ws) = try load(["centers.csv": chineseCenters, "reports/2023.csv": "center_id,year,rd_expenditure,,\nA,2023,100,,\n,,,,\nB,2023,90,,\n"])
        defer { ws.remove() }
        #expect(w.diagnostics.isEmpty)
        #expect(w.files[1].adaptations == [.blankColumns(columns: [4, 5])])

        let (v, vs) = try load(["centers.csv": chineseCenters, "reports/2023.csv": "center_id,year,rd_expenditure,\nA,2023,100,7\nB,2023,90,\n"])
        defer { vs.remove() }
        #expect(v.diagnostics == [Diagnostic(.emptyHeaderName(vs.at("reports/2023.csv", 1, 4)))])
    }

    @Test("English headers of the optional files with blank trailing columns read without a problem")
    func optionalFilesWithBlankColumns() throws {
        let (w, ws) = try load(["centers.csv": chineseCenters, "reports/2023.csv": plainReport23,
                                "history.csv": "center_id,cycle,grade,status,,\nA,2019-2021,good,active,,\n",
                                "events.csv": "center_id,year,event,note,,\r\nB,2023,withdrawn,退出,,\r\n",
                                "ratings.csv": "center_id,year,rater,score,,\nA,2023,R1,90,,\n"])
        defer { ws.remove() }
        #expect(w.diagnostics.isEmpty)
        #expect(w.history.count == 1 && w.events.count == 1 && w.ratings.count == 1)
        for name in ["history.csv", "events.csv", "ratings.csv"] {
            #expect(w.files.first { $0.path.hasSuffix(name) }?.adaptations == [.blankColumns(columns: [5, 6])])
        }
    }

    @Test("the center's name in a report is text: another name is a warning, a declared former name is not")
    func names() throws {
        let centers = chineseCenters.replacingOccurrences(of: "注册资本（万元）", with: "注册资本（万元）,曾用名")
            .replacingOccurrences(of: "2019,1500", with: "2019,1500,旧甲；更旧甲").replacingOccurrences(of: "2020,800", with: "2020,800,")
        let report = "中心编号,中心名称,年度,研发经费投入\nA,旧甲,2023,100\nB,中心丙,2023,90\n"
        let (w, ws) = try load(["centers.csv": centers, "reports/2023.csv": report])
        defer { ws.remove() }
        #expect(w.centers.first?.formerNames == ["旧甲", "更旧甲"])
        #expect(w.diagnostics == [Diagnostic(.nameDiffers(ws.at("reports/2023.csv", 3, 2), centerID: "B", found: "中心丙", registered: "中心乙",
                                                          registry: FileLocation(path: ws.root + "/centers.csv", line: 3)))])
        #expect(w.report(year: 2023)?.columns == ["rd_expenditure"])
        #expect(w.files[1].adaptations.contains(.formerNames(count: 1)))
        #expect(w.files[1].adaptations.contains(.textColumns(names: ["中心名称"])))
    }

    @Test("columns.csv maps a department's own names; a column declared text is never read as a number")
    func mappingFile() throws {
        let (w, ws) = try load(["centers.csv": chineseCenters,
                                "columns.csv": "name,code\n研发投入合计,rd_expenditure\n联系人,text\n",
                                "reports/2023.csv": "中心编号,年度,研发投入合计（万元）,联系人\nA,2023,100,张三\nB,2023,90,李四\n"])
        defer { ws.remove() }
        #expect(w.diagnostics.isEmpty)
        #expect(w.report(year: 2023)?.columns == ["rd_expenditure"])
        #expect(w.files.first?.path.hasSuffix("columns.csv") == true)
        #expect(w.files.last?.adaptations == [.headerMapped(line: 1, byName: 2, byMapping: 2, withUnit: 1),
                                              .mappedColumns(pairs: ["研发投入合计（万元） → rd_expenditure", "联系人 → text"]),
                                              .textColumns(names: ["联系人"])])

        let (v, vs) = try load(["centers.csv": chineseCenters, "columns.csv": "name,code\n研发投入合计,研发\n", "reports/2023.csv": plainReport23])
        defer { vs.remove() }
        #expect(v.diagnostics == [Diagnostic(.unknownMappedCode(vs.at("columns.csv", 2, 2), name: "研发投入合计", code: "研发"))])
    }

    @Test("a file that is no table gets one error with the rows seen; when it is centers.csv, other files get one line each")
    func rootCauses() throws {
        let centers = "请见附件\n名单如下\n"
        let (w, ws) = try load(["centers.csv": centers, "reports/2023.csv": plainReport23,
                                "ratings.csv": "center_id,year,rater,score\nA,2023,R1,90\nB,2023,R1,80\n"])
        defer { ws.remove() }
        #expect(w.diagnostics == [
            Diagnostic(.noHeaderRow(path: ws.root + "/centers.csv", firstRows: [["请见附件"], ["名单如下"]], lines: [1, 2],
                                    expected: ["中心编号/center_id", "中心名称/name", "级别/level", "…"], closest: nil, missing: [])),
            Diagnostic(.rowsNotChecked(path: ws.root + "/ratings.csv", rows: 2, registry: ws.root + "/centers.csv")),
            Diagnostic(.rowsNotChecked(path: ws.root + "/reports/2023.csv", rows: 2, registry: ws.root + "/centers.csv")),
        ])

        // A header whose key is renamed: the closest row and the names it lacks.
        let renamed = chineseCenters.replacingOccurrences(of: "中心编号", with: "编码")
        let (v, vs) = try load(["centers.csv": "名录\n" + renamed, "reports/2023.csv": plainReport23])
        defer { vs.remove() }
        guard case .noHeaderRow(_, _, let lines, _, let closest, let missing) = try #require(v.diagnostics.first).problem else {
            Issue.record("expected noHeaderRow, got \(v.diagnostics)")
            return
        }
        #expect(lines == [1, 2, 3])
        #expect(closest == 2)
        #expect(missing == ["中心编号/center_id"])
        #expect(v.diagnostics.count == 2)
    }

    @Test("reports/ may hold a file per center keyed by its year column, merged with the year files")
    func filePerCenter() throws {
        let (w, ws) = try load(["centers.csv": chineseCenters,
                                "reports/2023.csv": "center_id,year,rd_expenditure\nA,2023,100\n",
                                "reports/中心乙.csv": "中心编号,年度,研发经费投入,发明专利授权数\nB,2022,80,1\nB,2023,90,2\n"], cycle: nil)
        defer { ws.remove() }
        #expect(w.diagnostics.isEmpty)
        #expect(w.years == [2022, 2023])
        let report = try #require(w.report(year: 2023))
        #expect(report.value(centerID: "B", column: "rd_expenditure") == 90)
        #expect(report.value(centerID: "A", column: "invention_patents") == nil)
        #expect(report.location(centerID: "B", column: "invention_patents") == ws.at("reports/中心乙.csv", 3, 4))
        #expect(report.location(centerID: "A", column: "rd_expenditure") == ws.at("reports/2023.csv", 2, 3))
        #expect(w.files.last?.adaptations.last == .rowsByYear(years: [2022, 2023]))
    }

    @Test("a duplicate (center, year) across files: an error with both locations when the values differ, a warning when equal")
    func duplicatesAcrossFiles() throws {
        let (w, ws) = try load(["centers.csv": chineseCenters, "reports/2023.csv": plainReport23,
                                "reports/a.csv": "center_id,year,rd_expenditure\nA,2023,100\nB,2023,91\n"])
        defer { ws.remove() }
        #expect(w.diagnostics == [
            Diagnostic(.repeatedReport(ws.at("reports/a.csv", 2), centerID: "A", year: 2023, first: ws.at("reports/2023.csv", 2))),
            Diagnostic(.conflictingReport(ws.at("reports/a.csv", 3), centerID: "B", year: 2023, first: ws.at("reports/2023.csv", 3))),
        ])
        #expect(w.report(year: 2023)?.value(centerID: "B", column: "rd_expenditure") == 90)
    }

    @Test("a report not named by a year needs a year column; names that differ only by case or extension stay an error")
    func fileNames() throws {
        let (w, ws) = try load(["centers.csv": chineseCenters, "reports/2023.csv": plainReport23,
                                "reports/all.csv": "center_id,rd_expenditure\nA,100\n", "reports/2023.xlsx": "x"])
        defer { ws.remove() }
        #expect(w.diagnostics.contains(Diagnostic(.missingYearColumn(ws.at("reports/all.csv", 1, 3)))))
        #expect(w.diagnostics.contains(Diagnostic(.nameDiffersOnlyInExtension(path: ws.root + "/reports/2023.xlsx", read: ws.root + "/reports/2023.csv"))))
        #expect(w.report(year: 2023)?.rowCount == 2)

        // A file named by its year may omit the year column.
        let (v, vs) = try load(["centers.csv": chineseCenters, "reports/2023年度.csv": "中心编号,研发经费投入\nA,100\nB,90\n"])
        defer { vs.remove() }
        #expect(v.diagnostics.isEmpty)
        #expect(v.report(year: 2023)?.value(centerID: "B", column: "rd_expenditure") == 90)
    }

    @Test("the terminal shows one line per distinct problem per column, with a count of the others")
    func digest() throws {
        let report = "center_id,year,rd_expenditure\n" + (1...5).map { "Z\($0),2023,x" }.joined(separator: "\n") + "\n"
        let (w, ws) = try load(["centers.csv": chineseCenters, "reports/2023.csv": report])
        defer { ws.remove() }
        #expect(w.diagnostics.count == 5)
        let digest = DiagnosticDigest(w.diagnostics)
        #expect(digest.entries.count == 1)
        #expect(digest.entries.first?.first == w.diagnostics[0])
        #expect(digest.entries.first?.moreLines == [3, 4, 5, 6])
    }
}

@Suite struct TextColumnTests {
    @Test("备注 and an unknown column with text are kept as text, never read as numbers; numbers in an unknown column are kept")
    func textColumns() throws {
        let report = "中心编号,年度,研发经费投入,备注,负责人,自定义指标\nA,2023,100,已核实,张三,5\nB,2023,90,,李四,6\n"
        let ws = try TemporaryWorkspace(["centers.csv": chineseCenters, "reports/2023.csv": report])
        defer { ws.remove() }
        let w = ws.load(cycle: 2023...2023)
        #expect(w.diagnostics == [
            Diagnostic(.unknownColumn(ws.at("reports/2023.csv", 1, 5), name: "负责人")),
            Diagnostic(.unknownColumn(ws.at("reports/2023.csv", 1, 6), name: "自定义指标")),
            Diagnostic(.textInUnknownColumn(ws.at("reports/2023.csv", 2, 5), column: "负责人", text: "张三", cells: 2)),
        ])
        let year = try #require(w.report(year: 2023))
        #expect(year.columns == ["rd_expenditure", "自定义指标"])
        #expect(year.value(centerID: "B", column: "自定义指标") == 6)
        #expect(w.files.last?.adaptations.contains(.textColumns(names: ["备注"])) == true)
        #expect(w.files.last?.adaptations.contains(.textColumns(names: ["负责人"])) == true)
    }
}

@Suite struct UnusedColumnTests {
    /// Issue 16: "text columns (中心名称 and any column the scheme does not need as a number) are kept
    /// as text and never parsed as numbers". The same text in a column the scheme needs stays an error.
    @Test("text in a catalogue column the scheme does not need is kept as text with one warning; in a needed column it is an error")
    func unusedColumnWithText() throws {
        let report = "中心编号,年度,研发经费投入（万元）,承担国家级重大科技项目数\nA,2023,100,见附件\nB,2023,90,3\n"
        let ws = try TemporaryWorkspace(["centers.csv": chineseCenters, "reports/2023.csv": report])
        defer { ws.remove() }
        var loader = WorkspaceLoader(cycle: 2023...2023)
        loader.neededColumns = ["rd_expenditure"]
        let w = loader.load(root: ws.root)
        #expect(w.diagnostics == [Diagnostic(.textInUnusedColumn(ws.at("reports/2023.csv", 2, 4), column: "承担国家级重大科技项目数", text: "见附件", cells: 1))])
        #expect(w.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(try #require(w.report(year: 2023)).columns == ["rd_expenditure"])
        // Needed (or no scheme given: every catalogue column is), the text is an error at its cell.
        loader.neededColumns = ["rd_expenditure", "national_projects"]
        let needed = loader.load(root: ws.root)
        #expect(needed.diagnostics.map(\.problem) == [.invalidNumber(ws.at("reports/2023.csv", 2, 4), column: "承担国家级重大科技项目数", text: "见附件")])
        #expect(WorkspaceLoader(cycle: 2023...2023).load(root: ws.root).diagnostics.map(\.severity) == [.error])
    }
}

@Suite struct LeadingZeroTests {
    /// Issue 17: "ids that lost leading zeros flagged against centers.csv".
    @Test("a report id that is a registered id without its leading zeros is named as such; an id matching two is not guessed")
    func leadingZerosLost() throws {
        let centers = centersHeader + "0012,中心甲,provincial,湖南,comprehensive,leading_enterprise,enterprise,economy,2019,1500\n"
            + "012,中心乙,provincial,湖南,domain,academic_led,university,frontier,2020,800\n"
            + "0007,中心丙,provincial,湖南,domain,academic_led,university,frontier,2020,800\n"
        let report = "center_id,year,rd_expenditure\n0012,2023,100\n7,2023,90\n12,2023,80\n"
        let ws = try TemporaryWorkspace(["centers.csv": centers, "reports/2023.csv": report])
        defer { ws.remove() }
        let w = ws.load(cycle: 2023...2023)
        #expect(w.diagnostics.map(\.problem) == [
            .leadingZerosLost(ws.at("reports/2023.csv", 3), centerID: "7", registered: "0007"),
            .unknownCenter(ws.at("reports/2023.csv", 4), centerID: "12"),
        ])
    }
}

@Suite struct SchemeColumnNameTests {
    @Test("a scheme's own indicator is recognized by its Chinese name with unit; a wrong money unit is an error")
    func schemeIndicatorNames() throws {
        let ws = try TemporaryWorkspace(["centers.csv": chineseCenters,
                                         "reports/2023.csv": "中心编号,年度,专利价值（万元）\nA,2023,12\nB,2023,30\n",
                                         "reports/2024.csv": "中心编号,年度,专利价值（元）\nA,2024,12\nB,2024,30\n"])
        defer { ws.remove() }
        var loader = WorkspaceLoader(cycle: 2023...2024)
        loader.indicators = [ColumnVocabulary.Entry(code: "patent_value", names: ["专利价值"], unit: "万元")]
        let w = loader.load(root: ws.root)
        #expect(w.report(year: 2023)?.value(centerID: "B", column: "patent_value") == 30)
        #expect(w.diagnostics == [Diagnostic(.unitMismatch(ws.at("reports/2024.csv", 1, 3), column: "专利价值（元）", found: "元", expected: "万元"))])
    }
}
