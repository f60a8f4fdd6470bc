import TICIngest
import TICPolicy
import TICScoring
import TICSupport

/// The words of an ``EvaluationError``, in Chinese and English.
extension EvaluationError: LocalizedProblem {
    /// None: the data problems carry their own locations (see ``lines(_:)``), the others name the
    /// scheme path in their message.
    public var fileLocation: FileLocation? { nil }

    /// The lines to print: each data problem as `path:line:column: error: message`, an invalid
    /// scheme one finding a line, any other error as `error: message`.
    public func lines(_ language: Language) -> [String] {
        switch self {
        case .data(let problems): return problems.sorted().map { $0.formatted(language) }
        case .invalidScheme(let error): return error.lines(language)
        default: return [formatted(language)]
        }
    }

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
        case .data(let problems):
            return problems.sorted().map { $0.formatted(language) }.joined(separator: "\n")
        case .noCenters:
            return zh ? "没有参加评价的中心" : "no center takes part in the evaluation"
        case .noCentersInScope(let count, let levels, let jurisdictions):
            let scope = ScopeText.scope(levels: levels, jurisdictions: jurisdictions, language: language)
            return zh ? "工作区的 \(count) 个中心都不在指标体系的评价范围（\(scope)）内：请选择适用于这些中心的指标体系（--scheme），或修改其 scope"
                      : "none of the workspace's \(count) centers is within the scheme's scope (\(scope)): choose the scheme for these centers (--scheme) or change its scope"
        case .scoring(let path, let error, let names):
            return (zh ? "\(path)：" : "\(path): ") + ScoringErrorText(error, names: names).message(language)
        case .inconsistentAHP(let path, let cr):
            return zh ? "\(path)：AHP 判断矩阵一致性比率 CR = \(NumberText.decimal(cr, maximumFractionDigits: 4)) > 0.1；请修改判断，或设置 allow_inconsistent"
                      : "\(path): AHP consistency ratio CR = \(NumberText.decimal(cr, maximumFractionDigits: 4)) > 0.1; revise the judgements or set allow_inconsistent"
        }
    }
}
