import TICIngest
import TICPolicy
import TICSupport

/// The words of a decision, in Chinese and English: one place for the terminal, CSV, HTML and JSON.
extension Decision.Kind {
    /// The label in Chinese.
    public var zh: String {
        switch self {
        case .recommendNational: "推荐创建国家中心"
        case .continue: "进入下一建设运行周期"
        case .continueSupport: "后续支持"
        case .supportReference: "作为后续支持参考"
        case .rectify: "整改"
        case .remove: "不再列入序列"
        case .convert: "纳入技术创新中心序列"
        case .notConverted: "不予纳入"
        case .revoke: "撤销"
        case .referToDepartment: "报主管部门研究决定"
        }
    }

    /// The label in the given language (the code itself in English).
    public func label(_ language: Language) -> String { language == .zh ? zh : rawValue }
}

extension Decision {
    /// Why, in the given language.
    public func reason(_ language: Language) -> String { DecisionText.reason(reason, language: language) }

    /// The clause, in the given language.
    public func clause(_ language: Language) -> String { DecisionText.clause(clause, language: language) }
}

/// Renders ``DecisionReason`` and ``DecisionClause``.
public enum DecisionText {
    /// The clause: the scheme's text, or the department's setting.
    public static func clause(_ clause: DecisionClause, language: Language) -> String {
        switch clause {
        case .text(let zh, let en): return language.pick(zh, en)
        case .departmentSetting:
            return language.pick("本指标体系的设定（政策文件未作规定，由主管部门确定）",
                                 "the department's setting in this scheme (the policy text does not rule it)")
        case .departmentSettingUnder(let zh, let en):
            return language.pick("本指标体系的设定，依据\(zh)（该条未规定具体处理）",
                                 "the department's setting in this scheme, under \(en) (which does not rule the handling)")
        }
    }

    /// The reason: the basis, then each addition.
    public static func reason(_ reason: DecisionReason, language: Language) -> String {
        reason.additions.reduce(basis(reason.basis, language: language)) { $0 + addition($1, language: language) }
    }

    static func score(_ value: Double?) -> String { value.map { NumberText.decimal($0) } ?? "–" }

    static func note(_ note: String, zh: Bool) -> String { note.isEmpty ? "" : (zh ? "：" : ": ") + note }

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
            return zh ? "\(cycle) 周期不合格，整改后以 \(year) 年数据复评 \(score(s)) 分，低于合格线 \(score(threshold)) 分"
                      : "unqualified in \(cycle); re-evaluated on the \(year) report at \(score(s)), below the pass mark \(score(threshold))"
        case .notYetDue(let year):
            return zh ? "\(year) 年批准建设，本周期不参加评价" : "approved in \(year); not due for evaluation this cycle"
        case .graded(let grade, let s):
            return zh ? "评价等级\(grade.zh)（\(score(s)) 分）" : "graded \(grade.en) (score \(score(s)))"
        case .scored(let s, let low, let high):
            var bounds: [String] = []
            if let low { bounds.append(zh ? "不低于 \(score(low)) 分" : "at least \(score(low))") }
            if let high { bounds.append(zh ? "低于 \(score(high)) 分" : "below \(score(high))") }
            let range = bounds.isEmpty ? "" : (zh ? "，" : ", ") + bounds.joined(separator: zh ? "且" : " and ")
            return zh ? "评价得分 \(score(s)) 分\(range)（本指标体系不评等级）" : "score \(score(s))\(range) (the scheme assigns no grade)"
        case .quotaMoved(let grade, let s, let byScore):
            return Self.basis(.graded(grade, score: s), language: language)
                + (zh ? "；按比例限制由\(byScore?.zh ?? "")调整" : "; moved from \(byScore?.en ?? "") by the quota")
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
        case .hardFloor(let hits, let s):
            let list = hits.map { "\($0.indicator) \(score($0.value)) \($0.condition)" }.joined(separator: "；")
            return zh ? "触发一票否决（\(list)），评为不合格（得分 \(score(s))）"
                      : "hard floor failed (\(list)): unqualified whatever the score (\(score(s)))"
        }
    }

    /// What a rule decided, as a clause that follows the basis (`；…`).
    static func outcome(_ kind: Decision.Kind, zh: Bool) -> String {
        switch kind {
        case .recommendNational: zh ? "；优先推荐创建国家技术创新中心" : "; recommended first for a national center"
        case .continue: zh ? "；进入下一建设运行周期" : "; enters the next construction-operation cycle"
        case .continueSupport: zh ? "；给予后续支持" : "; continued support"
        case .supportReference: zh ? "；评估结果作为后续支持的参考" : "; the result is a reference for follow-up support"
        case .rectify: zh ? "；整改" : "; rectify"
        case .remove: zh ? "；不再列入创新中心序列" : "; removed from the sequence"
        case .convert: zh ? "；通过评估考核，纳入技术创新中心序列" : "; passed the review: joins the innovation centers"
        case .notConverted: zh ? "；未通过评估考核，不予纳入技术创新中心序列" : "; did not pass the review: not admitted as an innovation center"
        case .revoke: zh ? "；予以撤销" : "; revoked"
        case .referToDepartment: zh ? "；报主管部门研究决定" : "; referred to the department"
        }
    }

    static func addition(_ addition: DecisionReason.Addition, language: Language) -> String {
        let zh = language == .zh
        switch addition {
        case .imputed(let cells, let reported, let years):
            var parts: [String] = []
            if cells > 0 { parts.append(zh ? "已提交报告的 \(reported) 个数据中 \(cells) 个为补值" : "\(cells) of \(reported) values in its reports imputed") }
            if !years.isEmpty {
                parts.append(zh ? "缺少的 \(years.map(String.init).joined(separator: "、")) 年度报告按本中心其他年份补值"
                                : "its missing \(years.map(String.init).joined(separator: ", ")) report filled from its own years")
            }
            return zh ? "（" + parts.joined(separator: "；") + "，见待核实清单）" : " (" + parts.joined(separator: "; ") + "; see to_verify.csv)"
        case .undefinedGrowth(let codes):
            let list = codes.joined(separator: ", ")
            return zh ? "（\(list) 的增长率无法计算（首年值 ≤ 0），不计入，其余权重重新归一）"
                      : " (growth of \(list) undefined, first year ≤ 0: left out, the other weights renormalized)"
        case .reEvaluationPassed(let cycle, let year, let s):
            return zh ? "；\(cycle) 周期整改后复评通过（\(year) 年 \(NumberText.decimal(s)) 分）"
                      : "; passed the re-evaluation after rectification (\(year): \(NumberText.decimal(s)))"
        case .reward(let kind, let amount):
            guard let amount else { return zh ? "；给予后补助奖补（金额按科技厅规定）" : "; post-subsidy reward (amount set by the department)" }
            let a = NumberText.decimal(amount)
            switch kind {
            case .oneTime: return zh ? "；一次性奖励 \(a) 元" : "; one-time reward of \(a) RMB"
            case .postSubsidy: return zh ? "；后补助 \(a) 元" : "; post-subsidy of \(a) RMB"
            }
        case .outcome(let kind):
            return outcome(kind, zh: zh)
        case .rectify(let years, let year, let failure):
            let then = outcome(failure, zh: zh)
            guard let years, let year else {
                return zh ? "；整改（政策文件未规定期限，复评时间由主管部门确定），复评未通过的\(then.dropFirst())"
                          : "; rectify (the text sets no deadline: the department sets the re-evaluation); if it fails the re-evaluation:\(then.dropFirst())"
            }
            return zh ? "；限期 \(years) 年整改，以 \(year) 年度报告复评，复评未通过的\(then.dropFirst())"
                      : "; rectify within \(years) year(s), re-evaluated on the \(year) report; if it fails the re-evaluation:\(then.dropFirst())"
        case .removed:
            return zh ? "，不再列入序列" : ": removed from the sequence"
        case .referredToDepartment:
            return zh ? "，报主管部门研究决定" : ": referred to the department"
        }
    }
}
