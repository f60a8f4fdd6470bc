import TICIngest

/// An indicator's code with its names and unit, as the scheme (or, for a report column that is not
/// an indicator, the catalogue) gives them, so that a reason can name it in the reader's language.
public struct IndicatorLabel: Sendable, Hashable, Codable {
    /// The code, e.g. `rd_staff`.
    public var code: String
    /// The Chinese name (the code when neither the scheme nor the catalogue knows it).
    public var name: String
    /// The English name.
    public var nameEn: String
    /// The unit as written in the scheme or catalogue (`人`, `万元`, `ratio`…; empty when unknown).
    public var unit: String

    public init(code: String, name: String, nameEn: String, unit: String) {
        self.code = code; self.name = name; self.nameEn = nameEn; self.unit = unit
    }

    /// The label of `code` in `scheme`, else in the catalogue, else the bare code.
    public init(code: String, scheme: Scheme) {
        if let indicator = scheme.indicators.first(where: { $0.code == code }) {
            self.init(code: code, name: indicator.name, nameEn: indicator.nameEn, unit: indicator.unit)
        } else if let column = IndicatorCatalogue.column(code) {
            self.init(code: code, name: column.zh, nameEn: column.en, unit: column.unit)
        } else {
            self.init(code: code, name: code, nameEn: code, unit: "")
        }
    }

    enum CodingKeys: String, CodingKey { case code, name, nameEn = "name_en", unit }
}
