import ArgumentParser
import TICIngest

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`, shared by every subcommand through `@OptionGroup`.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages and reports: zh (default) or en.")
    var lang: Language = .zh
}

/// `--format csv|json|table` for commands that print a result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, table
}
