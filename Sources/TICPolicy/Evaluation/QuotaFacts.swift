import TICIngest

/// The arithmetic of a quota as it applied to one center (Sichuan art. 22 shares; Guides/Evaluation.md,
/// quotas): which grade's share, over which centers, how many places that makes, and where the center
/// stands. TICReport words it, e.g. 领域类 252 × 20 % = 50.4 → 50 places; 51st of 73 reaching 优秀.
public struct QuotaFacts: Sendable, Hashable, Codable {
    /// Whether the share is a ceiling (`max_share`) or a floor (`min_share`).
    public enum Bound: String, Sendable, Hashable, Codable {
        /// At most `places` centers keep the grade; the lowest-scoring others move down one grade.
        case maximum
        /// At least `places` centers get the grade; the lowest-scoring others are moved into it.
        case minimum
    }

    /// Equal scores at the boundary of the places.
    public struct Tie: Sendable, Hashable, Codable {
        /// The tied score.
        public var score: Double
        /// `include_ties` (all tied keep the better grade) or `exclude_ties` (none does).
        public var includeTies: Bool
        /// How many centers end in `grade` after the tie rule (above `places` under `include_ties`
        /// for a maximum, below it for a minimum).
        public var holders: Int

        public init(score: Double, includeTies: Bool, holders: Int) {
            self.score = score; self.includeTies = includeTies; self.holders = holders
        }

        enum CodingKeys: String, CodingKey { case score, includeTies = "include_ties", holders }
    }

    /// The grade whose quota applied (优秀 for a `max_share` of 优秀, 不合格 for a `min_share` of 不合格).
    public var grade: Grade
    /// Ceiling or floor.
    public var bound: Bound
    /// The category counted over; nil under `quota_scope: all`.
    public var category: Category?
    /// The share (0–1).
    public var share: Double
    /// The base: the graded centers of the category (vetoed centers included).
    public var size: Int
    /// How `share × size` was made whole (a minimum always rounds up).
    public var rounding: GradingRules.QuotaRounding
    /// The places (maximum) or the centers required (minimum).
    public var places: Int
    /// Maximum: the centers in `grade` before the quota (the candidates for the places). Minimum:
    /// the centers already in `grade` (vetoed ones among them).
    public var holders: Int
    /// Maximum: the center's position among the candidates, best first. Minimum: its position among
    /// the centers not yet in `grade`, lowest score first.
    public var position: Int
    /// Its competition rank by score among all `size` centers of the base (1 = best).
    public var rankInBase: Int
    /// Set when equal scores at the boundary decided the center's grade.
    public var tie: Tie?

    public init(grade: Grade, bound: Bound, category: Category?, share: Double, size: Int, rounding: GradingRules.QuotaRounding,
                places: Int, holders: Int, position: Int, rankInBase: Int, tie: Tie? = nil) {
        self.grade = grade; self.bound = bound; self.category = category; self.share = share; self.size = size
        self.rounding = rounding; self.places = places; self.holders = holders; self.position = position
        self.rankInBase = rankInBase; self.tie = tie
    }

    /// `share × size` before rounding.
    public var exactPlaces: Double { share * Double(size) }

    /// Whether rounding up gave a maximum more places than its share allows.
    public var exceedsShare: Bool { bound == .maximum && Double(places) > exactPlaces + 1e-9 }

    enum CodingKeys: String, CodingKey {
        case grade, bound, category, share, size, rounding, places, holders, position
        case rankInBase = "rank_in_base", tie
    }

    /// Every key is written; `category` and `tie` as `null` when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(grade, forKey: .grade); try c.encode(bound, forKey: .bound); try c.encode(category, forKey: .category)
        try c.encode(share, forKey: .share); try c.encode(size, forKey: .size); try c.encode(rounding, forKey: .rounding)
        try c.encode(places, forKey: .places); try c.encode(holders, forKey: .holders); try c.encode(position, forKey: .position)
        try c.encode(rankInBase, forKey: .rankInBase); try c.encode(tie, forKey: .tie)
    }
}
