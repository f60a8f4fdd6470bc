import Foundation
import Testing
import TICTestSupport
import TICIngest
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13 through the CLI: nothing of the user's is lost (`synth --force`, `--out .`,
/// `--rejected` onto an input), outputs switch in one step (a run killed before or after the
/// switch leaves the old or the new set, and the next run cleans up), concurrent runs into one
/// folder, concurrent first runs building the sample cache, and a run killed at a random moment.
@Suite("Files and outputs through the CLI (issue 13)", .serialized)
struct OutputWritingTests {
    static func temporary() throws -> URL { try makeTemporaryDirectory(prefix: "ticeval-files") }

    /// Every regular file below `folder` (relative path → bytes), hidden entries of `folder` excluded.
    static func snapshot(_ link: URL) throws -> [String: Data] {
        let folder = link.resolvingSymlinksInPath()
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return result }
        for case let url as URL in walker where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let relative = String(url.resolvingSymlinksInPath().path.dropFirst(folder.path.count + 1))
            result[relative] = try Data(contentsOf: url)
        }
        return result
    }

    /// Entries of `folder` left by the writers (staging, moved-aside and link names), the live
    /// folder a link `out` points to excepted.
    static func leftovers(_ folder: URL) throws -> [String] {
        let live = try? FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("out").path)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".ticeval-") && $0 != live }.sorted()
    }

    // MARK: synth

    @Test("the documented regeneration command keeps the hand-written scheme.json and rewrites the sample exactly")
    func regenerateSample() throws {
        let dir = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ws = dir.appendingPathComponent("Datasets/sample")
        try FileManager.default.createDirectory(at: ws.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.sampleWorkspace, to: ws)
        let before = try Self.snapshot(ws)
        try Data("本地笔记".utf8).write(to: ws.appendingPathComponent("notes.txt"))
        let result = try CLIRunner.run(["synth", "--out", "Datasets/sample", "--force", "--lang", "en"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("Kept the files synth does not write: notes.txt, scheme.json\n"), "\(result.stdout)")
        var after = try Self.snapshot(ws)
        #expect(after.removeValue(forKey: "notes.txt") == Data("本地笔记".utf8))
        #expect(after == before, "every committed file, scheme.json included, is byte-identical")
        #expect(try Self.leftovers(ws.deletingLastPathComponent()).isEmpty)
    }

    @Test("synth refuses a folder that is not empty without --force, and a file in the way with it")
    func synthRefusals() throws {
        let dir = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("ws/centers.csv"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: dir.appendingPathComponent("ws/centers.csv/keep.txt"))
        let plain = try CLIRunner.run(["synth", "--centers", "30", "--out", "ws", "--lang", "en"], in: dir)
        #expect(plain.status == 1)
        #expect(plain.stderr == "error: ws is not empty; choose a new folder, or add --force to replace only the files this command writes (other files are kept)\n")
        let forced = try CLIRunner.run(["synth", "--centers", "30", "--out", "ws", "--force", "--lang", "en"], in: dir)
        #expect(forced.status == 1)
        #expect(forced.stderr == "error: ws/centers.csv is in the way of a file to be written (a folder where a file goes, or the reverse); move it away\n")
        #expect(try Self.snapshot(dir.appendingPathComponent("ws")) == ["centers.csv/keep.txt": Data("mine".utf8)])
        #expect(try Self.leftovers(dir).isEmpty)
        let zh = try CLIRunner.run(["synth", "--centers", "30", "--out", "ws"], in: dir)
        #expect(zh.stderr == "错误：ws 不是空文件夹；请换一个新文件夹，或加 --force 只替换本命令写入的文件（其他文件保留）\n")
    }

    @Test("--out . and --out .. never replace the folder you are in", arguments: [".", "..", "./"])
    func currentFolder(out: String) throws {
        let dir = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let here = dir.appendingPathComponent("here")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: here.appendingPathComponent("thesis.txt"))
        let synth = try CLIRunner.run(["synth", "--centers", "30", "--out", out, "--force", "--lang", "en"], in: here)
        #expect(synth.status == 1)
        #expect(synth.stderr == "error: \(out) is the current folder or holds it; ticeval replaces an output folder as a whole, so write to a subfolder (e.g. out) or run it from elsewhere\n")
        let evaluate = try CLIRunner.run(["evaluate", "--out", out, "--lang", "en"], in: here)
        #expect(evaluate.status == 1)
        #expect(evaluate.stderr.hasPrefix("error: \(out) is the current folder or holds it"), "\(evaluate.stderr)")
        #expect(try Self.snapshot(dir) == ["here/thesis.txt": Data("mine".utf8)])
    }

    // MARK: inputs

    @Test("validate --rejected refuses every name of an input file and leaves it as it was")
    func rejectedOntoInput() throws {
        let dir = try BadInputCatalogueTests.workspace(BadInputWorkspace.files)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.csv").path, withDestinationPath: "ws/reports/2023.csv")
        try FileManager.default.linkItem(atPath: dir.appendingPathComponent("ws/history.csv").path, toPath: dir.appendingPathComponent("hard.csv").path)
        let before = try Self.snapshot(dir)
        for (target, input) in [("ws/reports/2023.csv", "ws/reports/2023.csv"), ("link.csv", "ws/reports/2023.csv"),
                                ("hard.csv", "ws/history.csv"), ("ws/scheme.json", "ws/scheme.json")] {
            let result = try CLIRunner.run(["validate", "ws", "--rejected", target, "--lang", "en"], in: dir)
            #expect(result.status == 1)
            let expected = target == input ? "error: \(target) is an input file of this run; writing there would overwrite it; choose another output path"
                                            : "error: \(target) is the input file \(input) of this run; writing there would overwrite it; choose another output path"
            #expect(result.stderr == expected + "\n")
        }
        #expect(try Self.snapshot(dir) == before)
        let fine = try CLIRunner.run(["validate", "ws", "--rejected", "ws/rejected.csv", "--lang", "en"], in: dir)
        #expect(fine.status == 0 && FileManager.default.fileExists(atPath: dir.appendingPathComponent("ws/rejected.csv").path))
    }

    // MARK: the switch

    /// Runs `evaluate ws --out out` until it reaches `phase`, then kills it with SIGKILL.
    static func killed(at phase: String, language: String, in dir: URL, environment: [String: String]) throws {
        let pause = dir.appendingPathComponent("pause-\(UUID().uuidString)")
        let process = CLIRunner.process(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "out", "--lang", language], in: dir, environment:
            ["TICEVAL_TEST_PAUSE_AT": phase, "TICEVAL_TEST_PAUSE_FILE": pause.path].merging(environment) { $1 })
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: pause.path) && process.isRunning && Date() < deadline { usleep(20_000) }
        #expect(FileManager.default.fileExists(atPath: pause.path), "the run never reached \(phase)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: pause)
    }

    @Test("a run killed just before or just after the switch leaves the old or the new outputs, entire; the next run cleans up",
          arguments: [false, true])
    func killAtSwitch(exchangeUnavailable: Bool) throws {
        let dir = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let environment = exchangeUnavailable ? ["TICEVAL_TEST_NO_EXCHANGE": "1"] : [:]
        #expect(try CLIRunner.run(["synth", "--centers", "60", "--out", "ws"], in: dir).status == 0)
        #expect(try CLIRunner.run(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "en", "--lang", "en"], in: dir).status == 0)
        #expect(try CLIRunner.run(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "zh", "--lang", "zh"], in: dir).status == 0)
        let english = try Self.snapshot(dir.appendingPathComponent("en")), chinese = try Self.snapshot(dir.appendingPathComponent("zh"))
        #expect(english.count == 7 && chinese.count == 7)   // six outputs and the marker
        for (name, bytes) in english where name != ".ticeval-output" { #expect(chinese[name] != bytes, "\(name)") }
        let out = dir.appendingPathComponent("out")
        #expect(try CLIRunner.run(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "out", "--lang", "en"], in: dir, environment: environment).status == 0)

        // Killed with the new outputs staged: the old ones, entire.
        try Self.killed(at: "staged", language: "zh", in: dir, environment: environment)
        #expect(try Self.snapshot(out) == english)
        #expect(try Self.leftovers(dir).count == 1)
        // The next run removes the leftover of the killed one.
        #expect(try CLIRunner.run(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "out", "--lang", "zh"], in: dir, environment: environment).status == 0)
        #expect(try Self.snapshot(out) == chinese)
        let left = try Self.leftovers(dir)
        #expect(left.isEmpty, "\(left)")

        // Killed right after the switch: the new ones, entire; the old folder is left to remove.
        try Self.killed(at: "switched", language: "en", in: dir, environment: environment)
        #expect(try Self.snapshot(out) == english)
        #expect(try Self.leftovers(dir).count == 1)
        #expect(try CLIRunner.run(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "out", "--lang", "en"], in: dir, environment: environment).status == 0)
        let remaining = try Self.leftovers(dir)
        #expect(remaining.isEmpty, "\(remaining)")
    }

    @Test("four evaluate runs at once into one folder: all succeed, and the folder is one run's complete outputs")
    func concurrentRuns() throws {
        let dir = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["synth", "--centers", "60", "--out", "ws"], in: dir).status == 0)
        #expect(try CLIRunner.run(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "en", "--lang", "en"], in: dir).status == 0)
        #expect(try CLIRunner.run(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "zh", "--lang", "zh"], in: dir).status == 0)
        let english = try Self.snapshot(dir.appendingPathComponent("en")), chinese = try Self.snapshot(dir.appendingPathComponent("zh"))
        for round in 0..<2 {
            let statuses = Statuses()
            DispatchQueue.concurrentPerform(iterations: 4) { i in
                let result = try? CLIRunner.run(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "out", "--lang", i % 2 == 0 ? "en" : "zh"], in: dir)
                statuses.append(result?.status ?? -1, result?.stderr ?? "")
            }
            #expect(statuses.all.map(\.0) == [0, 0, 0, 0], "round \(round): \(statuses.all.map(\.1))")
            let now = try Self.snapshot(dir.appendingPathComponent("out"))
            #expect(now == english || now == chinese, "round \(round): a mixed or partial set")
            #expect(try Self.leftovers(dir).isEmpty)
        }
    }

    @Test("eight concurrent first runs of an installed binary build the sample cache once and all succeed")
    func sampleCache() throws {
        let dir = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A copy of the binary with no checkout above it regenerates the sample into the cache.
        let binary = dir.appendingPathComponent("bin/ticeval")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.executable, to: binary)
        let cache = dir.appendingPathComponent("cache")
        let statuses = Statuses()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let process = Process()
            process.executableURL = binary
            process.arguments = ["validate", "--lang", "en"]
            process.currentDirectoryURL = dir
            var env = ProcessInfo.processInfo.environment
            env["XDG_CACHE_HOME"] = cache.path
            env["TICEVAL_SAMPLE"] = nil
            process.environment = env
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
                let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                statuses.append(process.terminationStatus, text)
            } catch {
                statuses.append(-1, "\(error)")
            }
        }
        #expect(statuses.all.map(\.0) == Array(repeating: 0, count: 8), "\(statuses.all.map(\.1))")
        #expect(statuses.all.allSatisfy { $0.1.contains(": 300 centers, report years 2022–2024") })
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("ticeval").path)
        #expect(entries.count == 1 && entries[0].hasPrefix("sample-"), "no staging folder is left: \(entries)")
        var expected = try Self.snapshot(Fixtures.sampleWorkspace)
        var cached = try Self.snapshot(cache.appendingPathComponent("ticeval/\(entries[0])"))
        // The cache carries the sichuan-2022 preset as its scheme (the committed scheme.json is hand-edited).
        expected["scheme.json"] = nil
        #expect(cached.removeValue(forKey: "scheme.json") != nil)
        #expect(cached == expected)
    }
}

/// Exit statuses and output collected from concurrent runs.
final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(Int32, String)] = []
    func append(_ status: Int32, _ text: String) { lock.withLock { entries.append((status, text)) } }
    var all: [(Int32, String)] { lock.withLock { entries } }

    @Test("a run killed with SIGKILL at a random moment leaves each output old-and-complete or new-and-complete")
    func killedRun() throws {
        let dir = try makeTemporaryDirectory(prefix: "ticeval-kill")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["synth", "--centers", "3000", "--out", "ws"], in: dir).status == 0)
        // The previous outputs (English) and what a complete new run writes (Chinese): every file differs.
        #expect(try CLIRunner.run(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "out", "--lang", "en"], in: dir).status == 0)
        let start = Date()
        #expect(try CLIRunner.run(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "new", "--lang", "zh"], in: dir).status == 0)
        let duration = Date().timeIntervalSince(start)
        let names = ["ranking.csv", "adjustments.csv", "summary.json", "rejected.csv", "report.html", "to_verify.csv"]
        func contents(_ folder: String) throws -> [String: Data] {
            Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: dir.appendingPathComponent("\(folder)/\($0)"))) })
        }
        let old = try contents("out"), new = try contents("new")
        for name in names { #expect(old[name] != new[name], "\(name) must differ between the two languages") }

        var rng = SystemRandomNumberGenerator()
        for attempt in 0..<4 {
            let process = CLIRunner.process(["evaluate", "ws", "--scheme", "sichuan-2022", "--out", "out", "--lang", "zh"], in: dir)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Spread the kills over the whole run, the write phase at its end included.
            let delay = duration * Double.random(in: 0.3...1.05, using: &rng)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try contents("out")
            for name in names {
                let bytes = try #require(now[name])
                #expect(bytes == old[name] || bytes == new[name], "attempt \(attempt) after \(delay) s: \(name) is neither the old nor the new file (\(bytes.count) bytes)")
            }
            let summary = try #require(now["summary.json"])
            #expect((try? JSONSerialization.jsonObject(with: summary)) != nil, "summary.json must parse")
        }
        // Left-over staging folders are hidden and never mistaken for outputs.
        let visible = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path).filter { !$0.hasPrefix(".") }
        #expect(Set(visible) == Set(names))
    }
}
