import ArgumentParser
import TICIngest

/// `--format csv|json|table` for commands that print a result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, table
}

extension OutputFormat {
    /// The format asked for, else `table` on a terminal and `otherwise` when standard output is a
    /// pipe or a file.
    static func resolved(_ given: OutputFormat?, otherwise: OutputFormat) -> OutputFormat {
        given ?? (Console.stdoutIsTerminal ? .table : otherwise)
    }
}
