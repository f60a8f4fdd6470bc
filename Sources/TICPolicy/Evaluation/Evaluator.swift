import TICIngest
import TICScoring
import TICSupport

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
    /// The day of the evaluation (`--date`); nil: the scheme's `evaluation_date`, if any. Never the clock.
    public var evaluationDate: CalendarDay?

    public init(workspace: Workspace, scheme: Scheme, cycle: ClosedRange<Int>? = nil, integrity: IntegrityScreening = IntegrityScreening(),
                evaluationDate: CalendarDay? = nil) {
        self.workspace = workspace
        self.scheme = scheme
        self.cycle = cycle
        self.integrity = integrity
        self.evaluationDate = evaluationDate
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
        let clause = DecisionClause.text(zh: rules.clause ?? scheme.source ?? scheme.title,
                                         en: rules.clauseEn ?? rules.clause ?? scheme.source ?? scheme.titleEn)

        // The columns the scheme needs, in every year of the cycle.
        var problems = CycleValues.columnProblems(reports: years.compactMap { workspace.report(year: $0) }, scheme: scheme)

        // Participation: scope, events, due rule, missing reports (`missing_report`).
        let centers = workspace.centers
        let defaults = scheme.defaults
        var participation = [CenterEvaluation.Participation](repeating: .evaluated, count: centers.count)
        var exclusions = [ScopeExclusion?](repeating: nil, count: centers.count)
        var notDue = [NotYetDue?](repeating: nil, count: centers.count)
        var regionsTakenIn: [String] = []
        var dueYears = [[Int]](repeating: years, count: centers.count)
        var missingReportYears = [[Int]](repeating: [], count: centers.count)
        var blocked = [Bool](repeating: false, count: centers.count)   // a missing report that is an error
        var eventsOf: [String: [EventRecord]] = [:]
        for event in workspace.events where cycle.contains(event.year) || event.year == cycle.upperBound + 1 {
            eventsOf[event.centerID, default: []].append(event)
        }
        for (i, center) in centers.enumerated() {
            switch scheme.scope?.standing(of: center) {
            case .outside(let exclusion)?:
                participation[i] = .outOfScope
                exclusions[i] = exclusion
                continue
            case .insideByRegion(let region)?: regionsTakenIn.append(region)
            case .inside?, nil: break
            }
            let events = eventsOf[center.id] ?? []
            if events.contains(where: { $0.kind == .withdrawn }) { participation[i] = .withdrawn; continue }
            if events.contains(where: { $0.kind == .notParticipating }) { participation[i] = .notParticipating; continue }
            if let reason = scheme.notYetDue(approvedYear: center.approvedYear, category: center.category, cycle: cycle) {
                participation[i] = .notYetDue
                notDue[i] = reason
                continue
            }
            dueYears[i] = years.filter { $0 >= center.approvedYear }
            let absent = dueYears[i].filter { workspace.report(year: $0)?.row(of: center.id) == nil }
            guard !absent.isEmpty else { continue }
            missingReportYears[i] = absent
            let registry = FileLocation(path: workspace.path(of: "centers.csv"), line: center.line)
            switch defaults.missingReport {
            case .error:
                blocked[i] = true
                for year in absent {
                    problems.append(DataProblem(.missingReport(centerID: center.id, name: center.name, year: year,
                                                               reportPath: workspace.report(year: year)?.path ?? "reports/\(year).csv"),
                                                at: registry))
                }
            case .notParticipating:
                participation[i] = .missingReport
            case .imputeOwnYears:
                if absent.count == dueYears[i].count {
                    blocked[i] = true
                    problems.append(DataProblem(.noReportInCycle(centerID: center.id, name: center.name, cycle: cycle), at: registry))
                }
            }
        }
        // Earlier outcomes: only cycles that ended before this one began.
        var latestHistory: [String: HistoryRecord] = [:]
        for record in workspace.history where record.cycle.upperBound < cycle.lowerBound {
            if let existing = latestHistory[record.centerID], existing.cycle.upperBound >= record.cycle.upperBound { continue }
            latestHistory[record.centerID] = record
        }
        if problems.contains(where: { if case .columnMissing = $0.kind { true } else { false } }) { throw .data(problems) }

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
            cohort = (0..<centers.count).filter { participation[$0] == .evaluated && !blocked[$0] }
            guard !cohort.isEmpty else {
                if let scope = scheme.scope, participation.allSatisfy({ $0 == .outOfScope }) {
                    throw .noCentersInScope(count: centers.count, levels: scope.levels, jurisdictions: scope.jurisdictions)
                }
                throw problems.isEmpty ? .noCenters : .data(problems)
            }
            cohortNotes = []
            do {
                values = try CycleValues.build(workspace: workspace, scheme: scheme, centers: cohort.map { centers[$0] }, years: years,
                                               dueYears: cohort.map { dueYears[$0] })
            } catch {
                if case .data(let found) = error { throw .data(problems + found) }
                throw error
            }
            // The imputed share of each center's existing reports.
            for (k, i) in cohort.enumerated() {
                let imputedCells = values.imputed[k].filter { !$0.fillsMissingReport }.count
                if values.cells[k] > 0, Double(imputedCells) / Double(values.cells[k]) > defaults.maxImputedShare + 1e-12 {
                    problems.append(DataProblem(.imputedShareExceeded(centerID: centers[i].id, imputed: imputedCells, cells: values.cells[k],
                                                                      limit: defaults.maxImputedShare,
                                                                      missingReportYears: missingReportYears[i]),
                                                at: FileLocation(path: workspace.path(of: "centers.csv"), line: centers[i].line)))
                }
            }
            if !problems.isEmpty { throw .data(problems) }
            scored = try scoring.score(values: values.combined.transposedRows(count: cohort.count), notes: &cohortNotes)
            var removedAny = false
            for (i, center) in centers.enumerated() {
                guard let record = latestHistory[center.id], record.status == .rectifying,
                      participation[i] == .evaluated || participation[i] == .removedAfterRectification else { continue }
                let year = record.cycle.upperBound + rules.rectificationYears
                let failedCycle = "\(record.cycle.lowerBound)-\(record.cycle.upperBound)"
                guard workspace.report(year: year)?.row(of: center.id) != nil else {
                    reEvaluations[center.id] = .init(failedCycle: failedCycle, year: year, score: nil, threshold: rules.passMark, passed: nil)
                    continue
                }
                // The re-evaluation year's values, scored against the cohort with the cohort's weights.
                let pool = Array(Set(years + [year])).sorted()
                let single = try CycleValues.build(workspace: workspace, scheme: scheme, centers: [center], years: pool,
                                                   dueYears: [pool.filter { $0 >= center.approvedYear }], scoredYears: [year])
                let row = single.combined.map { $0[0] }
                var scratch: [EvaluationNote] = []
                let joint = try scoring.score(values: values.combined.transposedRows(count: cohort.count) + [row],
                                              fixedWeights: scored.weights, notes: &scratch)
                let score = joint.totals[cohort.count]
                let threshold = rules.passMark ?? Self.lowestPassingScore(scored.totals)
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
                let j = codes.firstIndex(of: veto.indicator)
                let value: Double? = j.flatMap { values.combined[$0][k] }
                    ?? Self.rawCycleMean(workspace: workspace, center: center.id, column: veto.indicator, years: years)
                if let value, veto.op.holds(value, veto.value) {
                    let combined = j != nil && values.combined[j!][k] != nil
                    let valueYears = combined ? dueYears[i]
                        : years.filter { workspace.report(year: $0)?.value(centerID: center.id, column: veto.indicator) != nil }
                    vetoHits[k].append(.init(indicator: veto.indicator, condition: "\(veto.op.rawValue) \(NumberText.decimal(veto.value, maximumFractionDigits: 4))",
                                             value: value, clause: veto.clause, clauseEn: veto.clauseEn,
                                             label: IndicatorLabel(code: veto.indicator, scheme: scheme), op: veto.op, threshold: veto.value,
                                             aggregation: combined ? defaults.cycleAggregation(for: scheme.indicators[j!]) : .mean,
                                             years: valueYears,
                                             imputedYears: combined ? values.imputed[k].filter { $0.indicator == veto.indicator }.map(\.year).sorted() : []))
                }
            }
            if rules.events.integrityViolation == .veto, (eventsOf[center.id] ?? []).contains(where: { $0.kind == .integrityViolation }) {
                integrityVeto[k] = true
            }
        }

        // Grades and ranks.
        let groups = cohort.map { rules.quotaScope == .category ? Category.allCases.firstIndex(of: centers[$0].category)! : 0 }
        let vetoed = (0..<n).map { !vetoHits[$0].isEmpty || integrityVeto[$0] }
        let outcome = GradeAssignment.assign(scores: scored.totals, groups: groups, vetoed: vetoed, rules: rules, explain: true,
                                             categories: rules.quotaScope == .category ? Dictionary(uniqueKeysWithValues: Category.allCases.enumerated().map { ($0, $1) }) : [:],
                                             ids: cohort.map { centers[$0].id })
        notes += outcome.notes
        let ranks = Ranking.competitionRanks(scored.totals)
        var categoryRanks = [Int](repeating: 0, count: n)
        for category in Category.allCases {
            let members = (0..<n).filter { centers[cohort[$0]].category == category }
            let r = Ranking.competitionRanks(members.map { scored.totals[$0] })
            for (k, member) in members.enumerated() { categoryRanks[member] = r[k] }
        }

        // Flags (of the centers in scope) and imputation notes.
        let outside = Set(centers.indices.filter { participation[$0] == .outOfScope }.map { centers[$0].id })
        let flags = integrity.flags(in: workspace, years: cycle).filter { !outside.contains($0.centerID) }
        var flagsOf: [String: [IntegrityFlag]] = [:]
        for flag in flags { flagsOf[flag.centerID, default: []].append(flag) }
        let imputedCells = values.imputed.flatMap { $0 }.filter { !$0.fillsMissingReport }
        if !imputedCells.isEmpty {
            notes.append(EvaluationNote(.imputedValues(count: imputedCells.count, centers: Set(imputedCells.map(\.centerID)).sorted())))
        }
        let undefined = values.undefinedGrowth.flatMap { $0 }
        if !undefined.isEmpty {
            notes.append(EvaluationNote(.growthUndefined(count: undefined.count,
                                                         centers: cohort.indices.filter { !values.undefinedGrowth[$0].isEmpty }.map { centers[cohort[$0]].id })))
        }
        func entries(_ indices: [Int]) -> [String] {
            indices.map { "\(centers[$0].id) \(missingReportYears[$0].map(String.init).joined(separator: "/"))" }
        }
        let filledReports = (0..<centers.count).filter { participation[$0] == .evaluated && !missingReportYears[$0].isEmpty }
        if !filledReports.isEmpty { notes.append(EvaluationNote(.missingReportsImputed(entries: entries(filledReports)))) }
        let treatedAbsent = (0..<centers.count).filter { participation[$0] == .missingReport }
        if !treatedAbsent.isEmpty { notes.append(EvaluationNote(.missingReportsNotParticipating(entries: entries(treatedAbsent)))) }

        // Results per center.
        let cohortIndex = Dictionary(uniqueKeysWithValues: cohort.enumerated().map { ($1, $0) })
        let m = codes.count, d = scheme.dimensions.count
        var results: [CenterEvaluation] = []
        var quotaFacts: [String: (moved: [QuotaFacts], keptByTie: QuotaFacts?)] = [:]
        for (i, center) in centers.enumerated() {
            var result = CenterEvaluation(
                center: center, participation: participation[i],
                yearlyValues: [], cycleValues: Array(repeating: nil, count: m), normalizedValues: Array(repeating: nil, count: m),
                dimensionScores: Array(repeating: 0, count: d), score: nil, rank: nil, categoryRank: nil, grade: nil,
                gradeByScore: nil, gradeBasis: nil, vetoes: [], events: eventsOf[center.id] ?? [],
                previousStatus: latestHistory[center.id]?.status, previousGrade: latestHistory[center.id]?.grade,
                previousCycle: latestHistory[center.id]?.cycle, reEvaluation: reEvaluations[center.id],
                imputed: [], dueYears: participation[i] == .notYetDue ? [] : dueYears[i],
                missingReportYears: missingReportYears[i], reportedCells: 0, flags: flagsOf[center.id] ?? [],
                decision: Decision(kind: .continue, reason: DecisionReason(.graded(.qualified, score: nil)), clause: clause),
                scopeExclusion: exclusions[i], notYetDue: notDue[i])
            if participation[i] == .outOfScope {
                result.dueYears = []
            } else if let k = cohortIndex[i] {
                result.yearlyValues = values.yearly.map { $0[k] }
                result.cycleValues = values.combined.map { $0[k] }
                result.normalizedValues = scored.normalized[k]
                result.dimensionScores = scored.dimensionScores[k]
                result.score = scored.totals[k]
                result.rank = ranks[k]
                result.categoryRank = categoryRanks[k]
                let graded = rules.assignsGrades
                result.grade = graded ? outcome.grades[k] : nil
                result.gradeByScore = graded ? outcome.byScore[k] : nil
                result.vetoes = vetoHits[k]
                result.gradeBasis = integrityVeto[k] ? .integrity : !vetoHits[k].isEmpty ? .veto
                    : !graded ? nil : outcome.quotaMoved[k] ? .quota : .cutoff
                quotaFacts[center.id] = (outcome.quotas[k], outcome.keptByTie[k])
                result.imputed = values.imputed[k]
                result.reportedCells = values.cells[k]
                result.undefinedGrowth = values.undefinedGrowth[k].map {
                    UndefinedGrowthValue(indicator: $0.indicator, firstYear: $0.firstYear, firstValue: $0.firstValue, source: $0.source)
                }
            } else {
                let single = try? CycleValues.build(workspace: workspace, scheme: scheme, centers: [center], years: years,
                                                    dueYears: [dueYears[i]], impute: false)
                result.yearlyValues = single?.yearly.map { $0[0] } ?? []
                result.cycleValues = single?.combined.map { $0[0] } ?? Array(repeating: nil, count: m)
            }
            result.decision = decide(result, cycle: cycle, clause: clause, quotas: quotaFacts[center.id])
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
        let date = evaluationDate ?? scheme.evaluationDate
        notes = scopeNotes(date: date, years: years, outOfScope: outside.count, regionsTakenIn: regionsTakenIn) + notes
        var evaluation = Evaluation(scheme: scheme, cycle: cycle, inputs: workspace.files, centers: results,
                                    dimensionWeights: weights.dimension, indicatorWeights: indicatorWeights, weightOrigins: weights.origins,
                                    notes: notes, scoreScale: scoring.isBounded ? 100 : nil)
        evaluation.evaluationDate = date
        let reEvaluationYears = Set(latestHistory.values.filter { $0.status == .rectifying }.map { $0.cycle.upperBound + rules.rectificationYears })
        evaluation.toVerify = Self.itemsToVerify(results, flags: flags, workspace: workspace, cycle: cycle,
                                                 reEvaluationYears: reEvaluationYears, missingReport: defaults.missingReport,
                                                 grading: scheme.grading)
            .filter { !outside.contains($0.centerID) }
        return evaluation
    }

    /// The list of things to verify (`to_verify.csv`).
    static func itemsToVerify(_ results: [CenterEvaluation], flags: [IntegrityFlag], workspace: Workspace, cycle: ClosedRange<Int>,
                              reEvaluationYears: Set<Int>, missingReport: MissingReportPolicy,
                              grading: GradingRules = GradingRules()) -> [VerificationItem] {
        var items: [VerificationItem] = []
        var names: [String: String] = [:]
        for c in results { names[c.center.id] = c.center.name }
        for c in results {
            let id = c.center.id, name = c.center.name
            for value in c.imputed {
                items.append(VerificationItem(centerID: id, name: name, year: value.year, indicator: value.indicator,
                                              kind: value.fillsMissingReport ? .missingReport : .imputed, value: "", imputedValue: value.value,
                                              reference: value.fillsMissingReport ? .missingReport(missingReport)
                                                  : .policy(value.policy, years: value.basisYears, count: value.basisCount),
                                              source: value.source))
            }
            for value in c.undefinedGrowth {
                items.append(VerificationItem(centerID: id, name: name, year: value.firstYear, indicator: value.indicator, kind: .imputed,
                                              value: NumberText.decimal(value.firstValue), imputedValue: nil,
                                              reference: .growthUndefined(firstYear: value.firstYear, firstValue: value.firstValue),
                                              source: value.source))
            }
            if c.participation == .missingReport {
                for year in c.missingReportYears {
                    items.append(VerificationItem(centerID: id, name: name, year: year, indicator: nil, kind: .missingReport, value: "",
                                                  imputedValue: nil, reference: .missingReport(missingReport),
                                                  source: workspace.report(year: year)?.path ?? workspace.path(of: "reports/\(year).csv")))
                }
            }
        }
        for flag in flags {
            items.append(VerificationItem(centerID: flag.centerID, name: names[flag.centerID] ?? "", year: flag.year, indicator: flag.indicator,
                                          kind: .integrityFlag, value: NumberText.decimal(flag.value), imputedValue: nil,
                                          reference: .flag(flag), source: flag.source))
        }
        if let checks = grading.siteChecks {
            // The shortlist for site checks: evaluated centers near a cut-off, and flagged centers.
            let registry = workspace.path(of: "centers.csv")
            for c in results where c.participation == .evaluated {
                let id = c.center.id, name = c.center.name, score = c.score.map { NumberText.decimal($0) } ?? ""
                if let s = c.score, let near = checks.boundary(score: s, cutoffs: grading.cutoffs) {
                    items.append(VerificationItem(centerID: id, name: name, year: cycle.upperBound, indicator: nil, kind: .siteCheck, value: score,
                                                  imputedValue: nil, reference: .gradeBoundary(score: s, grade: near.grade, cutoff: near.cutoff, margin: checks.margin ?? 0),
                                                  source: "\(registry):\(c.center.line)"))
                }
                if checks.flagged, !c.flags.isEmpty {
                    items.append(VerificationItem(centerID: id, name: name, year: cycle.upperBound, indicator: nil, kind: .siteCheck, value: score,
                                                  imputedValue: nil, reference: .flaggedCenter(count: c.flags.count),
                                                  source: "\(registry):\(c.center.line)"))
                }
            }
        }
        let evaluationYear = cycle.upperBound + 1
        let eventsPath = workspace.path(of: "events.csv"), ratingsPath = workspace.path(of: "ratings.csv")
        for event in workspace.events where !cycle.contains(event.year) && event.year != evaluationYear {
            items.append(VerificationItem(centerID: event.centerID, name: names[event.centerID] ?? "", year: event.year, indicator: nil,
                                          kind: .outsideCycle, value: event.kind.rawValue, imputedValue: nil,
                                          reference: event.kind == .integrityViolation ? .integrityOutsideCycle(cycle: cycle)
                                              : .outsideCycle(file: "events.csv", cycle: cycle),
                                          source: "\(eventsPath):\(event.line)"))
        }
        for rating in workspace.ratings where !cycle.contains(rating.year) && rating.year != evaluationYear {
            items.append(VerificationItem(centerID: rating.centerID, name: names[rating.centerID] ?? "", year: rating.year, indicator: "satisfaction",
                                          kind: .outsideCycle, value: NumberText.decimal(rating.score), imputedValue: nil,
                                          reference: .outsideCycle(file: "ratings.csv", cycle: cycle), source: "\(ratingsPath):\(rating.line)"))
        }
        let historyPath = workspace.path(of: "history.csv")
        for record in workspace.history where record.cycle.upperBound >= cycle.lowerBound {
            items.append(VerificationItem(centerID: record.centerID, name: names[record.centerID] ?? "", year: record.cycle.upperBound, indicator: nil,
                                          kind: .outsideCycle, value: "\(record.cycle.lowerBound)-\(record.cycle.upperBound) \(record.grade?.rawValue ?? "") \(record.status.rawValue)",
                                          imputedValue: nil, reference: .outsideCycle(file: "history.csv", cycle: cycle), source: "\(historyPath):\(record.line)"))
        }
        for report in workspace.reports where !cycle.contains(report.year) && !reEvaluationYears.contains(report.year) {
            items.append(VerificationItem(centerID: "", name: "", year: report.year, indicator: nil, kind: .rowNotUsed,
                                          value: "\(report.rowCount)", imputedValue: nil, reference: .reportOutsideCycle(cycle: cycle),
                                          source: report.path))
        }
        return items.sorted()
    }

    /// The dynamic-adjustment decision, as data (TICReport words it): the first of the scheme's decision
    /// rules that applies (``GradingRules/effectiveDecisions``), in the scheme's own vocabulary and
    /// citing its own clause or the department's setting (Sichuan art. 23; national 六(四); Hunan 六(五);
    /// Tianjin 三(六), 五(四), 六(二)).
    func decide(_ c: CenterEvaluation, cycle: ClosedRange<Int>, clause: DecisionClause,
                quotas: (moved: [QuotaFacts], keptByTie: QuotaFacts?)? = nil) -> Decision {
        let rules = scheme.grading
        func eventNote(_ kind: EventKind) -> String { c.events.first { $0.kind == kind }?.note ?? "" }
        let absentRule = rules.nonParticipation
        let absentKind: Decision.Kind = absentRule.decision == .remove ? .remove : .referToDepartment
        let absentClause: DecisionClause = absentRule.clause.map { .text(zh: $0, en: absentRule.clauseEn ?? $0) } ?? .departmentSetting
        let absentOutcome: DecisionReason.Addition = absentKind == .remove ? .removed : .referredToDepartment
        switch c.participation {
        case .notParticipating:
            return Decision(kind: absentKind, reason: DecisionReason(.notParticipating(note: eventNote(.notParticipating)), [absentOutcome]), clause: absentClause)
        case .withdrawn:
            return Decision(kind: absentKind, reason: DecisionReason(.withdrew(note: eventNote(.withdrawn)), [absentOutcome]), clause: absentClause)
        case .missingReport:
            return Decision(kind: absentKind, reason: DecisionReason(.missingReport(years: c.missingReportYears), [absentOutcome]), clause: absentClause)
        case .removedAfterRectification:
            let r = c.reEvaluation
            let failure = rules.failedReEvaluation
            return Decision(kind: failure.decision,
                            reason: DecisionReason(.failedReEvaluation(failedCycle: r?.failedCycle ?? "", year: r?.year ?? 0,
                                                                      score: r?.score, threshold: r?.threshold), [.outcome(failure.decision)]),
                            clause: failure.decisionClause)
        case .notYetDue:
            let setting = scheme.dueSetting(for: c.center.category)
            return Decision(kind: .continue,
                            reason: DecisionReason(.notYetDue(c.notYetDue ?? NotYetDue(rule: setting.rule, approvedYear: c.center.approvedYear))),
                            clause: setting.clause.map { .text(zh: $0, en: setting.clauseEn ?? $0) } ?? .departmentSetting)
        case .outOfScope:
            let scope = scheme.scope
            return Decision(kind: .outOfScope,
                            reason: DecisionReason(.outOfScope(c.scopeExclusion ?? ScopeExclusion(cause: .level(c.center.level), levels: [], jurisdictions: nil))),
                            clause: scope?.clause.map { .text(zh: $0, en: scope?.clauseEn ?? $0) } ?? .departmentSetting)
        case .evaluated:
            break
        }
        var reason: DecisionReason
        var cutoff: CutoffFacts?
        if let score = c.score, let cutoffs = rules.cutoffs { cutoff = CutoffFacts(score: score, cutoffs: cutoffs) }
        switch c.gradeBasis {
        case .integrity?: reason = DecisionReason(.integrityVeto(note: eventNote(.integrityViolation), under: rules.events.integrityBasis,
                                                                 graded: c.grade != nil))
        case .veto?: reason = DecisionReason(.hardFloor(hits: c.vetoes, score: c.score, byScore: c.gradeByScore))
        case .quota?: reason = DecisionReason(.quotaMoved(c.grade ?? .unqualified, score: c.score, byScore: c.gradeByScore, cutoff: cutoff,
                                                          quotas: quotas?.moved ?? []))
        case .cutoff?: reason = DecisionReason(.graded(c.grade ?? .unqualified, score: c.score, cutoff: cutoff, tie: quotas?.keptByTie))
        case nil: reason = DecisionReason(.scored(score: c.score, atLeast: nil, below: nil))
        }
        if !c.imputed.isEmpty {
            let cells = c.imputed.filter { !$0.fillsMissingReport }.map {
                DecisionReason.ImputedCell(indicator: IndicatorLabel(code: $0.indicator, scheme: scheme), year: $0.year, value: $0.value)
            }
            reason.additions.append(.imputed(cells: c.imputedCellCount, reported: c.reportedCells, filledReportYears: c.missingReportYears, values: cells))
        }
        if !c.undefinedGrowth.isEmpty {
            reason.additions.append(.undefinedGrowth(indicators: c.undefinedGrowth.map(\.indicator),
                                                     labels: c.undefinedGrowth.map { IndicatorLabel(code: $0.indicator, scheme: scheme) }))
        }
        if !c.flags.isEmpty { reason.additions.append(.integrityFlags(count: c.flags.count)) }
        if let previous = c.previousCycle, let status = c.previousStatus {
            reason.additions.append(.previousCycle(cycle: previous, grade: c.previousGrade, status: status))
        }
        if let r = c.reEvaluation, r.passed == true {
            reason.additions.append(.reEvaluationPassed(failedCycle: r.failedCycle, year: r.year, score: r.score ?? 0))
        }
        let vetoed = c.gradeBasis == .integrity || c.gradeBasis == .veto
        let decisions = rules.effectiveDecisions
        guard let index = decisions.firstIndex(where: {
            $0.applies(grade: c.grade, score: c.score, vetoed: vetoed, platform: c.center.platform, previousGrade: c.previousGrade)
        }) else {
            reason.additions.append(.outcome(.referToDepartment))
            return Decision(kind: .referToDepartment, reason: reason, clause: .departmentSetting)
        }
        let rule = decisions[index]
        if case .scored(let score, _, _) = reason.basis, let score {
            // The band the score fell in: the rule's own bounds, and the thresholds of the earlier rules it missed.
            let missed = decisions[..<index].filter { $0.grades == nil && $0.vetoed != true && $0.platform == nil && $0.previousGrades == nil }
                .compactMap(\.minScore).filter { score < $0 }
            reason.basis = .scored(score: score, atLeast: rule.minScore, below: (missed + [rule.belowScore].compactMap { $0 }).min())
        }
        var decisionClause = rule.decisionClause
        if rule.decision == .rectify {
            let year = rule.rectificationYears.map { cycle.upperBound + $0 }
            reason.additions.append(.rectify(years: rule.rectificationYears, reEvaluationYear: year, onFailure: rules.failedReEvaluation.decision))
            return Decision(kind: .rectify, reason: reason, clause: decisionClause, reEvaluationYear: year)
        }
        // Rewards go with a grade to a center that stays a center; an engineering center under review gets none.
        let reward = rule.decision.keepsCenter && c.center.platform == .tic ? rules.rewards.first { reward in
            reward.grade == c.grade && (reward.category == nil || reward.category == c.center.category)
                && (reward.level == nil || reward.level == c.center.level)
        } : nil
        if let reward {
            reason.additions.append(.reward(reward.kind, amountRMB: reward.amountRMB))
            if let zh = reward.clause { decisionClause = decisionClause.joined(with: .text(zh: zh, en: reward.clauseEn ?? zh)) }
        }
        reason.additions.append(.outcome(rule.decision))
        return Decision(kind: rule.decision, reason: reason, clause: decisionClause, amountRMB: reward?.amountRMB)
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

extension Evaluator {
    /// The notes on who was evaluated and under which text, first among the notes: the policy's
    /// stated validity passed (the evaluation date or a cycle year outside it), centers out of scope,
    /// regions counted in the scope although they name no province-level division.
    func scopeNotes(date: CalendarDay?, years: [Int], outOfScope: Int, regionsTakenIn: [String]) -> [EvaluationNote] {
        var notes: [EvaluationNote] = []
        if let valid = scheme.valid {
            let outside = years.filter { valid.excludes(year: $0) }
            if !outside.isEmpty || date.map(valid.excludes) == true {
                notes.append(EvaluationNote(.policyValidityPassed(valid, evaluationDate: date, yearsOutside: outside)))
            }
        }
        if outOfScope > 0, let scope = scheme.scope {
            notes.append(EvaluationNote(.centersOutOfScope(count: outOfScope, levels: scope.levels, jurisdictions: scope.jurisdictions)))
        }
        if !regionsTakenIn.isEmpty, let jurisdictions = scheme.scope?.jurisdictions {
            notes.append(EvaluationNote(.regionsTakenAsInScope(count: regionsTakenIn.count, regions: Array(Set(regionsTakenIn)).sorted(),
                                                               jurisdictions: jurisdictions)))
        }
        return notes
    }
}
