import ArgumentParser
import TICIngest
import TICSupport

/// `--lang zh|en`, shared by every subcommand through `@OptionGroup`.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages and reports: zh (default) or en.")
    var lang: Language = .zh
}
