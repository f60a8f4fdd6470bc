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
        #expect(!workspace.hasErrors, "\(workspace.diagnostics)")
        let warning = Diagnostic(.reportWithoutRows(path: "\(ws.root)/reports/2023.csv", year: 2023))
        #expect(warning.severity == .warning)
        #expect(workspace.diagnostics.contains(warning))
        #expect(workspace.report(year: 2023)?.rowCount == 0)
    }
}
