import Foundation

/// The hidden entries the output writers create beside a target `NAME`, and who owns them:
///
/// - `.NAME.ticeval-staging-PID-BOOT-RANDOM`: a folder (or file) being written, or, after an
///   exchange, the previous outputs being removed;
/// - `.NAME.ticeval-old-PID-BOOT-RANDOM`: the previous folder moved aside where the file system
///   cannot exchange (restored by a later run if the target is missing);
/// - `.NAME.ticeval-live-PID-BOOT-RANDOM`: the outputs a symbolic link `NAME` points to where the
///   file system cannot exchange;
/// - `.NAME.ticeval-link-PID-BOOT-RANDOM`: that link before it is renamed over `NAME`.
///
/// `PID` is the writing process and `BOOT` the first 8 characters of the boot id; a staging folder
/// also holds a `.ticeval-staging` marker with the pid and the whole boot id until it is complete.
/// A later run removes such an entry only when its process has ended (``FileSystem/hasEnded(pid:boot:)``).
struct StagingName: Equatable {
    enum Role: String, CaseIterable {
        case staging, old, live, link
    }

    /// The marker file in a staging folder.
    static let markerName = ".ticeval-staging"

    let target: String
    let role: Role
    let pid: Int32
    let boot: String
    let random: String

    /// A new name for this process.
    init(target: String, role: Role) {
        self.target = target
        self.role = role
        self.pid = FileSystem.processID
        self.boot = String(FileSystem.bootID.prefix(8))
        self.random = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    }

    /// Parses `entry` as a name of one of `target`'s entries; nil for anything else.
    init?(entry: String, target: String) {
        for role in Role.allCases {
            let prefix = ".\(target).ticeval-\(role.rawValue)-"
            guard entry.hasPrefix(prefix) else { continue }
            let parts = entry.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, let pid = Int32(parts[0]) else { return nil }
            self.target = target
            self.role = role
            self.pid = pid
            self.boot = String(parts[1])
            self.random = String(parts[2])
            return
        }
        return nil
    }

    /// The entry's name.
    var entry: String { ".\(target).ticeval-\(role.rawValue)-\(pid)-\(boot)-\(random)" }

    /// Whether `entry` is a name of this kind for any target (`.x.ticeval-staging-1-2-3`).
    static func isOurs(_ entry: String, roles: [Role] = Role.allCases) -> Bool {
        guard entry.hasPrefix("."), let range = entry.range(of: ".ticeval-", options: .backwards),
              range.lowerBound > entry.startIndex else { return false }
        let target = String(entry[entry.index(after: entry.startIndex)..<range.lowerBound])
        guard let name = StagingName(entry: entry, target: target) else { return false }
        return roles.contains(name.role)
    }

    /// The text of the marker written into a staging folder.
    static var markerText: String {
        "pid \(FileSystem.processID)\nboot \(FileSystem.bootID)\n"
    }

    /// Whether the process that made the entry at `path` has ended: the marker's pid and boot id
    /// when the marker is there, else the name's.
    func hasEnded(at path: String) -> Bool {
        var pid = self.pid, boot = self.boot
        if let text = try? String(contentsOfFile: "\(path)/\(Self.markerName)", encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { continue }
                if parts[0] == "pid", let value = Int32(parts[1]) { pid = value }
                if parts[0] == "boot" { boot = String(parts[1]) }
            }
        }
        let current = FileSystem.bootID
        if !boot.isEmpty && !current.isEmpty && !current.hasPrefix(boot) { return true }
        return FileSystem.hasEnded(pid: pid, boot: "")
    }
}
