import TICScoring

extension Scheme {
    /// The names of the shipped presets, in a fixed order.
    public static let presetNames: [String] = ["national-2017", "sichuan-2022", "hunan-2020", "tianjin-2018"]

    /// Every shipped preset, in `presetNames` order.
    public static var presets: [Scheme] { presetNames.map { SchemePresets.scheme(named: $0)! } }

    /// The preset with this name. Weights and cut-offs of every preset are illustrative defaults.
    /// - Throws: `SchemeError.unknownPreset`, listing the available names.
    public static func preset(named name: String) throws(SchemeError) -> Scheme {
        guard let scheme = SchemePresets.scheme(named: name) else {
            throw SchemeError.unknownPreset(name: name, available: presetNames)
        }
        return scheme
    }
}

/// The presets, built on the indicator catalogue (Guides/DataContract.md); one file each.
enum SchemePresets {
    static func scheme(named name: String) -> Scheme? {
        let scheme: Scheme? = switch name {
        case "national-2017": national2017
        case "sichuan-2022": sichuan2022
        case "hunan-2020": hunan2020
        case "tianjin-2018": tianjin2018
        default: nil
        }
        return scheme.map(withScope)
    }

    /// `service_income / total_income`, more is better: market income rather than subsidies.
    static func serviceIncomeShare(weight: Double? = nil, normalization: NormalizationMethod? = nil,
                                   floor: Double? = nil, ceiling: Double? = nil) -> SchemeIndicator {
        .catalogue("service_income_share", direction: .benefit, weight: weight,
                   derived: DerivedRatio(numerator: "service_income", denominator: "total_income"),
                   normalization: normalization, floor: floor, ceiling: ceiling)
    }

    /// `government_funding / total_income`, less is better: self-sustained operation.
    static func governmentFundingShare(weight: Double? = nil, floor: Double? = nil, ceiling: Double? = nil) -> SchemeIndicator {
        .catalogue("government_funding_share", direction: .cost, weight: weight,
                   derived: DerivedRatio(numerator: "government_funding", denominator: "total_income"),
                   floor: floor, ceiling: ceiling)
    }
}
