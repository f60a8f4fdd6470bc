import ArgumentParser
import TICIngest

extension Language: ExpressibleByArgument {}
extension EncodingChoice: ExpressibleByArgument {}

/// `--lang zh|en`, shared by every subcommand through `@OptionGroup`.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages and reports: zh (default) or en.")
    var lang: Language = .zh
}

/// `--format csv|json|table` for commands that print a result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, table
}

/// The options every command that reads a workspace shares.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: "The workspace folder (centers.csv, reports/<year>.csv, …). Default: the bundled sample.")
    var workspace: String?

    @Option(help: "Text encoding of the CSV files: auto (UTF-8, else GB18030), utf8 or gb18030.")
    var encoding: EncodingChoice = .auto

    @Option(help: "The evaluation cycle, e.g. 2022-2024. Default: the three latest report years.")
    var cycle: String?

    func validate() throws {
        if let cycle, CycleParser.parse(cycle) == nil {
            throw ValidationError("--cycle expects two years such as 2022-2024, got '\(cycle)'")
        }
    }

    /// The parsed cycle, if given.
    var cycleRange: ClosedRange<Int>? { cycle.flatMap(CycleParser.parse) }

    /// The workspace path: the argument, or the bundled sample.
    func resolvedWorkspace() throws -> String {
        if let workspace { return workspace }
        guard let sample = SampleLocator.locate() else {
            throw ValidationError("no WORKSPACE given and the bundled sample was not found; pass a folder or set TICEVAL_SAMPLE")
        }
        return sample
    }
}
