import ArgumentParser

/// Usage checks that need the input file (e.g. `--types` against the number of criteria). They run
/// after `validate()`, so ArgumentParser would print the root command's usage; this prints the
/// `ValidationError` with the subcommand's own usage and exits with status 2, as a check in
/// `validate()` does.
enum UsageCheck {
    /// Runs `body`; a `ValidationError` it throws is printed with `command`'s usage, then exit 2.
    static func run<T>(_ command: any ParsableCommand.Type, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ValidationError {
            let root = TICEval.configuration.commandName ?? "ticeval"
            let name = command.configuration.commandName ?? ""
            Console.error("""
                Error: \(error.message)
                Usage: \(root) \(command.usageString())
                  See '\(root) \(name) --help' for more information.
                """)
            throw ExitCode(2)
        }
    }
}
