import TICIngest
import TICPolicy
import Testing
import TICSupport

@Suite struct EligibilityApplicationsFileTests {
    static let header = "applicant_id,name,lead_type,rd_expenditure_y1,rd_expenditure_y2,rd_expenditure_y3,annual_income,service_income,transfer_cases,legal_entity,registered_capital_wan\n"

    func read(_ body: String, header: String = Self.header) throws -> EligibilityApplicationsFile {
        try EligibilityApplicationsFile(file: CSVFile(bytes: ContiguousArray((header + body).utf8), path: "apps.csv"))
    }

    @Test("GB-style numbers, full-width digits, Chinese codes and yes/no spellings are read")
    func spellings() throws {
        let file = try read("""
            A,甲,enterprise,"4,000",４０００,4000.00,,,,是,"1,000"
            B,乙,科研院所,,,,1000,300,5,TRUE,1000
            C,丙,new_rd_institution,,,,1000,300,5,0,1000

            """)
        #expect(file.diagnostics.isEmpty)
        let a = file.applications[0], b = file.applications[1], c = file.applications[2]
        #expect(a.rdExpenditure == [4000, 4000, 4000])
        #expect(a.legalEntity == true)
        #expect(a.registeredCapitalWan == 1000)
        #expect(a.annualIncome == nil && a.gaps.isEmpty)
        #expect(b.leadType == .institute && b.legalEntity == true)
        #expect(c.legalEntity == false)
        #expect(a.line == 2 && c.line == 4)
    }

    @Test("bad cells give located diagnostics and invalid gaps", arguments: [
        ("A,甲,enterprise,4000,abc,4000,,,,yes,1000", 5, EligibilityField.rdExpenditureY2),
        ("A,甲,enterprise,4000,4000,4000,,,,yes,-5", 11, .registeredCapital),
        ("A,甲,company,4000,4000,4000,,,,yes,1000", 3, .leadType),
        ("A,甲,enterprise,4000,4000,4000,,,,maybe,1000", 10, .legalEntity),
        ("A,甲,university,,,,1000,1200,5,yes,1000", 8, .serviceIncome),
    ])
    func badCell(row: String, column: Int, field: EligibilityField) throws {
        let file = try read(row + "\n")
        let diagnostic = try #require(file.diagnostics.first)
        #expect(file.diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == FileLocation(path: "apps.csv", line: 2, column: column))
        #expect(file.applications[0].gaps[field] == .invalid)
        let assessment = EligibilityRuleSet.hunan2020.assess(file.applications[0])
        #expect(assessment.verdict == .incomplete)
    }

    @Test("the diagnostic of a bad number names the column and the text")
    func badNumberMessage() throws {
        let file = try read("A,甲,enterprise,4000,abc,4000,,,,yes,1000\n")
        #expect(file.diagnostics.first?.problem == .invalidNumber(FileLocation(path: "apps.csv", line: 2, column: 5), column: "rd_expenditure_y2", text: "abc"))
    }

    @Test("missing-data markers are missing, not zero, and give no diagnostic")
    func markers() throws {
        let file = try read("A,甲,enterprise,4000,-,无,,,,,N/A\n")
        #expect(file.diagnostics.isEmpty)
        let a = file.applications[0]
        #expect(a.rdExpenditure == [4000, nil, nil])
        #expect(a.legalEntity == nil && a.registeredCapitalWan == nil)
    }

    @Test("a missing column is reported once and is a no_column gap for everyone")
    func missingColumn() throws {
        let header = "applicant_id,name,lead_type,rd_expenditure_y1,rd_expenditure_y2,rd_expenditure_y3,annual_income,service_income,transfer_cases,legal_entity\n"
        let file = try read("A,甲,enterprise,4000,4000,4000,,,,yes\nB,乙,enterprise,4000,4000,4000,,,,yes\n", header: header)
        #expect(file.diagnostics.count == 1)
        #expect(file.diagnostics[0].problem == .missingColumn(FileLocation(path: "apps.csv", line: 1, column: 11), name: "registered_capital_wan"))
        for application in file.applications {
            let result = try #require(EligibilityRuleSet.hunan2020.assess(application).results.last)
            #expect(result.outcome == .missingData)
            #expect(result.gaps == [EligibilityGap(.registeredCapital, .noColumn)])
        }
    }

    @Test("an empty applicant_id is an error; the applicant is still screened under its line")
    func emptyID() throws {
        let file = try read(",甲,enterprise,4000,4000,4000,,,,yes,1000\n")
        #expect(file.diagnostics.map(\.problem) == [.emptyRequiredField(FileLocation(path: "apps.csv", line: 2, column: 1), column: "applicant_id")])
        #expect(file.applications[0].id == "L2")
    }

    @Test("a file that cannot be read throws, so the command can exit 1")
    func unreadable() {
        #expect(throws: IngestError.fileNotFound(path: "/nonexistent/apps.csv")) {
            try EligibilityApplicationsFile(path: "/nonexistent/apps.csv")
        }
        #expect(throws: IngestError.emptyFile(path: "empty.csv")) {
            try EligibilityApplicationsFile(file: CSVFile(bytes: ContiguousArray("\n".utf8), path: "empty.csv"))
        }
    }
}
