import Foundation
import TICIngest
import TICPolicy

/// The ``RunRecord`` of this process: the version, the arguments, the seed and the SHA-256 of the
/// input files (a workspace's files as its loader read them, other files hashed here).
enum RunRecords {
    /// A record for the current command line.
    /// - Parameters:
    ///   - seed: the Monte Carlo seed, if any.
    ///   - workspace: the loaded workspace whose files were read, if any.
    ///   - files: other inputs (a matrix, pairwise matrices, scheme or weight-sample files); a name
    ///     that is not a readable file (a preset such as `hunan-2020`) is left out.
    static func current(seed: UInt64? = nil, workspace: Workspace? = nil, files: [String]) -> RunRecord {
        var inputs = workspace?.files.map(RunRecord.Input.init) ?? []
        var seen = Set(inputs.map(\.path))
        for path in files where seen.insert(path).inserted {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            inputs.append(RunRecord.Input(path: path, contents: data))
        }
        return RunRecord(version: TICEvalVersion.string, commandLine: Array(CommandLine.arguments.dropFirst()), seed: seed, inputs: inputs)
    }

    /// The record as a JSON member for the documents built with ``JSONValue`` (`weights`, `mcda`, `ahp`:
    /// nothing random, so no seed).
    static func json(_ record: RunRecord) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("tool", .string(record.tool)),
            ("version", .string(record.version)),
            ("command_line", .array(record.commandLine.map { .string($0) })),
        ]
        members.append(("inputs", .array(record.inputs.map { input in
            .object([("path", .string(input.path)), ("sha256", .string(input.sha256)), ("bytes", .integer(input.bytes))])
        })))
        return .object(members)
    }
}
