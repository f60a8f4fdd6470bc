import TICIngest

/// The subsidies of one category of center, per calendar year and in total.
public struct SubsidyCategoryTotal: Sendable, Hashable {
    /// The category.
    public var category: Category
    /// Projects of the category read.
    public var projects: Int
    /// Of which granted.
    public var granted: Int
    /// The subsidy per calendar year, in yuan.
    public var byYear: [Int: Int64]

    /// A total; see the properties.
    public init(category: Category, projects: Int, granted: Int, byYear: [Int: Int64]) {
        self.category = category
        self.projects = projects
        self.granted = granted
        self.byYear = byYear
    }

    /// The calendar years with a subsidy, ascending.
    public var years: [Int] { byYear.keys.sorted() }

    /// The total over all years, in yuan.
    public var totalYuan: Int64 { byYear.values.reduce(0, +) }

    /// The totals per category of `awards`, in the order of `Category.allCases`, for every category
    /// that has at least one project. Projects whose category is unknown are not counted.
    public static func totals(of awards: [SubsidyAward]) -> [SubsidyCategoryTotal] {
        var result: [SubsidyCategoryTotal] = []
        for category in Category.allCases {
            var total = SubsidyCategoryTotal(category: category, projects: 0, granted: 0, byYear: [:])
            for award in awards where award.project.category == category {
                total.projects += 1
                if award.status == .granted { total.granted += 1 }
                for year in award.years { total.byYear[year.year, default: 0] += year.yuan }
            }
            if total.projects > 0 { result.append(total) }
        }
        return result
    }
}
