import TICIngest

/// The maximum subsidy of one project under a policy, year by year, with the limit that binds.
public struct SubsidyAward: Sendable, Hashable {
    /// The project.
    public var project: SubsidyProject
    /// Granted, not applicable or missing data.
    public var status: SubsidyStatus
    /// The share-of-investment limit in yuan (30 % of the total investment), when computed.
    public var investmentShareLimitYuan: Int64?
    /// The cap over all years in yuan (3 × 5,000,000), when computed.
    public var annualCapLimitYuan: Int64?
    /// Which limit binds, when granted.
    public var limit: SubsidyLimit?
    /// The years of support and their amounts; empty unless granted.
    public var years: [SubsidyYearAmount]
    /// What is missing, for ``SubsidyStatus/missingData``.
    public var gaps: [SubsidyGap]

    /// An award; see the properties.
    public init(
        project: SubsidyProject,
        status: SubsidyStatus,
        investmentShareLimitYuan: Int64? = nil,
        annualCapLimitYuan: Int64? = nil,
        limit: SubsidyLimit? = nil,
        years: [SubsidyYearAmount] = [],
        gaps: [SubsidyGap] = []
    ) {
        self.project = project
        self.status = status
        self.investmentShareLimitYuan = investmentShareLimitYuan
        self.annualCapLimitYuan = annualCapLimitYuan
        self.limit = limit
        self.years = years
        self.gaps = gaps
    }

    /// The total over all years in yuan (0 unless granted).
    public var totalYuan: Int64 { years.reduce(0) { $0 + $1.yuan } }

    /// The total in 万元.
    public var totalWan: Double { Double(totalYuan) / 10_000 }
}
