import TICIngest

/// One applicant for setting up a center: the facts the eligibility conditions read.
///
/// Money is in 万元 (10,000 RMB). A `nil` value is not available; ``gaps`` says why when the
/// reason is not simply an empty cell (an unreadable cell, a column the file does not have).
///
/// ```swift
/// let applicant = EligibilityApplication(
///     id: "A01", name: "（示例）某龙头企业", leadType: .enterprise,
///     rdExpenditure: [3800, 4100, 4300], legalEntity: true, registeredCapitalWan: 5000)
/// ```
public struct EligibilityApplication: Sendable, Hashable {
    /// The applicant's identifier (`applicant_id`).
    public var id: String
    /// The applicant's name (`name`).
    public var name: String
    /// The type of the lead unit (`lead_type`).
    public var leadType: LeadType?
    /// R&D expenditure of the last three years, oldest first (`rd_expenditure_y1…y3`), 万元;
    /// always three entries.
    public var rdExpenditure: [Double?]
    /// Annual income (`annual_income`), 万元.
    public var annualIncome: Double?
    /// Income from external technical consulting, services and transfers (`service_income`), 万元.
    public var serviceIncome: Double?
    /// Successful technology-transfer cases in the field applied for (`transfer_cases`).
    public var transferCases: Double?
    /// Whether the center is an independent legal entity (`legal_entity`).
    public var legalEntity: Bool?
    /// Registered capital (`registered_capital_wan`), 万元.
    public var registeredCapitalWan: Double?
    /// Why values are unavailable, for fields whose reason is not ``EligibilityGap/Reason/missing``.
    public var gaps: [EligibilityField: EligibilityGap.Reason]
    /// The line of the applications file the applicant was read from, if any.
    public var line: Int?

    /// An applicant; every value not given is missing.
    ///
    /// - Precondition: `rdExpenditure` has at most three entries (padded with `nil` to three).
    public init(
        id: String,
        name: String,
        leadType: LeadType? = nil,
        rdExpenditure: [Double?] = [nil, nil, nil],
        annualIncome: Double? = nil,
        serviceIncome: Double? = nil,
        transferCases: Double? = nil,
        legalEntity: Bool? = nil,
        registeredCapitalWan: Double? = nil,
        gaps: [EligibilityField: EligibilityGap.Reason] = [:],
        line: Int? = nil
    ) {
        precondition(rdExpenditure.count <= 3, "rdExpenditure holds the last three years, got \(rdExpenditure.count)")
        self.id = id
        self.name = name
        self.leadType = leadType
        self.rdExpenditure = rdExpenditure + Array(repeating: nil, count: 3 - rdExpenditure.count)
        self.annualIncome = annualIncome
        self.serviceIncome = serviceIncome
        self.transferCases = transferCases
        self.legalEntity = legalEntity
        self.registeredCapitalWan = registeredCapitalWan
        self.gaps = gaps
        self.line = line
    }

    /// The gap for `field` when its value is `nil`: the recorded reason, else ``EligibilityGap/Reason/missing``.
    public func gap(for field: EligibilityField) -> EligibilityGap {
        EligibilityGap(field, gaps[field] ?? .missing)
    }
}
