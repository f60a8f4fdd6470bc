import TICIngest

/// What a condition measures from an application: the vocabulary rule sets are written in.
///
/// A province's rule set combines these measures with its own thresholds (``EligibilityComparison``).
public enum EligibilityMeasure: String, Sendable, Hashable, Codable, CaseIterable {
    /// The average R&D expenditure of the last three years, 万元: (y1 + y2 + y3) / 3 (y1/3 + y2/3 + y3/3
    /// when the sum would overflow). All three years are needed (近三年平均); a missing year makes the
    /// value unavailable.
    case averageRDExpenditure = "average_rd_expenditure"
    /// External technical-service income as a share of annual income: `service_income / annual_income`
    /// (0…1). Unavailable when either is missing, or when annual income is 0 (or so small that the
    /// share is not a finite number).
    case serviceIncomeShare = "service_income_share"
    /// The number of successful technology-transfer cases in the field.
    case transferCases = "transfer_cases"
    /// Whether the center is an independent legal entity.
    case legalEntity = "legal_entity"
    /// Registered capital, 万元.
    case registeredCapital = "registered_capital"

    /// The unit of the measured value.
    public var unit: EligibilityUnit {
        switch self {
        case .averageRDExpenditure, .registeredCapital: .wan
        case .serviceIncomeShare: .share
        case .transferCases: .cases
        case .legalEntity: .flag
        }
    }

    /// The columns the measure reads.
    public var fields: [EligibilityField] {
        switch self {
        case .averageRDExpenditure: EligibilityField.rdExpenditureYears
        case .serviceIncomeShare: [.serviceIncome, .annualIncome]
        case .transferCases: [.transferCases]
        case .legalEntity: [.legalEntity]
        case .registeredCapital: [.registeredCapital]
        }
    }

    /// The measured value for `application`, or what is missing.
    ///
    /// Flags measure as 1 (yes) or 0 (no). Every gap is listed, not only the first.
    public func measure(_ application: EligibilityApplication) -> Result<Double, EligibilityGaps> {
        switch self {
        case .averageRDExpenditure:
            var sum = 0.0
            var gaps: [EligibilityGap] = []
            for (index, field) in EligibilityField.rdExpenditureYears.enumerated() {
                if let amount = application.rdExpenditure[index] { sum += amount } else { gaps.append(application.gap(for: field)) }
            }
            guard gaps.isEmpty else { return .failure(EligibilityGaps(gaps)) }
            if sum.isFinite { return .success(sum / 3) }
            // Amounts near the largest Double overflow their sum; a third of each does not.
            return .success(application.rdExpenditure.reduce(0) { $0 + ($1 ?? 0) / 3 })
        case .serviceIncomeShare:
            var gaps: [EligibilityGap] = []
            if application.serviceIncome == nil { gaps.append(application.gap(for: .serviceIncome)) }
            if application.annualIncome == nil { gaps.append(application.gap(for: .annualIncome)) }
            guard gaps.isEmpty, let service = application.serviceIncome, let income = application.annualIncome else {
                return .failure(EligibilityGaps(gaps))
            }
            // An income of 0, or one so small that the share overflows, leaves the share undefined.
            guard income > 0, (service / income).isFinite else { return .failure(EligibilityGaps([EligibilityGap(.annualIncome, .undefined)])) }
            return .success(service / income)
        case .transferCases:
            guard let cases = application.transferCases else { return .failure(EligibilityGaps([application.gap(for: .transferCases)])) }
            return .success(cases)
        case .legalEntity:
            guard let flag = application.legalEntity else { return .failure(EligibilityGaps([application.gap(for: .legalEntity)])) }
            return .success(flag ? 1 : 0)
        case .registeredCapital:
            guard let capital = application.registeredCapitalWan else {
                return .failure(EligibilityGaps([application.gap(for: .registeredCapital)]))
            }
            return .success(capital)
        }
    }
}
