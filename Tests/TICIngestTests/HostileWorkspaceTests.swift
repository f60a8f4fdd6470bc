import Foundation
import Testing
@testable import TICIngest
import TICSupport

/// Header-only files: a registry without centers is an error, a report without rows a warning.
@Suite("Hostile workspaces")
struct HostileWorkspaceTests {
    @Test("centers.csv with a header and no rows is an error at line 1 of the file")
    func emptyRegistry() throws {
        let ws = try TemporaryWorkspace(["centers.csv": centersHeader, "reports/2024.csv": "center_id,year,rd_staff\n"])
        defer { ws.remove() }
        let workspace = ws.load()
        #expect(workspace.hasErrors)
        #expect(workspace.diagnostics.contains(Diagnostic(.noCenters(path: "\(ws.root)/centers.csv"))))
        #expect(Diagnostic(.noCenters(path: "c.csv")).formatted(.en)
            == "c.csv:1:1: error: the file has a header row but no data rows; it must list at least one center")
    }

    @Test("a report with a header and no rows is a warning naming the file and the year")
    func emptyReport() throws {
        let ws = try TemporaryWorkspace([
            "centers.csv": centersHeader + centerA,
            "reports/2023.csv": "center_id,year,rd_staff\n",
            "reports/2024.csv": "center_id,year,rd_staff\nA,2024,5\n",
        ])
        defer { ws.remove() }
        let workspace = ws.load(cycle: 2023...2024)
        #expect(!workspace.hasErrors, "\(workspace.diagnostics.map { $0.formatted(.en) })")
        let warning = Diagnostic(.reportWithoutRows(path: "\(ws.root)/reports/2023.csv", year: 2023))
        #expect(warning.severity == .warning)
        #expect(workspace.diagnostics.contains(warning))
        #expect(workspace.report(year: 2023)?.rowCount == 0)
    }

    @Test("a duplicate header says which column came first, in words a clerk can act on")
    func duplicateHeaderWording() {
        let d = Diagnostic(.duplicateHeader(FileLocation(path: "c.csv", line: 1, column: 3), name: "name", firstColumn: 2))
        #expect(d.formatted(.en) == #"c.csv:1:3: error: the column "name" appears twice (first as column 2); rename or delete one of them"#)
        #expect(d.formatted(.zh) == "c.csv:1:3: 错误: 列名“name”出现了两次（第 2 列已有）；请改名或删除其中一列")
    }
}
