import TICIngest
import TICScoring

/// Why an evaluation could not be run. Each case names what to fix.
public enum EvaluationError: Error, Sendable, Hashable {
    /// The workspace has errors (see its diagnostics); nothing is evaluated on bad data.
    case workspaceHasErrors(count: Int)
    /// The scheme is invalid.
    case invalidScheme(SchemeError)
    /// The cycle has a year with no report file.
    case cycleYearWithoutReports(cycle: ClosedRange<Int>, missing: [Int])
    /// An indicator of the scheme is in no report of the cycle (and is neither derived nor `satisfaction`).
    case indicatorNotInReports(indicator: String, path: String)
    /// The missing-data policy is `error` and values are missing (first ones listed, then the total).
    case missingValues(indicator: String, path: String, examples: [String], total: Int)
    /// No center takes part in the evaluation.
    case noCenters
    /// A weighting or scoring step failed; `names` name the columns of the matrix it worked on
    /// (indicator or dimension codes), for the message.
    case scoring(path: String, ScoringError, names: [String] = [])
    /// An AHP matrix is too inconsistent and the scheme does not allow it.
    case inconsistentAHP(path: String, consistencyRatio: Double)

    /// The message in the given language.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .workspaceHasErrors(let count):
            return zh ? "工作区有 \(count) 个错误，请先用 ticeval validate 查看并修正" : "the workspace has \(count) errors; run ticeval validate to see and fix them"
        case .invalidScheme(let error):
            return error.message(language)
        case .cycleYearWithoutReports(let cycle, let missing):
            let years = missing.map(String.init).joined(separator: ", ")
            return zh ? "评价周期 \(cycle.lowerBound)-\(cycle.upperBound) 缺少年度报告：\(years)" : "the cycle \(cycle.lowerBound)-\(cycle.upperBound) has no reports for \(years)"
        case .indicatorNotInReports(let indicator, let path):
            return zh ? "\(path)：指标“\(indicator)”不在评价周期的任何年度报告中（应为报告列名、派生比率或 satisfaction）"
                      : "\(path): indicator \"\(indicator)\" is in none of the cycle's annual reports (expected a report column, a derived ratio or satisfaction)"
        case .missingValues(let indicator, let path, let examples, let total):
            let list = examples.joined(separator: "; ")
            return zh ? "\(path)：指标“\(indicator)”有 \(total) 个缺失值，而缺失数据策略为 error（例如：\(list)）；请补齐数据，或在指标体系中改用 center_mean、group_mean、zero 或 exclude"
                      : "\(path): indicator \"\(indicator)\" has \(total) missing values and its missing-data policy is error (e.g. \(list)); complete the data or choose center_mean, group_mean, zero or exclude in the scheme"
        case .noCenters:
            return zh ? "没有参加评价的中心" : "no center takes part in the evaluation"
        case .scoring(let path, let error, let names):
            return (zh ? "\(path)：" : "\(path): ") + ScoringErrorText(error, names: names).message(language)
        case .inconsistentAHP(let path, let cr):
            return zh ? "\(path)：AHP 判断矩阵一致性比率 CR = \(NumberText.decimal(cr, maximumFractionDigits: 4)) > 0.1；请修改判断，或设置 allow_inconsistent"
                      : "\(path): AHP consistency ratio CR = \(NumberText.decimal(cr, maximumFractionDigits: 4)) > 0.1; revise the judgements or set allow_inconsistent"
        }
    }
}
