import ArgumentParser
import Foundation
import TICIngest
import TICReport

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a workspace and print every problem with file, line and column.",
        discussion: """
        Prints each problem as path:line:column: error|warning: message, then a one-line summary.
        Exit status 0 when there is no error, 1 when there is, 2 for usage errors.
        """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var language: LanguageOptions

    @Option(help: "Also write every rejected row or file as CSV (file,line,column,severity,message) to this file.")
    var rejected: String?

    func run() throws {
        let root = try workspaceOptions.resolvedWorkspace()
        let loader = WorkspaceLoader(encoding: workspaceOptions.encoding, cycle: workspaceOptions.cycleRange)
        let workspace = loader.load(root: root)
        let lang = language.lang
        for diagnostic in workspace.diagnostics {
            try Console.writeLine(diagnostic.formatted(lang))
        }
        try Console.writeLine(ValidationSummary(workspace: workspace).line(lang))
        if let rejected {
            let bytes = CSVExport().encode(header: RejectedTable.header(language: lang), rows: RejectedTable.rows(workspace.diagnostics, language: lang))
            // Written beside the target and renamed, so a reader never sees half a file.
            let staging = rejected + ".ticeval-partial"
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: staging))
                if rename(staging, rejected) != 0 { throw CocoaError(.fileWriteUnknown) }
            } catch {
                try? FileManager.default.removeItem(atPath: staging)
                Console.error(lang.pick("错误：无法写入 \(rejected)", "error: cannot write \(rejected)"))
                throw ExitCode(1)
            }
        }
        if workspace.hasErrors { throw ExitCode(1) }
    }
}

/// The one-line summary `validate` prints.
struct ValidationSummary {
    let workspace: Workspace

    func line(_ lang: Language) -> String {
        let errors = workspace.diagnostics.filter { $0.severity == .error }.count
        let warnings = workspace.diagnostics.count - errors
        let years = workspace.years
        let yearText = years.isEmpty ? "–" : (years.count == 1 ? "\(years[0])" : "\(years[0])–\(years[years.count - 1])")
        let cycle = workspace.cycle.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "–"
        let read = workspace.rowsRead, rejected = workspace.rowsRejected
        return lang.pick(
            "\(workspace.root)：中心 \(workspace.centers.count) 个，报告年份 \(yearText)（评价周期 \(cycle)），使用 \(read - rejected) 行，拒绝 \(rejected) 行；错误 \(errors) 个，警告 \(warnings) 个",
            "\(workspace.root): \(workspace.centers.count) centers, report years \(yearText) (cycle \(cycle)), \(read - rejected) rows used, \(rejected) rows rejected; \(errors) errors, \(warnings) warnings"
        )
    }
}
