import ArgumentParser
import TICIngest
import TICReport

/// `--format` and `--encoding` of the commands that read one CSV file and print a result.
struct FileOutputOptions: ParsableArguments {
    @Option(help: "Output format. Default: table on a terminal, csv otherwise.")
    var format: OutputFormat?

    @Option(help: "Text encoding of the CSV file: auto (UTF-8, else GB18030), utf8 or gb18030.")
    var encoding: EncodingChoice = .auto
}

/// A result that prints as a terminal table, CSV or JSON.
protocol FormattedOutput {
    func table(_ language: Language) -> String
    func csv(_ language: Language) -> String
    func json(_ language: Language) throws -> String
}

extension EligibilityReport: FormattedOutput {}
extension SubsidyReport: FormattedOutput {}

extension FormattedOutput {
    /// Prints in `format`; without one, a table on a terminal and CSV otherwise.
    func print(format: OutputFormat?, language: Language) throws {
        switch OutputFormat.resolved(format, otherwise: .csv) {
        case .table: try Console.write(table(language))
        case .csv: try Console.write(csv(language))
        case .json: try Console.write(try json(language))
        }
    }
}

/// Reads an input file; an unreadable one prints its located diagnostic and exits with status 1,
/// and the diagnostics of a readable one go to standard error.
func readInput<File>(_ language: Language, diagnostics: (File) -> [Diagnostic],
                     _ read: () throws(IngestError) -> File) throws -> File {
    let file: File
    do { file = try read() } catch {
        Console.error(Diagnostic(error).formatted(language))
        throw ExitCode(1)
    }
    for diagnostic in diagnostics(file) { Console.error(diagnostic.formatted(language)) }
    return file
}
