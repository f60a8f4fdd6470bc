/// The period a policy text states it is valid for (Sichuan art. 27: 自 2022 年 2 月 1 日起施行，有效期两年),
/// `valid` in the scheme. When the evaluation date or a year of the cycle falls outside it, every
/// output notes that the stated validity has passed and that the department confirms the measures,
/// or their successor, apply (`EvaluationNote.Kind.policyValidityPassed`).
public struct PolicyValidity: Sendable, Hashable {
    /// The first day in force (nil: not stated).
    public var from: CalendarDay?
    /// The last day in force (nil: not stated).
    public var until: CalendarDay?
    /// The clause stating it, in Chinese.
    public var clause: String?
    /// The clause in English.
    public var clauseEn: String?

    public init(from: CalendarDay? = nil, until: CalendarDay? = nil, clause: String? = nil, clauseEn: String? = nil) {
        self.from = from; self.until = until; self.clause = clause; self.clauseEn = clauseEn
    }

    /// Whether `day` is outside the period.
    public func excludes(_ day: CalendarDay) -> Bool {
        if let from, day < from { return true }
        if let until, until < day { return true }
        return false
    }

    /// Whether the calendar year `year` lies wholly outside the period (a year that overlaps it by
    /// a day is inside: the cycle 2022–2024 meets 2022-02-01 – 2024-01-31 in every year).
    public func excludes(year: Int) -> Bool {
        if let from, year < from.year { return true }
        if let until, year > until.year { return true }
        return false
    }
}

extension PolicyValidity: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case from, until, clause
        case clauseEn = "clause_en"
    }

    /// Decodes leniently: a date that is not `YYYY-MM-DD` is recorded and read as absent.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.lenient(CalendarDay.self, forKey: .from, sink: sink)
        until = try c.lenient(CalendarDay.self, forKey: .until, sink: sink)
        clause = try c.lenient(String.self, forKey: .clause, sink: sink)
        clauseEn = try c.lenient(String.self, forKey: .clauseEn, sink: sink)
    }
}
