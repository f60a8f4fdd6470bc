/// The subsidy of one year of support.
public struct SubsidyYearAmount: Sendable, Hashable {
    /// 1 for the first year of support, 2, 3.
    public var index: Int
    /// The calendar year (`start_year + index − 1`).
    public var year: Int
    /// The amount in whole yuan.
    public var yuan: Int64

    /// A year's amount.
    public init(index: Int, year: Int, yuan: Int64) {
        self.index = index
        self.year = year
        self.yuan = yuan
    }

    /// The amount in 万元 (exact to the yuan: four decimals).
    public var wan: Double { Double(yuan) / 10_000 }
}
