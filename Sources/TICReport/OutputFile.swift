import Foundation

/// The one writer of single output files (`validate --rejected FILE`): the bytes go to a hidden
/// file beside the target (`.NAME.ticeval-staging-PID-BOOT-RANDOM`), are flushed with `fsync`, and
/// the file is renamed over the target in one step, so a reader sees the old file or the new one.
/// A file this run reads is never overwritten: paths are compared by device and inode, so another
/// spelling or a link to an input is refused too.
///
/// ```swift
/// try OutputFile(path: "rejected.csv", inputs: ["ws/centers.csv"]).write(bytes)
/// ```
public struct OutputFile: Sendable {
    /// The file as the user gave it.
    public let path: String
    /// Files this run reads.
    public var inputs: [String]

    public init(path: String, inputs: [String] = []) {
        self.path = path
        self.inputs = inputs
    }

    /// Checks that the file can be written: its folder can be created and written, it is not a
    /// folder and not one of ``inputs``.
    public func prepare() throws(OutputFailure) {
        _ = try target()
    }

    /// Writes `bytes` as the whole file, replacing it in one step.
    public func write(_ bytes: [UInt8]) throws(OutputFailure) {
        let target = try self.target()
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        Self.removeLeftovers(of: name, in: folder)
        let staging = "\(folder)/\(StagingName(target: name, role: .staging).entry)"
        let mode = FileSystem.mode(target) ?? 0o666
        let error = FileSystem.createFile(staging, bytes: bytes, mode: mode)
        if error == 0, FileSystem.move(staging, to: target) == 0 {
            FileSystem.synchronize(folder)
            return
        }
        let failure = error != 0 ? error : errno
        FileSystem.removeTree(staging)
        throw .cannotWrite(path: path, code: failure)
    }

    /// The path to write (a link is followed), after every check.
    private func target() throws(OutputFailure) -> String {
        var target = URL(fileURLWithPath: path).standardizedFileURL.path
        if FileSystem.kind(target) == .symbolicLink, let resolved = FileSystem.resolved(target) { target = resolved }
        switch FileSystem.kind(target) {
        case .directory: throw .notAFile(path: path)
        case .other: throw .cannotWrite(path: path, code: EINVAL)
        default: break
        }
        if let identity = FileSystem.identity(target) {
            for input in inputs where FileSystem.identity(input) == identity {
                throw .overwritesInput(path: path, input: input)
            }
        }
        let folder = (target as NSString).deletingLastPathComponent
        for error in [FileSystem.makeDirectories(folder), FileSystem.isWritableFolder(folder)] where error != 0 {
            throw .cannotWrite(path: path, code: error)
        }
        return target
    }

    /// Removes hidden files earlier runs left beside `name` once their process has ended.
    private static func removeLeftovers(of name: String, in folder: String) {
        for entry in FileSystem.entries(folder) ?? [] {
            guard let leftover = StagingName(entry: entry, target: name), leftover.role == .staging,
                  FileSystem.kind("\(folder)/\(entry)") == .file, leftover.hasEnded(at: "\(folder)/\(entry)") else { continue }
            FileSystem.removeTree("\(folder)/\(entry)")
        }
    }
}
