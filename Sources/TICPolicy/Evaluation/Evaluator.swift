import TICIngest
import TICScoring

/// Runs a triennial evaluation of a workspace under a scheme (Sichuan art. 21–24; national
/// guideline 六(四); Hunan 六(五); Tianjin 六(二)).
///
/// Steps: participation (events, approval year) → cycle values (``CycleValues``) → scores
/// (``CohortScoring``) → re-evaluation of rectifying centers → vetoes and grades
/// (``GradeAssignment``) → ranks → integrity flags → decisions and rewards.
///
/// ```swift
/// let workspace = WorkspaceLoader().load(root: "Datasets/sample")
/// let scheme = try Scheme.preset(named: "sichuan-2022")
/// let evaluation = try Evaluator(workspace: workspace, scheme: scheme).evaluate()
/// print(evaluation.centers[0].center.name, evaluation.centers[0].grade!)
/// ```
public struct Evaluator: Sendable {
    /// The data.
    public var workspace: Workspace
    /// The indicator system and rules.
    public var scheme: Scheme
    /// The cycle; nil means the scheme's `cycle_years` latest report years.
    public var cycle: ClosedRange<Int>?
    /// The integrity checks for reviewer flags.
    public var integrity: IntegrityScreening

    public init(workspace: Workspace, scheme: Scheme, cycle: ClosedRange<Int>? = nil, integrity: IntegrityScreening = IntegrityScreening()) {
        self.workspace = workspace
        self.scheme = scheme
        self.cycle = cycle
        self.integrity = integrity
    }

    /// The cycle that will be evaluated.
    public var effectiveCycle: ClosedRange<Int>? {
        if let cycle { return cycle }
        guard let last = workspace.years.last else { return nil }
        return (last - max(1, scheme.cycleYears) + 1)...last
    }

    /// Evaluates. Nothing is evaluated on a workspace with errors or an invalid scheme.
    public func evaluate() throws(EvaluationError) -> Evaluation {
        let errors = workspace.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { throw .workspaceHasErrors(count: errors) }
        let validator = SchemeValidator()
        let schemeProblems = validator.validate(scheme).filter(\.isError)
        if !schemeProblems.isEmpty { throw .invalidScheme(.invalid(diagnostics: schemeProblems)) }
        guard let cycle = effectiveCycle else { throw .cycleYearWithoutReports(cycle: 0...0, missing: []) }
        let missingYears = cycle.filter { workspace.report(year: $0) == nil }
        if !missingYears.isEmpty { throw .cycleYearWithoutReports(cycle: cycle, missing: missingYears) }
        let years = Array(cycle)
        var notes: [EvaluationNote] = []
        let rules = scheme.grading
        let clause = rules.clause ?? scheme.source ?? scheme.title
        let clauseEn = rules.clauseEn ?? rules.clause ?? scheme.source ?? scheme.titleEn

        // Participation.
        let centers = workspace.centers
        var participation = [CenterEvaluation.Participation](repeating: .evaluated, count: centers.count)
        var eventsOf: [String: [EventRecord]] = [:]
        for event in workspace.events where cycle.contains(event.year) || event.year == cycle.upperBound + 1 {
            eventsOf[event.centerID, default: []].append(event)
        }
        for (i, center) in centers.enumerated() {
            let events = eventsOf[center.id] ?? []
            if events.contains(where: { $0.kind == .withdrawn }) { participation[i] = .withdrawn }
            else if events.contains(where: { $0.kind == .notParticipating }) { participation[i] = .notParticipating }
            else if center.approvedYear >= cycle.upperBound { participation[i] = .notYetDue }
        }
        var latestHistory: [String: HistoryRecord] = [:]
        for record in workspace.history {
            if let existing = latestHistory[record.centerID], existing.cycle.upperBound >= record.cycle.upperBound { continue }
            latestHistory[record.centerID] = record
        }

        // Scores on the cohort; a failed re-evaluation removes the center and the cohort is scored again.
        let scoring = CohortScoring(scheme: scheme)
        var reEvaluations: [String: CenterEvaluation.ReEvaluation] = [:]
        var cohort: [Int] = []
        var values: CycleValues
        var scored: CohortScoring.Result
        var cohortNotes: [EvaluationNote]
        var attempts = 0
        repeat {
            attempts += 1
            cohort = (0..<centers.count).filter { participation[$0] == .evaluated }
            guard !cohort.isEmpty else { throw .noCenters }
            cohortNotes = []
            values = try CycleValues.build(workspace: workspace, scheme: scheme, centers: cohort.map { centers[$0] }, years: years)
            scored = try scoring.score(values: values.combined.transposedRows(count: cohort.count), notes: &cohortNotes)
            var removedAny = false
            for (i, center) in centers.enumerated() {
                guard let record = latestHistory[center.id], record.status == .rectifying,
                      participation[i] == .evaluated || participation[i] == .removedAfterRectification else { continue }
                let year = record.cycle.upperBound + rules.rectificationYears
                let failedCycle = "\(record.cycle.lowerBound)-\(record.cycle.upperBound)"
                guard workspace.report(year: year)?.row(of: center.id) != nil else {
                    reEvaluations[center.id] = .init(failedCycle: failedCycle, year: year, score: nil, threshold: rules.cutoffs?.qualified, passed: nil)
                    continue
                }
                // The re-evaluation year's values, scored against the cohort with the cohort's weights.
                let single = try CycleValues.build(workspace: workspace, scheme: scheme, centers: [center], years: [year])
                let row = single.combined.map { $0[0] }
                var scratch: [EvaluationNote] = []
                let joint = try scoring.score(values: values.combined.transposedRows(count: cohort.count) + [row],
                                              fixedWeights: scored.weights, notes: &scratch)
                let score = joint.totals[cohort.count]
                let threshold = rules.cutoffs?.qualified ?? Self.lowestPassingScore(scored.totals)
                let passed = score >= threshold
                reEvaluations[center.id] = .init(failedCycle: failedCycle, year: year, score: score, threshold: threshold, passed: passed)
                if !passed && participation[i] == .evaluated {
                    participation[i] = .removedAfterRectification
                    removedAny = true
                }
            }
            if !removedAny { break }
        } while attempts < 3
        notes += cohortNotes

        // Vetoes.
        let n = cohort.count
        let codes = scheme.indicators.map(\.code)
        var vetoHits = [[CenterEvaluation.VetoHit]](repeating: [], count: n)
        var integrityVeto = [Bool](repeating: false, count: n)
        for (k, i) in cohort.enumerated() {
            let center = centers[i]
            for veto in rules.vetoes {
                if let types = veto.leadTypes, !types.contains(center.leadType) { continue }
                if let categories = veto.categories, !categories.contains(center.category) { continue }
                let value: Double? = codes.firstIndex(of: veto.indicator).flatMap { values.combined[$0][k] }
                    ?? Self.rawCycleMean(workspace: workspace, center: center.id, column: veto.indicator, years: years)
                if let value, veto.op.holds(value, veto.value) {
                    vetoHits[k].append(.init(indicator: veto.indicator, condition: "\(veto.op.rawValue) \(NumberText.decimal(veto.value, maximumFractionDigits: 4))",
                                             value: value, clause: veto.clause, clauseEn: veto.clauseEn))
                }
            }
            if rules.events.integrityViolation == .veto, (eventsOf[center.id] ?? []).contains(where: { $0.kind == .integrityViolation }) {
                integrityVeto[k] = true
            }
        }

        // Grades and ranks.
        let groups = cohort.map { rules.quotaScope == .category ? Category.allCases.firstIndex(of: centers[$0].category)! : 0 }
        let vetoed = (0..<n).map { !vetoHits[$0].isEmpty || integrityVeto[$0] }
        let outcome = GradeAssignment.assign(scores: scored.totals, groups: groups, vetoed: vetoed, rules: rules)
        notes += outcome.notes
        let ranks = Ranking.competitionRanks(scored.totals)
        var categoryRanks = [Int](repeating: 0, count: n)
        for category in Category.allCases {
            let members = (0..<n).filter { centers[cohort[$0]].category == category }
            let r = Ranking.competitionRanks(members.map { scored.totals[$0] })
            for (k, member) in members.enumerated() { categoryRanks[member] = r[k] }
        }

        // Flags and imputation notes.
        let flags = integrity.flags(in: workspace, years: cycle)
        var flagsOf: [String: [IntegrityFlag]] = [:]
        for flag in flags { flagsOf[flag.centerID, default: []].append(flag) }
        let imputedCount = values.imputed.reduce(0) { $0 + $1.count }
        if imputedCount > 0 {
            notes.append(EvaluationNote(code: "imputed_values", zh: "共补齐或剔除 \(imputedCount) 个缺失的年度值（见各中心卡片）",
                                        en: "\(imputedCount) missing yearly values were filled in or left out (see each center's card)"))
        }

        // Results per center.
        let cohortIndex = Dictionary(uniqueKeysWithValues: cohort.enumerated().map { ($1, $0) })
        let m = codes.count, d = scheme.dimensions.count
        var results: [CenterEvaluation] = []
        for (i, center) in centers.enumerated() {
            var result = CenterEvaluation(
                center: center, participation: participation[i],
                yearlyValues: [], cycleValues: Array(repeating: nil, count: m), normalizedValues: Array(repeating: nil, count: m),
                dimensionScores: Array(repeating: 0, count: d), score: nil, rank: nil, categoryRank: nil, grade: nil,
                gradeByScore: nil, gradeBasis: nil, vetoes: [], events: eventsOf[center.id] ?? [],
                previousStatus: latestHistory[center.id]?.status, reEvaluation: reEvaluations[center.id],
                imputed: [], flags: flagsOf[center.id] ?? [],
                decision: Decision(kind: .continue, reason: "", reasonEn: "", clause: clause, clauseEn: clauseEn))
            if let k = cohortIndex[i] {
                result.yearlyValues = values.yearly.map { $0[k] }
                result.cycleValues = values.combined.map { $0[k] }
                result.normalizedValues = scored.normalized[k]
                result.dimensionScores = scored.dimensionScores[k]
                result.score = scored.totals[k]
                result.rank = ranks[k]
                result.categoryRank = categoryRanks[k]
                result.grade = outcome.grades[k]
                result.gradeByScore = outcome.byScore[k]
                result.vetoes = vetoHits[k]
                result.gradeBasis = integrityVeto[k] ? .integrity : !vetoHits[k].isEmpty ? .veto : outcome.quotaMoved[k] ? .quota : .cutoff
                result.imputed = values.imputed[k]
            } else {
                let single = try? CycleValues.build(workspace: workspace, scheme: scheme, centers: [center], years: years)
                result.yearlyValues = single?.yearly.map { $0[0] } ?? []
                result.cycleValues = single?.combined.map { $0[0] } ?? Array(repeating: nil, count: m)
            }
            result.decision = decide(result, cycle: cycle, clause: clause, clauseEn: clauseEn)
            results.append(result)
        }
        results.sort { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?): return x != y ? x < y : a.center.id < b.center.id
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.center.id < b.center.id
            }
        }
        let weights = scored.weights
        let indicatorWeights = scheme.indicators.enumerated().map { j, indicator in
            Evaluation.IndicatorWeight(code: indicator.code, dimension: scheme.dimensions[weights.dimensionOfIndicator[j]].code,
                                       withinDimension: weights.withinDimension[j], effective: weights.effective[j])
        }
        return Evaluation(scheme: scheme, cycle: cycle, inputs: workspace.files, centers: results,
                          dimensionWeights: weights.dimension, indicatorWeights: indicatorWeights, weightOrigins: weights.origins,
                          notes: notes, scoreScale: scoring.isBounded ? 100 : nil)
    }

    /// The dynamic-adjustment decision (Sichuan art. 23; national 六(四); Hunan 六(五); Tianjin 二(二)).
    func decide(_ c: CenterEvaluation, cycle: ClosedRange<Int>, clause: String, clauseEn: String) -> Decision {
        let rules = scheme.grading
        let note = c.events.first.map { $0.note.isEmpty ? "" : "：\($0.note)" } ?? ""
        let noteEn = c.events.first.map { $0.note.isEmpty ? "" : ": \($0.note)" } ?? ""
        switch c.participation {
        case .notParticipating:
            return Decision(kind: .remove, reason: "不参加评估\(note)", reasonEn: "did not take part in the evaluation\(noteEn)", clause: clause, clauseEn: clauseEn)
        case .withdrawn:
            return Decision(kind: .remove, reason: "中途退出评估\(note)", reasonEn: "withdrew from the evaluation midway\(noteEn)", clause: clause, clauseEn: clauseEn)
        case .removedAfterRectification:
            let r = c.reEvaluation
            let score = r?.score.map { NumberText.decimal($0) } ?? "–"
            let threshold = r?.threshold.map { NumberText.decimal($0) } ?? "–"
            return Decision(kind: .remove,
                            reason: "\(r?.failedCycle ?? "") 周期不合格，整改后以 \(r?.year ?? 0) 年数据复评 \(score) 分，低于合格线 \(threshold) 分",
                            reasonEn: "unqualified in \(r?.failedCycle ?? ""); re-evaluated on the \(r?.year ?? 0) report at \(score), below the pass mark \(threshold)",
                            clause: clause, clauseEn: clauseEn)
        case .notYetDue:
            return Decision(kind: .continue, reason: "\(c.center.approvedYear) 年批准建设，本周期不参加评价",
                            reasonEn: "approved in \(c.center.approvedYear); not due for evaluation this cycle", clause: clause, clauseEn: clauseEn)
        case .evaluated:
            break
        }
        let grade = c.grade ?? .unqualified
        let scoreText = c.score.map { NumberText.decimal($0) } ?? "–"
        var reason = "评价等级\(grade.zh)（\(scoreText) 分）"
        var reasonEn = "graded \(grade.en) (score \(scoreText))"
        switch c.gradeBasis {
        case .integrity?:
            let evidence = c.events.first { $0.kind == .integrityViolation }
            reason = "存在弄虚作假行为，一票否决为不合格\(evidence.map { $0.note.isEmpty ? "" : "：\($0.note)" } ?? "")"
            reasonEn = "integrity violation: vetoed to unqualified\(evidence.map { $0.note.isEmpty ? "" : ": \($0.note)" } ?? "")"
        case .veto?:
            let hits = c.vetoes.map { "\($0.indicator) \($0.value.map { NumberText.decimal($0) } ?? "–") \($0.condition)" }.joined(separator: "；")
            reason = "触发一票否决（\(hits)），评为不合格（得分 \(scoreText)）"
            reasonEn = "hard floor failed (\(hits)): unqualified whatever the score (\(scoreText))"
        case .quota?:
            reason += "；按比例限制由\(c.gradeByScore?.zh ?? "")调整"
            reasonEn += "; moved from \(c.gradeByScore?.en ?? "") by the quota"
        default:
            break
        }
        if let r = c.reEvaluation, r.passed == true {
            reason += "；\(r.failedCycle) 周期整改后复评通过（\(r.year) 年 \(NumberText.decimal(r.score ?? 0)) 分）"
            reasonEn += "; passed the re-evaluation after rectification (\(r.year): \(NumberText.decimal(r.score ?? 0)))"
        }
        let reward = rules.rewards.first { rule in
            rule.grade == grade && (rule.category == nil || rule.category == c.center.category) && (rule.level == nil || rule.level == c.center.level)
        }
        var rewardClause = clause, rewardClauseEn = clauseEn
        if let reward {
            rewardClause = reward.clause ?? clause
            rewardClauseEn = reward.clauseEn ?? clauseEn
            if let amount = reward.amountRMB {
                reason += reward.kind == .oneTime ? "；一次性奖励 \(NumberText.decimal(amount)) 元" : "；后补助 \(NumberText.decimal(amount)) 元"
                reasonEn += reward.kind == .oneTime ? "; one-time reward of \(NumberText.decimal(amount)) RMB" : "; post-subsidy of \(NumberText.decimal(amount)) RMB"
            } else {
                reason += "；给予后补助奖补（金额按科技厅规定）"
                reasonEn += "; post-subsidy reward (amount set by the department)"
            }
        }
        if rules.conversionReview && c.center.level == .municipal {
            return grade.passes
                ? Decision(kind: .convert, reason: reason + "；通过转建评估，转为专业性技术创新中心", reasonEn: reasonEn + "; passed the conversion review: becomes a specialized center",
                           clause: rewardClause, clauseEn: rewardClauseEn, amountRMB: reward?.amountRMB)
                : Decision(kind: .withdraw, reason: reason + "；未通过转建评估，予以撤销", reasonEn: reasonEn + "; failed the conversion review: withdrawn",
                           clause: clause, clauseEn: clauseEn)
        }
        switch grade {
        case .excellent:
            return Decision(kind: .recommendNational, reason: reason + "；优先推荐创建国家技术创新中心", reasonEn: reasonEn + "; recommended first for a national center",
                            clause: rewardClause, clauseEn: rewardClauseEn, amountRMB: reward?.amountRMB)
        case .good, .qualified:
            return Decision(kind: .continue, reason: reason + "；进入下一建设运行周期", reasonEn: reasonEn + "; enters the next construction-operation cycle",
                            clause: reward == nil ? clause : rewardClause, clauseEn: reward == nil ? clauseEn : rewardClauseEn, amountRMB: reward?.amountRMB)
        case .unqualified:
            let year = cycle.upperBound + rules.rectificationYears
            return Decision(kind: .rectify,
                            reason: reason + "；限期 \(rules.rectificationYears) 年整改，以 \(year) 年度报告复评，未通过则不再列入序列",
                            reasonEn: reasonEn + "; rectify within \(rules.rectificationYears) year(s), re-evaluated on the \(year) report, removed if it fails",
                            clause: clause, clauseEn: clauseEn, reEvaluationYear: year)
        }
    }

    /// Without cut-offs, a re-evaluation passes at the lowest score that kept a passing grade.
    static func lowestPassingScore(_ totals: [Double]) -> Double { totals.min() ?? 0 }

    /// The mean over the cycle of a report column that is not a scheme indicator (for vetoes).
    static func rawCycleMean(workspace: Workspace, center: String, column: String, years: [Int]) -> Double? {
        let values = years.compactMap { workspace.report(year: $0)?.value(centerID: center, column: column) }
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}

extension Array where Element == [Double?] {
    /// `[indicator][center]` → `[center][indicator]`.
    func transposedRows(count n: Int) -> [[Double?]] {
        (0..<n).map { i in self.map { $0[i] } }
    }
}
