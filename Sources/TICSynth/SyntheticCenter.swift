import TICIngest
import TICSupport
/// One fictional center of a synthetic workspace: its registry row plus the hidden traits that
/// drive its indicators (never written to any file).
struct SyntheticCenter: Sendable {
    /// Stable ASCII id, e.g. `SC-P-001`.
    var id: String
    /// Fictional Chinese name, marked （示例）.
    var name: String
    var level: Level
    /// Province or municipality (for national centers, the host province), e.g. `四川`.
    var region: String
    var category: Category
    var formation: Formation
    var leadType: LeadType
    var field: Field
    var approvedYear: Int
    /// 注册资本, 万元, a whole number.
    var registeredCapital: Double
    /// The latent "center strength" (standard normal) behind most indicators and the ratings.
    var strength: Double
    /// Mean yearly growth of the indicators on the log scale (0.06 ≈ +6 % a year).
    var growth: Double

    /// The registry row in `centers.csv` column order.
    var registryRow: [String] {
        [
            id, name, level.rawValue, region, category.rawValue, formation.rawValue,
            leadType.rawValue, field.rawValue, String(approvedYear),
            NumberText.decimal(registeredCapital, maximumFractionDigits: 0),
        ]
    }

    /// The header of `centers.csv`.
    static let registryHeader = [
        "center_id", "name", "level", "region", "category", "formation",
        "lead_type", "field", "approved_year", "registered_capital_wan",
    ]
}
