import TICIngest
import TICPolicy

extension SummaryDocument {
    /// The facts a decision's reason is worded from (Guides/SummaryJSON.md, `decision.facts`), so a
    /// program reads the arithmetic without parsing the sentence.
    public struct FactsEntry: Codable, Sendable {
        /// `graded`, `scored`, `quota_moved`, `hard_floor`, `integrity_veto`, `failed_re_evaluation`,
        /// `not_yet_due`, `out_of_scope`, `not_participating`, `withdrew`, `missing_report`.
        public var basis: String
        public var grade: Grade?
        public var score: Double?
        public var byScore: Grade?
        public var cutoff: CutoffFacts?
        public var quotas: [QuotaFacts]
        public var keptByTie: QuotaFacts?
        public var vetoes: [CenterEvaluation.VetoHit]
        public var imputed: [DecisionReason.ImputedCell]
        public var integrityFlags: Int
        public var previousCycle: [Int]?
        public var previousGrade: Grade?
        /// For `scored` (a scheme without grades): the band of the rule that decided.
        public var atLeast: Double?
        public var below: Double?

        enum CodingKeys: String, CodingKey {
            case basis, grade, score, cutoff, quotas, vetoes, imputed
            case byScore = "by_score", keptByTie = "kept_by_tie", integrityFlags = "integrity_flags"
            case previousCycle = "previous_cycle", previousGrade = "previous_grade"
            case atLeast = "at_least", below
        }

        init(_ reason: DecisionReason) {
            grade = nil; score = nil; byScore = nil; cutoff = nil; quotas = []; keptByTie = nil; vetoes = []; atLeast = nil; below = nil
            switch reason.basis {
            case .notParticipating: basis = "not_participating"
            case .withdrew: basis = "withdrew"
            case .missingReport: basis = "missing_report"
            case .failedReEvaluation(_, _, let s, _): basis = "failed_re_evaluation"; score = s
            case .notYetDue: basis = "not_yet_due"
            case .outOfScope: basis = "out_of_scope"
            case .scored(let s, let low, let high): basis = "scored"; score = s; atLeast = low; below = high
            case .graded(let g, let s, let c, let tie):
                basis = "graded"; grade = g; score = s; byScore = g; cutoff = c; keptByTie = tie
            case .quotaMoved(let g, let s, let b, let c, let q):
                basis = "quota_moved"; grade = g; score = s; byScore = b; cutoff = c; quotas = q
            case .integrityVeto(_, _, let graded): basis = "integrity_veto"; grade = graded ? .unqualified : nil
            case .hardFloor(let hits, let s, let b):
                // A scheme without grades has no grade by score either.
                basis = "hard_floor"; grade = b == nil ? nil : .unqualified; score = s; byScore = b; vetoes = hits
            }
            imputed = []; integrityFlags = 0; previousCycle = nil; previousGrade = nil
            for addition in reason.additions {
                switch addition {
                case .imputed(_, _, _, let values): imputed = values
                case .integrityFlags(let count): integrityFlags = count
                case .previousCycle(let cycle, let g, _): previousCycle = [cycle.lowerBound, cycle.upperBound]; previousGrade = g
                default: break
                }
            }
        }

        /// Absent values are written as `null`.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(basis, forKey: .basis); try c.encode(grade, forKey: .grade); try c.encode(score, forKey: .score)
            try c.encode(byScore, forKey: .byScore); try c.encode(cutoff, forKey: .cutoff); try c.encode(quotas, forKey: .quotas)
            try c.encode(keptByTie, forKey: .keptByTie); try c.encode(vetoes, forKey: .vetoes); try c.encode(imputed, forKey: .imputed)
            try c.encode(integrityFlags, forKey: .integrityFlags); try c.encode(previousCycle, forKey: .previousCycle)
            try c.encode(previousGrade, forKey: .previousGrade)
            try c.encode(atLeast, forKey: .atLeast); try c.encode(below, forKey: .below)
        }
    }
}
