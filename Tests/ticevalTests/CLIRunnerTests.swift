import Foundation
import Testing
import TICTestSupport

/// The runner every CLI test uses: it must return whatever the command prints, however much, on
/// either stream. The old runner read standard output to its end before standard error, so a
/// command that filled the 64 KiB stderr pipe waited forever for a reader.
@Suite("The CLI runner (TICTestSupport)", .timeLimit(.minutes(2)))
struct CLIRunnerTests {
    /// A command's stderr, whole: the 3,000 repeated rows of a report are one line with their count
    /// (the intake digest), after the first row's own error. The 64 KiB case is the next test's.
    @Test("evaluate with thousands of bad rows completes, its messages read whole, repeated problems counted")
    func manyBadRows() throws {
        try withTemporaryDirectory(prefix: "ticeval-runner") { root in
            try FileManager.default.createDirectory(at: root.appendingPathComponent("reports"), withIntermediateDirectories: true)
            try Data("center_id,name,level,region,category,formation,lead_type,field,approved_year,registered_capital_wan\nA,甲,provincial,四川,domain,academic_led,university,frontier,2020,1\n".utf8)
                .write(to: root.appendingPathComponent("centers.csv"))
            let rows = 3_000
            let report = "center_id,year,rd_staff\n" + String(repeating: "A,2023,-4\n", count: rows)
            try Data(report.utf8).write(to: root.appendingPathComponent("reports/2023.csv"))
            let result = try CLIRunner.run(["evaluate", root.path, "--scheme", "sichuan-2022", "--out", root.appendingPathComponent("out").path, "--lang", "en"])
            #expect(result.status == 1)
            let path = root.appendingPathComponent("reports/2023.csv").path
            #expect(result.stderr == """
                \(path):2:3: error: "rd_staff" must not be negative (-4); expected a count or amount ≥ 0
                \(path):3:1: error: second 2023 report for center "A" (first on line 2); this row is not used (…and \(rows - 2) more rows like it: line 4–\(rows + 1))
                error: the workspace has \(rows) errors; run ticeval validate to see and fix them

                """)
        }
    }

    @Test("a program writing 1 MiB to each stream is read to the end on both")
    func bothStreamsFull() throws {
        let script = "head -c 1048576 /dev/zero | tr '\\0' e >&2; head -c 1048576 /dev/zero | tr '\\0' o; exit 3"
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script],
                                           in: FileManager.default.temporaryDirectory)
        #expect(result.status == 3)
        #expect(result.stderr.utf8.count == 1_048_576 && result.stderr.utf8.allSatisfy { $0 == UInt8(ascii: "e") })
        #expect(result.stdout.utf8.count == 1_048_576 && result.stdout.utf8.allSatisfy { $0 == UInt8(ascii: "o") })
    }

    @Test("standard input is fed from the given bytes, and is empty otherwise")
    func standardInput() throws {
        let cat = URL(fileURLWithPath: "/bin/cat"), here = FileManager.default.temporaryDirectory
        #expect(try ProcessRunner.run(cat, arguments: [], in: here, standardInput: Data("中心\n".utf8)).stdout == "中心\n")
        #expect(try ProcessRunner.run(cat, arguments: [], in: here).stdout == "")
    }
}
