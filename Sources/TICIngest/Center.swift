/// One technology innovation center from the registry `centers.csv`.
public struct Center: Sendable, Hashable, Codable {
    /// Stable identifier, e.g. `SC-P-001`.
    public var id: String
    /// Name as registered (Chinese).
    public var name: String
    /// National, provincial or municipal.
    public var level: Level
    /// Region (province or city) as written in the registry.
    public var region: String
    /// Comprehensive or domain center; rankings and quotas are per category.
    public var category: Category
    /// Formation mode.
    public var formation: Formation
    /// Type of the lead unit.
    public var leadType: LeadType
    /// The field it serves.
    public var field: Field
    /// Year the center was approved.
    public var approvedYear: Int
    /// Registered capital in 万元 (nil when the cell is empty).
    public var registeredCapitalWan: Double?
    /// The line of `centers.csv` it was read from.
    public var line: Int
    /// The lead (host) unit's name (`lead_unit`, 依托单位/牵头单位名称), nil when not given.
    public var leadUnit: String? = nil
    /// Former names (`former_names`, 曾用名; several separated by `;`, `；` or `、`): a report naming
    /// the center so is not warned about.
    public var formerNames: [String]? = nil
    /// A technology innovation center (default) or an engineering technology center under review
    /// (`platform`, 平台类型; Tianjin 三(六)).
    public var platform: Platform = .tic

    public init(id: String, name: String, level: Level, region: String, category: Category, formation: Formation,
                leadType: LeadType, field: Field, approvedYear: Int, registeredCapitalWan: Double?, line: Int) {
        self.id = id; self.name = name; self.level = level; self.region = region; self.category = category
        self.formation = formation; self.leadType = leadType; self.field = field
        self.approvedYear = approvedYear; self.registeredCapitalWan = registeredCapitalWan; self.line = line
    }
}
