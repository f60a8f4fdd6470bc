import TICIngest
import TICSupport

/// The generative model of the annual-report indicators of a synthetic workspace.
///
/// Every independent column j of center c in year index t is drawn on the log scale:
///
///     log m = log(median_j) + loading_j · strength_c + size_j(c) + u_cj + growth_c · t + ε_cjt
///
/// with `u_cj ~ N(0, centerSigma_j)` fixed per center and `ε_cjt ~ N(0, yearSigma_j)`. Amounts
/// and quantities are `m` itself (log-normal); counts are negative-binomial with mean `m`.
/// `size_j(c)` adds the level (national centers are larger), the category (comprehensive +0.5)
/// and the formation/lead type according to the column's orientation. The latent strength makes
/// the indicators correlated, so a ranking on them is meaningful.
///
/// Derived columns keep the accounting consistent: `high_tech_firms` is binomial within
/// `incubated_firms`; `service_income` and `government_funding` are shares of `total_income`
/// (together at most 95 %); `transfer_revenue` is a share of `tech_contract_value` and 0 without
/// transfer cases; `project_funding` is 0 without projects.
struct IndicatorModel: Sendable {
    /// Which kinds of lead unit a column favours.
    enum Orientation: Sendable {
        case research, enterprise, service, neutral
    }

    /// The parameters of one independent column.
    struct Parameters: Sendable {
        var median: Double
        var loading: Double
        var centerSigma: Double
        var yearSigma: Double
        /// Negative-binomial dispersion for counts (smaller: more over-dispersed).
        var dispersion: Double
        var orientation: Orientation
        /// How strongly the level (national/municipal) scales the column.
        var levelSensitivity: Double
    }

    /// The per-center traits of the derived columns, drawn once per center.
    struct CenterShares: Sendable {
        var highTech: Double
        var government: Double
        var service: Double
        var transfer: Double
    }

    /// Columns computed from others rather than drawn.
    static let derivedCodes: Set<String> = ["transfer_revenue", "high_tech_firms", "service_income", "government_funding"]

    /// The columns in report order.
    let columns: [CatalogueColumn]
    private let parameters: [Parameters?]
    private let index: [String: Int]

    init(columns: [CatalogueColumn]) {
        self.columns = columns
        self.parameters = columns.map { IndicatorModel.derivedCodes.contains($0.code) ? nil : IndicatorModel.parameters(for: $0) }
        var index: [String: Int] = [:]
        for (position, column) in columns.enumerated() { index[column.code] = position }
        self.index = index
    }

    /// The position of a column, if the report has it.
    func position(of code: String) -> Int? { index[code] }

    /// Draws the fixed per-center column effects `u_cj` (0 for derived columns).
    func centerEffects<G: RandomNumberGenerator>(using rng: inout G) -> [Double] {
        parameters.map { p in p.map { rng.nextNormal(mean: 0, standardDeviation: $0.centerSigma) } ?? 0 }
    }

    /// Draws the shares behind the derived columns for one center.
    func shares<G: RandomNumberGenerator>(for center: SyntheticCenter, using rng: inout G) -> CenterShares {
        let government: Double = switch center.formation {
        case .academicLed: 0.28
        case .enterpriseAlliance: 0.17
        case .leadingEnterprise: 0.11
        }
        let service: Double = switch center.leadType {
        case .institute, .newRDInstitution: 0.33
        case .university: 0.24
        case .enterprise: 0.15
        }
        return CenterShares(
            highTech: IndicatorModel.clamp(rng.nextNormal(mean: 0.38 + 0.08 * center.strength, standardDeviation: 0.08), 0.05, 0.85),
            government: IndicatorModel.clamp(rng.nextNormal(mean: government + (center.level == .national ? 0.05 : 0), standardDeviation: 0.05), 0.02, 0.42),
            service: IndicatorModel.clamp(rng.nextNormal(mean: service, standardDeviation: 0.06), 0.03, 0.50),
            transfer: IndicatorModel.clamp(rng.nextNormal(mean: 0.30, standardDeviation: 0.10), 0.05, 0.70)
        )
    }

    /// One annual-report row of numbers in column order: counts are whole, amounts have two
    /// decimals, quantities are whole.
    func row<G: RandomNumberGenerator>(
        for center: SyntheticCenter, effects: [Double], shares: CenterShares, yearIndex: Int, using rng: inout G
    ) -> [Double] {
        var values = [Double](repeating: 0, count: columns.count)
        for (j, column) in columns.enumerated() {
            guard let p = parameters[j] else { continue }
            let logMedian = PortableMath.log(p.median) + p.loading * center.strength + sizeEffect(center, p)
                + effects[j] + center.growth * Double(yearIndex)
                + rng.nextNormal(mean: 0, standardDeviation: p.yearSigma)
            let m = PortableMath.exp(logMedian)
            values[j] = switch column.kind {
            // Year-to-year count noise: the center-level spread (u_cj) already makes counts
            // over-dispersed across centers; a year's draw adds Gamma–Poisson noise with CV
            // 1/√(8·dispersion) (≈ 0.2–0.3) so a center's counts do not swing tenfold by chance.
            case .count: Double(rng.nextNegativeBinomial(mean: m, dispersion: 8 * p.dispersion))
            case .amount: IndicatorModel.cents(m)
            case .quantity: m.rounded(.toNearestOrAwayFromZero)
            case .ratio: IndicatorModel.clamp(m / (1 + m), 0, 1)
            case .score: IndicatorModel.clamp(m, 0, 100).rounded(.toNearestOrAwayFromZero)
            }
        }
        if let f = index["project_funding"], let n = index["national_projects"], let p = index["provincial_projects"], values[n] + values[p] == 0 {
            values[f] = 0
        }
        if let h = index["high_tech_firms"], let i = index["incubated_firms"] {
            values[h] = Double(rng.nextBinomial(trials: Int(values[i]), probability: shares.highTech))
        }
        if let total = index["total_income"] {
            if let g = index["government_funding"] {
                let share = IndicatorModel.clamp(shares.government + rng.nextNormal(mean: 0, standardDeviation: 0.02), 0.01, 0.45)
                values[g] = IndicatorModel.cents(values[total] * share)
            }
            if let s = index["service_income"] {
                let share = IndicatorModel.clamp(shares.service + rng.nextNormal(mean: 0, standardDeviation: 0.03), 0.02, 0.50)
                values[s] = IndicatorModel.cents(values[total] * share)
            }
        }
        if let r = index["transfer_revenue"], let contract = index["tech_contract_value"] {
            let cases = index["transfer_cases"].map { values[$0] } ?? 1
            let share = shares.transfer * PortableMath.exp(rng.nextNormal(mean: 0, standardDeviation: 0.1))
            values[r] = cases == 0 ? 0 : IndicatorModel.cents(values[contract] * min(share, 0.9))
        }
        return values
    }

    /// `value` limited to `low…high`.
    static func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double {
        min(max(value, low), high)
    }

    /// Rounds an amount to 0.01 万元 (100 RMB).
    static func cents(_ value: Double) -> Double {
        (value * 100).rounded(.toNearestOrAwayFromZero) / 100
    }

    private func sizeEffect(_ center: SyntheticCenter, _ p: Parameters) -> Double {
        let level: Double = switch center.level {
        case .national: 1.1
        case .provincial: 0
        case .municipal: -0.15
        }
        var effect = level * p.levelSensitivity + (center.category == .comprehensive ? 0.5 : 0)
        switch p.orientation {
        case .research:
            effect += center.formation == .academicLed ? 0.35 : center.formation == .leadingEnterprise ? -0.15 : 0
        case .enterprise:
            effect += center.formation == .leadingEnterprise ? 0.35 : center.formation == .enterpriseAlliance ? 0.2 : -0.3
        case .service:
            effect += center.leadType == .newRDInstitution ? 0.3 : center.leadType == .institute ? 0.15 : center.leadType == .university ? -0.1 : 0
        case .neutral:
            break
        }
        return effect
    }

    /// The parameters of a known column, or defaults by kind for a column the model does not know.
    static func parameters(for column: CatalogueColumn) -> Parameters {
        func p(_ median: Double, _ loading: Double, _ centerSigma: Double, _ yearSigma: Double, _ dispersion: Double, _ orientation: Orientation, _ levelSensitivity: Double) -> Parameters {
            Parameters(median: median, loading: loading, centerSigma: centerSigma, yearSigma: yearSigma, dispersion: dispersion, orientation: orientation, levelSensitivity: levelSensitivity)
        }
        switch column.code {
        case "national_projects": return p(2, 0.6, 0.5, 0.25, 2.0, .research, 1.2)
        case "provincial_projects": return p(5, 0.5, 0.5, 0.25, 3.0, .research, 0.3)
        case "project_funding": return p(1_200, 0.6, 0.6, 0.20, 1, .research, 1.2)
        case "rd_expenditure": return p(5_000, 0.6, 0.6, 0.15, 1, .enterprise, 1.0)
        case "key_technologies": return p(4, 0.6, 0.4, 0.25, 3.0, .neutral, 0.8)
        case "invention_patents": return p(22, 0.6, 0.6, 0.20, 2.5, .research, 0.9)
        case "pct_applications": return p(2, 0.7, 0.8, 0.30, 1.0, .research, 1.0)
        case "standards_led": return p(3, 0.5, 0.6, 0.30, 1.5, .enterprise, 0.8)
        case "tech_contract_value": return p(2_500, 0.7, 0.7, 0.25, 1, .enterprise, 1.0)
        case "transfer_cases": return p(10, 0.6, 0.5, 0.25, 2.0, .neutral, 0.7)
        case "enterprises_served": return p(110, 0.5, 0.6, 0.20, 2.5, .service, 0.7)
        case "equipment_sharing_hours": return p(5_000, 0.4, 0.6, 0.20, 1, .service, 0.6)
        case "incubated_firms": return p(7, 0.6, 0.6, 0.25, 1.5, .service, 0.6)
        case "social_investment": return p(2_500, 0.8, 0.9, 0.35, 1, .enterprise, 1.0)
        case "rd_staff": return p(160, 0.5, 0.5, 0.08, 8.0, .neutral, 1.0)
        case "leading_talents": return p(7, 0.6, 0.5, 0.15, 3.0, .research, 1.0)
        case "total_income": return p(9_000, 0.6, 0.6, 0.12, 1, .enterprise, 1.0)
        default:
            switch column.kind {
            case .count: return p(5, 0.5, 0.5, 0.20, 2.0, .neutral, 0.8)
            case .amount: return p(1_000, 0.6, 0.6, 0.20, 1, .neutral, 1.0)
            case .quantity: return p(1_000, 0.5, 0.5, 0.20, 1, .neutral, 0.8)
            case .ratio: return p(0.5, 0.3, 0.3, 0.10, 1, .neutral, 0)
            case .score: return p(80, 0.05, 0.05, 0.03, 1, .neutral, 0)
            }
        }
    }
}
