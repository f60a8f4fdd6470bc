import Foundation
import Testing
@testable import TICIngest
import TICSupport

/// A throwaway workspace folder written from file name → contents.
struct TemporaryWorkspace {
    let root: String

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-test-\(UUID().uuidString)").path
        for (name, contents) in files {
            let url = URL(fileURLWithPath: root).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
    }

    func load(cycle: ClosedRange<Int>? = nil) -> Workspace { WorkspaceLoader(cycle: cycle).load(root: root) }
    func at(_ file: String, _ line: Int, _ column: Int = 1) -> FileLocation { FileLocation(path: "\(root)/\(file)", line: line, column: column) }
    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

let centersHeader = "center_id,name,level,region,category,formation,lead_type,field,approved_year,registered_capital_wan\n"
let centerA = "A,中心甲,provincial,四川,comprehensive,leading_enterprise,enterprise,economy,2019,1500\n"
let centerB = "B,中心乙,municipal,天津,domain,academic_led,university,frontier,2020,800\n"

@Suite struct WorkspaceLoaderTests {
    @Test("a clean workspace loads with no diagnostics and every row used")
    func clean() throws {
        let ws = try TemporaryWorkspace([
            "centers.csv": centersHeader + centerA + centerB,
            "reports/2023.csv": "center_id,year,rd_expenditure,invention_patents\nA,2023,\"1,234.5\",12\nB,2023,-,3\n",
            "reports/2024.csv": "center_id,year,rd_expenditure,invention_patents\nA,2024,1300,14\nB,2024,90,4\n",
            "events.csv": "center_id,year,event,note\nB,2024,withdrawn,中途退出\n",
            "ratings.csv": "center_id,year,rater,score\nA,2024,R1,88.5\n",
            "history.csv": "center_id,cycle,grade,status\nA,2019-2021,unqualified,rectifying\n",
        ])
        defer { ws.remove() }
        let workspace = ws.load()
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics)")
        #expect(workspace.centers.map(\.id) == ["A", "B"])
        #expect(workspace.years == [2023, 2024])
        #expect(workspace.cycle == 2023...2024)
        let report = try #require(workspace.report(year: 2023))
        #expect(report.value(centerID: "A", column: "rd_expenditure") == 1234.5)
        #expect(report.value(centerID: "B", column: "rd_expenditure") == nil)
        #expect(report.missingCellCount == 1)
        #expect(workspace.events == [EventRecord(centerID: "B", year: 2024, kind: .withdrawn, note: "中途退出", line: 2)])
        #expect(workspace.ratings.first?.score == 88.5)
        #expect(workspace.history.first?.cycle == 2019...2021)
        #expect(workspace.history.first?.status == .rectifying)
        #expect(workspace.rowsRead == 9)
        #expect(workspace.rowsRejected == 0)
        #expect(workspace.files.allSatisfy { $0.sha256.count == 64 })
    }

    @Test("every report problem is reported at its exact location")
    func reportDiagnostics() throws {
        let ws = try TemporaryWorkspace([
            "centers.csv": centersHeader + centerA + centerB,
            "reports/2023.csv": """
            center_id,year,rd_expenditure,invention_patents,mystery
            A,2023,100,12,1
            Z,2023,1,1,1
            A,2023,1,1,1
            B,2022,1,1,1
            B,2023,-5,abc,1
            """,
        ])
        defer { ws.remove() }
        let workspace = ws.load()
        let expected: [Diagnostic] = [
            Diagnostic(.unknownColumn(ws.at("reports/2023.csv", 1, 5), name: "mystery")),
            Diagnostic(.unknownCenter(ws.at("reports/2023.csv", 3, 1), centerID: "Z")),
            Diagnostic(.duplicateReport(ws.at("reports/2023.csv", 4, 1), centerID: "A", year: 2023, firstLine: 2)),
            Diagnostic(.yearMismatch(ws.at("reports/2023.csv", 5, 2), fileYear: 2023, rowYear: 2022)),
            Diagnostic(.negativeValue(ws.at("reports/2023.csv", 6, 3), column: "rd_expenditure", value: -5)),
            Diagnostic(.invalidNumber(ws.at("reports/2023.csv", 6, 4), column: "invention_patents", text: "abc")),
        ]
        #expect(workspace.diagnostics == expected)
        #expect(workspace.rowsRead == 2 + 5)
        #expect(workspace.rowsRejected == 3)
        #expect(workspace.report(year: 2023)?.rowCount == 2)
    }

    @Test("registry problems: missing column, unknown code with the allowed list, duplicate id")
    func registryDiagnostics() throws {
        let ws = try TemporaryWorkspace([
            "centers.csv": centersHeader + centerA + "A,重复,provincial,四川,domain,academic_led,university,frontier,2020,1\n"
                + "C,坏,provncial,四川,domain,academic_led,university,frontier,2020,1\n",
            "reports/2023.csv": "center_id,year\nA,2023\n",
        ])
        defer { ws.remove() }
        let workspace = ws.load()
        #expect(workspace.diagnostics == [
            Diagnostic(.duplicateCenter(ws.at("centers.csv", 3, 1), centerID: "A", firstLine: 2)),
            Diagnostic(.unknownCode(ws.at("centers.csv", 4, 3), column: "level", value: "provncial", allowed: "national, provincial, municipal")),
        ])
        #expect(workspace.centers.count == 1)

        let missing = try TemporaryWorkspace(["centers.csv": "center_id,name\nA,x\n", "reports/2023.csv": "center_id,year\n"])
        defer { missing.remove() }
        let loaded = missing.load()
        #expect(loaded.diagnostics.contains(Diagnostic(.missingColumn(missing.at("centers.csv", 1, 3), name: "level"))))
        #expect(loaded.hasErrors)
    }

    @Test("a center without a report for a year of the cycle is no loader diagnostic: the scheme's missing_report decides")
    func missingYear() throws {
        let ws = try TemporaryWorkspace([
            "centers.csv": centersHeader + centerA + centerB,
            "reports/2022.csv": "center_id,year\nA,2022\nB,2022\n",
            "reports/2023.csv": "center_id,year\nA,2023\n",
            "reports/2024.csv": "center_id,year\nA,2024\nB,2024\n",
        ])
        defer { ws.remove() }
        let workspace = ws.load()
        #expect(workspace.diagnostics.isEmpty)
        #expect(workspace.report(year: 2023)?.row(of: "B") == nil)
    }

    @Test("a cycle year with no report file is an error; centers approved later are not expected to report")
    func cycleWithoutReports() throws {
        let ws = try TemporaryWorkspace([
            "centers.csv": centersHeader + centerA + "N,新,provincial,四川,domain,academic_led,university,frontier,2024,1\n",
            "reports/2023.csv": "center_id,year\nA,2023\n",
            "reports/notes.txt": "hello",
        ])
        defer { ws.remove() }
        let workspace = ws.load(cycle: 2022...2023)
        #expect(workspace.diagnostics == [
            Diagnostic(.cycleWithoutReports(path: "\(ws.root)/reports", cycle: "2022-2023", missingYears: [2022])),
            Diagnostic(.ignoredFile(path: "\(ws.root)/reports/notes.txt")),
        ])
    }

    @Test("optional files: unknown centers, bad codes, scores out of range, bad cycles")
    func optionalFiles() throws {
        let ws = try TemporaryWorkspace([
            "centers.csv": centersHeader + centerA,
            "reports/2023.csv": "center_id,year\nA,2023\n",
            "events.csv": "center_id,year,event,note\nX,2023,withdrawn,\nA,2023,fraud,\n",
            "ratings.csv": "center_id,year,rater,score\nA,2023,R1,101\nA,2023,R2,\n",
            "history.csv": "center_id,cycle,grade,status\nA,2019,good,active\n",
        ])
        defer { ws.remove() }
        let workspace = ws.load()
        #expect(workspace.diagnostics == [
            Diagnostic(.unknownCenter(ws.at("events.csv", 2, 1), centerID: "X")),
            Diagnostic(.unknownCode(ws.at("events.csv", 3, 3), column: "event", value: "fraud", allowed: "integrity_violation, not_participating, withdrawn")),
            Diagnostic(.invalidCycle(ws.at("history.csv", 2, 2), text: "2019")),
            Diagnostic(.outOfRange(ws.at("ratings.csv", 2, 4), column: "score", value: 101, minimum: 0, maximum: 100)),
            Diagnostic(.emptyRequiredField(ws.at("ratings.csv", 3, 4), column: "score")),
        ])
        #expect(workspace.events.isEmpty)
        #expect(workspace.ratings.isEmpty)
        #expect(workspace.rowsRejected == 5)
    }

    @Test("a center id that could name a path is refused")
    func unsafeIdentifier() throws {
        let ws = try TemporaryWorkspace([
            "centers.csv": centersHeader + "../../etc,x,provincial,四川,domain,academic_led,university,frontier,2020,1\n",
            "reports/2023.csv": "center_id,year\n",
        ])
        defer { ws.remove() }
        let workspace = ws.load()
        #expect(workspace.diagnostics.first == Diagnostic(.unsafeIdentifier(ws.at("centers.csv", 2, 1), column: "center_id", value: "../../etc")))
        #expect(workspace.centers.isEmpty)
    }
}
