import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a workspace and print every problem with file, line and column.",
        discussion: """
        Prints each problem as path:line:column: error|warning: message, then a one-line summary.
        With data that read without error, runs every check of `evaluate` under the scheme (--scheme, \
        else WORKSPACE/scheme.json; with neither it stops after the file checks and lists the presets): \
        missing reports, columns the scheme needs, \
        missing values and the imputation limit. Exit status 0 means `evaluate` will not fail on the \
        data; 1 when there is an error; 2 for usage errors.
        """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var language: LanguageOptions

    @Option(help: "Also write every rejected row or file as CSV (file,line,column,severity,message) to this file (never to an input file).")
    var rejected: String?

    @Option(help: "The indicator system to check the data against: a preset or a scheme JSON file (default: WORKSPACE/scheme.json; without either, validate stops and lists the presets).")
    var scheme: String?

    func run() throws {
        let root = try workspaceOptions.resolvedWorkspace()
        var loader = WorkspaceLoader(encoding: workspaceOptions.encoding, cycle: workspaceOptions.cycleRange)
        // Headers may name the scheme's own indicators in Chinese; the scheme's problems are printed later.
        let parsed = (try? SchemeSource(option: scheme, workspace: root).inspect(language: language.lang))?.inspection.scheme
        loader.indicators = parsed?.reportColumnNames ?? []
        loader.neededColumns = parsed?.neededReportColumns
        let workspace = loader.load(root: root)
        let lang = language.lang
        for line in workspace.intakeLines(lang) {
            try Console.writeLine(line)
        }
        // The evaluation's own checks, once the files read cleanly.
        let checks = workspace.hasErrors ? (errors: 0, scheme: nil) : try evaluationChecks(workspace, root: root, language: lang)
        try Console.writeLine(ValidationSummary(workspace: workspace, checkErrors: checks.errors, scheme: checks.scheme).line(lang))
        if let rejected {
            let bytes = CSVExport().encode(header: RejectedTable.header(language: lang), rows: RejectedTable.rows(workspace.diagnostics, language: lang))
            // Never over a file the workspace holds; written beside the target and renamed in one step.
            let file = OutputFile(path: rejected, inputs: OutputWriting.inputs(of: workspace, scheme: "\(root)/scheme.json"))
            try file.write(bytes)
        }
        if workspace.hasErrors || checks.errors > 0 { throw ExitCode(1) }
    }

    /// Prints the scheme's problems and, when it has none, the evaluation's; returns how many
    /// errors were printed and the scheme checked against.
    private func evaluationChecks(_ workspace: Workspace, root: String, language lang: Language) throws -> (errors: Int, scheme: String?) {
        let outcome = try SchemeSource(option: scheme, workspace: root).inspect(language: lang)
        let label = outcome.inspection.scheme?.name ?? outcome.label
        let prefix = outcome.file.map { "\($0): " } ?? ""
        for diagnostic in outcome.inspection.diagnostics { try Console.writeLine(prefix + diagnostic.formatted(lang)) }
        var errors = outcome.inspection.diagnostics.filter(\.isError).count
        if let chosen = outcome.inspection.scheme, errors == 0 {
            do {
                _ = try Evaluator(workspace: workspace, scheme: chosen, cycle: workspaceOptions.cycleRange).evaluate()
            } catch {
                let lines = error.lines(lang)
                for line in lines { try Console.writeLine(line) }
                errors += lines.count
            }
        }
        return (errors, label)
    }
}
