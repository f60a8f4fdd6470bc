import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

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
            for diagnostic in inspection.diagnostics { Console.report(diagnostic, language: language, in: file) }
        }
    }

    /// A preset is taken as is (validated too); a file is read and inspected.
    /// - Throws: ``CommandFailure`` when the argument is neither a preset nor a readable file.
    func inspect(language: Language) throws(CommandFailure) -> Outcome {
        let looksLikePath = argument.contains("/") || argument.hasSuffix(".json") || argument.hasSuffix(".json5")
        if !looksLikePath, let scheme = try? Scheme.preset(named: argument) {
            return Outcome(label: argument, inspection: SchemeInspection(scheme: scheme, diagnostics: SchemeValidator().validate(scheme)))
        }
        guard looksLikePath || FileManager.default.fileExists(atPath: argument) else {
            let unknown = SchemeError.unknownPreset(name: argument, available: Scheme.presetNames)
            // The preset's words, and that no file has this name either.
            throw CommandFailure(nil, zh: unknown.message(.zh) + "（也不是文件）", en: unknown.message(.en) + " (nor is it a file)")
        }
        do {
            return Outcome(label: argument, inspection: try Scheme.inspect(fileAt: URL(fileURLWithPath: argument)), file: argument)
        } catch {
            guard case .unreadable(_, let problem) = error else {
                throw CommandFailure(file: argument, zh: error.message(.zh), en: error.message(.en))
            }
            throw CommandFailure(file: argument, zh: "无法读取指标体系文件：\(problem.message(.zh))",
                                 en: "cannot read the scheme file: \(problem.message(.en))")
        }
    }
}
