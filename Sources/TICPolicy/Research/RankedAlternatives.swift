import TICIngest
import TICScoring

/// One ranking of a set of alternatives, as ``SchemeComparison`` compares two of them: a scheme's
/// evaluation of a workspace (centers, with grades) or an MCDA method's ranking of a decision
/// matrix (alternatives, no grades).
///
/// ```swift
/// let a = RankedAlternatives(label: "topsis:entropy", alternatives: [.init(id: "A1", score: 0.7, rank: 1)])
/// let b = RankedAlternatives(label: "sichuan-2022", evaluation: evaluation)
/// ```
public struct RankedAlternatives: Sendable {
    /// One ranked alternative.
    public struct Alternative: Sendable, Hashable {
        /// The id that pairs it with the same alternative in another ranking.
        public var id: String
        /// A readable name (a center's name; empty for a matrix row).
        public var name: String
        /// The score, oriented so that higher is better (VIKOR's `Q` negated); nil when unscored.
        public var score: Double?
        /// Competition rank, 1 = best; nil when unranked.
        public var rank: Int?
        /// The grade, when the ranking grades (a scheme's evaluation).
        public var grade: Grade?

        /// An alternative.
        public init(id: String, name: String = "", score: Double?, rank: Int?, grade: Grade? = nil) {
            self.id = id
            self.name = name
            self.score = score
            self.rank = rank
            self.grade = grade
        }
    }

    /// The label shown for this ranking (a scheme, or a method spec such as `topsis:entropy`).
    public var label: String
    /// A short name for figures: a scheme's own `name` (not the file path it was given as), else the label.
    public var shortName: String
    /// The alternatives ranked, in any order; ids are unique.
    public var alternatives: [Alternative]

    /// A ranking from its alternatives.
    public init(label: String, alternatives: [Alternative]) {
        self.label = label
        self.shortName = label
        self.alternatives = alternatives
    }

    /// The centers `evaluation` evaluated, with their scores, ranks and grades.
    public init(label: String, evaluation: Evaluation) {
        self.init(label: label, alternatives: evaluation.evaluated.map {
            Alternative(id: $0.center.id, name: $0.center.name, score: $0.score, rank: $0.rank, grade: $0.grade)
        })
        if !evaluation.scheme.name.isEmpty { shortName = evaluation.scheme.name }
    }

    /// Scores oriented higher-is-better and competition ranks of an MCDA result, one per alternative
    /// id (`ids`, `scores` and `ranks` have the same length and order).
    /// - Parameter lowerIsBetter: whether a lower score is better (VIKOR's `Q`); such scores are negated.
    public init(label: String, ids: [String], scores: [Double], ranks: [Int], lowerIsBetter: Bool) {
        precondition(ids.count == scores.count && ids.count == ranks.count,
                     "RankedAlternatives: \(ids.count) ids, \(scores.count) scores, \(ranks.count) ranks")
        self.init(label: label, alternatives: ids.indices.map {
            Alternative(id: ids[$0], score: lowerIsBetter ? -scores[$0] : scores[$0], rank: ranks[$0])
        })
    }

    /// Whether any alternative has a grade.
    public var isGraded: Bool { alternatives.contains { $0.grade != nil } }
}
