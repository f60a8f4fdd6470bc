import ArgumentParser
import TICReport

/// `--format table|csv|json|latex` and `--docx FILE`, declared once for the research commands
/// (`weights`, `mcda`, `ahp`, `compare`, `uncertainty`): tables for papers (Guides/Research.md,
/// "Tables for papers").
struct ResearchOutputOptions: ParsableArguments {
    @Option(help: "What to print: table, csv, json or latex (booktabs tables, numbers rounded as in the table). Default: table on a terminal; when piped, the format the command's description names.")
    var format: ResearchFormat?

    @Option(help: ArgumentHelp("Also write the tables as a Word document (.docx, three-line tables, numbers rounded as in the table).",
                               valueName: "file"))
    var docx: String?

    /// The format asked for, else `table` on a terminal and `piped` when standard output is a pipe
    /// or a file.
    func resolved(whenPiped piped: ResearchFormat) -> ResearchFormat {
        format ?? (Console.stdoutIsTerminal ? .table : piped)
    }

    /// The `--docx` file, checked before any work (never one of `inputs`); `nil` without `--docx`.
    func docxFile(inputs: [String]) throws -> OutputFile? {
        guard let docx else { return nil }
        let file = OutputFile(path: docx, inputs: inputs)
        try file.prepare()
        return file
    }
}

/// `--format` of the research commands: ``OutputFormat``'s three and `latex`.
enum ResearchFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, table, latex
}
