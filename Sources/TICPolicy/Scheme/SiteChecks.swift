import TICIngest

/// The verification shortlist (`grading.site_checks`): which evaluated centers are listed in
/// `to_verify.csv` for a site check before the result is published — those whose score lies within
/// `margin` points of a grade cut-off, and (with `flagged`) those carrying integrity flags.
///
/// Wenzhou shortlists 110 % of its 优秀 places and checks 20 % of them on site; a margin around
/// every cut-off states the same idea for each boundary in the scheme's own units. No preset states it (their seeds do not): without
/// `site_checks` nothing is shortlisted.
public struct SiteChecks: Sendable, Hashable {
    /// Score points either side of each cut-off (`cutoffs.excellent`, `good`, `qualified`): a center
    /// with |score − cut-off| ≤ margin is listed (nil: boundary centers are not listed).
    public var margin: Double?
    /// Whether centers carrying integrity flags are listed too (default true).
    public var flagged: Bool

    /// Creates the setting.
    public init(margin: Double? = nil, flagged: Bool = true) {
        self.margin = margin; self.flagged = flagged
    }

    /// The cut-off nearest a score within the margin, with the grade it opens; nil when none is.
    public func boundary(score: Double, cutoffs: GradeCutoffs?) -> (grade: Grade, cutoff: Double)? {
        guard let margin, margin > 0, let cutoffs else { return nil }
        let candidates: [(Grade, Double)] = [(.excellent, cutoffs.excellent), (.good, cutoffs.good), (.qualified, cutoffs.qualified)]
        return candidates.filter { abs(score - $0.1) <= margin + 1e-9 }
            .min { abs(score - $0.1) < abs(score - $1.1) }
            .map { (grade: $0.0, cutoff: $0.1) }
    }
}

extension SiteChecks: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case margin, flagged
    }

    /// Decodes leniently; `flagged` defaults to true.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        margin = try c.lenient(Double.self, forKey: .margin, sink: sink)
        flagged = try c.lenient(Bool.self, forKey: .flagged, sink: sink) ?? true
    }
}
