import ArgumentParser
import Foundation
import TICIngest
import TICPolicy

/// `ticeval schemes show NAME|FILE`: prints a scheme as JSON to copy and edit.
struct SchemesShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a preset or a scheme file as JSON (sorted keys), to copy and edit.",
        discussion: """
        A FILE is validated first: every problem is printed to standard error as \
        `path: error: message`, and the command exits with 1 if there is an error. \
        Explicit weights are printed normalized to sum 1.
        """
    )

    @Argument(help: "A preset name (see `ticeval schemes`) or the path of a scheme file.")
    var scheme: String

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let outcome = try SchemeSource(scheme).inspect(language: language.lang)
        outcome.printDiagnostics(language: language.lang)
        guard let scheme = outcome.inspection.scheme, !outcome.inspection.hasErrors else { throw ExitCode.failure }
        try Console.write(scheme.jsonString())
    }
}
