import ArgumentParser
import TICIngest
import TICPolicy
import TICSupport

/// `ticeval schemes validate FILE|NAME`: checks a scheme and prints every diagnostic.
struct SchemesValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scheme file and print every problem as `path: error: message`; exits with 1 on an error."
    )

    @Argument(help: "The path of a scheme file, or a preset name.")
    var scheme: String

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let outcome = try SchemeSource(scheme).inspect(language: language.lang)
        outcome.printDiagnostics(language: language.lang)
        guard let scheme = outcome.inspection.scheme, !outcome.inspection.hasErrors else { throw ExitCode.failure }
        let warnings = outcome.inspection.warnings.count
        try Console.writeLine(language.lang.pick(
            "\(outcome.label)：有效（\(scheme.dimensions.count) 个一级指标，\(scheme.indicators.count) 个二级指标，\(warnings) 个警告）",
            "\(outcome.label): valid (\(scheme.dimensions.count) dimensions, \(scheme.indicators.count) indicators, \(warnings) warning\(warnings == 1 ? "" : "s"))"))
    }
}
