import Foundation
import Testing
import TICTestSupport

/// A small valid workspace as files (relative path → bytes): six centers, reports for 2022–2024
/// with every catalogue column, history, events, ratings and a scheme. Each catalogue case
/// mutates one thing.
struct BadInputWorkspace {
    static let reportColumns = [
        "national_projects", "provincial_projects", "project_funding", "rd_expenditure", "key_technologies",
        "invention_patents", "pct_applications", "standards_led", "tech_contract_value", "transfer_cases",
        "transfer_revenue", "enterprises_served", "service_income", "equipment_sharing_hours", "incubated_firms",
        "high_tech_firms", "social_investment", "rd_staff", "leading_talents", "total_income", "government_funding",
    ]
    static let centersHeader = "center_id,name,level,region,category,formation,lead_type,field,approved_year,registered_capital_wan"
    static let centerRows = [
        "C01,甲中心,provincial,成都,comprehensive,leading_enterprise,enterprise,economy,2019,5000",
        "C02,乙中心,provincial,绵阳,domain,academic_led,university,frontier,2019,3200",
        "C03,丙中心,municipal,德阳,domain,enterprise_alliance,enterprise,national_needs,2020,1500",
        "C04,丁中心,provincial,宜宾,comprehensive,academic_led,institute,health,2018,8000",
        "C05,戊中心,national,成都,domain,leading_enterprise,enterprise,economy,2017,12000",
        "C06,己中心,provincial,泸州,comprehensive,enterprise_alliance,new_rd_institution,frontier,2020,2600",
    ]

    /// Row `center` (0-based) of the `year` report: deterministic positive values.
    static func reportRow(center: Int, year: Int) -> String {
        var cells = [String(format: "C%02d", center + 1), String(year)]
        for (j, _) in reportColumns.enumerated() {
            let value = (center + 2) * (j + 3) + (year - 2020) * (center + j + 1)
            cells.append(String(value))
        }
        return cells.joined(separator: ",")
    }

    static func report(_ year: Int) -> String {
        (["center_id,year," + reportColumns.joined(separator: ",")] + (0..<centerRows.count).map { reportRow(center: $0, year: year) })
            .joined(separator: "\n") + "\n"
    }

    static let scheme = #"""
    {
      name: "catalogue",
      title: "测试体系",
      title_en: "Catalogue scheme",
      dimension_weights: {method: "explicit"},
      dimensions: [
        {code: "a", name: "甲", name_en: "A", clause: "第一条", weight: 0.5,
         indicators: [{code: "national_projects", direction: "benefit"}, {code: "rd_expenditure", direction: "benefit"}]},
        {code: "b", name: "乙", name_en: "B", clause: "第二条", weight: 0.5,
         indicators: [{code: "enterprises_served", direction: "benefit"}, {code: "rd_staff", direction: "benefit"}]},
      ],
      grading: {cutoffs: {excellent: 85, good: 70, qualified: 50}},
    }

    """#

    /// The files of the valid workspace.
    static var files: [String: [UInt8]] {
        var files: [String: [UInt8]] = [
            "centers.csv": Array(([centersHeader] + centerRows).joined(separator: "\n").utf8) + [0x0A],
            "history.csv": Array("center_id,cycle,grade,status\nC01,2019-2021,good,active\n".utf8),
            "events.csv": Array("center_id,year,event,note\nC06,2023,integrity_violation,示例\n".utf8),
            "ratings.csv": Array("center_id,year,rater,score\nC01,2023,R1,80\nC02,2023,R1,90\n".utf8),
            "scheme.json": Array(scheme.utf8),
        ]
        for year in 2022...2024 { files["reports/\(year).csv"] = Array(report(year).utf8) }
        return files
    }
}

/// Helpers to write mutations.
private extension Dictionary where Key == String, Value == [UInt8] {
    /// Replaces the first occurrence of `old` with `new` in `file` (the test fails if absent).
    mutating func replace(_ file: String, _ old: String, with new: String) {
        let text = String(decoding: self[file]!, as: UTF8.self)
        precondition(text.contains(old), "\(file) does not contain \(old)")
        self[file] = Array(text.replacingOccurrences(of: old, with: new, options: [], range: text.range(of: old)).utf8)
    }

    /// Line `n` (1-based) of `file`.
    func line(_ file: String, _ n: Int) -> String {
        String(decoding: self[file]!, as: UTF8.self).components(separatedBy: "\n")[n - 1]
    }

    /// Replaces line `n` (1-based) of `file` with raw bytes.
    mutating func setLine(_ file: String, _ n: Int, _ bytes: [UInt8]) {
        var lines = self[file]!.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        lines[n - 1] = bytes
        self[file] = Array(lines.joined(separator: [0x0A]))
    }

    /// Removes field `index` (0-based) from every line of `file`.
    mutating func dropColumn(_ file: String, _ index: Int) {
        let text = String(decoding: self[file]!, as: UTF8.self)
        let lines = text.components(separatedBy: "\n").map { line -> String in
            var cells = line.components(separatedBy: ",")
            if cells.count > index { cells.remove(at: index) }
            return cells.joined(separator: ",")
        }
        self[file] = Array(lines.joined(separator: "\n").utf8)
    }

    /// Replaces the value of `column` (0-based field) on line `n` of `file`.
    mutating func setCell(_ file: String, line n: Int, field: Int, _ value: String) {
        var cells = line(file, n).components(separatedBy: ",")
        cells[field] = value
        setLine(file, n, Array(cells.joined(separator: ",").utf8))
    }
}

/// One malformed input: the mutation, the command, and the exact line it must print.
struct BadInput: CustomTestStringConvertible, Sendable {
    enum Command: Sendable, Equatable {
        case validate, evaluate, schemesValidate
        /// Any command line, run in the folder that holds `ws/` (files a case adds go there too).
        case run([String])
    }

    let label: String
    let command: Command
    let extraArguments: [String]
    let mutate: @Sendable (inout [String: [UInt8]]) -> Void
    /// The exact diagnostic line; `ws/` is the workspace folder.
    let expected: String
    let status: Int32

    init(_ label: String, _ command: Command = .validate, arguments: [String] = [], status: Int32 = 1,
         expect expected: String, _ mutate: @escaping @Sendable (inout [String: [UInt8]]) -> Void) {
        self.label = label
        self.command = command
        self.extraArguments = arguments
        self.mutate = mutate
        self.expected = expected
        self.status = status
    }

    var testDescription: String { label }
}

private let report23 = "reports/2023.csv"
/// Field of a report column (0-based), after center_id and year.
private func field(_ column: String) -> Int { BadInputWorkspace.reportColumns.firstIndex(of: column)! + 2 }
/// Column (1-based) of a report column as diagnostics print it.
private func col(_ column: String) -> Int { field(column) + 1 }

/// Replaces the scheme's dimension list tail (after `indicators` of dimension b) with other text.
private func schemeCase(_ label: String, _ command: BadInput.Command = .schemesValidate, expect: String,
                        _ edit: @escaping @Sendable (inout [String: [UInt8]]) -> Void) -> BadInput {
    BadInput(label, command, expect: expect, edit)
}

let badInputs: [BadInput] = [
    // MARK: Files and encodings
    BadInput("empty centers.csv", expect: "ws/centers.csv:1:1: error: the file is empty; expected at least a header row") {
        $0["centers.csv"] = []
    },
    BadInput("white space only report", expect: "ws/reports/2023.csv:1:1: error: the file is empty; expected at least a header row") {
        $0[report23] = Array(" \r\n\t\n".utf8)
    },
    BadInput("centers.csv missing", expect: "ws/centers.csv:1:1: error: file not found") {
        $0["centers.csv"] = nil
    },
    BadInput("centers.csv is a folder", expect: "ws/centers.csv:1:1: error: cannot read the file: it is a folder, not a file") {
        $0["centers.csv"] = nil
        $0["centers.csv/x"] = [0x41]
    },
    BadInput("no reports folder", expect: "ws/reports:1:1: error: no annual reports: expected files reports/<year>.csv") {
        for year in 2022...2024 { $0["reports/\(year).csv"] = nil }
    },
    BadInput("cycle year without a report file",
             expect: "ws/reports:1:1: error: the cycle 2022-2024 has no report file for: 2023") {
        $0[report23] = nil
    },
    BadInput("NUL byte in centers.csv",
             expect: "ws/centers.csv:3:2: error: contains a NUL byte: this is not a text CSV file (an Excel workbook or a damaged file?)") {
        $0.replace("centers.csv", "C02,乙中心", with: "C02,\u{0}乙中心")
    },
    BadInput("Excel workbook saved as .csv (zip header)",
             expect: "ws/reports/2023.csv:1:1: error: contains a NUL byte: this is not a text CSV file (an Excel workbook or a damaged file?)") {
        $0[report23] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
    },
    BadInput("UTF-16 report (Excel Unicode Text)",
             expect: #"ws/reports/2023.csv:1:1: error: the file is UTF-16 (Excel's "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)""#) {
        $0[report23] = [0xFF, 0xFE] + Array("center_id".utf8).flatMap { [$0, 0] }
    },
    BadInput("UTF-8 and GBK mixed in one file",
             expect: #"ws/centers.csv:4:2: error: this line is GB18030 (GBK) ("丙中心") while other lines are UTF-8: rows pasted from a file in another encoding? Save the whole file again in one encoding, e.g. as "CSV UTF-8 (Comma delimited)""#) {
        // 丙中心 in GBK: B1 FB D6 D0 D0 C4
        $0.setLine("centers.csv", 4, Array("C03,".utf8) + [0xB1, 0xFB, 0xD6, 0xD0, 0xD0, 0xC4]
            + Array(",municipal,德阳,domain,enterprise_alliance,enterprise,national_needs,2020,1500".utf8))
    },
    BadInput("BOM then invalid UTF-8",
             expect: #"ws/centers.csv:2:2: error: bytes here are not valid UTF-8, though the file starts with a UTF-8 byte-order mark; save the file again as "CSV UTF-8 (Comma delimited)", or pass --encoding gb18030 if the text after the mark is GBK"#) {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + $0["centers.csv"]!
        let at = bytes.firstIndex(of: 0x0A)! + 5
        bytes[at] = 0xFF
        $0["centers.csv"] = bytes
    },
    BadInput("--encoding utf8 on a GBK file", arguments: ["--encoding", "utf8"],
             expect: #"ws/centers.csv:2:2: error: bytes here are not valid UTF-8, which --encoding utf8 asks for; if the file is GBK, pass --encoding gb18030 or leave --encoding out, or save the file again as "CSV UTF-8 (Comma delimited)""#) {
        $0.setLine("centers.csv", 2, Array("C01,".utf8) + [0xBC, 0xD7, 0xD6, 0xD0, 0xD0, 0xC4]
            + Array(",provincial,cd,comprehensive,leading_enterprise,enterprise,economy,2019,5000".utf8))
    },

    // MARK: Encodings (issue 13)
    BadInput("GB18030 centers.csv whose first Chinese character is 未 (valid UTF-8 bytes)", status: 0,
             expect: "ws: 6 centers, report years 2022–2024 (cycle 2022–2024, scheme catalogue), 28 rows used, 0 rows rejected; 0 errors, 0 warnings") {
        $0.replace("centers.csv", "甲中心", with: "未来中心")
        $0.encodeGB18030("centers.csv")
    },
    BadInput("GB18030 centers.csv whose first Chinese character is 约", status: 0,
             expect: "ws: 6 centers, report years 2022–2024 (cycle 2022–2024, scheme catalogue), 28 rows used, 0 rows rejected; 0 errors, 0 warnings") {
        $0.replace("centers.csv", "甲中心", with: "约定中心")
        $0.encodeGB18030("centers.csv")
    },
    BadInput("GB18030 centers.csv whose first Chinese character is 说", status: 0,
             expect: "ws: 6 centers, report years 2022–2024 (cycle 2022–2024, scheme catalogue), 28 rows used, 0 rows rejected; 0 errors, 0 warnings") {
        $0.replace("centers.csv", "甲中心", with: "说文中心")
        $0.encodeGB18030("centers.csv")
    },
    BadInput("UTF-8 row pasted into a GBK file (its bytes also valid GB18030)",
             expect: #"ws/centers.csv:3:2: error: this line is UTF-8 ("中心") while other lines are GB18030 (GBK): rows pasted from a file in another encoding? Save the whole file again in one encoding, e.g. as "CSV UTF-8 (Comma delimited)"; --encoding gb18030 reads every line as GB18030"#) {
        // 中心 and 绵阳 in UTF-8 are six bytes each, and GB18030 reads them too (as other characters).
        $0.replace("centers.csv", "乙中心", with: "中心")
        let pasted = $0.line("centers.csv", 3)
        $0.encodeGB18030("centers.csv")
        $0.setLine("centers.csv", 3, Array(pasted.utf8))
    },
    BadInput("UTF-8 row pasted into a GBK file (GB18030 refuses it)",
             expect: #"ws/centers.csv:3:2: error: this line is UTF-8 ("乙中心") while other lines are GB18030 (GBK): rows pasted from a file in another encoding? Save the whole file again in one encoding, e.g. as "CSV UTF-8 (Comma delimited)"; --encoding gb18030 reads every line as GB18030"#) {
        let pasted = $0.line("centers.csv", 3)
        $0.encodeGB18030("centers.csv")
        $0.setLine("centers.csv", 3, Array(pasted.utf8))
    },
    BadInput("GBK file with a damaged byte",
             expect: #"ws/centers.csv:5:2: error: bytes here are neither UTF-8 nor GB18030 (GBK), though the file reads as GB18030 (GBK) up to here; retype this cell and save the file again as "CSV UTF-8 (Comma delimited)", or name the file's encoding with --encoding gb18030 or --encoding utf8"#) {
        $0.replace("centers.csv", "丁中心", with: "丁\u{FFFF}心")
        $0.encodeGB18030("centers.csv")
    },
    BadInput("UTF-8 file with a damaged byte",
             expect: #"ws/centers.csv:5:2: error: bytes here are neither UTF-8 nor GB18030 (GBK), though the file reads as UTF-8 up to here; retype this cell and save the file again as "CSV UTF-8 (Comma delimited)", or name the file's encoding with --encoding gb18030 or --encoding utf8"#) {
        var bytes = $0["centers.csv"]!
        let at = bytes.indices.filter { bytes[$0] == 0x0A }[3] + 5 // the first byte of 丁 on line 5
        bytes[at] = 0xFF
        $0["centers.csv"] = bytes
    },
    BadInput("GBK note that is valid UTF-8 (only as a Greek letter)", status: 0,
             expect: #"ws/events.csv:2:4: warning: read as GB18030 (GBK): as UTF-8 the file holds no Chinese, only letters such as "δ", while as GB18030 this cell reads "未"; if the UTF-8 reading is right, pass --encoding utf8"#) {
        $0.replace("events.csv", "示例", with: "未")
        $0.encodeGB18030("events.csv")
    },
    BadInput("--encoding gb18030 on a UTF-8 file", arguments: ["--encoding", "gb18030"],
             expect: #"ws/centers.csv:2:2: error: bytes here are not valid GB18030 (GBK), which --encoding gb18030 asks for; if the file is UTF-8, pass --encoding utf8 or leave --encoding out, or save the file again as "CSV UTF-8 (Comma delimited)""#) { _ in },

    // MARK: CSV structure
    BadInput("unterminated quote in centers.csv",
             expect: "ws/centers.csv:4:2: error: the quote opened here is never closed, so the rest of the file cannot be read; check the double quotes of this cell") {
        $0.replace("centers.csv", "C03,丙中心", with: "C03,\"丙中心")
    },
    BadInput("report truncated inside a quoted cell",
             expect: "ws/reports/2023.csv:7:5: error: the quote opened here is never closed, so the rest of the file cannot be read; check the double quotes of this cell") {
        // The file ends inside the fifth cell of line 7, as when a copy is cut short.
        var lines = String(decoding: $0[report23]!, as: UTF8.self).components(separatedBy: "\n").prefix(7).map { $0 }
        lines[6] = lines[6].components(separatedBy: ",").prefix(4).joined(separator: ",") + ",\"12"
        $0[report23] = Array(lines.joined(separator: "\n").utf8)
    },
    BadInput("row with too few fields",
             expect: "ws/reports/2023.csv:3:1: error: the row has 5 fields but the header has 23; the row is not used") {
        $0.setLine(report23, 3, Array("C02,2023,1,2,3".utf8))
    },
    BadInput("row of 100,000 fields",
             expect: "ws/reports/2023.csv:4:1: error: the row has 100000 fields but the header has 23; the row is not used") {
        $0.setLine(report23, 4, Array(("C03,2023" + String(repeating: ",1", count: 99_998)).utf8))
    },
    BadInput("10 MB single field",
             expect: #"ws/reports/2023.csv:2:\#(col("rd_staff")): error: "rd_staff": expected a number, found "1111111111111111111111111111111111111111…""#) {
        $0.setCell(report23, line: 2, field: field("rd_staff"), "\"" + String(repeating: "1", count: 10_000_000) + "\"")
    },
    BadInput("duplicate header in centers.csv",
             expect: #"ws/centers.csv:1:3: error: the column "name" appears twice (first as column 2); rename or delete one of them"#) {
        $0.replace("centers.csv", "center_id,name,level", with: "center_id,name,name")
    },
    BadInput("duplicate header in a report",
             expect: #"ws/reports/2023.csv:1:4: error: the column "NATIONAL_PROJECTS" appears twice (first as column 3); rename or delete one of them"#) {
        $0.replace(report23, "national_projects,provincial_projects", with: "national_projects,NATIONAL_PROJECTS")
    },
    BadInput("required column missing",
             expect: #"ws/centers.csv:1:10: error: required column "registered_capital_wan" is missing"#) {
        var text = String(decoding: $0["centers.csv"]!, as: UTF8.self).components(separatedBy: "\n")
        text = text.map { $0.components(separatedBy: ",").dropLast().joined(separator: ",") }
        $0["centers.csv"] = Array(text.joined(separator: "\n").utf8)
    },
    BadInput("centers.csv with a header and no rows",
             expect: "ws/centers.csv:1:1: error: the file has a header row but no data rows; it must list at least one center") {
        $0["centers.csv"] = Array((BadInputWorkspace.centersHeader + "\n").utf8)
    },

    // MARK: Values
    BadInput("negative count",
             expect: #"ws/reports/2023.csv:3:\#(col("invention_patents")): error: "invention_patents" must not be negative (-3); expected a count or amount ≥ 0"#) {
        $0.setCell(report23, line: 3, field: field("invention_patents"), "-3")
    },
    BadInput("negative registered capital",
             expect: #"ws/centers.csv:5:10: error: "registered_capital_wan" must not be negative (-8000); expected a count or amount ≥ 0"#) {
        $0.replace("centers.csv", "2018,8000", with: "2018,-8000")
    },
    BadInput("NaN",
             expect: #"ws/reports/2023.csv:2:\#(col("rd_expenditure")): error: "rd_expenditure": expected a finite number, found "NaN""#) {
        $0.setCell(report23, line: 2, field: field("rd_expenditure"), "NaN")
    },
    BadInput("inf",
             expect: #"ws/reports/2023.csv:2:\#(col("rd_expenditure")): error: "rd_expenditure": expected a finite number, found "-inf""#) {
        $0.setCell(report23, line: 2, field: field("rd_expenditure"), "-inf")
    },
    BadInput("1e999",
             expect: #"ws/reports/2023.csv:4:\#(col("national_projects")): error: "national_projects": expected a finite number, found "1e999""#) {
        $0.setCell(report23, line: 4, field: field("national_projects"), "1e999")
    },
    BadInput("#DIV/0!",
             expect: ##"ws/reports/2023.csv:5:\##(col("total_income")): error: "total_income" holds the Excel error value "#DIV/0!"; fix the formula in the workbook and export again"##) {
        $0.setCell(report23, line: 5, field: field("total_income"), "#DIV/0!")
    },
    BadInput("#VALUE!",
             expect: ##"ws/reports/2023.csv:6:\##(col("service_income")): error: "service_income" holds the Excel error value "#VALUE!"; fix the formula in the workbook and export again"##) {
        $0.setCell(report23, line: 6, field: field("service_income"), "#VALUE!")
    },
    BadInput("date where a number belongs",
             expect: #"ws/reports/2023.csv:2:\#(col("rd_staff")): error: "rd_staff": expected a number, found a date "2023-01-05" (is the cell formatted as a date?)"#) {
        $0.setCell(report23, line: 2, field: field("rd_staff"), "2023-01-05")
    },
    BadInput("slash date where a number belongs",
             expect: #"ws/reports/2023.csv:3:\#(col("rd_staff")): error: "rd_staff": expected a number, found a date "2023/1/5" (is the cell formatted as a date?)"#) {
        $0.setCell(report23, line: 3, field: field("rd_staff"), "2023/1/5")
    },
    BadInput("text where a number belongs",
             expect: #"ws/reports/2023.csv:3:\#(col("enterprises_served")): error: "enterprises_served": expected a number, found "约20项""#) {
        $0.setCell(report23, line: 3, field: field("enterprises_served"), "约20项")
    },
    // The scheme reads national_projects, rd_expenditure, enterprises_served and rd_staff (and the
    // integrity relations' columns): text in another column keeps that column as text (issue 16).
    BadInput("text in a column the scheme does not read", status: 0,
             expect: #"ws/reports/2023.csv:3:\#(col("key_technologies")): warning: the scheme does not use the column "key_technologies", which holds text in 1 cell(s) (e.g. "约20项"): the whole column is kept as text, not read as numbers; the evaluation is not affected"#) {
        $0.setCell(report23, line: 3, field: field("key_technologies"), "约20项")
    },
    BadInput("year written in words",
             expect: #"ws/reports/2023.csv:2:2: error: "year": expected a whole number such as 2023, found "二〇二三""#) {
        $0.setCell(report23, line: 2, field: 1, "二〇二三")
    },
    BadInput("unknown level",
             expect: #"ws/centers.csv:2:3: error: "level": unknown value "county"; allowed values: national, provincial, municipal"#) {
        $0.replace("centers.csv", "C01,甲中心,provincial", with: "C01,甲中心,county")
    },
    BadInput("report row of a center whose registry row was rejected",
             expect: #"ws/reports/2023.csv:2:1: error: center "C01" has errors in its registry row (ws/centers.csv line 2); fix that row first; this row is not used"#) {
        $0.replace("centers.csv", "C01,甲中心,provincial", with: "C01,甲中心,county")
    },
    BadInput("unknown category",
             expect: #"ws/centers.csv:3:5: error: "category": unknown value "综合"; allowed values: comprehensive, domain"#) {
        $0.replace("centers.csv", "绵阳,domain", with: "绵阳,综合")
    },
    BadInput("unknown event",
             expect: #"ws/events.csv:2:3: error: "event": unknown value "fraud"; allowed values: integrity_violation, not_participating, withdrawn"#) {
        $0.replace("events.csv", "integrity_violation", with: "fraud")
    },
    BadInput("empty required name",
             expect: #"ws/centers.csv:3:2: error: "name" must not be empty"#) {
        $0.replace("centers.csv", "C02,乙中心,", with: "C02,,")
    },
    BadInput("rating above 100",
             expect: #"ws/ratings.csv:3:4: error: "score": expected 0–100, found 150"#) {
        $0.replace("ratings.csv", "C02,2023,R1,90", with: "C02,2023,R1,150")
    },
    BadInput("malformed cycle in history",
             expect: #"ws/history.csv:2:2: error: expected a cycle such as "2019-2021", found "2021-2019""#) {
        $0.replace("history.csv", "2019-2021", with: "2021-2019")
    },

    // MARK: Workspace consistency
    BadInput("duplicate center_id",
             expect: #"ws/centers.csv:4:1: error: duplicate center_id "C02" (first on line 3); this row is not used"#) {
        $0.replace("centers.csv", "C03,丙中心", with: "C02,丙中心")
    },
    BadInput("center id that is a path",
             expect: #"ws/centers.csv:2:1: error: "center_id": "../../etc" contains characters not allowed in an identifier (line breaks, control characters or path separators)"#) {
        $0.replace("centers.csv", "C01,甲中心", with: "../../etc,甲中心")
    },
    BadInput("report row for an unknown center",
             expect: #"ws/reports/2023.csv:7:1: error: center_id "C99" is not in centers.csv; the row is not used"#) {
        $0.setCell(report23, line: 7, field: 0, "C99")
    },
    BadInput("report row of another year",
             expect: "ws/reports/2023.csv:4:2: error: year 2022 differs from the file's year 2023; the row is not used") {
        $0.setCell(report23, line: 4, field: 1, "2022")
    },
    BadInput("second report row for a center",
             expect: #"ws/reports/2023.csv:3:1: error: second 2023 report for center "C01" (first on line 2); this row is not used"#) {
        $0.setCell(report23, line: 3, field: 0, "C01")
    },

    // MARK: Evaluate refuses bad workspaces and schemes
    BadInput("evaluate on a workspace with a NaN", .evaluate,
             expect: #"ws/reports/2024.csv:2:\#(col("rd_staff")): error: "rd_staff": expected a finite number, found "nan""#) {
        $0.setCell("reports/2024.csv", line: 2, field: field("rd_staff"), "nan")
    },
    BadInput("evaluate with a cycle that has no reports", .evaluate, arguments: ["--cycle", "2025-2027"],
             expect: "ws/reports:1:1: error: the cycle 2025-2027 has no report file for: 2025, 2026, 2027") { _ in },
    BadInput("evaluate with every report header-only", .evaluate,
             expect: #"ws/centers.csv:2:1: error: center "C01" (甲中心) has no 2022 annual report (no row in ws/reports/2022.csv). Add its row to that file; or record it in events.csv as 2022,not_participating; or set defaults.missing_report in the scheme to not_participating (treated as not taking part) or impute_own_years (filled from its own other years)"#) {
        for year in 2022...2024 { $0["reports/\(year).csv"] = Array(("center_id,year," + BadInputWorkspace.reportColumns.joined(separator: ",") + "\n").utf8) }
    },

    // MARK: Absent data (issue 12)
    BadInput("a center without its 2023 report",
             expect: #"ws/centers.csv:4:1: error: center "C03" (丙中心) has no 2023 annual report (no row in ws/reports/2023.csv). Add its row to that file; or record it in events.csv as 2023,not_participating; or set defaults.missing_report in the scheme to not_participating (treated as not taking part) or impute_own_years (filled from its own other years)"#) {
        $0.setLine(report23, 4, [])
    },
    BadInput("three centers without any report are not graded from others' means", .evaluate,
             expect: #"ws/centers.csv:3:1: error: center "C02" (乙中心) has no 2024 annual report (no row in ws/reports/2024.csv). Add its row to that file; or record it in events.csv as 2024,not_participating; or set defaults.missing_report in the scheme to not_participating (treated as not taking part) or impute_own_years (filled from its own other years)"#) {
        for year in 2022...2024 { for line in 2...4 { $0.setLine("reports/\(year).csv", line, []) } }
    },
    BadInput("a center approved within the cycle is not missing its earlier years", status: 0,
             expect: "ws: 6 centers, report years 2022–2024 (cycle 2022–2024, scheme catalogue), 27 rows used, 0 rows rejected; 0 errors, 0 warnings") {
        $0.replace("centers.csv", "economy,2019,5000", with: "economy,2023,5000")
        $0.setLine("reports/2022.csv", 2, [])
    },
    BadInput("a center approved within the cycle still owes the years after its approval",
             expect: #"ws/centers.csv:2:1: error: center "C01" (甲中心) has no 2024 annual report (no row in ws/reports/2024.csv). Add its row to that file; or record it in events.csv as 2024,not_participating; or set defaults.missing_report in the scheme to not_participating (treated as not taking part) or impute_own_years (filled from its own other years)"#) {
        $0.replace("centers.csv", "economy,2019,5000", with: "economy,2023,5000")
        $0.setLine("reports/2022.csv", 2, [])
        $0.setLine("reports/2024.csv", 2, [])
    },
    BadInput("a scheme column missing from the 2023 report",
             expect: #"ws/reports/2023.csv:1:1: error: the 2023 report has no column "rd_staff" (R&D staff), which the scheme's dimensions[1].indicators[1] (rd_staff) needs. Add the column to this file (header rd_staff); if the evaluation is not to use the indicator, remove it from the scheme"#) {
        $0.dropColumn(report23, field("rd_staff"))
    },
    BadInput("a scheme column missing from the 2022 report",
             expect: #"ws/reports/2022.csv:1:1: error: the 2022 report has no column "rd_staff" (R&D staff), which the scheme's dimensions[1].indicators[1] (rd_staff) needs. Add the column to this file (header rd_staff); if the evaluation is not to use the indicator, remove it from the scheme"#) {
        $0.dropColumn("reports/2022.csv", field("rd_staff"))
    },
    BadInput("an indicator empty for every center",
             expect: #"ws/reports/2022.csv:1:3: error: no center has a value of the scheme's dimensions[0].indicators[0] (national_projects (National major S&T projects undertaken)) in the cycle. Complete the data; if the evaluation is not to use the indicator, remove it from the scheme (the department then sets the weights again)"#) {
        for year in 2022...2024 { for line in 2...7 { $0.setCell("reports/\(year).csv", line: line, field: field("national_projects"), "") } }
    },
    BadInput("placeholder 空 is missing, not zero",
             expect: #"ws/reports/2023.csv:3:\#(col("rd_expenditure")): error: center "C02": "rd_expenditure" for 2023 is empty or a placeholder and the indicator's missing-data policy is error. Fill in the value, or choose zero, center_mean, center_min or group_mean for the indicator in the scheme"#) {
        $0.setCell(report23, line: 3, field: field("rd_expenditure"), "空")
    },
    BadInput("placeholder #N/A is missing, not an error value",
             expect: #"ws/reports/2023.csv:5:\#(col("enterprises_served")): error: center "C04": "enterprises_served" for 2023 is empty or a placeholder and the indicator's missing-data policy is error. Fill in the value, or choose zero, center_mean, center_min or group_mean for the indicator in the scheme"#) {
        $0.setCell(report23, line: 5, field: field("enterprises_served"), "#N/A")
    },
    BadInput("a percentage in an amount column",
             expect: #"ws/reports/2023.csv:2:\#(col("rd_expenditure")): error: "rd_expenditure" is an amount in 万元, not a percentage: "12.5%" would be read as a hundredth of the number; enter the value itself"#) {
        $0.setCell(report23, line: 2, field: field("rd_expenditure"), "12.5%")
    },
    BadInput("a full-width percentage in a count column",
             expect: #"ws/reports/2023.csv:2:\#(col("rd_staff")): error: "rd_staff" is a count, not a percentage: "30％" would be read as a hundredth of the number; enter the value itself"#) {
        $0.setCell(report23, line: 2, field: field("rd_staff"), "30％")
    },
    BadInput("approved_year out of range",
             expect: "ws/centers.csv:2:9: error: approved_year 20019 is outside 1949–2025 (the latest report is 2024); check the year the center was approved") {
        $0.replace("centers.csv", "economy,2019,5000", with: "economy,20019,5000")
    },
    BadInput("an id with a zero-width space",
             expect: "ws/centers.csv:2:1: error: \"center_id\": \"C0\u{200B}1\" contains the invisible character U+200B (zero-width or text-direction control), so it never matches the id it looks like; retype the id without it") {
        $0.replace("centers.csv", "C01,甲中心", with: "C0\u{200B}1,甲中心")
    },
    BadInput("a report id with a bidi override",
             expect: "ws/reports/2023.csv:3:1: error: \"center_id\": \"C02\u{202E}\" contains the invisible character U+202E (zero-width or text-direction control), so it never matches the id it looks like; retype the id without it") {
        $0.setCell(report23, line: 3, field: 0, "C02\u{202E}")
    },
    BadInput("a rating repeated",
             expect: "ws/ratings.csv:4:1: error: this row repeats line 2 (center_id C01, year 2023, rater R1): center_id, year, rater must be unique; delete one of the two rows (it would be counted twice)") {
        $0["ratings.csv"]! += Array("C01,2023,R1,95\n".utf8)
    },
    BadInput("an event repeated",
             expect: "ws/events.csv:3:1: error: this row repeats line 2 (center_id C06, year 2023, event integrity_violation): center_id, year, event must be unique; delete one of the two rows (it would be counted twice)") {
        $0["events.csv"]! += Array("C06,2023,integrity_violation,再次登记\n".utf8)
    },
    BadInput("conflicting history rows",
             expect: "ws/history.csv:3:1: error: this row repeats line 2 (center_id C01, cycle 2019-2021): center_id, cycle must be unique; delete one of the two rows (it would be counted twice)") {
        $0["history.csv"]! += Array("C01,2019-2021,unqualified,rectifying\n".utf8)
    },
    BadInput("center_mean never falls back to other centers",
             expect: #"ws/reports/2022.csv:3:\#(col("rd_staff")): error: center "C02" has no value of "rd_staff" in any year of the cycle, so center_mean has nothing of its own to fill from (other centers' values are never used). Fill in the center's values"#) {
        $0.replace("scheme.json", #"dimension_weights: {method: "explicit"},"#, with: #"defaults: {missing: "center_mean"}, dimension_weights: {method: "explicit"},"#)
        for year in 2022...2024 { $0.setCell("reports/\(year).csv", line: 3, field: field("rd_staff"), "") }
    },
    BadInput("more imputed than max_imputed_share allows",
             expect: #"ws/centers.csv:3:1: error: center "C02": 1 of the 12 values in its reports would be imputed (8.3 %), more than the scheme allows (5 %, defaults.max_imputed_share). Fill in the missing values, or have the department change the limit"#) {
        $0.replace("scheme.json", #"dimension_weights: {method: "explicit"},"#, with: #"defaults: {missing: "center_mean", max_imputed_share: 0.05}, dimension_weights: {method: "explicit"},"#)
        $0.setCell(report23, line: 3, field: field("rd_staff"), "—")
    },
    schemeCase("the exclude policy is refused",
               expect: "ws/scheme.json: defaults.missing: error: exclude is no longer offered: it let a center drop its weakest indicator and reweighted the rest; expected one of: error, zero, center_mean, center_min, group_mean") {
        $0.replace("scheme.json", #"dimension_weights: {method: "explicit"},"#, with: #"defaults: {missing: "exclude"}, dimension_weights: {method: "explicit"},"#)
    },
    schemeCase("group_mean as the default is refused",
               expect: "ws/scheme.json: defaults.missing: error: group_mean fills a center's gap from other centers' values, so it cannot be the default; set it only on the indicators where the department means it") {
        $0.replace("scheme.json", #"dimension_weights: {method: "explicit"},"#, with: #"defaults: {missing: "group_mean"}, dimension_weights: {method: "explicit"},"#)
    },

    // MARK: Schemes
    schemeCase("scheme truncated", expect: "ws/scheme.json: $: error: not valid JSON: expected a key at line 7, column 69") {
        $0["scheme.json"] = Array(String(decoding: $0["scheme.json"]!, as: UTF8.self).components(separatedBy: "\n").prefix(7).joined(separator: "\n").utf8)
    },
    schemeCase("scheme nested 100,000 levels deep", expect: "ws/scheme.json: $: error: not valid JSON: expected at most 512 levels of nesting at line 1, column 513") {
        $0["scheme.json"] = Array(String(repeating: "[", count: 100_000).utf8)
    },
    schemeCase("zero weight", expect: "ws/scheme.json: dimensions[0].weight: error: must be > 0") {
        $0.replace("scheme.json", "weight: 0.5", with: "weight: 0")
    },
    schemeCase("negative weight", expect: "ws/scheme.json: dimensions[1].weight: error: must be > 0") {
        $0.replace("scheme.json", "第二条\", weight: 0.5", with: "第二条\", weight: -0.5")
    },
    schemeCase("NaN weight", expect: "ws/scheme.json: dimensions[0].weight: error: must be a finite number (not NaN or Infinity)") {
        $0.replace("scheme.json", "weight: 0.5", with: "weight: NaN")
    },
    schemeCase("infinite weight", expect: "ws/scheme.json: dimensions[0].weight: error: must be a finite number (not NaN or Infinity)") {
        $0.replace("scheme.json", "weight: 0.5", with: "weight: Infinity")
    },
    schemeCase("non-reciprocal AHP matrix",
               expect: "ws/scheme.json: dimensions[1].indicator_weights.matrices[0][0][1]: error: not reciprocal: [0][1] × [1][0] = 3 × 3 ≠ 1") {
        $0.replace("scheme.json", "第二条\", weight: 0.5,", with: "第二条\", weight: 0.5, indicator_weights: {method: \"ahp\", matrices: [[[1, 3], [3, 1]]]},")
    },
    schemeCase("cyclic derived references",
               expect: "ws/scheme.json: dimensions[1].indicators[1].derived: error: cyclic derived reference: x → y → x") {
        $0.replace("scheme.json", #"{code: "rd_staff", direction: "benefit"}"#, with: #"{code: "x", name: "x", name_en: "x", unit: "ratio", direction: "benefit", derived: {numerator: "y", denominator: "total_income"}}, {code: "y", name: "y", name_en: "y", unit: "ratio", direction: "benefit", derived: {numerator: "x", denominator: "total_income"}}"#)
    },
    schemeCase("derived ratio over a missing column",
               expect: "ws/scheme.json: dimensions[1].indicators[1].derived.numerator: error: unknown column 'service_incme'; expected a report column or a derived indicator of this scheme") {
        $0.replace("scheme.json", #"{code: "rd_staff", direction: "benefit"}"#, with: #"{code: "my_share", name: "比例", name_en: "Share", unit: "ratio", direction: "benefit", derived: {numerator: "service_incme", denominator: "total_income"}}"#)
    },
    schemeCase("veto on a missing indicator",
               expect: "ws/scheme.json: grading.vetoes[0].indicator: error: unknown indicator 'rd_stuff'; expected an indicator of the scheme or a report column") {
        $0.replace("scheme.json", "grading: {cutoffs: {excellent: 85, good: 70, qualified: 50}}",
                   with: #"grading: {cutoffs: {excellent: 85, good: 70, qualified: 50}, vetoes: [{indicator: "rd_stuff", op: "<", value: 1}]}"#)
    },
    schemeCase("cut-offs not decreasing",
               expect: "ws/scheme.json: grading.cutoffs.good: error: cut-offs must be strictly decreasing: 90 must be less than excellent (85)") {
        $0.replace("scheme.json", "good: 70", with: "good: 90")
    },
    schemeCase("scheme that is not UTF-8", expect: "ws/scheme.json: $: error: not UTF-8 text; save the scheme file as UTF-8") {
        $0["scheme.json"] = [0x7B, 0xB2, 0xE2, 0x7D]
    },
    schemeCase("evaluate with a zero weight", .evaluate, expect: "ws/scheme.json: dimensions[0].weight: error: must be > 0") {
        $0.replace("scheme.json", "weight: 0.5", with: "weight: 0")
    },

    // MARK: Files and outputs (issue 13)
    BadInput("report files whose names differ only in case",
             expect: "ws/reports/2023.CSV:1:1: error: differs from ws/reports/2023.csv only in letter case, so ticeval cannot tell which one to use; ws/reports/2023.csv was read and this file was not: delete or rename one of them") {
        $0["reports/2023.CSV"] = $0[report23]
    },
    BadInput("Centers.csv beside centers.csv",
             expect: "ws/Centers.csv:1:1: error: differs from ws/centers.csv only in letter case, so ticeval cannot tell which one to use; ws/centers.csv was read and this file was not: delete or rename one of them") {
        $0["Centers.csv"] = $0["centers.csv"]
    },
    BadInput("evaluate with 2024.csv and 2024.Csv", .evaluate,
             expect: "ws/reports/2024.Csv:1:1: error: differs from ws/reports/2024.csv only in letter case, so ticeval cannot tell which one to use; ws/reports/2024.csv was read and this file was not: delete or rename one of them") {
        $0["reports/2024.Csv"] = $0["reports/2024.csv"]
    },
    BadInput("validate --rejected onto an input file", arguments: ["--rejected", "ws/reports/2023.csv"],
             expect: "error: ws/reports/2023.csv is an input file of this run; writing there would overwrite it; choose another output path") { _ in },
    BadInput("validate --rejected onto an input by another name", arguments: ["--rejected", "ws/./centers.csv"],
             expect: "error: ws/./centers.csv is the input file ws/centers.csv of this run; writing there would overwrite it; choose another output path") { _ in },
    BadInput("evaluate --out the workspace", .evaluate, arguments: ["--out", "ws"],
             expect: "error: ws is an input of this run; writing outputs there would replace it; choose another output folder") { _ in },
    BadInput("evaluate --out the reports folder", .evaluate, arguments: ["--out", "ws/reports"],
             expect: "error: ws/reports holds ws/reports/2022.csv, an input file of this run; writing outputs there would replace it; choose another output folder") { _ in },
    BadInput("evaluate --out an input file", .evaluate, arguments: ["--out", "ws/centers.csv"],
             expect: "error: ws/centers.csv exists and is not a folder; choose another output folder") { _ in },
    BadInput("evaluate --out a folder of the user's own files", .evaluate, arguments: ["--out", "ws/notes"],
             expect: "error: ws/notes is not a ticeval output folder: it holds files ticeval did not write (draft.txt, old/). ticeval replaces an output folder as a whole, so it writes only to a new or empty folder or one it wrote before; move those files away or choose another output folder") {
        $0["notes/draft.txt"] = Array("mine".utf8)
        $0["notes/old/a.txt"] = Array("mine".utf8)
    },
] + robustnessInputs

// MARK: Robustness (issue 13)

/// Huge numbers, failed reads, duplicate and unknown scheme keys, numeric option limits: each case
/// is refused with its message, never a trap, a NaN in an output or a Swift type name.
private let robustnessInputs: [BadInput] = [
    BadInput("report value beyond 1e100",
             expect: #"ws/reports/2023.csv:2:\#(col("rd_expenditure")): error: "rd_expenditure": expected 0–1e+100, found 1e+200"#) {
        $0.setCell(report23, line: 2, field: field("rd_expenditure"), "1e200")
    },
    schemeCase("duplicate key in a scheme",
               expect: "ws/scheme.json: dimensions[0].weight: error: duplicate key 'weight' at line 7, column 70 (first at line 7, column 57); remove one of them") {
        $0.replace("scheme.json", "weight: 0.5,", with: "weight: 0.5, weight: 0.6,")
    },
    schemeCase("misspelled scheme key",
               expect: "ws/scheme.json: defaults.cycle_agregation: error: unknown key 'cycle_agregation'; did you mean 'cycle_aggregation'?") {
        $0.replace("scheme.json", "dimension_weights:", with: #"defaults: {cycle_agregation: "mean"}, dimension_weights:"#)
    },
    schemeCase("unknown scheme key with no near key",
               expect: "ws/scheme.json: aggregation.colour: error: unknown key 'colour'; known keys: method, v") {
        $0.replace("scheme.json", "grading: {cutoffs:", with: #"aggregation: {method: "weighted_sum", colour: "red"}, grading: {cutoffs:"#)
    },
    schemeCase("NaN where the normalization ignores it",
               expect: "ws/scheme.json: dimensions[0].indicators[0].floor: error: must be a finite number (not NaN or Infinity)") {
        $0.replace("scheme.json", #"{code: "national_projects", direction: "benefit"}"#,
                   with: #"{code: "national_projects", direction: "benefit", normalization: "minmax", floor: NaN}"#)
    },
    BadInput("schemes show on a NaN the normalization ignores (the fuzzer's trap in jsonData)",
             .run(["schemes", "show", "ws/scheme.json"]),
             expect: "ws/scheme.json: dimensions[0].indicators[0].flor: error: unknown key 'flor'; did you mean 'floor'?") {
        $0.replace("scheme.json", #"{code: "national_projects", direction: "benefit"}"#,
                   with: #"{code: "national_projects", direction: "benefit", normalization: "minmax", ceiling: NaN, flor: 0}"#)
    },
    schemeCase("number too large for a Double",
               expect: "ws/scheme.json: dimensions[0].weight: error: the number 1e999 is too large to represent; must be a finite number") {
        $0.replace("scheme.json", "weight: 0.5", with: "weight: 1e999")
    },
    schemeCase("weights of 1.7e308",
               expect: "ws/scheme.json: dimensions: error: weights too large: they must be finite and sum to a finite total (e.g. shares such as 0.25, 0.4 that sum to 1); these sum beyond the largest number") {
        $0.replace("scheme.json", "weight: 0.5", with: "weight: 1.7e308")
        $0.replace("scheme.json", "weight: 0.5", with: "weight: 1.7e308")
    },
    schemeCase("AHP matrix with extreme judgements",
               expect: "ws/scheme.json: dimensions[1].indicator_weights.matrices[0][0][1]: error: must be between 1/1000000 and 1000000 (Saaty's scale is 1/9 to 9)") {
        $0.replace("scheme.json", "第二条\", weight: 0.5,", with: "第二条\", weight: 0.5, indicator_weights: {method: \"ahp\", matrices: [[[1, 1e300], [1e-300, 1]]]},")
    },
    schemeCase("scheme.json is a folder", expect: "ws/scheme.json: error: cannot read the scheme file: it is a folder, not a file") {
        $0["scheme.json"] = nil
        $0["scheme.json/x"] = [0x41]
    },
    BadInput("evaluate when scheme.json is a folder", .evaluate,
             expect: "ws/scheme.json: error: cannot read the scheme file: it is a folder, not a file") {
        $0["scheme.json"] = nil
        $0["scheme.json/x"] = [0x41]
    },
    BadInput("cut-off of 1e19 evaluates (a warning, no trap)", .run(["evaluate", "ws", "--out", "out", "--format", "json"]), status: 0,
             expect: "ws/scheme.json: grading.cutoffs.excellent: warning: outside the 0–100 score range") {
        $0.replace("scheme.json", "excellent: 85", with: "excellent: 1e19")
    },
    BadInput("mcda on values near 1.7e308", .run(["mcda", "ws/huge.csv"]),
             expect: #"ws/huge.csv:3:2: error: "a" has the value 1.7e+308, too large to compute with; values must lie within ±1e+100 (use a larger unit, e.g. 万元)"#) {
        $0["huge.csv"] = Array("alt,a,b\nA1,5,2\nA2,1.7e308,3\nA3,1.6e308,4\n".utf8)
    },
    BadInput("weights on values near 1.7e308", .run(["weights", "ws/huge.csv", "--method", "stddev"]),
             expect: #"ws/huge.csv:3:2: error: "a" has the value 1.7e+308, too large to compute with; values must lie within ±1e+100 (use a larger unit, e.g. 万元)"#) {
        $0["huge.csv"] = Array("alt,a,b\nA1,5,2\nA2,1.7e308,3\nA3,1.6e308,4\n".utf8)
    },
    BadInput("mcda --weights 1.7e308", .run(["mcda", "ws/m.csv", "--weights", "1.7e308,1"]), status: 2,
             expect: "Error: --weights: item 1 is 1.7e+308, too large; weights are used as given and must be at most 1e+100 (give shares such as 0.5,0.3,0.2)") {
        $0["m.csv"] = Array("alt,a,b\nA1,5,2\nA2,7,3\nA3,6,4\n".utf8)
    },
    BadInput("ahp with judgements of 1e300", .run(["ahp", "ws/ahp.csv"]),
             expect: #"ws/ahp.csv:1:2: error: the judgement of "1" over "2" is 1e+300, outside 1/1000000 to 1000000 (Saaty's scale is 1/9 to 9)"#) {
        $0["ahp.csv"] = Array("1,1e300,1e300\n1e-300,1,1e300\n1e-300,1e-300,1\n".utf8)
    },
    BadInput("screen with a three-year R&D sum that overflows", .run(["screen", "ws/apply.csv", "--format", "csv"]), status: 0,
             expect: #"A1,甲公司,enterprise,rd_average,"Hunan TIC Implementation Plan (2020), III(4)",at_least,4000,1.7e+308,wan,pass,,eligible"#) {
        $0["apply.csv"] = Array("applicant_id,name,lead_type,rd_expenditure_y1,rd_expenditure_y2,rd_expenditure_y3,annual_income,service_income,transfer_cases,legal_entity,registered_capital_wan\nA1,甲公司,enterprise,1.7e308,1.7e308,1.7e308,,,,yes,5000\n".utf8)
    },
    BadInput("uncertainty --samples 9223372036854775807", .run(["uncertainty", "ws/m.csv", "--samples", "9223372036854775807"]), status: 2,
             expect: "Error: --samples must be in 2…10000000, got 9223372036854775807") {
        $0["m.csv"] = Array("alt,a,b\nA1,5,2\nA2,7,3\nA3,6,4\n".utf8)
    },
    BadInput("uncertainty --threads 100000", .run(["uncertainty", "ws/m.csv", "--threads", "100000"]), status: 2,
             expect: "Error: --threads must be in 1…64, got 100000") {
        $0["m.csv"] = Array("alt,a,b\nA1,5,2\nA2,7,3\nA3,6,4\n".utf8)
    },
    BadInput("uncertainty --sensitivity with 2,000,000 samples", .run(["uncertainty", "ws/m.csv", "--samples", "2000000", "--sensitivity"]), status: 2,
             expect: "Error: --samples (with --sensitivity) must be in 2…1000000, got 2000000") {
        $0["m.csv"] = Array("alt,a,b\nA1,5,2\nA2,7,3\nA3,6,4\n".utf8)
    },
    BadInput("uncertainty --weights 1.7e308", .run(["uncertainty", "ws/m.csv", "--weights", "1.7e308,1.7e308"]), status: 2,
             expect: "Error: --weights: item 1 is '1.7e308'; expected numbers from 0 to 1e+100 such as 0.4,0.3,0.3") {
        $0["m.csv"] = Array("alt,a,b\nA1,5,2\nA2,7,3\nA3,6,4\n".utf8)
    },
    BadInput("uncertainty --weight-samples with an overflowing row", .run(["uncertainty", "ws/m.csv", "--weight-samples", "ws/w.csv", "--out", "out"]),
             expect: "ws/w.csv:3:1: error: '1.7e308' is not a number from 0 to 1e+100") {
        $0["m.csv"] = Array("alt,a,b\nA1,5,2\nA2,7,3\nA3,6,4\n".utf8)
        $0["w.csv"] = Array("a,b\n0.5,0.5\n1.7e308,1.7e308\n".utf8)
    },
    BadInput("uncertainty --weight-samples with an all-zero row", .run(["uncertainty", "ws/m.csv", "--weight-samples", "ws/w.csv", "--out", "out"]),
             expect: "ws/w.csv:2:1: error: every weight of this row is 0; each sample needs at least one positive weight") {
        $0["m.csv"] = Array("alt,a,b\nA1,5,2\nA2,7,3\nA3,6,4\n".utf8)
        $0["w.csv"] = Array("a,b\n0,0\n".utf8)
    },
]


/// Finds what a user must never see: Swift type names, enum dumps, NSError domains, and NaN or an
/// infinity printed as a value (`nan`, `-inf`, as Swift prints a `Double`; a user's own text in
/// quotes, such as `found "NaN"`, is not a leak).
enum SwiftNameLeak {
    static let fragments = ["Error(", "NSCocoaErrorDomain", "NSPOSIXErrorDomain", "Error Domain=", "Optional(",
                            "TICIngest.", "TICPolicy.", "TICScoring.", "TICReport.", ".init(", "Swift."]

    /// The lines that leak, each once.
    static func lines(in lines: [String]) -> [String] {
        lines.filter { line in
            fragments.contains { line.contains($0) } || printsNonFinite(line)
                || line.contains(/ticeval\.[A-Z]/)   // a type of the CLI module, e.g. ticeval.CommandFailure
        }
    }

    /// Whether `line` holds `nan`, `-nan`, `inf` or `-inf` as a word outside quotes.
    static func printsNonFinite(_ line: String) -> Bool {
        var unquoted = ""
        var quote: Character?
        for character in line {
            if let open = quote {
                if character == open || (open == "“" && character == "”") { quote = nil }
            } else if character == "\"" || character == "“" {
                quote = character
            } else if character == "'" && !(unquoted.last?.isLetter ?? false) {
                quote = character
            } else {
                unquoted.append(character)
            }
        }
        let words = unquoted.split { !($0.isLetter || $0 == "-") }
        return words.contains { ["nan", "-nan", "inf", "-inf"].contains(String($0)) }
    }
}

@Suite("Bad-input catalogue: every malformed input gives its located diagnostic and exit status 1")
struct BadInputCatalogueTests {
    @Test("the base workspace is valid and evaluates")
    func baseIsValid() throws {
        let dir = try Self.workspace(BadInputWorkspace.files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let validate = try CLIRunner.run(["validate", "ws", "--lang", "en"], in: dir)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(validate.stdout.contains("0 errors"))
        let evaluate = try CLIRunner.run(["evaluate", "ws", "--out", "out", "--lang", "en"], in: dir)
        #expect(evaluate.status == 0, "\(evaluate.stdout)\(evaluate.stderr)")
        let schemes = try CLIRunner.run(["schemes", "validate", "ws/scheme.json", "--lang", "en"], in: dir)
        #expect(schemes.status == 0, "\(schemes.stdout)\(schemes.stderr)")
    }

    @Test("bad input", arguments: badInputs)
    func catalogue(_ input: BadInput) throws {
        var files = BadInputWorkspace.files
        input.mutate(&files)
        let dir = try Self.workspace(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let arguments: [String]
        switch input.command {
        case .validate: arguments = ["validate", "ws"]
        case .evaluate: arguments = ["evaluate", "ws", "--out", "out"]
        case .schemesValidate: arguments = ["schemes", "validate", "ws/scheme.json"]
        case .run(let given): arguments = given
        }
        let result = try CLIRunner.run(arguments + input.extraArguments + ["--lang", "en"], in: dir)
        #expect(result.status == input.status, "\(result.stdout.prefix(2000))\(result.stderr.prefix(2000))")
        let lines = (result.stdout + result.stderr).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains(input.expected),
                "expected line not printed:\n\(input.expected)\n--- got:\n\(lines.prefix(20).joined(separator: "\n"))")
        #expect(!lines.contains { $0.localizedCaseInsensitiveContains("fatal error") || $0.contains("nan,") })
        let leaks = SwiftNameLeak.lines(in: lines)
        #expect(leaks.isEmpty, "Swift type names or non-finite values in the output:\n\(leaks.joined(separator: "\n"))")
        if input.command == .evaluate {
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/ranking.csv").path))
        }
    }

    @Test("a report with a header and no rows is a warning naming the file; every center is missing that year")
    func headerOnlyReport() throws {
        var files = BadInputWorkspace.files
        files[report23] = Array(("center_id,year," + BadInputWorkspace.reportColumns.joined(separator: ",") + "\n").utf8)
        let dir = try Self.workspace(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["validate", "ws", "--lang", "en"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains("ws/reports/2023.csv:1:1: warning: the file has a header row but no data rows: no center has a 2023 report"))
        #expect(result.stdout.split(separator: "\n").filter { $0.contains("has no 2023 annual report") }.count == 6)
    }

    /// Writes `files` under a fresh temporary folder's `ws/` and returns the temporary folder.
    static func workspace(_ files: [String: [UInt8]]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-bad-\(UUID().uuidString)")
        let ws = dir.appendingPathComponent("ws")
        try FileManager.default.createDirectory(at: ws.appendingPathComponent("reports"), withIntermediateDirectories: true)
        for (path, bytes) in files {
            let url = ws.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        if files.keys.allSatisfy({ !$0.hasPrefix("reports/") }) {
            try FileManager.default.removeItem(at: ws.appendingPathComponent("reports"))
        }
        return dir
    }
}

// MARK: Encodings (issue 13): GB18030 bytes

/// GB18030 byte pairs of the Chinese characters the catalogue writes (`iconv -f UTF-8 -t GB18030`);
/// U+FFFF stands for the byte 0xFF, which neither UTF-8 nor GB18030 accepts. 未 CE B4, 约 D4 BC and
/// 说 CB B5 are also valid UTF-8 ("δ", "Լ", "˵").
private let gb18030Pairs: [Character: [UInt8]] = [
    "甲": [0xBC, 0xD7], "乙": [0xD2, 0xD2], "丙": [0xB1, 0xFB], "丁": [0xB6, 0xA1], "戊": [0xCE, 0xEC], "己": [0xBC, 0xBA],
    "中": [0xD6, 0xD0], "心": [0xD0, 0xC4], "成": [0xB3, 0xC9], "都": [0xB6, 0xBC], "绵": [0xC3, 0xE0], "阳": [0xD1, 0xF4],
    "德": [0xB5, 0xC2], "宜": [0xD2, 0xCB], "宾": [0xB1, 0xF6], "泸": [0xE3, 0xF2], "州": [0xD6, 0xDD], "示": [0xCA, 0xBE],
    "例": [0xC0, 0xFD], "未": [0xCE, 0xB4], "来": [0xC0, 0xB4], "约": [0xD4, 0xBC], "定": [0xB6, 0xA8], "说": [0xCB, 0xB5],
    "文": [0xCE, 0xC4], "\u{FFFF}": [0xFF],
]

private extension Dictionary where Key == String, Value == [UInt8] {
    /// Re-encodes `file` (UTF-8 text) as GB18030, as Excel's plain "CSV" on a Chinese Windows saves it.
    mutating func encodeGB18030(_ file: String) {
        self[file] = String(decoding: self[file]!, as: UTF8.self).flatMap { character -> [UInt8] in
            character.isASCII ? Array(String(character).utf8) : gb18030Pairs[character]!
        }
    }
}
