/// One center's subsidy in one calendar year, summed over its projects.
///
/// 六（二） caps the subsidy at 5,000,000 RMB a year; ``SubsidyPolicy/award(for:)`` applies the
/// cap per project. When a center has several projects, the sum of a year may exceed it:
/// ``exceedsCap`` flags that year for review (the policy text does not say how to share the cap
/// between projects, so nothing is cut automatically).
public struct SubsidyCenterYear: Sendable, Hashable {
    /// The center.
    public var centerID: String
    /// The center's name (from its first project).
    public var name: String
    /// The calendar year.
    public var year: Int
    /// The granted projects that contribute to the year.
    public var projects: Int
    /// The sum in yuan.
    public var yuan: Int64
    /// Whether the sum is above the policy's annual cap.
    public var exceedsCap: Bool

    /// A center-year; see the properties.
    public init(centerID: String, name: String, year: Int, projects: Int, yuan: Int64, exceedsCap: Bool) {
        self.centerID = centerID
        self.name = name
        self.year = year
        self.projects = projects
        self.yuan = yuan
        self.exceedsCap = exceedsCap
    }

    /// Every center's granted subsidy per calendar year, centers in order of first appearance,
    /// years ascending; `exceedsCap` compares with `annualCapYuan`.
    ///
    /// - Complexity: O(awards × years).
    public static func totals(of awards: [SubsidyAward], annualCapYuan: Int64) -> [SubsidyCenterYear] {
        var order: [String] = []
        var names: [String: String] = [:]
        var sums: [String: [Int: (projects: Int, yuan: Int64)]] = [:]
        for award in awards where award.status == .granted {
            let id = award.project.centerID
            if names[id] == nil {
                order.append(id)
                names[id] = award.project.name
            }
            for year in award.years {
                let previous = sums[id, default: [:]][year.year] ?? (0, 0)
                sums[id, default: [:]][year.year] = (previous.projects + 1, previous.yuan + year.yuan)
            }
        }
        var result: [SubsidyCenterYear] = []
        for id in order {
            for (year, sum) in (sums[id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                result.append(SubsidyCenterYear(centerID: id, name: names[id] ?? "", year: year, projects: sum.projects,
                                                yuan: sum.yuan, exceedsCap: sum.yuan > annualCapYuan))
            }
        }
        return result
    }
}
