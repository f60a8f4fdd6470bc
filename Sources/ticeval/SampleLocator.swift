import Foundation

/// Finds the bundled sample workspace `Datasets/sample` from any directory.
///
/// Order: `$TICEVAL_SAMPLE`; the folders above the executable (a checkout's `.build/…/ticeval`
/// and `swift run`); the folders above the current directory.
enum SampleLocator {
    static func locate() -> String? {
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
