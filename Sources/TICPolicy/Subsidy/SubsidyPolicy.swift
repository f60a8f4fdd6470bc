import TICIngest
import TICSupport

/// A subsidy rule for centers' R&D-capacity projects, as data, with its pure calculation.
///
/// The maximum total is `min(⌊investment × share⌋, years × annual cap)` in whole yuan (rounded
/// down, so the share is never exceeded), spread over `years` consecutive years from the
/// project's start year by ``spread``.
///
/// ```swift
/// let policy = SubsidyPolicy.tianjin2018
/// let award = policy.award(for: project)   // e.g. 2000 万元 → 600 万元: 200, 200, 200
/// ```
public struct SubsidyPolicy: Sendable, Hashable, Identifiable {
    /// A short name, e.g. `tianjin-2018`.
    public var id: String
    /// The clause in Chinese.
    public var clauseZh: String
    /// The clause in English.
    public var clauseEn: String
    /// The categories of center the subsidy is for.
    public var categories: Set<Category>
    /// The most of the project's total investment the subsidy may cover, in percent (30).
    public var maximumSharePercent: Int64
    /// The most a year may receive, in yuan (5,000,000).
    public var annualCapYuan: Int64
    /// The number of consecutive years of support (3).
    public var years: Int
    /// How the total is spread over the years.
    public var spread: SubsidySpread
    /// Why a center of another category gets nothing, in Chinese.
    public var notApplicableZh: String
    /// Why a center of another category gets nothing, in English.
    public var notApplicableEn: String

    /// A policy; see the properties.
    ///
    /// - Precondition: `maximumSharePercent` in 0…100, `annualCapYuan ≥ 0`, `years ≥ 1`.
    public init(
        id: String, clauseZh: String, clauseEn: String, categories: Set<Category>,
        maximumSharePercent: Int64, annualCapYuan: Int64, years: Int, spread: SubsidySpread = .equal,
        notApplicableZh: String, notApplicableEn: String
    ) {
        precondition((0...100).contains(maximumSharePercent), "maximumSharePercent must be 0…100")
        precondition(annualCapYuan >= 0 && years >= 1, "annualCapYuan ≥ 0 and years ≥ 1")
        self.id = id
        self.clauseZh = clauseZh
        self.clauseEn = clauseEn
        self.categories = categories
        self.maximumSharePercent = maximumSharePercent
        self.annualCapYuan = annualCapYuan
        self.years = years
        self.spread = spread
        self.notApplicableZh = notApplicableZh
        self.notApplicableEn = notApplicableEn
    }

    /// The clause in the given language.
    public func clause(_ language: Language) -> String { language.pick(clauseZh, clauseEn) }

    /// Why another category gets nothing, in the given language.
    public func notApplicableReason(_ language: Language) -> String { language.pick(notApplicableZh, notApplicableEn) }

    /// The same policy with another spread.
    public func spreading(_ spread: SubsidySpread) -> SubsidyPolicy {
        var copy = self
        copy.spread = spread
        return copy
    }

    /// An amount in 万元 as whole yuan, rounded to the nearest yuan; amounts of 9.2e18 yuan and more
    /// (beyond `Int64`) give `Int64.max`, which every cap is far below.
    ///
    /// - Precondition: `wan` is finite and ≥ 0.
    public static func yuan(fromWan wan: Double) -> Int64 {
        precondition(wan.isFinite && wan >= 0, "an investment is a finite amount ≥ 0, got \(wan)")
        let yuan = (wan * 10_000).rounded()
        return yuan < 9.2e18 ? Int64(yuan) : Int64.max
    }

    /// The share-of-investment limit: ⌊investment × share⌋ yuan.
    public func investmentShareLimit(investmentYuan: Int64) -> Int64 {
        // Split to keep investment × percent within Int64 for any investment below 9e16 yuan.
        let (quotient, remainder) = investmentYuan.quotientAndRemainder(dividingBy: 100)
        return quotient * maximumSharePercent + remainder * maximumSharePercent / 100
    }

    /// The cap over all years: years × annual cap, in yuan.
    public var totalCapYuan: Int64 { Int64(years) * annualCapYuan }

    /// The maximum total subsidy of a project with this investment, in yuan.
    public func maximumTotal(investmentYuan: Int64) -> Int64 {
        min(investmentShareLimit(investmentYuan: investmentYuan), totalCapYuan)
    }

    /// The maximum subsidy of `project`, year by year.
    ///
    /// - Not applicable when the category is known and not in ``categories``.
    /// - Missing data when the category, the investment or the start year is unavailable (all
    ///   gaps listed).
    /// - Otherwise granted: ``maximumTotal(investmentYuan:)`` spread by ``spread`` over
    ///   `start_year … start_year + years − 1`.
    public func award(for project: SubsidyProject) -> SubsidyAward {
        if let category = project.category, !categories.contains(category) {
            return SubsidyAward(project: project, status: .notApplicable)
        }
        var gaps: [SubsidyGap] = []
        if project.category == nil { gaps.append(project.gap(for: .category)) }
        if project.totalInvestmentWan == nil { gaps.append(project.gap(for: .totalInvestment)) }
        if project.startYear == nil { gaps.append(project.gap(for: .startYear)) }
        guard gaps.isEmpty, let investment = project.totalInvestmentWan, let start = project.startYear else {
            return SubsidyAward(project: project, status: .missingData, gaps: gaps)
        }
        let shareLimit = investmentShareLimit(investmentYuan: Self.yuan(fromWan: investment))
        let capLimit = totalCapYuan
        let total = min(shareLimit, capLimit)
        let limit: SubsidyLimit = shareLimit < capLimit ? .investmentShare : (shareLimit == capLimit ? .both : .annualCap)
        let amounts = spread.amounts(totalYuan: total, years: years, annualCapYuan: annualCapYuan)
        let yearAmounts = amounts.enumerated().map { SubsidyYearAmount(index: $0.offset + 1, year: start + $0.offset, yuan: $0.element) }
        return SubsidyAward(project: project, status: .granted, investmentShareLimitYuan: shareLimit,
                            annualCapLimitYuan: capLimit, limit: limit, years: yearAmounts)
    }

    /// The awards of every project, in order.
    public func awards(for projects: [SubsidyProject]) -> [SubsidyAward] { projects.map(award(for:)) }
}
