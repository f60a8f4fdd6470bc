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
        print(scheme.jsonString(), terminator: "")
    }
}

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
        print(language.lang.pick(
            "\(outcome.label)：有效（\(scheme.dimensions.count) 个一级指标，\(scheme.indicators.count) 个二级指标，\(warnings) 个警告）",
            "\(outcome.label): valid (\(scheme.dimensions.count) dimensions, \(scheme.indicators.count) indicators, \(warnings) warning\(warnings == 1 ? "" : "s"))"))
    }
}

/// A preset name or a scheme file given on the command line.
struct SchemeSource {
    let argument: String

    init(_ argument: String) { self.argument = argument }

    /// The inspected scheme and a label for messages.
    struct Outcome {
        let label: String
        let inspection: SchemeInspection

        /// Writes every diagnostic to standard error, one `path: error: message` a line.
        func printDiagnostics(language: Language) {
            for diagnostic in inspection.diagnostics {
                FileHandle.standardError.write(Data((diagnostic.formatted(language) + "\n").utf8))
            }
        }
    }

    /// A preset is taken as is (validated too); a file is read and inspected.
    /// - Throws: `CommandError` when the argument is neither a preset nor a readable file.
    func inspect(language: Language) throws -> Outcome {
        let looksLikePath = argument.contains("/") || argument.hasSuffix(".json") || argument.hasSuffix(".json5")
        if !looksLikePath, let scheme = try? Scheme.preset(named: argument) {
            return Outcome(label: argument, inspection: SchemeInspection(scheme: scheme, diagnostics: SchemeValidator().validate(scheme)))
        }
        guard looksLikePath || FileManager.default.fileExists(atPath: argument) else {
            throw CommandError(SchemeError.unknownPreset(name: argument, available: Scheme.presetNames).message(language)
                + language.pick("（也不是文件）", " (nor is it a file)"))
        }
        do {
            return Outcome(label: argument, inspection: try Scheme.inspect(fileAt: URL(fileURLWithPath: argument)))
        } catch {
            throw CommandError(error.message(language))
        }
    }
}

/// An error whose message is printed as is (ArgumentParser prefixes `Error: ` and exits with 1).
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
