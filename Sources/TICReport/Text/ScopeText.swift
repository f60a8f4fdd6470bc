import TICIngest
import TICPolicy
import TICSupport

/// The words of a scheme's scope, due rule and stated validity, in Chinese and English: one place
/// for the decisions (``DecisionText``), the notes (`EvaluationNote.text(_:)`) and the summary.
public enum ScopeText {
    /// The scope: `省级；四川省、四川` / `provincial; 四川省, 四川`; `不限辖区` / `any jurisdiction` without a list.
    public static func scope(levels: [Level], jurisdictions: [String]?, language: Language) -> String {
        let zh = language == .zh
        let levelText = levels.map { $0.label(language) }.joined(separator: zh ? "、" : ", ")
        let places = jurisdictions.map { $0.joined(separator: zh ? "、" : ", ") } ?? (zh ? "不限辖区" : "any jurisdiction")
        return zh ? "\(levelText)；\(places)" : "\(levelText); \(places)"
    }

    /// Why a center is outside the scope (a decision's basis).
    public static func exclusion(_ exclusion: ScopeExclusion, language: Language) -> String {
        let zh = language == .zh
        let scope = scope(levels: exclusion.levels, jurisdictions: exclusion.jurisdictions, language: language)
        let cause: String
        switch exclusion.cause {
        case .level(let level):
            cause = zh ? "\(level.zh)中心" : "a \(level.en) center"
        case .jurisdiction(let name):
            cause = zh ? "所属辖区“\(name)”" : "jurisdiction '\(name)'"
        case .region(let name):
            cause = zh ? "地区“\(name)”为另一省级行政区" : "region '\(name)' names another province-level division"
        }
        return zh ? "\(cause)，不在本指标体系的评价范围（\(scope)）内：不评等级、不计入比例、不予奖补"
                  : "\(cause), outside this scheme's scope (\(scope)): not graded, not in quotas, not paid"
    }

    /// Why a center is not yet due (a decision's basis).
    public static func notYetDue(_ reason: NotYetDue, language: Language) -> String {
        let zh = language == .zh
        let year = reason.approvedYear
        switch reason.rule {
        case .commonCycle:
            return zh ? "\(year) 年批准建设；按统一评价周期（common_cycle），本周期不参加评价"
                      : "approved in \(year); not due this cycle (evaluated on the common cycle)"
        case .endOfConstructionPeriod:
            let end = reason.periodEnds.map(String.init) ?? "–"
            return zh ? "\(year) 年批准建设，建设期至 \(end) 年届满；建设期满前评价（end_of_construction_period），本周期不参加评价"
                      : "approved in \(year), its construction period ends in \(end); evaluated before that end (end_of_construction_period), not due this cycle"
        }
    }

    /// The note that the policy's stated validity has passed.
    public static func validityPassed(_ valid: PolicyValidity, evaluationDate: CalendarDay?, yearsOutside: [Int], language: Language) -> String {
        let zh = language == .zh
        let from = valid.from?.description ?? "–", until = valid.until?.description ?? "–"
        var outside: [String] = []
        if let date = evaluationDate, valid.excludes(date) { outside.append(zh ? "评价日期 \(date)" : "the evaluation date \(date)") }
        if !yearsOutside.isEmpty {
            let list = yearsOutside.map(String.init).joined(separator: zh ? "、" : ", ")
            outside.append(zh ? "周期年度 \(list)" : (yearsOutside.count == 1 ? "the cycle year \(list)" : "the cycle years \(list)"))
        }
        let clause = valid.clause.map { zh ? "（\($0)）" : " (\(valid.clauseEn ?? $0))" } ?? ""
        return zh ? "政策文件所述有效期 \(from) 至 \(until)\(clause)不含\(outside.joined(separator: "及"))：请科技厅确认本办法或其后续文件适用于本次评价"
                  : "the policy text's stated validity, \(from) to \(until)\(clause), does not cover \(outside.joined(separator: " and ")): the department is to confirm that the measures, or their successor, apply to this evaluation"
    }
}
