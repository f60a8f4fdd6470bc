import Foundation
import TICIngest
import TICPolicy

/// A preset name or a scheme file given on the command line.
struct SchemeSource {
    let argument: String

    init(_ argument: String) { self.argument = argument }

    /// The scheme `evaluate` and `validate` use: `--scheme`, else `WORKSPACE/scheme.json`, else sichuan-2022.
    init(option: String?, workspace root: String) {
        let file = root.hasSuffix("/") ? "\(root)scheme.json" : "\(root)/scheme.json"
        self.argument = option ?? (FileManager.default.fileExists(atPath: file) ? file : "sichuan-2022")
    }

    /// The inspected scheme and a label for messages.
    struct Outcome {
        let label: String
        let inspection: SchemeInspection
        /// The scheme file, nil for a preset: diagnostics name it so a clerk knows which file to fix.
        var file: String? = nil

        /// Writes every diagnostic to standard error, one `file: json.path: error: message` a line.
        func printDiagnostics(language: Language) {
            let prefix = file.map { "\($0): " } ?? ""
            for diagnostic in inspection.diagnostics {
                FileHandle.standardError.write(Data((prefix + diagnostic.formatted(language) + "\n").utf8))
            }
        }
    }

    /// A preset is taken as is (validated too); a file is read and inspected.
    /// - Throws: `SchemeCommandError` when the argument is neither a preset nor a readable file.
    func inspect(language: Language) throws -> Outcome {
        let looksLikePath = argument.contains("/") || argument.hasSuffix(".json") || argument.hasSuffix(".json5")
        if !looksLikePath, let scheme = try? Scheme.preset(named: argument) {
            return Outcome(label: argument, inspection: SchemeInspection(scheme: scheme, diagnostics: SchemeValidator().validate(scheme)))
        }
        guard looksLikePath || FileManager.default.fileExists(atPath: argument) else {
            throw SchemeCommandError(SchemeError.unknownPreset(name: argument, available: Scheme.presetNames).message(language)
                + language.pick("（也不是文件）", " (nor is it a file)"))
        }
        do {
            return Outcome(label: argument, inspection: try Scheme.inspect(fileAt: URL(fileURLWithPath: argument)), file: argument)
        } catch {
            throw SchemeCommandError(error.message(language))
        }
    }
}

/// An error whose message is printed as is (ArgumentParser prefixes `Error: ` and exits with 1).
struct SchemeCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
