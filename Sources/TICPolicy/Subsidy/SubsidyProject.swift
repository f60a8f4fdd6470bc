import TICIngest

/// A center's R&D-capacity project (研发创新能力建设项目) applying for a subsidy.
///
/// Money is in 万元. A `nil` value is not available; ``gaps`` says why when the reason is not an
/// empty cell.
public struct SubsidyProject: Sendable, Hashable {
    /// The center's identifier (`center_id`).
    public var centerID: String
    /// The center's name (`name`).
    public var name: String
    /// 综合性 or 专业性 (`category`).
    public var category: Category?
    /// The project's name (`project`).
    public var project: String
    /// The project's total investment (`total_investment_wan`), 万元.
    public var totalInvestmentWan: Double?
    /// The first year of support (`start_year`).
    public var startYear: Int?
    /// Why values are unavailable, for fields whose reason is not ``SubsidyGap/Reason/missing``.
    public var gaps: [SubsidyField: SubsidyGap.Reason]
    /// The line of the projects file, if read from one.
    public var line: Int?

    /// A project; see the properties.
    public init(
        centerID: String,
        name: String,
        category: Category?,
        project: String,
        totalInvestmentWan: Double?,
        startYear: Int?,
        gaps: [SubsidyField: SubsidyGap.Reason] = [:],
        line: Int? = nil
    ) {
        self.centerID = centerID
        self.name = name
        self.category = category
        self.project = project
        self.totalInvestmentWan = totalInvestmentWan
        self.startYear = startYear
        self.gaps = gaps
        self.line = line
    }

    /// The gap for `field`: its recorded reason, else ``SubsidyGap/Reason/missing``.
    public func gap(for field: SubsidyField) -> SubsidyGap { SubsidyGap(field, gaps[field] ?? .missing) }
}
