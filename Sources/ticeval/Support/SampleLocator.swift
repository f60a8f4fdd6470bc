import Foundation
import TICIngest
import TICPolicy
import TICSynth

/// Finds the bundled sample workspace `Datasets/sample` from any directory.
///
/// Order: `$TICEVAL_SAMPLE`; the folders above the executable (a checkout's `.build/…/ticeval`
/// and `swift run`); the folders above the current directory. A binary installed on its own
/// regenerates the sample (the synthesizer is deterministic and a test keeps the committed sample
/// equal to its output) into `~/.cache/ticeval/sample-<version>` (``cacheFolder``), with the
/// sichuan-2022 preset as its `scheme.json` (the committed one is hand-edited and not generated):
/// no command picks a scheme for a workspace, so the sample carries its own.
enum SampleLocator {
    static func locate() -> String? {
        if let found = find() { return found }
        return regenerate()
    }

    /// Builds the sample into the cache with ``OutputFolder``: staged beside it and published in
    /// one step if no other run published it first, so concurrent first runs all succeed and leave
    /// no staging folder behind.
    private static func regenerate() -> String? {
        let folder = cacheFolder.appendingPathComponent("sample-\(TICEvalVersion.string)")
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("centers.csv").path) { return folder.path }
        let synthesizer = WorkspaceSynthesizer()
        let contents = synthesizer.files()
        do {
            let scheme = try Scheme.preset(named: "sichuan-2022").jsonData()
            try OutputWriting.folder(folder.path, existing: .keepIfPresent)
                .write(synthesizer.paths.map { ($0, contents[$0]!) } + [("scheme.json", Array(scheme))])
            return folder.path
        } catch {
            return nil
        }
    }

    /// `$XDG_CACHE_HOME/ticeval`, else `$HOME/.cache/ticeval`, else the account's home `.cache/ticeval`.
    static var cacheFolder: URL {
        let environment = ProcessInfo.processInfo.environment
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent("ticeval")
        }
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache/ticeval")
    }

    private static func find() -> String? {
        let fileManager = FileManager.default
        if let fromEnvironment = ProcessInfo.processInfo.environment["TICEVAL_SAMPLE"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            starts.append(executable.deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: fileManager.currentDirectoryPath))
        for start in starts {
            var directory = start.standardizedFileURL
            while true {
                let candidate = directory.appendingPathComponent("Datasets/sample")
                if fileManager.fileExists(atPath: candidate.appendingPathComponent("centers.csv").path) {
                    return relativeIfBelowCurrent(candidate.path)
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }

    /// Shows `Datasets/sample` rather than a long absolute path when it is below the current directory.
    private static func relativeIfBelowCurrent(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
