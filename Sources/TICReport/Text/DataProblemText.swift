import TICIngest
import TICPolicy
import TICSupport

/// The words of a ``DataProblem``: what is wrong and what to do, in Chinese and English, printed
/// as `path:line:column: error: message`.
extension DataProblem: LocalizedProblem {
    /// ``location``: every data problem has one.
    public var fileLocation: FileLocation? { location }

    /// The message without the location.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch kind {
        case .missingReport(let id, let name, let year, let reportPath):
            return zh ? "中心“\(id)”（\(name)）缺少 \(year) 年度报告（\(reportPath) 中没有该中心）。请补上该中心的报告行；或在 events.csv 中登记该中心 \(year),not_participating（不参加评估）；或在指标体系 defaults 中设置 missing_report: not_participating（视为不参加评估）或 impute_own_years（用本中心其他年份补值）"
                      : "center \"\(id)\" (\(name)) has no \(year) annual report (no row in \(reportPath)). Add its row to that file; or record it in events.csv as \(year),not_participating; or set defaults.missing_report in the scheme to not_participating (treated as not taking part) or impute_own_years (filled from its own other years)"
        case .noReportInCycle(let id, let name, let cycle):
            return zh ? "中心“\(id)”（\(name)）在评价周期 \(cycle.lowerBound)-\(cycle.upperBound) 内没有任何年度报告，无法用本中心其他年份补值。请补报年度报告，或在 events.csv 中登记 not_participating"
                      : "center \"\(id)\" (\(name)) has no annual report in the cycle \(cycle.lowerBound)-\(cycle.upperBound), so nothing of its own can fill the gaps. Add its reports, or record it in events.csv as not_participating"
        case .columnMissing(let column, let indicator, let path, let year):
            let names = Self.names(column)
            return zh ? "\(year) 年度报告缺少“\(column)”列\(names.zh)，而指标体系 \(path)（\(indicator)）需要它。请在该文件中补上这一列（表头写 \(column)）；若本次评价不使用该指标，请从指标体系中删除它"
                      : "the \(year) report has no column \"\(column)\"\(names.en), which the scheme's \(path) (\(indicator)) needs. Add the column to this file (header \(column)); if the evaluation is not to use the indicator, remove it from the scheme"
        case .indicatorWithoutValues(let indicator, let path):
            let names = Self.names(indicator)
            return zh ? "指标体系 \(path)（\(indicator)\(names.zh)）在评价周期内没有任何中心填报数值。请补齐数据；若本次评价不使用该指标，请从指标体系中删除它（权重将由科技厅重新确定）"
                      : "no center has a value of the scheme's \(path) (\(indicator)\(names.en)) in the cycle. Complete the data; if the evaluation is not to use the indicator, remove it from the scheme (the department then sets the weights again)"
        case .missingValue(let id, let indicator, let year, let cause):
            let what = Self.cause(cause, zh: zh)
            return zh ? "中心“\(id)”\(year) 年的“\(indicator)”\(what)，而该指标的缺失数据策略为 error。请补填该值；或在指标体系中为该指标选择 zero、center_mean、center_min 或 group_mean"
                      : "center \"\(id)\": \"\(indicator)\" for \(year) \(what) and the indicator's missing-data policy is error. Fill in the value, or choose zero, center_mean, center_min or group_mean for the indicator in the scheme"
        case .noOwnValue(let id, let indicator, let policy):
            return zh ? "中心“\(id)”在评价周期内任何一年都没有“\(indicator)”的数值，无法按 \(policy.rawValue) 用本中心其他年份补值（不会改用其他中心的均值）。请补填该中心的数值"
                      : "center \"\(id)\" has no value of \"\(indicator)\" in any year of the cycle, so \(policy.rawValue) has nothing of its own to fill from (other centers' values are never used). Fill in the center's values"
        case .noGroupValue(let id, let indicator, let year, let category):
            return zh ? "中心“\(id)”\(year) 年的“\(indicator)”缺失，而同类（\(category.zh)）中心该年都没有数值，group_mean 无法补值。请补填数值"
                      : "center \"\(id)\": \"\(indicator)\" for \(year) is missing and no \(category.rawValue) center has a value that year, so group_mean cannot fill it. Fill in the values"
        case .imputedShareExceeded(let id, let imputed, let cells, let limit, let years):
            let share = NumberText.decimal(100 * Double(imputed) / Double(max(cells, 1)), maximumFractionDigits: 1)
            let cap = NumberText.decimal(100 * limit, maximumFractionDigits: 1)
            let reports = years.map(String.init).joined(separator: ", ")
            let extraZh = years.isEmpty ? "" : "；另有 \(years.count) 份缺失的年度报告（\(reports)）按本中心其他年份补值，未计入此比例"
            let extraEn = years.isEmpty ? "" : "; besides, \(years.count) missing annual report(s) (\(reports)) were filled from its own years, not counted in this share"
            return zh ? "中心“\(id)”已提交报告中的 \(cells) 个数据有 \(imputed) 个需补值（\(share)%），超过指标体系允许的 \(cap)%（defaults.max_imputed_share）\(extraZh)。请补填缺失值，或由科技厅调整该上限"
                      : "center \"\(id)\": \(imputed) of the \(cells) values in its reports would be imputed (\(share) %), more than the scheme allows (\(cap) %, defaults.max_imputed_share)\(extraEn). Fill in the missing values, or have the department change the limit"
        }
    }

    /// The catalogue names of a column, as ` (研发经费投入)` / ` (R&D expenditure)`, or empty.
    static func names(_ code: String) -> (zh: String, en: String) {
        guard let column = IndicatorCatalogue.column(code) else { return ("", "") }
        return ("（\(column.zh)）", " (\(column.en))")
    }

    static func cause(_ cause: ImputedValue.Cause, zh: Bool) -> String {
        switch cause {
        case .noReport: zh ? "缺少年度报告" : "has no report"
        case .emptyCell: zh ? "为空或为占位符" : "is empty or a placeholder"
        case .zeroDenominator: zh ? "的分母为 0，比率无法计算" : "is a ratio whose denominator is 0"
        case .noRatings: zh ? "没有服务对象评价" : "has no service-recipient rating"
        }
    }
}
