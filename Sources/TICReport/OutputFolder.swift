import Foundation

/// The one writer of output folders: the files of one run appear together or not at all, and
/// nothing ticeval did not write is ever replaced.
///
/// **What may be replaced** (``Existing``): by default the folder must be absent, empty, or a
/// previous ticeval output — a folder holding a ``markerName`` file that lists what ticeval wrote
/// there, and nothing else (ticeval output folders nested in it, such as `out/compare`, are kept).
/// Any other folder is refused with the files that are in the way.
///
/// **How** (``write(_:)``): the files are written to a staging folder beside the target
/// (`.NAME.ticeval-staging-PID-BOOT-RANDOM`, holding a marker with the process id and boot id),
/// each flushed with `fsync`, then the staging folder and the target are switched in one step —
/// `renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on macOS, a plain `rename`
/// when there is no target yet — and the previous folder, now under the staging name, is removed.
/// Where the file system cannot exchange, the target becomes a symbolic link to
/// `.NAME.ticeval-live-…`, flipped in one `rename` (the first time an existing folder is converted,
/// it is moved aside for a moment; a later run restores it if the run was killed then).
/// A run removes the leftovers of earlier runs into the same target only when their process has
/// ended (another boot, or no such process).
///
/// ```swift
/// let folder = OutputFolder(path: "out", inputs: ["ws/centers.csv"])
/// try folder.prepare()                       // before any work: refuses what cannot be written
/// try folder.write([("ranking.csv", bytes), ("summary.json", json)])
/// ```
///
/// Adding an output file is one more element of the list given to ``write(_:)``.
public struct OutputFolder: Sendable {
    /// What the target folder may already hold.
    public enum Existing: Sendable, Hashable {
        /// Absent, empty, or a previous ticeval output (``markerName``): replaced as a whole; files
        /// of the previous run not written again are dropped, nested output folders are kept.
        case replaceOutputs
        /// Absent or empty (`synth` without `--force`).
        case mustBeEmpty
        /// Anything: the files written replace files of the same name, every other file and folder
        /// is kept (`synth --force`). No marker is written: the folder stays the user's.
        case keepOthers
        /// Absent: written; already there: left as it is (a cache whose content depends only on
        /// its name). Concurrent first runs all succeed; one of them publishes its folder.
        case keepIfPresent
    }

    /// Where a run is, for tests that interrupt it (fault injection).
    public enum Phase: Sendable, Hashable {
        /// Every file is in the staging folder and flushed; the target is still the old one.
        case staged
        /// The target is the new folder; the old one is not yet removed.
        case switched
    }

    /// What ``write(_:)`` did.
    public struct Outcome: Sendable, Hashable {
        /// Paths (relative to the folder) that were there before and are kept (``Existing/keepOthers``).
        public var kept: [String] = []
        /// False when ``Existing/keepIfPresent`` found the folder already there.
        public var written = true
    }

    /// The file that marks a folder as ticeval's output, listing the files ticeval wrote.
    public static let markerName = ".ticeval-output"

    /// The output folder as the user gave it.
    public let path: String
    /// What the folder may already hold.
    public var existing: Existing
    /// Files (or folders) this run reads: the output folder must not hold any of them.
    public var inputs: [String]
    /// Called at each ``Phase`` with the path concerned; tests pause or kill the process there.
    public var observer: (@Sendable (Phase, String) -> Void)?
    /// Whether to switch by exchange (true) or always by the symbolic-link fallback (tests).
    public var exchanges = true
    /// The files a run of this command writes. A folder without a marker that holds only these
    /// (an output of a ticeval from before markers) is accepted as a previous output.
    public var expectedNames: Set<String> = []

    /// A writer for the folder at `path`.
    public init(path: String, existing: Existing = .replaceOutputs, inputs: [String] = []) {
        self.path = path
        self.existing = existing
        self.inputs = inputs
    }

    // MARK: - Checks

    /// Checks, before any work is done, that the outputs can be written: the folder's parent can be
    /// created and written, the folder is not a file, not the current folder, holds no input, and
    /// holds only what ``existing`` allows.
    public func prepare() throws(OutputFailure) {
        _ = try location()
    }

    /// Where the outputs go, after every check.
    private func location() throws(OutputFailure) -> Location {
        let location = try Location(path)
        if let current = FileSystem.currentDirectory, location.contains(current) {
            throw .currentFolder(path: path)
        }
        for input in inputs {
            if let resolved = FileSystem.resolved(input), location.contains(resolved) {
                throw .replacesInput(path: path, input: resolved == (location.contents ?? location.target) ? path : input)
            }
        }
        try checkContents(location)
        return location
    }

    /// Refuses a folder whose contents ``existing`` does not allow.
    private func checkContents(_ location: Location) throws(OutputFailure) {
        guard let contents = location.contents else { return }
        switch existing {
        case .replaceOutputs:
            let foreign = Self.foreignEntries(in: contents, expected: expectedNames)
            if !foreign.isEmpty {
                throw .notAnOutputFolder(path: path, foreign: Array(foreign.prefix(5)), more: max(0, foreign.count - 5))
            }
        case .mustBeEmpty:
            if !(FileSystem.entries(contents) ?? []).filter({ !StagingName.isOurs($0, roles: [.staging, .old, .link]) }).isEmpty {
                throw .notEmpty(path: path)
            }
        case .keepOthers, .keepIfPresent:
            break
        }
    }

    /// Entries of an output folder ticeval did not write: neither listed in its marker, nor the
    /// marker, nor a nested output folder, nor a staging leftover. Relative paths, folders with `/`.
    /// Without a marker, the `expected` names count as listed (outputs written before markers existed).
    static func foreignEntries(in folder: String, expected: Set<String> = []) -> [String] {
        let hasMarker = FileSystem.kind("\(folder)/\(markerName)") == .file
        let listed = hasMarker ? OutputMarker.read(in: folder) : expected
        var foreign: [String] = []
        func walk(_ relative: String) {
            let here = relative.isEmpty ? folder : "\(folder)/\(relative)"
            for entry in (FileSystem.entries(here) ?? []).sorted() {
                let path = relative.isEmpty ? entry : "\(relative)/\(entry)"
                if relative.isEmpty && (entry == markerName || isNestedOutput(entry, in: folder)) { continue }
                if StagingName.isOurs(entry) { continue }
                switch FileSystem.kind("\(here)/\(entry)") {
                case .file where listed.contains(path):
                    continue
                case .directory where listed.contains { $0.hasPrefix(path + "/") }:
                    walk(path)
                case .directory:
                    foreign.append(path + "/")
                default:
                    foreign.append(path)
                }
            }
        }
        walk("")
        return foreign
    }

    /// Whether `entry` of `folder` is itself a ticeval output folder (kept when `folder` is replaced):
    /// a folder with a marker, or a link to its `.ENTRY.ticeval-live-…` sibling.
    static func isNestedOutput(_ entry: String, in folder: String) -> Bool {
        let path = "\(folder)/\(entry)"
        switch FileSystem.kind(path) {
        case .directory:
            return FileSystem.kind("\(path)/\(markerName)") == .file
        case .symbolicLink:
            guard let destination = FileSystem.linkDestination(path) else { return false }
            return StagingName(entry: destination, target: entry)?.role == .live
        default:
            return false
        }
    }

    // MARK: - Writing

    /// Writes every file (relative path → bytes; `reports/2023.csv` creates `reports/`) as one
    /// new folder and switches it in place of the old one.
    ///
    /// - Precondition: names are relative paths without empty, `.` or `..` components, none starting with `.`.
    /// - Throws: ``OutputFailure``; the target is then the previous folder, unchanged.
    @discardableResult
    public func write(_ files: [(name: String, bytes: [UInt8])]) throws(OutputFailure) -> Outcome {
        for file in files {
            let parts = file.name.split(separator: "/", omittingEmptySubsequences: false)
            precondition(!parts.isEmpty && parts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") },
                         "output names are relative paths of plain names, got \(file.name)")
        }
        try location().removeLeftovers()
        var location = try location()
        var outcome = Outcome()
        if existing == .keepIfPresent, let contents = location.contents, !(FileSystem.entries(contents) ?? []).isEmpty {
            outcome.written = false
            return outcome
        }

        let staging = location.sibling(.staging)
        var stagingExists = false
        do throws(OutputFailure) {
            try Self.check(FileSystem.makeDirectory(staging), staging)
            stagingExists = true
            try Self.check(FileSystem.createFile("\(staging)/\(StagingName.markerName)", bytes: Array(StagingName.markerText.utf8)), staging)
            var folders: Set<String> = [staging]
            for file in files {
                let target = "\(staging)/\(file.name)"
                let folder = (target as NSString).deletingLastPathComponent
                if !folders.contains(folder) {
                    try Self.check(FileSystem.makeDirectories(folder), folder)
                    folders.insert(folder)
                }
                try Self.check(FileSystem.createFile(target, bytes: file.bytes), (path as NSString).appendingPathComponent(file.name))
            }
            if existing == .replaceOutputs {
                let marker = OutputMarker.text(listing: files.map(\.name))
                try Self.check(FileSystem.createFile("\(staging)/\(Self.markerName)", bytes: Array(marker.utf8)), staging)
            }
            if let contents = location.contents {
                outcome.kept = try carryOver(from: contents, to: staging, writing: Set(files.map(\.name)))
                if let mode = FileSystem.mode(contents) { FileSystem.setMode(staging, mode) }
            }
            FileSystem.removeTree("\(staging)/\(StagingName.markerName)")
            for folder in folders.sorted(by: { $0.count > $1.count }) {
                try Self.check(FileSystem.synchronize(folder), folder)
            }
            observer?(.staged, staging)
            let old = try switchIn(staging, at: &location, outcome: &outcome)
            stagingExists = false
            guard outcome.written else { return outcome }
            FileSystem.synchronize(location.parent)
            observer?(.switched, location.target)
            if let old { FileSystem.removeTree(old) }
        } catch {
            if stagingExists { FileSystem.removeTree(staging) }
            throw error
        }
        return outcome
    }

    /// Puts the complete staging folder at the target in one step; returns the path of the old
    /// folder to remove, if any.
    private func switchIn(_ staging: String, at location: inout Location, outcome: inout Outcome) throws(OutputFailure) -> String? {
        for _ in 0..<8 {
            let kind = FileSystem.kind(location.target)
            let empty = kind == .directory && (FileSystem.entries(location.target) ?? [""]).isEmpty
            if kind == .absent || empty {
                let error = FileSystem.move(staging, to: location.target)
                if error == 0 { return nil }
                if error == ENOTEMPTY || error == EEXIST {
                    if existing == .keepIfPresent {
                        FileSystem.removeTree(staging)
                        outcome.written = false
                        return nil
                    }
                    continue   // another run got there first: check what it wrote, then exchange
                }
                throw .cannotWrite(path: path, code: error)
            }
            if existing == .keepIfPresent {
                FileSystem.removeTree(staging)
                outcome.written = false
                return nil
            }
            // Someone may have written into the folder since it was checked.
            location = try self.location()
            if location.isLink {
                return try flip(staging, at: location, converting: false)
            }
            guard kind == .directory else { throw .notAFolder(path: path) }
            let error = exchanges ? FileSystem.exchange(staging, location.target) : EINVAL
            if error == 0 { return staging }
            if FileSystem.cannotExchange(error) { return try flip(staging, at: location, converting: true) }
            throw .cannotWrite(path: path, code: error)
        }
        throw .cannotWrite(path: path, code: EBUSY)
    }

    /// The symbolic-link layout, where the file system cannot exchange: `NAME` → `.NAME.ticeval-live-…`,
    /// replaced by one `rename`. An existing folder (`converting`) is first moved aside: for a moment
    /// the target is missing, and a later run restores it if this one is killed then. Returns the
    /// previous folder, to remove.
    private func flip(_ staging: String, at location: Location, converting: Bool) throws(OutputFailure) -> String? {
        let live = location.sibling(.live), link = location.sibling(.link)
        try Self.check(FileSystem.move(staging, to: live), path)
        var undo: [() -> Void] = [{ _ = FileSystem.move(live, to: staging) }]
        func attempt(_ error: Int32) throws(OutputFailure) {
            guard let failure = Self.failure(error, path) else { return }
            for step in undo.reversed() { step() }
            throw failure
        }
        try attempt(FileSystem.symbolicLink((live as NSString).lastPathComponent, at: link))
        undo.append { FileSystem.removeTree(link) }
        var previous: String?
        if converting {
            let old = location.sibling(.old)
            try attempt(FileSystem.move(location.target, to: old))
            undo.append { _ = FileSystem.move(old, to: location.target) }
            previous = old
        } else if let destination = FileSystem.linkDestination(location.target),
                  StagingName(entry: destination, target: location.name)?.role == .live {
            previous = "\(location.parent)/\(destination)"
        }
        try attempt(FileSystem.move(link, to: location.target))
        return previous
    }

    /// Links (or copies, where links fail) into `staging` every entry of the current folder that
    /// this run keeps: with ``Existing/keepOthers`` every entry not written, with
    /// ``Existing/replaceOutputs`` the nested output folders. Returns the kept paths.
    private func carryOver(from folder: String, to staging: String, writing: Set<String>) throws(OutputFailure) -> [String] {
        var kept: [String] = []
        let writtenFolders = Set(writing.flatMap { name in
            let parts = name.split(separator: "/")
            return (1..<max(parts.count, 1)).map { parts.prefix($0).joined(separator: "/") }
        })
        func walk(_ relative: String) throws(OutputFailure) {
            let here = relative.isEmpty ? folder : "\(folder)/\(relative)"
            for entry in (FileSystem.entries(here) ?? []).sorted() {
                let path = relative.isEmpty ? entry : "\(relative)/\(entry)"
                if relative.isEmpty && (entry == Self.markerName || entry == StagingName.markerName) { continue }
                if StagingName.isOurs(entry, roles: [.staging, .old, .link]) { continue }
                let kind = FileSystem.kind("\(here)/\(entry)")
                switch existing {
                case .replaceOutputs:
                    let live = StagingName.isOurs(entry, roles: [.live])
                    guard relative.isEmpty, live || Self.isNestedOutput(entry, in: folder) else { continue }
                case .keepOthers:
                    if writing.contains(path) {
                        if kind == .directory { throw .inTheWay(path: (self.path as NSString).appendingPathComponent(path)) }
                        continue
                    }
                    if writtenFolders.contains(path) {
                        guard kind == .directory else { throw .inTheWay(path: (self.path as NSString).appendingPathComponent(path)) }
                        try walk(path)
                        continue
                    }
                default:
                    continue
                }
                try Self.keep("\(here)/\(entry)", at: "\(staging)/\(path)", shown: (self.path as NSString).appendingPathComponent(path))
                kept.append(kind == .directory ? path + "/" : path)
            }
        }
        try walk("")
        return kept
    }

    /// Puts `source` at `destination` without copying data where possible: a hard link for a
    /// file (a copy where the file system has none), the same link for a link, and for a folder a
    /// new folder with its entries kept the same way.
    static func keep(_ source: String, at destination: String, shown: String) throws(OutputFailure) {
        switch FileSystem.kind(source) {
        case .file:
            var error = FileSystem.hardLink(source, destination)
            if error == EXDEV || error == EPERM || error == ENOTSUP || error == EMLINK || error == EOPNOTSUPP {
                error = FileSystem.copyFile(source, to: destination)
            }
            try check(error, shown)
        case .symbolicLink:
            guard let destinationText = FileSystem.linkDestination(source) else { throw .cannotKeep(path: shown) }
            try check(FileSystem.symbolicLink(destinationText, at: destination), shown)
        case .directory:
            try check(FileSystem.makeDirectory(destination, mode: FileSystem.mode(source) ?? 0o777), shown)
            for entry in (FileSystem.entries(source) ?? []).sorted() {
                try keep("\(source)/\(entry)", at: "\(destination)/\(entry)", shown: "\(shown)/\(entry)")
            }
            FileSystem.synchronize(destination)
        case .absent:
            break
        case .other:
            throw .cannotKeep(path: shown)
        }
    }

    static func check(_ error: Int32, _ path: String) throws(OutputFailure) {
        if let failure = failure(error, path) { throw failure }
    }

    static func failure(_ error: Int32, _ path: String) -> OutputFailure? {
        error == 0 ? nil : .cannotWrite(path: path, code: error)
    }
}

// MARK: - Location

extension OutputFolder {
    /// The target resolved: its parent folder (created, writable), its name, and where its contents are.
    struct Location {
        let parent: String
        let name: String
        var target: String { "\(parent)/\(name)" }
        /// Whether the target is ticeval's symbolic link to a `.NAME.ticeval-live-…` folder.
        let isLink: Bool

        init(_ path: String) throws(OutputFailure) {
            var url = URL(fileURLWithPath: path).standardizedFileURL
            // A link the user made elsewhere is followed; ticeval's own layout is kept.
            if FileSystem.kind(url.path) == .symbolicLink {
                let destination = FileSystem.linkDestination(url.path) ?? ""
                if StagingName(entry: destination, target: url.lastPathComponent)?.role != .live,
                   let resolved = FileSystem.resolved(url.path) {
                    url = URL(fileURLWithPath: resolved)
                }
            }
            let parentPath = url.deletingLastPathComponent().path
            switch FileSystem.kind(url.path) {
            case .file, .other: throw .notAFolder(path: path)
            default: break
            }
            let created = FileSystem.makeDirectories(parentPath)
            if created != 0 { throw .cannotWrite(path: path, code: created) }
            let writable = FileSystem.isWritableFolder(parentPath)
            if writable != 0 { throw .cannotWrite(path: path, code: writable) }
            guard let parent = FileSystem.resolved(parentPath) else {
                throw .cannotWrite(path: path, code: ENOENT)
            }
            self.parent = parent == "/" ? "" : parent
            self.name = url.lastPathComponent
            let kind = FileSystem.kind("\(self.parent)/\(name)")
            self.isLink = kind == .symbolicLink
            if isLink, FileSystem.kind(FileSystem.resolved("\(self.parent)/\(name)") ?? "") != .directory {
                throw .notAFolder(path: path)
            }
        }

        /// The folder holding the current outputs, if there is one.
        var contents: String? {
            guard let resolved = FileSystem.resolved(target), FileSystem.kind(resolved) == .directory else { return nil }
            return resolved
        }

        /// Whether `path` (resolved) is the target or inside it.
        func contains(_ path: String) -> Bool {
            let real = contents ?? target
            return path == real || path.hasPrefix(real + "/")
        }

        /// A new hidden sibling of the target owned by this process.
        func sibling(_ role: StagingName.Role) -> String {
            "\(parent)/\(StagingName(target: name, role: role).entry)"
        }

        /// Removes what earlier runs into this target left behind, once their process has ended;
        /// a folder moved aside with the target now missing is put back.
        func removeLeftovers() {
            let live = isLink ? FileSystem.linkDestination(target) : nil
            for entry in FileSystem.entries(parent.isEmpty ? "/" : parent) ?? [] {
                guard let leftover = StagingName(entry: entry, target: name), entry != live else { continue }
                let path = "\(parent)/\(entry)"
                guard leftover.hasEnded(at: path) else { continue }
                if leftover.role == .old && FileSystem.kind(target) == .absent {
                    if FileSystem.move(path, to: target) == 0 { continue }
                }
                // Re-read the link: another run may have flipped it to this folder meanwhile.
                if leftover.role == .live && FileSystem.linkDestination(target) == entry { continue }
                FileSystem.removeTree(path)
            }
        }
    }
}
