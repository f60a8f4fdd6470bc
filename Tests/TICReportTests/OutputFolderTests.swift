import Foundation
import Testing
import TICTestSupport
@testable import TICReport

/// The atomic output writers on real folders: what may be replaced, what is kept, the switch, the
/// fallback without exchange, leftovers of killed runs, and concurrent writers.
@Suite("OutputFolder and OutputFile")
struct OutputFolderTests {
    /// A fresh temporary folder (removed by the caller).
    static func temporary() throws -> String { try makeTemporaryDirectory(prefix: "ticeval-output").path }

    static func files(_ tag: String, names: [String] = ["a.csv", "b.json"]) -> [(name: String, bytes: [UInt8])] {
        names.map { ($0, Array("\(tag) \($0)\n".utf8)) }
    }

    static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Visible entries of a folder, sorted.
    static func visible(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Entries of a folder that ticeval's writers leave behind (staging, old, link names).
    static func leftovers(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { StagingName.isOurs($0, roles: [.staging, .old, .link]) }
    }

    @Test("writes a new folder with a marker, replaces a previous output as a whole, drops files not written again")
    func replaces() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let out = "\(root)/out"
        try OutputFolder(path: out).write(Self.files("one", names: ["a.csv", "b.json", "extra.csv"]))
        #expect(Self.visible(out) == ["a.csv", "b.json", "extra.csv"])
        #expect(Self.read("\(out)/\(OutputFolder.markerName)")?.hasSuffix("a.csv\nb.json\nextra.csv\n") == true)
        try OutputFolder(path: out).write(Self.files("two"))
        #expect(Self.visible(out) == ["a.csv", "b.json"])
        #expect(Self.read("\(out)/a.csv") == "two a.csv\n")
        #expect(Self.leftovers(root).isEmpty)
    }

    @Test("an empty folder is written into; nested paths create their folders")
    func emptyFolder() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/out", withIntermediateDirectories: true)
        try OutputFolder(path: "\(root)/out").write(Self.files("x", names: ["top.csv", "reports/2023.csv"]))
        #expect(Self.read("\(root)/out/reports/2023.csv") == "x reports/2023.csv\n")
        try OutputFolder(path: "\(root)/out").write(Self.files("y", names: ["top.csv", "reports/2023.csv"]))
        #expect(Self.read("\(root)/out/reports/2023.csv") == "y reports/2023.csv\n")
    }

    @Test("a folder holding files ticeval did not write is refused and left as it is")
    func refusesForeign() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let out = "\(root)/out"
        try OutputFolder(path: out).write(Self.files("one"))
        for name in ["notes.txt", "z1", "z2", "z3", "z4", "z5"] {
            _ = FileManager.default.createFile(atPath: "\(out)/\(name)", contents: Data("mine".utf8))
        }
        try FileManager.default.createDirectory(atPath: "\(out)/drafts", withIntermediateDirectories: true)
        #expect(throws: OutputFailure.notAnOutputFolder(path: out, foreign: ["drafts/", "notes.txt", "z1", "z2", "z3"], more: 2)) {
            try OutputFolder(path: out).write(Self.files("two"))
        }
        #expect(Self.read("\(out)/a.csv") == "one a.csv\n")
        #expect(Self.read("\(out)/notes.txt") == "mine")
        // A folder that was never ticeval's.
        let mine = "\(root)/mine"
        try FileManager.default.createDirectory(atPath: mine, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: "\(mine)/thesis.docx", contents: Data("x".utf8))
        #expect(throws: OutputFailure.notAnOutputFolder(path: mine, foreign: ["thesis.docx"], more: 0)) {
            try OutputFolder(path: mine).prepare()
        }
        let message = OutputFailure.notAnOutputFolder(path: "mine", foreign: ["thesis.docx"], more: 0).message(.en)
        #expect(message == "mine is not a ticeval output folder: it holds files ticeval did not write (thesis.docx). ticeval replaces an output folder as a whole, so it writes only to a new or empty folder or one it wrote before; move those files away or choose another output folder")
    }

    @Test("a file in the way, and an input inside the folder, are refused")
    func refusesFilesAndInputs() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = FileManager.default.createFile(atPath: "\(root)/file", contents: Data())
        #expect(throws: OutputFailure.notAFolder(path: "\(root)/file")) { try OutputFolder(path: "\(root)/file").prepare() }
        try OutputFolder(path: "\(root)/out").write(Self.files("one"))
        #expect(throws: OutputFailure.replacesInput(path: "\(root)/out", input: "\(root)/out/a.csv")) {
            try OutputFolder(path: "\(root)/out", inputs: ["\(root)/out/a.csv"]).prepare()
        }
        #expect(throws: OutputFailure.replacesInput(path: "\(root)/out", input: "\(root)/out")) {
            try OutputFolder(path: "\(root)/out", inputs: ["\(root)/./out"]).prepare()
        }
        // The output folder inside an input folder is fine.
        try OutputFolder(path: "\(root)/out/sub", inputs: ["\(root)/out"]).prepare()
    }

    @Test("an output folder nested in another (out/compare) survives when the outer one is replaced")
    func nestedOutputs() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try OutputFolder(path: "\(root)/out/compare").write(Self.files("inner"))
        try OutputFolder(path: "\(root)/out").write(Self.files("outer"))
        try OutputFolder(path: "\(root)/out").write(Self.files("outer2"))
        #expect(Self.read("\(root)/out/compare/a.csv") == "inner a.csv\n")
        #expect(Self.read("\(root)/out/a.csv") == "outer2 a.csv\n")
        #expect(Self.leftovers(root).isEmpty && Self.leftovers("\(root)/out").isEmpty)
    }

    @Test("keepOthers replaces only the files written and keeps the others as the same files (hard links)")
    func keepsOthers() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let ws = "\(root)/ws"
        try FileManager.default.createDirectory(atPath: "\(ws)/reports", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: "\(ws)/notes/deep", withIntermediateDirectories: true)
        for (name, text) in [("scheme.json", "{hand written}"), ("a.csv", "old"), ("reports/2021.csv", "kept"), ("notes/deep/n.txt", "n")] {
            _ = FileManager.default.createFile(atPath: "\(ws)/\(name)", contents: Data(text.utf8))
        }
        try FileManager.default.createSymbolicLink(atPath: "\(ws)/link", withDestinationPath: "scheme.json")
        let before = FileSystem.identity("\(ws)/scheme.json")
        var folder = OutputFolder(path: ws, existing: .mustBeEmpty)
        #expect(throws: OutputFailure.notEmpty(path: ws)) { try folder.prepare() }
        folder.existing = .keepOthers
        let outcome = try folder.write(Self.files("new", names: ["a.csv", "reports/2023.csv"]))
        #expect(outcome.kept == ["link", "notes/", "reports/2021.csv", "scheme.json"])
        #expect(Self.read("\(ws)/a.csv") == "new a.csv\n")
        #expect(Self.read("\(ws)/scheme.json") == "{hand written}")
        #expect(Self.read("\(ws)/link") == "{hand written}")
        #expect(Self.read("\(ws)/reports/2021.csv") == "kept")
        #expect(Self.read("\(ws)/notes/deep/n.txt") == "n")
        #expect(FileSystem.identity("\(ws)/scheme.json") == before)
        #expect(FileSystem.kind("\(ws)/\(OutputFolder.markerName)") == .absent, "a workspace stays the user's: no marker")
        #expect(Self.leftovers(root).isEmpty)
        // A folder where a file goes is in the way.
        try FileManager.default.removeItem(atPath: "\(ws)/a.csv")
        try FileManager.default.createDirectory(atPath: "\(ws)/a.csv", withIntermediateDirectories: true)
        #expect(throws: OutputFailure.inTheWay(path: "\(ws)/a.csv")) { try folder.write(Self.files("x", names: ["a.csv"])) }
        #expect(FileSystem.kind("\(ws)/a.csv") == .directory)
        #expect(Self.leftovers(root).isEmpty)
    }

    @Test("keepIfPresent publishes once; a second writer leaves the folder as it is")
    func keepIfPresent() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cache = "\(root)/cache/sample"
        #expect(try OutputFolder(path: cache, existing: .keepIfPresent).write(Self.files("first")).written)
        #expect(try !OutputFolder(path: cache, existing: .keepIfPresent).write(Self.files("second")).written)
        #expect(Self.read("\(cache)/a.csv") == "first a.csv\n")
        #expect(Self.leftovers("\(root)/cache").isEmpty)
    }

    @Test("eight writers at once into one folder: every write succeeds, the result is one complete set, nothing is left over",
          arguments: [OutputFolder.Existing.replaceOutputs, .keepIfPresent])
    func concurrent(existing: OutputFolder.Existing) async throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let out = "\(root)/out"
        let names = (0..<20).map { "f\($0).csv" }
        let results = await withTaskGroup(of: Bool.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    (try? OutputFolder(path: out, existing: existing).write(Self.files("w\(writer)", names: names))) != nil
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 8))
        let tags = Set(names.map { Self.read("\(out)/\($0)")?.split(separator: " ").first.map(String.init) ?? "missing" })
        #expect(tags.count == 1 && !tags.contains("missing"), "\(tags)")
        #expect(Self.leftovers(root).isEmpty, "\(Self.leftovers(root))")
    }

    @Test("the observer sees the staged folder before the switch and the target after it")
    func phases() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let out = "\(root)/out"
        try OutputFolder(path: out).write(Self.files("old"))
        let seen = Phases()
        var folder = OutputFolder(path: out)
        folder.observer = { phase, path in
            seen.append(phase, path, Self.read("\(out)/a.csv") ?? "")
        }
        try folder.write(Self.files("new"))
        let log = seen.log
        #expect(log.count == 2)
        #expect(log.first?.phase == .staged && log.first?.target == "old a.csv\n")
        #expect(log.first.map { Self.read("\($0.path)/a.csv") == nil } == true, "the staging folder is gone once the write returns")
        #expect(log.last?.phase == .switched && log.last?.target == "new a.csv\n")
    }

    @Test("where the file system cannot exchange, the target becomes a link flipped in one rename")
    func symbolicLinkFallback() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let out = "\(root)/out"
        var folder = OutputFolder(path: out)
        folder.exchanges = false
        try folder.write(Self.files("one"))        // no target yet: a plain rename
        #expect(FileSystem.kind(out) == .directory)
        try folder.write(Self.files("two"))        // an existing folder: converted to the link layout
        #expect(FileSystem.kind(out) == .symbolicLink)
        #expect(Self.read("\(out)/a.csv") == "two a.csv\n")
        try folder.write(Self.files("three"))      // flipped
        #expect(Self.read("\(out)/a.csv") == "three a.csv\n")
        try OutputFolder(path: out).write(Self.files("four"))   // exchange available again: still flipped
        #expect(Self.read("\(out)/a.csv") == "four a.csv\n")
        let entries = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
        #expect(entries.count == 2, "\(entries)")   // out and its one live folder
        #expect(entries.contains { StagingName(entry: $0, target: "out")?.role == .live })
        // Foreign files are still refused through the link.
        _ = FileManager.default.createFile(atPath: "\(out)/mine.txt", contents: Data())
        #expect(throws: OutputFailure.notAnOutputFolder(path: out, foreign: ["mine.txt"], more: 0)) { try folder.write(Self.files("five")) }
    }

    @Test("leftovers of ended processes are removed, those of running ones kept, a folder moved aside is restored")
    func leftovers() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let boot = String(FileSystem.bootID.prefix(8))
        let ended = ".out.ticeval-staging-999999999-\(boot)-a"          // no such process
        let otherBoot = ".out.ticeval-staging-1-00000000-b"           // another boot
        let running = ".out.ticeval-staging-1-\(boot)-c"              // pid 1 runs
        let other = ".other.ticeval-staging-999999999-\(boot)-d"      // another target's
        let marked = ".out.ticeval-staging-1-\(boot)-e"               // its marker names an ended process
        for name in [ended, otherBoot, running, other, marked] {
            try FileManager.default.createDirectory(atPath: "\(root)/\(name)", withIntermediateDirectories: true)
        }
        _ = FileManager.default.createFile(atPath: "\(root)/\(marked)/\(StagingName.markerName)", contents: Data("pid 999999999\nboot \(FileSystem.bootID)\n".utf8))
        try OutputFolder(path: "\(root)/out").write(Self.files("x"))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: root))
        #expect(left == ["out", running, other])

        // A run killed while the target was moved aside (symbolic-link fallback): the next run restores it first.
        try FileManager.default.moveItem(atPath: "\(root)/out", toPath: "\(root)/.out.ticeval-old-999999999-\(boot)-f")
        try OutputFolder(path: "\(root)/out").prepare()
        var folder = OutputFolder(path: "\(root)/out")
        folder.observer = { phase, _ in
            if phase == .staged { #expect(Self.read("\(root)/out/a.csv") == "x a.csv\n") }
        }
        try folder.write(Self.files("y"))
        #expect(Self.read("\(root)/out/a.csv") == "y a.csv\n")
    }

    @Test("OutputFile replaces a file in one step and never an input, whatever its name")
    func singleFile() throws {
        let root = try Self.temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = "\(root)/in.csv"
        _ = FileManager.default.createFile(atPath: input, contents: Data("input".utf8))
        try FileManager.default.linkItem(atPath: input, toPath: "\(root)/hard.csv")
        try FileManager.default.createSymbolicLink(atPath: "\(root)/soft.csv", withDestinationPath: "in.csv")
        for path in [input, "\(root)/./in.csv", "\(root)/hard.csv", "\(root)/soft.csv"] {
            #expect(throws: OutputFailure.self) { try OutputFile(path: path, inputs: [input]).write(Array("x".utf8)) }
        }
        #expect(Self.read(input) == "input")
        #expect(throws: OutputFailure.overwritesInput(path: "\(root)/hard.csv", input: input)) {
            try OutputFile(path: "\(root)/hard.csv", inputs: [input]).prepare()
        }
        #expect(throws: OutputFailure.notAFile(path: root)) { try OutputFile(path: root).prepare() }
        let out = "\(root)/sub/rejected.csv"
        try OutputFile(path: out, inputs: [input]).write(Array("one".utf8))
        try OutputFile(path: out, inputs: [input]).write(Array("two".utf8))
        #expect(Self.read(out) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/sub") == ["rejected.csv"])
    }

    @Test("messages name the path and say what to do, in both languages")
    func messages() {
        let cases: [(OutputFailure, String)] = [
            (.notAFolder(path: "ws/centers.csv"), "ws/centers.csv exists and is not a folder; choose another output folder"),
            (.notEmpty(path: "ws"), "ws is not empty; choose a new folder, or add --force to replace only the files this command writes (other files are kept)"),
            (.currentFolder(path: "."), ". is the current folder or holds it; ticeval replaces an output folder as a whole, so write to a subfolder (e.g. out) or run it from elsewhere"),
            (.replacesInput(path: "ws", input: "ws"), "ws is an input of this run; writing outputs there would replace it; choose another output folder"),
            (.replacesInput(path: "ws/reports", input: "ws/reports/2022.csv"), "ws/reports holds ws/reports/2022.csv, an input file of this run; writing outputs there would replace it; choose another output folder"),
            (.overwritesInput(path: "r.csv", input: "r.csv"), "r.csv is an input file of this run; writing there would overwrite it; choose another output path"),
            (.inTheWay(path: "ws/centers.csv"), "ws/centers.csv is in the way of a file to be written (a folder where a file goes, or the reverse); move it away"),
            (.cannotKeep(path: "ws/fifo"), "ws/fifo is not a regular file, folder or link and cannot be kept in place; move it away or choose another folder"),
        ]
        for (failure, english) in cases {
            #expect(failure.message(.en) == english)
            #expect(!failure.message(.zh).isEmpty && failure.message(.zh) != english)
        }
    }
}

/// What an observer saw, collected across the writer's calls.
private final class Phases: @unchecked Sendable {
    struct Entry { let phase: OutputFolder.Phase; let path: String; let target: String }
    private let lock = NSLock()
    private var entries: [Entry] = []
    func append(_ phase: OutputFolder.Phase, _ path: String, _ target: String) {
        lock.withLock { entries.append(Entry(phase: phase, path: path, target: target)) }
    }
    var log: [Entry] { lock.withLock { entries } }
}

@Suite("Output folders written before markers")
struct UnmarkedOutputFolderTests {
    @Test("a folder without a marker holding only the files a command writes is replaced; one more file of the user's is refused")
    func unmarkedPreviousOutput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-unmarked-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let out = "\(root)/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: "\(out)/ranking.csv"))
        var folder = OutputFolder(path: out)
        folder.expectedNames = ["ranking.csv", "summary.json"]
        try folder.prepare()
        _ = try folder.write([("ranking.csv", Array("new".utf8)), ("summary.json", Array("{}".utf8))])
        #expect(try String(contentsOfFile: "\(out)/ranking.csv", encoding: .utf8) == "new")
        try FileManager.default.removeItem(atPath: "\(out)/\(OutputFolder.markerName)")
        try Data("mine".utf8).write(to: URL(fileURLWithPath: "\(out)/notes.txt"))
        #expect(throws: OutputFailure.self) { try folder.prepare() }
        #expect(throws: OutputFailure.self) { try OutputFolder(path: out).prepare() }
    }
}
