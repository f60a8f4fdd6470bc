import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a workspace and print every problem with file, line and column.",
        discussion: """
        Prints each problem as path:line:column: error|warning: message, then a one-line summary.
        With data that read without error, runs every check of `evaluate` under the scheme (--scheme, \
        else WORKSPACE/scheme.json, else sichuan-2022): missing reports, columns the scheme needs, \
        missing values and the imputation limit. Exit status 0 means `evaluate` will not fail on the \
        data; 1 when there is an error; 2 for usage errors.
        """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var language: LanguageOptions

    @Option(help: "Also write every rejected row or file as CSV (file,line,column,severity,message) to this file (never to an input file).")
    var rejected: String?

    @Option(help: "The indicator system to check the data against: a preset or a scheme JSON file (default: WORKSPACE/scheme.json, else sichuan-2022).")
    var scheme: String?

    func run() throws {
        let root = try workspaceOptions.resolvedWorkspace()
        let loader = WorkspaceLoader(encoding: workspaceOptions.encoding, cycle: workspaceOptions.cycleRange)
        let workspace = loader.load(root: root)
        let lang = language.lang
        for diagnostic in workspace.diagnostics {
            try Console.writeLine(diagnostic.formatted(lang))
        }
        // The evaluation's own checks, once the files read cleanly.
        var schemeErrors = 0
        var schemeLabel: String?
        if !workspace.hasErrors {
            let outcome = try SchemeSource(option: scheme, workspace: root).inspect(language: lang)
            schemeLabel = outcome.inspection.scheme?.name ?? outcome.label
            let prefix = outcome.file.map { "\($0): " } ?? ""
            for diagnostic in outcome.inspection.diagnostics { try Console.writeLine(prefix + diagnostic.formatted(lang)) }
            schemeErrors = outcome.inspection.diagnostics.filter(\.isError).count
            if let chosen = outcome.inspection.scheme, schemeErrors == 0 {
                do {
                    _ = try Evaluator(workspace: workspace, scheme: chosen, cycle: workspaceOptions.cycleRange).evaluate()
                } catch {
                    let lines = error.lines(lang)
                    for line in lines { try Console.writeLine(line) }
                    schemeErrors += lines.count
                }
            }
        }
        try Console.writeLine(ValidationSummary(workspace: workspace, checkErrors: schemeErrors, scheme: schemeLabel).line(lang))
        if let rejected {
            let bytes = CSVExport().encode(header: RejectedTable.header(language: lang), rows: RejectedTable.rows(workspace.diagnostics, language: lang))
            // Never over a file the workspace holds; written beside the target and renamed in one step.
            let file = OutputFile(path: rejected, inputs: OutputWriting.inputs(of: workspace, scheme: "\(root)/scheme.json"))
            try OutputWriting.write(bytes, to: file, language: lang)
        }
        if workspace.hasErrors || schemeErrors > 0 { throw ExitCode(1) }
    }
}

/// The one-line summary `validate` prints.
struct ValidationSummary {
    let workspace: Workspace
    /// Errors of the scheme and of the evaluation's checks.
    var checkErrors = 0
    /// The scheme checked against, if the checks ran.
    var scheme: String?

    func line(_ lang: Language) -> String {
        let fileErrors = workspace.diagnostics.filter { $0.severity == .error }.count
        let errors = fileErrors + checkErrors
        let warnings = workspace.diagnostics.count - fileErrors
        let years = workspace.years
        let yearText = years.isEmpty ? "–" : (years.count == 1 ? "\(years[0])" : "\(years[0])–\(years[years.count - 1])")
        let cycle = (workspace.cycle.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "–")
            + (scheme.map { lang.pick("，指标体系 \($0)", ", scheme \($0)") } ?? "")
        let read = workspace.rowsRead, rejected = workspace.rowsRejected
        return lang.pick(
            "\(workspace.root)：中心 \(workspace.centers.count) 个，报告年份 \(yearText)（评价周期 \(cycle)），使用 \(read - rejected) 行，拒绝 \(rejected) 行；错误 \(errors) 个，警告 \(warnings) 个",
            "\(workspace.root): \(workspace.centers.count) centers, report years \(yearText) (cycle \(cycle)), \(read - rejected) rows used, \(rejected) rows rejected; \(errors) errors, \(warnings) warnings"
        )
    }
}
