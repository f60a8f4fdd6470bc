import Foundation
import Testing
import TICTestSupport
import TICIngest
@testable import TICPolicy

@Suite struct IntegrityScreeningTests {
    static let sampleRoot = Fixtures.sampleWorkspace.path

    static func report(_ year: Int, _ rows: [(String, [Double])], columns: [String]) -> AnnualReport {
        var report = AnnualReport(year: year, path: "reports/\(year).csv", columns: columns)
        for (k, row) in rows.enumerated() { report.append(centerID: row.0, line: k + 2, values: row.1) }
        return report
    }

    @Test("a jump at the factor is flagged, just below it is not; small values are ignored")
    func jumps() {
        var workspace = Workspace(root: "w")
        let columns = ["rd_expenditure", "invention_patents"]
        workspace.reports = [
            Self.report(2022, [("A", [100, 1]), ("B", [100, 10]), ("C", [100, 2])], columns: columns),
            Self.report(2023, [("A", [500, 49]), ("B", [499.9, 10]), ("C", [19.99, 2])], columns: columns),
        ]
        let flags = IntegrityScreening().flags(in: workspace, years: 2022...2023)
        #expect(flags.map(\.centerID) == ["A", "C"])
        #expect(flags[0].kind == .yearOverYearJump)
        #expect(flags[0].measure == 5)
        #expect(flags[0].referenceYear == 2022)
        #expect(flags[0].source == "reports/2023.csv:2")
        #expect(flags[1].measure == 19.99 / 100)
    }

    @Test("impossible relations and shares outside 0–1 are flagged with both values")
    func relations() {
        var workspace = Workspace(root: "w")
        workspace.reports = [Self.report(2023, [("A", [7, 4, 10, 20]), ("B", [4, 4, 30, 20])],
                                         columns: ["high_tech_firms", "incubated_firms", "service_income", "total_income"])]
        let flags = IntegrityScreening().flags(in: workspace, years: 2023...2023)
        #expect(flags.count == 2)
        #expect(flags[0].centerID == "A" && flags[0].indicator == "high_tech_firms" && flags[0].value == 7 && flags[0].reference == 4)
        #expect(flags[1].centerID == "B" && flags[1].indicator == "service_income" && flags[1].otherIndicator == "total_income")
        #expect(flags[1].value == 30 && flags[1].reference == 20 && flags[1].source == "reports/2023.csv:3")
    }

    @Test("the sample's planted anomalies are found")
    func sample() {
        let workspace = WorkspaceLoader().load(root: Self.sampleRoot)
        let flags = IntegrityScreening().flags(in: workspace, years: 2022...2024)
        #expect(flags.contains { $0.centerID == "SC-P-043" && $0.kind == .yearOverYearJump && $0.indicator == "tech_contract_value" && $0.year == 2023 })
        #expect(flags.contains { $0.centerID == "SC-P-060" && $0.kind == .impossibleRelation && $0.year == 2024 })
        #expect(flags.count < 30, "too many flags for reviewers: \(flags.count)")
    }
}
