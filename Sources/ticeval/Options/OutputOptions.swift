import ArgumentParser

/// `--format table|csv|json`, declared once for every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Option(help: "What to print: table, csv or json. Default: table on a terminal; when piped, the format the command's description names.")
    var format: OutputFormat?

    /// The format asked for, else `table` on a terminal and `piped` when standard output is a pipe
    /// or a file.
    func resolved(whenPiped piped: OutputFormat) -> OutputFormat {
        format ?? (Console.stdoutIsTerminal ? .table : piped)
    }
}
