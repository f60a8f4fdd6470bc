import TICIngest
import TICPolicy
import TICSupport

/// The words of an ``EvaluationNote``, in Chinese and English.
extension EvaluationNote {
    /// The note in the given language.
    public func text(_ language: Language) -> String {
        let zh = language == .zh
        switch kind {
        case .indicatorAllMissing(let path, let code):
            return zh ? "\(path)（\(code)）：所有中心均缺失，不参与计分" : "\(path) (\(code)): missing for every center; not scored"
        case .outliersTreated(let path, let code, let method, let points, let logged):
            return zh ? "\(path)（\(code)）：异常值处理 \(method)，缩尾 \(points) 个点\(logged ? "，并取对数" : "")"
                      : "\(path) (\(code)): outliers treated by \(method), \(points) points winsorized\(logged ? ", then log-transformed" : "")"
        case .constantIndicator(let path, let code):
            return zh ? "\(path)（\(code)）：所有中心取值相同，归一化值取中点，不影响排名"
                      : "\(path) (\(code)): the same value for every center; normalized to the midpoint, it does not affect the ranking"
        case .objectiveWeightsFallback(let path):
            return zh ? "\(path)：可用于客观赋权的完整数据少于 2 行，改用等权重" : "\(path): fewer than 2 complete rows for objective weighting; equal weights used"
        case .weightingWarning(let path, let method, let warning, let names):
            let text = ScoringWarningText(warning, names: names).message(language)
            return zh ? "\(path)：\(method) 赋权：\(text)" : "\(path): \(method) weighting: \(text)"
        case .quotaTie(let grade, let score, let kept, let limit, let includeTies):
            let s = NumberText.decimal(score, maximumFractionDigits: 4)
            return zh ? "\(grade.zh)比例边界处有同分（\(s) 分），按\(includeTies ? "include_ties 同分者均取较高等级" : "exclude_ties 同分者均取较低等级")：\(grade.zh) \(kept) 个（比例对应 \(limit) 个）"
                      : "tie at the \(grade.en) quota boundary (score \(s)); \(includeTies ? "include_ties gives all tied centers the better grade" : "exclude_ties gives all tied centers the worse grade"): \(kept) \(grade.en) against a quota of \(limit)"
        case .quotaWithoutPlaces(let grade, let category, let share, let size, let rounding, let moved):
            let q = QuotaFacts(grade: grade, bound: .maximum, category: category, share: share, size: size, rounding: rounding,
                               places: 0, holders: moved.count, position: 0, rankInBase: 0)
            return zh ? "\(DecisionText.places(q, language: language))：该类没有\(grade.zh)名额，按分数达到\(grade.zh)的 \(moved.count) 个中心均调低一级（\(Self.list(moved))）；如需保留名额，可在指标体系中设 grading.quota_rounding 为 round 或 ceil"
                      : "\(DecisionText.places(q, language: language)): no \(grade.en) place, so the \(moved.count) centers whose score reached \(grade.en) move down one grade (\(Self.list(moved))); grading.quota_rounding round or ceil would give places"
        case .quotaAboveShare(let grade, let category, let share, let size, let rounding, let places):
            let q = QuotaFacts(grade: grade, bound: .maximum, category: category, share: share, size: size, rounding: rounding,
                               places: places, holders: 0, position: 0, rankInBase: 0)
            return zh ? "\(DecisionText.places(q, language: language))：按 quota_rounding: \(rounding.rawValue) 取整，\(grade.zh)名额多于 \(DecisionText.percent(share)) 的比例上限"
                      : "\(DecisionText.places(q, language: language)): quota_rounding: \(rounding.rawValue) gives more \(grade.en) places than the \(DecisionText.percent(share)) share"
        case .quotaForcedFailures(let category, let share, let size, let required, let already, let moved):
            let q = QuotaFacts(grade: .unqualified, bound: .minimum, category: category, share: share, size: size, rounding: .ceil,
                               places: required, holders: already, position: 0, rankInBase: 0)
            return zh ? "不合格比例下限：\(DecisionText.places(q, language: language))，至少 \(required) 个不合格，已有 \(already) 个；得分最低的 \(moved.count) 个中心调为不合格（\(Self.list(moved))）"
                      : "unqualified minimum: \(DecisionText.places(q, language: language)), at least \(required) unqualified, \(already) already; the \(moved.count) lowest-scoring centers moved to unqualified (\(Self.list(moved)))"
        case .imputedValues(let count, let centers):
            let ids = Self.list(centers)
            return zh ? "已提交报告中的 \(count) 个缺失值按指标体系的缺失数据策略补值（\(ids)），逐项列于 to_verify.csv"
                      : "\(count) missing values in submitted reports were filled by the scheme's missing-data policies (\(ids)); each is listed in to_verify.csv"
        case .growthUndefined(let count, let centers):
            let ids = Self.list(centers)
            return zh ? "\(count) 个增长率（cycle_aggregation: growth）因首年值 ≤ 0 无法计算，该指标不计入该中心得分、其余权重重新归一（\(ids)），逐项列于 to_verify.csv"
                      : "\(count) growth rates (cycle_aggregation: growth) are undefined because the first year is ≤ 0: the indicator is left out of that center's score and its other weights renormalized (\(ids)); each is listed in to_verify.csv"
        case .missingReportsImputed(let entries):
            return zh ? "\(entries.count) 个中心缺少年度报告，按 missing_report: impute_own_years 用本中心其他年份补值（\(Self.list(entries))）"
                      : "\(entries.count) centers lack an annual report, filled from their own years under missing_report: impute_own_years (\(Self.list(entries)))"
        case .missingReportsNotParticipating(let entries):
            return zh ? "\(entries.count) 个中心缺少年度报告，按 missing_report: not_participating 视为不参加评估，不评等级（\(Self.list(entries))）"
                      : "\(entries.count) centers lack an annual report and are treated as not taking part under missing_report: not_participating; not graded (\(Self.list(entries)))"
        case .policyValidityPassed(let valid, let date, let years):
            return ScopeText.validityPassed(valid, evaluationDate: date, yearsOutside: years, language: language)
        case .centersOutOfScope(let count, let levels, let jurisdictions):
            let scope = ScopeText.scope(levels: levels, jurisdictions: jurisdictions, language: language)
            return zh ? "\(count) 个中心不在本指标体系的评价范围（\(scope)）内：列出，不评等级、不计入比例、不予奖补"
                      : "\(count) centers are outside this scheme's scope (\(scope)): listed, not graded, not in quotas, not paid"
        case .regionsTakenAsInScope(let count, let regions, let jurisdictions):
            let accepted = jurisdictions.joined(separator: zh ? "、" : ", ")
            return zh ? "\(count) 个中心没有所属辖区（jurisdiction），其地区（\(Self.list(regions))）不是省级行政区名称，按本指标体系的辖区（\(accepted)）计入评价范围；如不属于，请在 centers 中增加 jurisdiction 列"
                      : "\(count) centers have no jurisdiction and a region (\(Self.list(regions))) that names no province-level division: counted in this scheme's jurisdiction (\(accepted)); if they do not belong to it, add a jurisdiction column to the centers"
        }
    }

    /// The note in Chinese.
    public var zh: String { text(.zh) }

    /// The note in English.
    public var en: String { text(.en) }

    /// `A, B, C` or the first eight and a count.
    static func list(_ items: [String]) -> String {
        items.count <= 8 ? items.joined(separator: ", ") : items.prefix(8).joined(separator: ", ") + " … (\(items.count))"
    }
}
