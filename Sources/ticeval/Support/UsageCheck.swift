import ArgumentParser

/// Usage checks that need the input file (e.g. `--types` against the number of criteria). They run
/// after `validate()`, so ArgumentParser would print the root command's usage; this prints the
/// `ValidationError` with the subcommand's own usage and exits with status 2, as a check in
/// `validate()` does.
enum UsageCheck {
    /// Runs `body`; a `ValidationError` it throws becomes a ``UsageFailure`` with `command`'s usage,
    /// which `TICEval.main()` prints before exiting with status 2.
    static func run<T>(_ command: any ParsableCommand.Type, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ValidationError {
            let root = TICEval.configuration.commandName ?? "ticeval"
            let name = command.configuration.commandName ?? ""
            throw UsageFailure(text: """
                Error: \(error.message)
                Usage: \(root) \(command.usageString())
                  See '\(root) \(name) --help' for more information.
                """)
        }
    }
}

/// A usage error found after `validate()`, in ArgumentParser's words and layout (exit status 2).
struct UsageFailure: Error, Sendable {
    /// `Error: …`, the subcommand's usage and where to find help.
    let text: String
}
