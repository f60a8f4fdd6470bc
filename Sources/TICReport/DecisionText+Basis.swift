import TICIngest
import TICPolicy
import TICSupport

/// The basis of a decision in words: the score against the cut-offs, the quota's arithmetic, the
/// veto's indicator with its name, unit and how its value was formed (Guides/Evaluation.md, reasons).
extension DecisionText {
    static func basis(_ basis: DecisionReason.Basis, language: Language) -> String {
        let zh = language == .zh
        switch basis {
        case .notParticipating(let n):
            return zh ? "不参加评估\(note(n, zh: true))" : "did not take part in the evaluation\(note(n, zh: false))"
        case .withdrew(let n):
            return zh ? "中途退出评估\(note(n, zh: true))" : "withdrew from the evaluation midway\(note(n, zh: false))"
        case .missingReport(let years):
            return zh ? "未提交 \(years.map(String.init).joined(separator: "、")) 年度报告，按指标体系 missing_report: not_participating 视为不参加评估，不评等级"
                      : "no \(years.map(String.init).joined(separator: ", ")) annual report; treated as not taking part (scheme: missing_report: not_participating), not graded"
        case .failedReEvaluation(let cycle, let year, let s, let threshold):
            guard let s, let threshold else {
                return zh ? "\(cycle) 周期不合格，整改后以 \(year) 年数据复评 \(score(s)) 分，低于合格线 \(score(threshold)) 分"
                          : "unqualified in \(cycle); re-evaluated on the \(year) report at \(score(s)), below the pass mark \(score(threshold))"
            }
            let (a, b) = compared(s, threshold)
            return zh ? "\(cycle) 周期不合格，整改后以 \(year) 年数据复评：得分 \(a) < 合格线 \(b)"
                      : "unqualified in \(cycle); re-evaluated on the \(year) report: score \(a) < \(b) (pass mark)"
        case .notYetDue(let reason):
            return ScopeText.notYetDue(reason, language: language)
        case .outOfScope(let exclusion):
            return ScopeText.exclusion(exclusion, language: language)
        case .scored(let s, let low, let high):
            var bounds: [String] = []
            if let low { bounds.append(zh ? "不低于 \(score(low)) 分" : "at least \(score(low))") }
            if let high { bounds.append(zh ? "低于 \(score(high)) 分" : "below \(score(high))") }
            let range = bounds.isEmpty ? "" : (zh ? "，" : ", ") + bounds.joined(separator: zh ? "且" : " and ")
            return zh ? "评价得分 \(score(s)) 分\(range)（本指标体系不评等级）" : "score \(score(s))\(range) (the scheme assigns no grade)"
        case .graded(let grade, let s, let cutoff, let tie):
            var text = graded(grade, score: s, cutoff: cutoff, language: language)
            if let tie { text += zh ? "；" + keptByTie(tie, language: language) : "; " + keptByTie(tie, language: language) }
            return text
        case .quotaMoved(let grade, let s, let byScore, let cutoff, let quotas):
            var text = zh ? "评价等级\(grade.zh)" : "graded \(grade.en)"
            if let s, let cutoff { text += (zh ? "：" : ": ") + standing(s, cutoff: cutoff, language: language) }
            else if let s { text += zh ? "（得分 \(fixed(s))）" : " (score \(fixed(s)))" }
            guard !quotas.isEmpty else {
                return text + (zh ? "；按比例限制由\(byScore?.zh ?? "")调整" : "; moved from \(byScore?.en ?? "") by the quota")
            }
            for (k, quota) in quotas.enumerated() {
                text += (k == 0 ? (zh ? "，" : ", ") : (zh ? "；" : "; ")) + moved(quota, language: language)
            }
            return text
        case .integrityVeto(let n, let under, let graded):
            let grade = !graded ? "" : zh ? "为不合格" : " to unqualified"
            switch under {
            case .departmentSettingUnder(let clauseZh, let clauseEn):
                return zh ? "存在弄虚作假行为，按本指标体系的设定一票否决\(grade)（依据\(clauseZh)，该条未规定具体处理）\(note(n, zh: true))"
                          : "integrity violation: vetoed\(grade) by the department's setting (under \(clauseEn), which does not rule the handling)\(note(n, zh: false))"
            default:
                return zh ? "存在弄虚作假行为，按本指标体系的设定一票否决\(grade)（政策文件未作规定）\(note(n, zh: true))"
                          : "integrity violation: vetoed\(grade) by the department's setting (the policy text does not rule it)\(note(n, zh: false))"
            }
        case .hardFloor(let hits, let s, let byScore):
            let list = hits.map { veto($0, language: language) }.joined(separator: zh ? "；" : "; ")
            let scoreText = s.map { fixed($0) } ?? "–"
            let byScoreText = byScore.map { zh ? "，按分数为\($0.zh)" : ", \($0.en) by score" } ?? ""
            return zh ? "触发一票否决：\(list)；不论得分（\(scoreText) 分\(byScoreText)）评为不合格"
                      : "hard floor failed: \(list); unqualified whatever the score (\(scoreText)\(byScoreText))"
        }
    }

    // MARK: - Cut-offs

    /// `评价等级良好：得分 84.96 ≥ 良好线 70.00，< 优秀线 85.00`.
    static func graded(_ grade: Grade, score s: Double?, cutoff: CutoffFacts?, language: Language) -> String {
        let zh = language == .zh
        guard let s else { return zh ? "评价等级\(grade.zh)" : "graded \(grade.en)" }
        guard let cutoff else {
            return zh ? "评价等级\(grade.zh)（得分 \(fixed(s))，本方案不设分数线，等级按比例评定）"
                      : "graded \(grade.en) (score \(fixed(s)); the scheme has no cut-offs, grades come from the quotas)"
        }
        return (zh ? "评价等级\(grade.zh)：" : "graded \(grade.en): ") + standing(s, cutoff: cutoff, language: language)
    }

    /// The score against the threshold it met and the next one it missed.
    static func standing(_ s: Double, cutoff: CutoffFacts, language: Language) -> String {
        let zh = language == .zh
        var parts: [String] = []
        if let met = cutoff.met {
            let (a, b) = compared(s, met)
            parts.append(zh ? "得分 \(a) ≥ \(mark(cutoff.grade, zh: true)) \(b)" : "score \(a) ≥ \(b) (\(mark(cutoff.grade, zh: false)))")
        }
        if let missed = cutoff.missed, let above = Grade.allCases.first(where: { $0.order == cutoff.grade.order - 1 }) {
            let (a, b) = compared(s, missed)
            if parts.isEmpty {
                parts.append(zh ? "得分 \(a) < \(mark(above, zh: true)) \(b)" : "score \(a) < \(b) (\(mark(above, zh: false)))")
            } else {
                parts.append(zh ? "< \(mark(above, zh: true)) \(b)" : "< \(b) (\(mark(above, zh: false)))")
            }
        }
        return parts.joined(separator: zh ? "，" : ", ")
    }

    /// 优秀线 / the excellent mark.
    static func mark(_ grade: Grade, zh: Bool) -> String {
        switch grade {
        case .excellent: zh ? "优秀线" : "excellent mark"
        case .good: zh ? "良好线" : "good mark"
        case .qualified, .unqualified: zh ? "合格线" : "pass mark"
        }
    }

    // MARK: - Quotas

    /// `领域类 252 个参评中心 × 20% = 50.4，向下取整为 50 个名额`.
    static func places(_ q: QuotaFacts, language: Language) -> String {
        let zh = language == .zh
        let base = q.category.map { zh ? "\($0.zh) \(q.size) 个参评中心" : "\($0.en) centers: \(q.size) graded" }
            ?? (zh ? "全部 \(q.size) 个参评中心" : "all centers: \(q.size) graded")
        let exact = NumberText.decimal(q.exactPlaces, maximumFractionDigits: 2)
        let whole = abs(q.exactPlaces - q.exactPlaces.rounded()) < 1e-9
        let rounded: String
        if whole {
            rounded = ""
        } else {
            switch q.rounding {
            case .floor: rounded = zh ? "，向下取整为 \(q.places)" : ", rounded down to \(q.places)"
            case .round: rounded = zh ? "，四舍五入为 \(q.places)" : ", rounded to \(q.places)"
            case .ceil: rounded = zh ? "，向上取整为 \(q.places)" : ", rounded up to \(q.places)"
            }
        }
        let unit = q.bound == .minimum ? "" : zh ? " 个名额" : (q.places == 1 ? " place" : " places")
        var text = "\(base) × \(percent(q.share)) = \(exact)\(rounded)\(unit)"
        if q.exceedsShare { text += zh ? "（取整后多于 \(percent(q.share)) 的比例）" : " (more than the \(percent(q.share)) share, by rounding up)" }
        return text
    }

    /// Why a quota moved the center, and from which grade to which.
    static func moved(_ q: QuotaFacts, language: Language) -> String {
        let zh = language == .zh
        let tie = q.tie.map { zh ? "；" + tieWords($0, grade: q.grade, zh: true) : "; " + tieWords($0, grade: q.grade, zh: false) } ?? ""
        switch q.bound {
        case .maximum:
            let next = Grade.allCases[q.grade.order + 1]
            if q.places == 0 {
                return zh ? "但该类没有\(q.grade.zh)名额（\(places(q, language: language))），由\(q.grade.zh)调为\(next.zh)"
                          : "but the category has no \(q.grade.en) place (\(places(q, language: language))): moved from \(q.grade.en) to \(next.en)"
            }
            var standing = zh ? "本中心在按分数达到\(q.grade.zh)的 \(q.holders) 个中心中排第 \(q.position) 名"
                              : "\(ordinal(q.position)) of the \(q.holders) centers whose score reached \(q.grade.en)"
            if q.rankInBase != q.position {
                let scope = q.category == nil ? (zh ? "全部中心中" : "among all centers") : (zh ? "类内" : "in the category")
                standing += zh ? "（\(scope)得分第 \(q.rankInBase) 名）" : " (\(ordinal(q.rankInBase)) by score \(scope))"
            }
            return zh ? "但未获\(q.grade.zh)名额（\(places(q, language: language))；\(standing)\(tie)），由\(q.grade.zh)调为\(next.zh)"
                      : "but outside the \(q.grade.en) places (\(places(q, language: language)); \(standing)\(tie)): moved from \(q.grade.en) to \(next.en)"
        case .minimum:
            let others = q.size - q.holders
            return zh ? "但计入不合格比例下限（\(places(q, language: language))，至少 \(q.places) 个不合格，已有 \(q.holders) 个；本中心在其余 \(others) 个中心中得分倒数第 \(q.position) 名\(tie)），调为不合格"
                      : "but counted in the unqualified minimum (\(places(q, language: language)): at least \(q.places) unqualified, \(q.holders) already; \(ordinal(q.position)) lowest of the other \(others) centers\(tie)): moved to unqualified"
        }
    }

    /// A center that equal scores at the boundary let keep its grade.
    static func keptByTie(_ q: QuotaFacts, language: Language) -> String {
        let zh = language == .zh
        guard let tie = q.tie else { return "" }
        return zh ? "\(tieWords(tie, grade: q.grade, zh: true))（\(places(q, language: language))）"
                  : "\(tieWords(tie, grade: q.grade, zh: false)) (\(places(q, language: language)))"
    }

    static func tieWords(_ tie: QuotaFacts.Tie, grade: Grade, zh: Bool) -> String {
        let s = fixed(tie.score)
        if zh {
            return tie.includeTies ? "得分 \(s) 与名额边界同分，按 include_ties 同分者均取较高等级，\(grade.zh)共 \(tie.holders) 个"
                                   : "得分 \(s) 与名额边界同分，按 exclude_ties 同分者均取较低等级，\(grade.zh)共 \(tie.holders) 个"
        }
        return tie.includeTies ? "score \(s) ties at the boundary; include_ties gives all tied centers the better grade, \(tie.holders) \(grade.en) in all"
                               : "score \(s) ties at the boundary; exclude_ties gives all tied centers the worse grade, \(tie.holders) \(grade.en) in all"
    }

    // MARK: - Vetoes

    /// `研发人员数（2022–2024 年平均）25.67 人 < 30 人（依据：…）`.
    static func veto(_ hit: CenterEvaluation.VetoHit, language: Language) -> String {
        let zh = language == .zh
        let name = zh ? hit.label.name : hit.label.nameEn
        guard let value = hit.value, hit.threshold.isFinite else {
            return "\(name) \(score(hit.value)) \(hit.condition)"
        }
        let asPercent = hit.label.unit == "ratio" || hit.aggregation == .growth
        let scale = asPercent ? 100.0 : 1
        let (a, b) = compared(value * scale, hit.threshold * scale, trimmed: true)
        let unit = asPercent ? "%" : unitText(hit.label.unit, zh: zh)
        let space = asPercent || unit.isEmpty ? "" : " "
        var text = "\(name)（\(formed(hit, zh: zh))）\(a)\(space)\(unit) \(hit.op.rawValue) \(b)\(space)\(unit)"
        if !zh { text = "\(name) (\(formed(hit, zh: false))) \(a)\(space)\(unit) \(hit.op.rawValue) \(b)\(space)\(unit)" }
        if !hit.imputedYears.isEmpty {
            let years = hit.imputedYears.map(String.init).joined(separator: zh ? "、" : ", ")
            text += zh ? "（其中 \(years) 年为补值）" : " (\(years) imputed)"
        }
        let clause = zh ? hit.clause : (hit.clauseEn ?? hit.clause)
        if let clause, !clause.isEmpty { text += zh ? "（依据：\(clause)）" : " (basis: \(clause))" }
        return text
    }

    /// How the value was formed from the cycle's years: `2022–2024 年平均`, `2024 年值`.
    static func formed(_ hit: CenterEvaluation.VetoHit, zh: Bool) -> String {
        guard let first = hit.years.first, let last = hit.years.last else { return zh ? "周期值" : "cycle value" }
        let span = first == last ? "\(first)" : "\(first)–\(last)"
        switch hit.aggregation {
        case .mean: return first == last ? (zh ? "\(span) 年值" : "\(span) value") : (zh ? "\(span) 年平均" : "\(span) mean")
        case .sum: return zh ? "\(span) 年合计" : "\(span) total"
        case .latest: return zh ? "\(last) 年值" : "\(last) value"
        case .growth: return zh ? "\(span) 年均增长率" : "\(span) annual growth"
        }
    }

    /// The unit in the reader's language (the catalogue writes units in Chinese).
    static func unitText(_ unit: String, zh: Bool) -> String {
        if zh { return unit }
        switch unit {
        case "万元": return "×10k RMB"
        case "人": return "people"
        case "件", "项": return "items"
        case "家": return "organizations"
        case "小时": return "hours"
        case "分": return "points"
        case "元": return "RMB"
        default: return unit
        }
    }

    // MARK: - Numbers

    /// Two decimals, e.g. `54.90`.
    static func fixed(_ value: Double) -> String { NumberText.fixed(value, fractionDigits: 2) }

    /// `20%`.
    static func percent(_ share: Double) -> String { NumberText.decimal(share * 100, maximumFractionDigits: 2) + "%" }

    /// Both numbers of a comparison with 2 decimals, or more (up to 9) when 2 would show unequal
    /// values as equal (54.995 against 55: `54.995 < 55.000`, never `55.00 < 55.00`).
    static func compared(_ a: Double, _ b: Double, trimmed: Bool = false) -> (String, String) {
        func text(_ x: Double, _ digits: Int) -> String {
            trimmed ? NumberText.decimal(x, maximumFractionDigits: digits) : NumberText.fixed(x, fractionDigits: digits)
        }
        var digits = 2
        while digits < 9, a != b, text(a, digits) == text(b, digits) { digits += 1 }
        return (text(a, digits), text(b, digits))
    }

    /// `1st`, `2nd`, `3rd`, `11th`, `51st`.
    static func ordinal(_ n: Int) -> String {
        let tens = n % 100
        if (11...13).contains(tens) { return "\(n)th" }
        switch n % 10 {
        case 1: return "\(n)st"
        case 2: return "\(n)nd"
        case 3: return "\(n)rd"
        default: return "\(n)th"
        }
    }
}
