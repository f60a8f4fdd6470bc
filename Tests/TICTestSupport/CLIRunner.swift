import Foundation

/// Runs the built `ticeval` binary, as a user would, and captures what it prints.
///
/// The CLI tests use it for argument parsing that only the real entry point shows (exit statuses,
/// usage text) and for one end-to-end run per command; logic is tested in the libraries.
public enum CLIRunner {
    /// What a finished `ticeval` run printed, and its exit status.
    public typealias Result = ProcessOutput

    /// The repository root (the sample workspace and `Datasets/` are under it).
    public static var repositoryRoot: URL { Fixtures.repositoryRoot }

    /// The `ticeval` executable next to the test bundle, or in `.build/debug`.
    public static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ticeval")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repositoryRoot.appendingPathComponent(".build/debug/ticeval")
    }

    /// Runs `ticeval arguments…` in `directory` (default: the system's temporary folder) with
    /// `NO_COLOR=1` unless `environment` says otherwise, and waits for it to exit. Both output
    /// streams are captured without a pipe that could fill (see ``ProcessRunner``).
    public static func run(_ arguments: [String], in directory: URL? = nil,
                           environment: [String: String] = [:], standardInput: Data? = nil) throws -> Result {
        try ProcessRunner.run(executable, arguments: arguments, in: directory ?? FileManager.default.temporaryDirectory,
                              environment: ["NO_COLOR": "1"].merging(environment) { $1 }, standardInput: standardInput)
    }

    /// A `ticeval arguments…` process in `directory` (default: the repository root) with `NO_COLOR=1`
    /// and `environment`, not yet started: for tests that send its output to `/dev/full`, kill it or
    /// run several at once.
    public static func process(_ arguments: [String], in directory: URL? = nil,
                               environment: [String: String] = [:]) -> Process {
        ProcessRunner.configuredProcess(executable, arguments: arguments, in: directory ?? repositoryRoot,
                                        environment: ["NO_COLOR": "1"].merging(environment) { $1 })
    }
}
