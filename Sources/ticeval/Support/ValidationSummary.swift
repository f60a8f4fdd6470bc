import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

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
