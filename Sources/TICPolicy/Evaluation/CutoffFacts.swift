import TICIngest

/// Where a score stands against the cut-offs (Sichuan art. 22): the threshold of the grade it
/// reached and the next higher threshold it missed. Both nil when the scheme has no cut-offs.
public struct CutoffFacts: Sendable, Hashable, Codable {
    /// The grade the score reached by the cut-offs alone.
    public var grade: Grade
    /// That grade's threshold (nil for 不合格, which has none).
    public var met: Double?
    /// The next higher grade's threshold, missed (nil for 优秀).
    public var missed: Double?

    public init(grade: Grade, met: Double?, missed: Double?) {
        self.grade = grade; self.met = met; self.missed = missed
    }

    /// The facts of `score` under `cutoffs`.
    public init(score: Double, cutoffs: GradeCutoffs) {
        let thresholds: [(Grade, Double)] = [(.excellent, cutoffs.excellent), (.good, cutoffs.good), (.qualified, cutoffs.qualified)]
        if let index = thresholds.firstIndex(where: { score >= $0.1 }) {
            self.init(grade: thresholds[index].0, met: thresholds[index].1, missed: index > 0 ? thresholds[index - 1].1 : nil)
        } else {
            self.init(grade: .unqualified, met: nil, missed: cutoffs.qualified)
        }
    }

    enum CodingKeys: String, CodingKey { case grade, met, missed }

    /// Every key is written; `met` and `missed` as `null` when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(grade, forKey: .grade); try c.encode(met, forKey: .met); try c.encode(missed, forKey: .missed)
    }
}
