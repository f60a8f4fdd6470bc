import TICIngest
import TICPolicy
import TICSupport

/// The rows of `to_verify.csv` (待核实清单): one per adaptation the evaluation made on its own
/// (an imputed value, a missing report) and per input it flagged or did not use (an integrity flag,
/// a row outside the cycle, a report year outside the cycle), ordered by center and year.
/// `rejected.csv` stays the file-oriented list of rejected rows.
///
/// Columns: `center_id,name,year,indicator,kind,value,imputed_value,reference,source,action`;
/// `kind` is one of `imputed`, `missing_report`, `integrity_flag`, `outside_cycle`,
/// `row_not_used`, `site_check` (the shortlist of `grading.site_checks`: a center near a cut-off or
/// carrying integrity flags, one row per reason); `source` is `file:line[:column]`.
public enum ToVerifyTable {
    /// The header row, in the given language (the English one is the machine names).
    public static func header(language: Language) -> [String] {
        language == .zh ? ["中心编号", "名称", "年度", "指标", "类型", "原值", "补值", "依据", "来源", "处理建议"]
            : ["center_id", "name", "year", "indicator", "kind", "value", "imputed_value", "reference", "source", "action"]
    }

    /// One row per item.
    public static func rows(_ evaluation: Evaluation, language: Language) -> [[String]] {
        evaluation.toVerify.map { row($0, language: language) }
    }

    /// The row of one item.
    public static func row(_ item: VerificationItem, language: Language) -> [String] {
        [item.centerID, item.name, item.year.map(String.init) ?? "", item.indicator ?? "", item.kind.rawValue, item.value,
         item.imputedValue.map { NumberText.decimal($0, maximumFractionDigits: 6) } ?? "",
         reference(item.reference, language: language), item.source, action(item, language: language)]
    }

    /// What the item refers to, in words.
    public static func reference(_ reference: VerificationItem.Reference, language: Language) -> String {
        let zh = language == .zh
        func years(_ list: [Int]) -> String { list.map(String.init).joined(separator: zh ? "、" : ", ") }
        switch reference {
        case .policy(let policy, let list, let count):
            switch policy {
            case .zero: return zh ? "zero：按 0 计" : "zero: counted as 0"
            case .centerMean: return zh ? "center_mean：本中心 \(years(list)) 年的均值" : "center_mean: mean of its own \(years(list)) values"
            case .centerMin: return zh ? "center_min：本中心最差年份 \(years(list)) 的值" : "center_min: its own worst year, \(years(list))"
            case .groupMean: return zh ? "group_mean：同类 \(count) 个中心 \(years(list)) 年的均值" : "group_mean: mean of \(count) centers of its category in \(years(list))"
            case .error: return "error"
            }
        case .missingReport(let policy):
            switch policy {
            case .imputeOwnYears: return zh ? "impute_own_years：缺少该年度报告，用本中心其他年份补值" : "impute_own_years: the year's report is missing; filled from the center's own other years"
            case .notParticipating: return zh ? "not_participating：缺少该年度报告，视为不参加评估，不评等级" : "not_participating: the year's report is missing; treated as not taking part, not graded"
            case .error: return zh ? "缺少该年度报告" : "the year's report is missing"
            }
        case .flag(let flag):
            return flag.evidence(language)
        case .outsideCycle(let file, let cycle):
            let c = "\(cycle.lowerBound)-\(cycle.upperBound)"
            if file == "history.csv" {
                return zh ? "history.csv 中的周期不早于本次评价周期 \(c)，未使用" : "history.csv: the cycle does not end before the evaluated cycle \(c); not used"
            }
            return zh ? "\(file) 中的年份不在评价周期 \(c) 内（也不是评价年度），未使用" : "\(file): the year is outside the cycle \(c) and the evaluation year; not used"
        case .integrityOutsideCycle(let cycle):
            return zh ? "弄虚作假记录的年份不在评价周期 \(cycle.lowerBound)-\(cycle.upperBound) 内：列出供核实，不影响等级"
                      : "an integrity violation dated outside the cycle \(cycle.lowerBound)-\(cycle.upperBound): listed for checking, changes no grade"
        case .growthUndefined(let year, let value):
            let v = NumberText.decimal(value)
            return zh ? "增长率无法计算：首年（\(year)）值为 \(v)（≤ 0 或只有一年）；该指标不计入本中心得分，其余权重重新归一"
                      : "growth undefined: the first year (\(year)) is \(v) (≤ 0, or a single year); the indicator is left out of this center's score and its other weights renormalized"
        case .gradeBoundary(let score, let grade, let cutoff, let margin):
            let (sv, cv, mv) = (NumberText.decimal(score), NumberText.decimal(cutoff), NumberText.decimal(margin))
            return zh ? "得分 \(sv) 距\(grade.zh)分数线 \(cv) 不超过 \(mv) 分（site_checks.margin）：列入现场核查名单"
                      : "score \(sv) is within \(mv) points of the \(grade.rawValue) cut-off \(cv) (site_checks.margin): shortlisted for a site check"
        case .flaggedCenter(let count):
            return zh ? "有 \(count) 条诚信疑点（site_checks.flagged）：列入现场核查名单"
                      : "\(count) integrity flag(s) (site_checks.flagged): shortlisted for a site check"
        case .reportOutsideCycle(let cycle):
            return zh ? "该年度报告不在评价周期 \(cycle.lowerBound)-\(cycle.upperBound) 内，未使用" : "a report year outside the cycle \(cycle.lowerBound)-\(cycle.upperBound); not used"
        }
    }

    /// What a clerk does about the item.
    public static func action(_ item: VerificationItem, language: Language) -> String {
        let zh = language == .zh
        switch item.kind {
        case .imputed where item.imputedValue == nil:
            return zh ? "核实首年数据；若确为 0，由科技厅决定是否改用 mean/sum/latest 合成该指标" : "check the first year's value; if it is right, the department decides whether to combine this indicator by mean, sum or latest instead"
        case .imputed:
            return zh ? "核实该中心是否漏填；有数据的请补填后重新评价" : "check whether the center left it out; if it has the value, fill it in and evaluate again"
        case .missingReport:
            if case .missingReport(.notParticipating) = item.reference {
                return zh ? "确认该中心是否提交了年度报告；已提交的请补录后重新评价" : "check whether the center submitted the report; if it did, add it and evaluate again"
            }
            return zh ? "催报或补录该年度报告后重新评价；确实无法补报的，保留按本中心其他年份补值" : "obtain or enter the report and evaluate again; if it cannot be had, the filled values stand"
        case .integrityFlag:
            return zh ? "核查原始材料；确属弄虚作假的，在 events.csv 中登记 integrity_violation" : "check the source documents; if it is fraud, record integrity_violation in events.csv"
        case .outsideCycle:
            return zh ? "核对年份是否填错；周期外的记录不影响本次评价" : "check whether the year is a typo; rows outside the cycle do not affect this evaluation"
        case .rowNotUsed:
            return zh ? "无需处理；若评价周期有误，请用 --cycle 指定" : "nothing to do; if the cycle is wrong, give it with --cycle"
        case .siteCheck:
            return zh ? "发布结果前现场核查其年度报告数据；数据有误的，更正后重新评价" : "check the annual-report data on site before the result is published; if a value is wrong, correct it and evaluate again"
        }
    }
}
