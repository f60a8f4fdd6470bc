import Foundation
import Testing
import TICTestSupport

/// Commands whose standard output cannot be written (issue 13): `> /dev/full` exits 1 with a
/// message instead of exiting 0 with truncated output or trapping; a full standard error is ignored.
@Suite("Failed writes and robustness through the CLI", .serialized)
struct ConsoleTests {
    /// Runs `ticeval arguments…` with standard output (or error) sent to `/dev/full`.
    static func runIntoFullDevice(_ arguments: [String], stderrToo: Bool = false, in directory: URL? = nil)
        throws -> (status: Int32, stderr: String) {
        let process = CLIRunner.process(arguments, in: directory)
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        process.standardOutput = full
        process.standardError = stderrToo ? full : err
        try process.run()
        let errors = stderrToo ? Data() : err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }

    static let message = "error: cannot write to standard output: no space left on the device; the output is incomplete"

    @Test("schemes show > /dev/full exits 1 with a message")
    func schemesShow() throws {
        let result = try Self.runIntoFullDevice(["schemes", "show", "sichuan-2022", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr == Self.message + "\n")
        let zh = try Self.runIntoFullDevice(["schemes", "show", "sichuan-2022"])
        #expect(zh.stderr == "错误：无法写入标准输出：磁盘已满（设备上没有剩余空间）；输出不完整\n")
    }

    @Test("evaluate --format json > /dev/full exits 1 with a message (it trapped in FileHandle.write)")
    func evaluateJSON() throws {
        let dir = try BadInputCatalogueTests.workspace(BadInputWorkspace.files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Self.runIntoFullDevice(["evaluate", "ws", "--out", "out", "--format", "json", "--lang", "en"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix(Self.message + "\n"), "\(result.stderr)")
    }

    @Test("every command that prints a result exits 1 when standard output is full", arguments: [
        ["schemes", "list"], ["schemes", "validate", "sichuan-2022"], ["validate"], ["--help"],
        ["evaluate", "--out", "OUT", "--format", "csv"], ["evaluate", "--out", "OUT", "--format", "table"],
        ["weights", "MATRIX"], ["mcda", "MATRIX"], ["ahp", "PAIRWISE"],
        ["screen", "Datasets/applications.csv"], ["subsidy", "Datasets/projects.csv"],
        ["uncertainty", "MATRIX", "--samples", "50", "--out", "OUT", "--format", "csv"],
        ["compare", "--scheme", "sichuan-2022", "--scheme", "national-2017", "--out", "OUT"],
    ])
    func everyCommand(_ arguments: [String]) throws {
        let dir = try makeTemporaryDirectory(prefix: "ticeval-full")
        defer { try? FileManager.default.removeItem(at: dir) }
        let matrix = dir.appendingPathComponent("m.csv"), pairwise = dir.appendingPathComponent("p.csv")
        try Data("alt,price,quality\nA1,250,16\nA2,200,16\nA3,300,32\n".utf8).write(to: matrix)
        try Data("1,3,5\n1/3,1,3\n1/5,1/3,1\n".utf8).write(to: pairwise)
        let substitutes = ["OUT": dir.appendingPathComponent("out").path, "MATRIX": matrix.path, "PAIRWISE": pairwise.path]
        let result = try Self.runIntoFullDevice(arguments.map { substitutes[$0] ?? $0 } + ["--lang", "en"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains(Self.message), "\(result.stderr)")
    }

    @Test("a full standard error does not stop or trap a command")
    func fullStandardError() throws {
        let result = try Self.runIntoFullDevice(["schemes", "validate", "sichuan-2022", "--lang", "en"], stderrToo: true)
        #expect(result.status == 1)   // standard output is full too: reported (where it can be), exit 1, no trap
        let process = CLIRunner.process(["validate", "--lang", "en"])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
