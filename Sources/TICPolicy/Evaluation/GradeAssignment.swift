import TICIngest
import TICSupport

/// Grades from scores (Sichuan art. 22): cut-offs first, then vetoes, then quotas.
///
/// - Cut-offs: score ≥ excellent → 优秀, ≥ good → 良好, ≥ qualified → 合格, else 不合格. Without
///   cut-offs every center starts at 合格 and only quotas (and vetoes) move it.
/// - Vetoes (hard floors, integrity violations) force 不合格; vetoed centers still count in the
///   quota base N.
/// - Quotas, within each category (or over all centers, per `quota_scope`), never raise a grade:
///   `max_share` s on grade g allows ⌊s·N⌋ centers in g; the lowest-scoring excess moves down one
///   grade (cascading from 优秀 to 合格). `min_share` s on 不合格 requires ⌈s·N⌉ centers there;
///   the lowest-scoring others move to 不合格.
/// - Ties at a quota boundary: `include_ties` gives all tied centers the better grade (a quota may
///   be exceeded, a minimum undershot); `exclude_ties` gives them all the worse grade. Either way
///   equal scores never get different grades, except through a veto.
struct GradeAssignment {
    struct Outcome {
        var grades: [Grade]
        var byScore: [Grade]
        var quotaMoved: [Bool]
        var notes: [EvaluationNote]
    }

    static func assign(scores: [Double], groups: [Int], vetoed: [Bool], rules: GradingRules) -> Outcome {
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
        guard let quotas = rules.quotas else { return Outcome(grades: grades, byScore: byScore, quotaMoved: moved, notes: notes) }
        let includeTies = rules.tieRule == .includeTies

        for group in Set(groups).sorted() {
            let members = (0..<n).filter { groups[$0] == group }
            let size = members.count
            for grade in [Grade.excellent, .good, .qualified] {
                guard let maxShare = quotas[grade]?.maxShare else { continue }
                let limit = Int((maxShare * Double(size) + 1e-9).rounded(.down))
                let inGrade = members.filter { grades[$0] == grade }.sorted { (scores[$0], $1) > (scores[$1], $0) }
                guard inGrade.count > limit else { continue }
                var keep = limit
                if limit > 0, scores[inGrade[limit - 1]] == scores[inGrade[limit]] {
                    let tied = scores[inGrade[limit]]
                    if includeTies {
                        while keep < inGrade.count && scores[inGrade[keep]] == tied { keep += 1 }
                    } else {
                        while keep > 0 && scores[inGrade[keep - 1]] == tied { keep -= 1 }
                    }
                    notes.append(tieNote(grade: grade, group: group, score: tied, kept: keep, limit: limit, includeTies: includeTies))
                }
                let next = Grade.allCases[grade.order + 1]
                for i in inGrade[keep...] { grades[i] = next; moved[i] = true }
            }
            if let minShare = quotas.unqualified?.minShare {
                let need = Int((minShare * Double(size) - 1e-9).rounded(.up))
                let current = members.filter { grades[$0] == .unqualified }.count
                if current < need {
                    let others = members.filter { grades[$0] != .unqualified }.sorted { (scores[$0], $0) < (scores[$1], $1) }
                    var take = min(need - current, others.count)
                    if take > 0, take < others.count, scores[others[take - 1]] == scores[others[take]] {
                        let tied = scores[others[take]]
                        if includeTies {
                            while take > 0 && scores[others[take - 1]] == tied { take -= 1 }
                        } else {
                            while take < others.count && scores[others[take]] == tied { take += 1 }
                        }
                        notes.append(tieNote(grade: .unqualified, group: group, score: tied, kept: current + take, limit: need, includeTies: includeTies))
                    }
                    for i in others.prefix(take) { grades[i] = .unqualified; moved[i] = true }
                }
            }
        }
        return Outcome(grades: grades, byScore: byScore, quotaMoved: moved, notes: notes)
    }

    private static func tieNote(grade: Grade, group: Int, score: Double, kept: Int, limit: Int, includeTies: Bool) -> EvaluationNote {
        EvaluationNote(.quotaTie(grade: grade, score: score, kept: kept, limit: limit, includeTies: includeTies))
    }
}
