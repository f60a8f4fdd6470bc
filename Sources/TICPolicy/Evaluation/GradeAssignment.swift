import TICIngest
import TICScoring
import TICSupport

/// Grades from scores (Sichuan art. 22): cut-offs first, then vetoes, then quotas.
///
/// - Cut-offs: score ≥ excellent → 优秀, ≥ good → 良好, ≥ qualified → 合格, else 不合格. Without
///   cut-offs every center starts at 合格 and only quotas (and vetoes) move it.
/// - Vetoes (hard floors, integrity violations) force 不合格; vetoed centers still count in the
///   quota base N (the graded centers of the category).
/// - Quotas, within each category (or over all centers, per `quota_scope`), never raise a grade:
///   `max_share` s on grade g allows s·N places in g, made whole by `quota_rounding` (⌊s·N⌋ by
///   default; half-up; ⌈s·N⌉, which may exceed s); the lowest-scoring excess moves down one grade
///   (cascading from 优秀 to 合格). `min_share` s on 不合格 requires ⌈s·N⌉ centers there; the
///   lowest-scoring others move to 不合格.
/// - Ties at a quota boundary: `include_ties` gives all tied centers the better grade (a quota may
///   be exceeded, a minimum undershot); `exclude_ties` gives them all the worse grade. Either way
///   equal scores never get different grades, except through a veto.
/// - With `explain`, every center a quota moved carries the quota's arithmetic (``QuotaFacts``), a
///   center kept by a tie carries it too, and a quota with no places or a minimum that forces
///   failures is an evaluation note naming the centers it moved.
struct GradeAssignment {
    struct Outcome {
        var grades: [Grade]
        var byScore: [Grade]
        var quotaMoved: [Bool]
        var notes: [EvaluationNote]
        /// Per center: the quotas that moved it, in order (empty unless `explain`).
        var quotas: [[QuotaFacts]] = []
        /// Per center: the quota whose tied boundary let it keep its grade (nil unless `explain`).
        var keptByTie: [QuotaFacts?] = []
    }

    /// - Parameters:
    ///   - groups: the quota group of each center (an index; the same index = the same base).
    ///   - categories: the category of each group index, nil for `quota_scope: all` (used with `explain`).
    ///   - ids: the center codes, for the evaluation notes (used with `explain`).
    static func assign(scores: [Double], groups: [Int], vetoed: [Bool], rules: GradingRules,
                       explain: Bool = false, categories: [Int: Category] = [:], ids: [String] = []) -> Outcome {
        let n = scores.count
        var byScore = [Grade](repeating: .qualified, count: n)
        if let c = rules.cutoffs {
            for i in 0..<n {
                let s = scores[i]
                byScore[i] = s >= c.excellent ? .excellent : s >= c.good ? .good : s >= c.qualified ? .qualified : .unqualified
            }
        }
        var grades = byScore
        for i in 0..<n where vetoed[i] { grades[i] = .unqualified }
        var moved = [Bool](repeating: false, count: n)
        var notes: [EvaluationNote] = []
        var facts = [[QuotaFacts]](repeating: [], count: explain ? n : 0)
        var keptByTie = [QuotaFacts?](repeating: nil, count: explain ? n : 0)
        var outcome = Outcome(grades: grades, byScore: byScore, quotaMoved: moved, notes: notes, quotas: facts, keptByTie: keptByTie)
        guard let quotas = rules.quotas else { return outcome }
        let includeTies = rules.tieRule == .includeTies

        for group in Set(groups).sorted() {
            let members = (0..<n).filter { groups[$0] == group }
            let size = members.count
            let category = categories[group]
            var rankInBase: [Int: Int] = [:]
            if explain {
                let ranks = Ranking.competitionRanks(members.map { scores[$0] })
                for (k, member) in members.enumerated() { rankInBase[member] = ranks[k] }
            }
            for grade in [Grade.excellent, .good, .qualified] {
                guard let maxShare = quotas[grade]?.maxShare else { continue }
                let limit = rules.quotaRounding.places(share: maxShare, size: size)
                let inGrade = members.filter { grades[$0] == grade }.sorted { (scores[$0], $1) > (scores[$1], $0) }
                guard inGrade.count > limit else { continue }
                var keep = limit
                var tie: QuotaFacts.Tie?
                if limit > 0, scores[inGrade[limit - 1]] == scores[inGrade[limit]] {
                    let tied = scores[inGrade[limit]]
                    if includeTies {
                        while keep < inGrade.count && scores[inGrade[keep]] == tied { keep += 1 }
                    } else {
                        while keep > 0 && scores[inGrade[keep - 1]] == tied { keep -= 1 }
                    }
                    tie = QuotaFacts.Tie(score: tied, includeTies: includeTies, holders: keep)
                    notes.append(tieNote(grade: grade, group: group, score: tied, kept: keep, limit: limit, includeTies: includeTies))
                }
                let next = Grade.allCases[grade.order + 1]
                for i in inGrade[keep...] { grades[i] = next; moved[i] = true }
                guard explain else { continue }
                func fact(_ position: Int) -> QuotaFacts {
                    let i = inGrade[position]
                    return QuotaFacts(grade: grade, bound: .maximum, category: category, share: maxShare, size: size,
                                      rounding: rules.quotaRounding, places: limit, holders: inGrade.count, position: position + 1,
                                      rankInBase: rankInBase[i] ?? 0, tie: tie.flatMap { scores[i] == $0.score ? $0 : nil })
                }
                for position in keep..<inGrade.count { facts[inGrade[position]].append(fact(position)) }
                if let tie, tie.includeTies {
                    for position in 0..<keep where scores[inGrade[position]] == tie.score { keptByTie[inGrade[position]] = fact(position) }
                }
                if limit == 0 {
                    notes.append(EvaluationNote(.quotaWithoutPlaces(grade: grade, category: category, share: maxShare, size: size,
                                                                    rounding: rules.quotaRounding, moved: inGrade.map { ids[$0] })))
                } else if Double(limit) > maxShare * Double(size) + 1e-9 {
                    notes.append(EvaluationNote(.quotaAboveShare(grade: grade, category: category, share: maxShare, size: size,
                                                                 rounding: rules.quotaRounding, places: limit)))
                }
            }
            if let minShare = quotas.unqualified?.minShare {
                let need = GradingRules.QuotaRounding.ceil.places(share: minShare, size: size)
                let current = members.filter { grades[$0] == .unqualified }.count
                if current < need {
                    let others = members.filter { grades[$0] != .unqualified }.sorted { (scores[$0], $0) < (scores[$1], $1) }
                    var take = min(need - current, others.count)
                    var tie: QuotaFacts.Tie?
                    if take > 0, take < others.count, scores[others[take - 1]] == scores[others[take]] {
                        let tied = scores[others[take]]
                        if includeTies {
                            while take > 0 && scores[others[take - 1]] == tied { take -= 1 }
                        } else {
                            while take < others.count && scores[others[take]] == tied { take += 1 }
                        }
                        tie = QuotaFacts.Tie(score: tied, includeTies: includeTies, holders: current + take)
                        notes.append(tieNote(grade: .unqualified, group: group, score: tied, kept: current + take, limit: need, includeTies: includeTies))
                    }
                    for i in others.prefix(take) { grades[i] = .unqualified; moved[i] = true }
                    if explain {
                        func fact(_ position: Int) -> QuotaFacts {
                            let i = others[position]
                            return QuotaFacts(grade: .unqualified, bound: .minimum, category: category, share: minShare, size: size,
                                              rounding: .ceil, places: need, holders: current, position: position + 1,
                                              rankInBase: rankInBase[i] ?? 0, tie: tie.flatMap { scores[i] == $0.score ? $0 : nil })
                        }
                        for position in 0..<take { facts[others[position]].append(fact(position)) }
                        if let tie, tie.includeTies {
                            for position in take..<others.count where scores[others[position]] == tie.score { keptByTie[others[position]] = fact(position) }
                        }
                        if take > 0 {
                            notes.append(EvaluationNote(.quotaForcedFailures(category: category, share: minShare, size: size, required: need,
                                                                             already: current, moved: others.prefix(take).map { ids[$0] })))
                        }
                    }
                }
            }
        }
        outcome.grades = grades
        outcome.quotaMoved = moved
        outcome.notes = notes
        outcome.quotas = facts
        outcome.keptByTie = keptByTie
        return outcome
    }

    private static func tieNote(grade: Grade, group: Int, score: Double, kept: Int, limit: Int, includeTies: Bool) -> EvaluationNote {
        EvaluationNote(.quotaTie(grade: grade, score: score, kept: kept, limit: limit, includeTies: includeTies))
    }
}
