import Foundation

/// What a finished process printed, and how it ended.
public struct ProcessOutput: Sendable {
    /// The exit status (or the signal number when it was killed).
    public let status: Int32
    /// Standard output, decoded as UTF-8 (invalid bytes replaced).
    public let stdout: String
    /// Standard error, decoded as UTF-8 (invalid bytes replaced).
    public let stderr: String
}

/// Runs a program to completion and captures both of its output streams.
///
/// Standard output and standard error go to two temporary files, not to pipes, so a program that
/// writes more than a pipe holds (64 KiB on Linux) to either stream cannot block while the runner
/// waits on the other: the runner reads the files only after the program has exited.
public enum ProcessRunner {
    /// Runs `executable arguments…` in `directory` with `environment` (added to this process's
    /// environment; an empty string value is kept, not removed) and returns its output once it exits.
    ///
    /// - Parameter standardInput: bytes fed on standard input, or `nil` for `/dev/null`.
    public static func run(_ executable: URL, arguments: [String], in directory: URL,
                           environment: [String: String] = [:], standardInput: Data? = nil) throws -> ProcessOutput {
        try withTemporaryDirectory(prefix: "ticeval-process") { capture in
            let outURL = capture.appendingPathComponent("stdout"), errURL = capture.appendingPathComponent("stderr")
            let inURL = capture.appendingPathComponent("stdin")
            for url in [outURL, errURL] { FileManager.default.createFile(atPath: url.path, contents: nil) }
            let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
            defer { try? out.close(); try? err.close() }
            let process = configuredProcess(executable, arguments: arguments, in: directory, environment: environment)
            process.standardOutput = out
            process.standardError = err
            if let standardInput {
                try standardInput.write(to: inURL)
                process.standardInput = try FileHandle(forReadingFrom: inURL)
            } else {
                process.standardInput = FileHandle.nullDevice
            }
            try process.run()
            process.waitUntilExit()
            return ProcessOutput(status: process.terminationStatus,
                                 stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                                 stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        }
    }

    /// A `Process` for `executable arguments…` in `directory`, with this process's environment plus
    /// `environment`, not yet started: for tests that redirect, signal or race the program themselves.
    public static func configuredProcess(_ executable: URL, arguments: [String], in directory: URL,
                                         environment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        return process
    }
}
