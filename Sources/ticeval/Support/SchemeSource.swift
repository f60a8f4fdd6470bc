import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

/// A preset name or a scheme file given on the command line.
struct SchemeSource {
    let argument: String

    init(_ argument: String) { self.argument = argument }

    /// The scheme a command uses on a workspace: `--scheme`, else `WORKSPACE/scheme.json`. No
    /// preset is ever chosen for the user: a scheme decides who is evaluated and under which clauses.
    /// - Throws: ``CommandFailure`` listing the presets when there is neither.
    init(option: String?, workspace root: String?) throws(CommandFailure) {
        if let option { self.argument = option; return }
        guard let root else { throw Self.noScheme(workspace: nil) }
        let file = root.hasSuffix("/") ? "\(root)scheme.json" : "\(root)/scheme.json"
        guard FileManager.default.fileExists(atPath: file) else { throw Self.noScheme(workspace: root) }
        self.argument = file
    }

    /// No `--scheme` and no `scheme.json`: which presets there are and how to choose one.
    static func noScheme(workspace root: String?) -> CommandFailure {
        let presets = Scheme.presetNames.joined(separator: ", ")
        let zhPlace = root.map { "工作区 \($0) 中没有 scheme.json，" } ?? ""
        let enPlace = root.map { "the workspace \($0) holds no scheme.json and " } ?? ""
        var failure = CommandFailure(nil, zh: "没有指定指标体系：\(zhPlace)也没有给出 --scheme。指标体系决定评价哪些中心、依据哪些条款，不会默认选用。请用 --scheme 选择预设（\(presets)）或指标体系文件，或在工作区放入 scheme.json（ticeval schemes show 预设名 > scheme.json）",
                              en: "no scheme given: \(enPlace)no --scheme was given. A scheme decides which centers are evaluated and under which clauses, so none is chosen for you. Choose a preset with --scheme (\(presets)) or a scheme file, or put a scheme.json in the workspace (ticeval schemes show PRESET > scheme.json)")
        failure.file = root
        return failure
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
