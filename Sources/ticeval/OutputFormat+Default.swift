extension OutputFormat {
    /// The format asked for, else `table` on a terminal and `otherwise` when standard output is a
    /// pipe or a file.
    static func resolved(_ given: OutputFormat?, otherwise: OutputFormat) -> OutputFormat {
        given ?? (Console.stdoutIsTerminal ? .table : otherwise)
    }
}
