import Foundation

/// Writes output files so that a run either completes or changes nothing: every file is first
/// written to a hidden staging folder beside the outputs, then each is renamed into place
/// (rename is atomic within a file system), and the staging folder is removed.
public struct OutputFolder: Sendable {
    /// Why outputs could not be written.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The folder cannot be created or written.
        case notWritable(path: String, reason: String)

        public var description: String {
            switch self {
            case .notWritable(let path, let reason): "\(path): cannot write outputs here: \(reason)"
            }
        }
    }

    /// The output folder.
    public let path: String

    public init(path: String) { self.path = path }

    /// Creates the folder if needed and checks that it is writable, before any work is done.
    public func prepare() throws(Failure) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .notWritable(path: path, reason: error.localizedDescription)
        }
        let probe = "\(path)/.ticeval-write-test-\(ProcessInfo.processInfo.processIdentifier)"
        guard manager.createFile(atPath: probe, contents: Data()) else {
            throw .notWritable(path: path, reason: "permission denied")
        }
        try? manager.removeItem(atPath: probe)
    }

    /// Writes every file (name → bytes) atomically; names must be plain file names.
    public func write(_ files: [(name: String, bytes: [UInt8])]) throws(Failure) {
        let manager = FileManager.default
        try prepare()
        let staging = "\(path)/.ticeval-staging-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try? manager.removeItem(atPath: staging)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            defer { try? manager.removeItem(atPath: staging) }
            for file in files {
                precondition(!file.name.contains("/") && !file.name.hasPrefix("."), "output names are plain file names")
                try Data(file.bytes).write(to: URL(fileURLWithPath: "\(staging)/\(file.name)"))
            }
            for file in files {
                let target = "\(path)/\(file.name)"
                if rename("\(staging)/\(file.name)", target) != 0 {
                    throw Failure.notWritable(path: target, reason: String(cString: strerror(errno)))
                }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .notWritable(path: path, reason: error.localizedDescription)
        }
    }
}
