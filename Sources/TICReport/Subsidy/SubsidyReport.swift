import Foundation
import TICIngest
import TICPolicy
import TICSupport

/// The outputs of a subsidy calculation: a terminal table, CSV and JSON.
///
/// Amounts are in 万元, exact to the yuan (up to four decimals).
///
/// CSV (long format; the first column says what a row is):
/// `record,center_id,name,category,project,total_investment_wan,year,subsidy_wan,status,limit,note`
/// - `project`: one per project; `subsidy_wan` is its total (empty unless `granted`), `year` is
///   `start_year-end_year`, `limit` which limit binds (`investment_share`, `annual_cap`, `both`),
///   `note` the reason for `not_applicable` or the `field:reason` gaps for `missing_data`.
/// - `project_year`: one per granted project and year of support.
/// - `center_year`: per center and calendar year, the sum over its granted projects; `status` is
///   `over_annual_cap` when a center with several projects gets more than 500 万元 in a year
///   (flagged for review, not cut), `note` the number of projects.
/// - `category_year`: per category and calendar year, the sum over its projects.
/// - `category`: per category, the sum over all years (`note` says how many projects were granted).
public struct SubsidyReport: Sendable {
    /// The policy applied.
    public var policy: SubsidyPolicy
    /// One award per project, in file order.
    public var awards: [SubsidyAward]
    /// The file, as named by the user.
    public var source: String

    /// A report of `awards` under `policy`.
    public init(policy: SubsidyPolicy, awards: [SubsidyAward], source: String) {
        self.policy = policy
        self.awards = awards
        self.source = source
    }

    /// The CSV header.
    public static let csvHeader = ["record", "center_id", "name", "category", "project", "total_investment_wan", "year",
                                   "subsidy_wan", "status", "limit", "note"]

    /// Sums per center and calendar year.
    public var centerYears: [SubsidyCenterYear] { SubsidyCenterYear.totals(of: awards, annualCapYuan: policy.annualCapYuan) }

    /// Totals per category.
    public var categoryTotals: [SubsidyCategoryTotal] { SubsidyCategoryTotal.totals(of: awards) }

    /// Yuan as 万元 text, four decimals at most.
    static func wan(_ yuan: Int64) -> String { NumberText.decimal(Double(yuan) / 10_000, maximumFractionDigits: 4) }

    /// `2024–2026` (`2024-2026` with an ASCII hyphen for CSV), or the empty string.
    static func span(_ award: SubsidyAward, separator: String = "–") -> String {
        guard let first = award.years.first, let last = award.years.last else { return "" }
        return "\(first.year)\(separator)\(last.year)"
    }

    /// The note of a project: the reason it is not covered, or what is missing.
    func note(_ award: SubsidyAward, _ language: Language) -> String {
        switch award.status {
        case .granted: return ""
        case .notApplicable: return policy.notApplicableReason(language)
        case .missingData: return award.gaps.map { $0.text(language) }.joined(separator: language.pick("；", "; "))
        }
    }

    /// The terminal table: one line per project with its three years (the reason for
    /// `not_applicable` once, under the table), then totals per category and calendar year.
    public func table(_ language: Language) -> String {
        let yearHeaders = (1...policy.years).map { language.pick("第\($0)年", "year \($0)") }
        var projects = TextTable(
            header: (language == .zh
                ? ["中心编号", "名称", "类别", "项目", "总投资(万元)", "结果", "支持年度"]
                : ["center", "name", "category", "project", "investment (wan)", "status", "years"])
                + yearHeaders + (language == .zh ? ["合计(万元)", "起约束作用的上限", "说明"] : ["total (wan)", "binding limit", "note"]),
            rightAligned: Set([4] + (7..<(8 + policy.years)).map { $0 }))
        for award in awards {
            let project = award.project
            var row = [
                project.centerID, project.name, project.category?.label(language) ?? "?", project.project,
                project.totalInvestmentWan.map { NumberText.decimal($0, maximumFractionDigits: 4) } ?? "",
                award.status.label(language), Self.span(award),
            ]
            for index in 0..<policy.years {
                row.append(index < award.years.count ? Self.wan(award.years[index].yuan) : "")
            }
            row.append(award.status == .granted ? Self.wan(award.totalYuan) : "")
            row.append(award.limit?.label(language) ?? "")
            row.append(award.status == .notApplicable ? "" : note(award, language))
            projects.append(row)
        }
        let totals = categoryTotals
        let years = Set(totals.flatMap(\.years)).sorted()
        var byCategory = TextTable(
            header: [language.pick("类别", "category"), language.pick("项目数", "projects"), language.pick("可补助", "granted")]
                + years.map(String.init) + [language.pick("合计(万元)", "total (wan)")],
            rightAligned: Set(1..<(4 + years.count)))
        for total in totals {
            byCategory.append([total.category.label(language), String(total.projects), String(total.granted)]
                + years.map { Self.wan(total.byYear[$0] ?? 0) } + [Self.wan(total.totalYuan)])
        }
        let cap = Self.wan(policy.annualCapYuan)
        var out = language.pick(
            "研发创新能力建设项目补助：\(policy.clause(language))——不高于项目总投资 \(policy.maximumSharePercent)%，每年不超过 \(cap) 万元，连续支持 \(policy.years) 年（\(source)）\n\n",
            "R&D-capacity project subsidy: \(policy.clause(language)) — at most \(policy.maximumSharePercent)% of total investment, at most \(cap) wan a year, \(policy.years) consecutive years (\(source))\n\n")
        out += projects.rendered()
        if awards.contains(where: { $0.status == .notApplicable }) {
            out += language.pick("不适用：", "Not applicable: ") + policy.notApplicableReason(language) + "\n"
        }
        for centerYear in centerYears where centerYear.exceedsCap {
            out += language.pick(
                "注意：\(centerYear.centerID) \(centerYear.year) 年 \(centerYear.projects) 个项目合计 \(Self.wan(centerYear.yuan)) 万元，超过每年 \(cap) 万元上限，请核定\n",
                "Note: \(centerYear.centerID) gets \(Self.wan(centerYear.yuan)) wan in \(centerYear.year) from \(centerYear.projects) projects, above the \(cap) wan annual cap; review\n")
        }
        out += "\n" + language.pick("按类别和年度合计（万元）：", "Totals per category and year (wan):") + "\n"
        out += byCategory.rendered()
        return out
    }

    /// The CSV rows, header first (see the type's documentation).
    public func csvRows(_ language: Language) -> [[String]] {
        var rows = [Self.csvHeader]
        for award in awards {
            let project = award.project
            let investment = project.totalInvestmentWan.map { NumberText.decimal($0, maximumFractionDigits: 4) } ?? ""
            let category = project.category?.rawValue ?? ""
            rows.append(["project", project.centerID, project.name, category, project.project, investment, Self.span(award, separator: "-"),
                         award.status == .granted ? Self.wan(award.totalYuan) : "", award.status.rawValue,
                         award.limit?.rawValue ?? "",
                         award.status == .missingData ? award.gaps.map { "\($0.field.rawValue):\($0.reason.rawValue)" }.joined(separator: ";")
                                                      : note(award, language)])
            for year in award.years {
                rows.append(["project_year", project.centerID, project.name, category, project.project, investment, String(year.year),
                             Self.wan(year.yuan), award.status.rawValue, award.limit?.rawValue ?? "", ""])
            }
        }
        for centerYear in centerYears {
            rows.append(["center_year", centerYear.centerID, centerYear.name, "", "", "", String(centerYear.year), Self.wan(centerYear.yuan),
                         centerYear.exceedsCap ? "over_annual_cap" : "", "",
                         language.pick("\(centerYear.projects) 个项目", "\(centerYear.projects) projects")])
        }
        for total in categoryTotals {
            for year in total.years {
                rows.append(["category_year", "", "", total.category.rawValue, "", "", String(year), Self.wan(total.byYear[year] ?? 0), "", "", ""])
            }
            rows.append(["category", "", "", total.category.rawValue, "", "", total.years.isEmpty ? "" : "\(total.years[0])-\(total.years[total.years.count - 1])",
                         Self.wan(total.totalYuan), "", "",
                         language.pick("\(total.granted)/\(total.projects) 个项目可补助", "\(total.granted) of \(total.projects) projects granted")])
        }
        return rows
    }

    /// The CSV text (UTF-8, LF, RFC 4180 quoting).
    public func csv(_ language: Language) -> String {
        String(decoding: CSVWriter.encode(csvRows(language)), as: UTF8.self)
    }

    /// The JSON document: the policy, one object per project (with its years) and the totals per
    /// category. Keys sorted, amounts in 万元.
    public func json(_ language: Language) throws -> String {
        let document = SubsidyJSON.Document(
            policy: .init(id: policy.id, clause: policy.clause(language), maximumSharePercent: Int(policy.maximumSharePercent),
                          annualCapWan: Double(policy.annualCapYuan) / 10_000, years: policy.years, spread: policy.spread.rawValue),
            source: source,
            projects: awards.map { award in
                let project = award.project
                return SubsidyJSON.Project(
                    centerID: project.centerID, name: project.name, category: project.category?.rawValue, project: project.project,
                    line: project.line, totalInvestmentWan: project.totalInvestmentWan, startYear: project.startYear,
                    status: award.status.rawValue, limit: award.limit?.rawValue,
                    investmentShareLimitWan: award.investmentShareLimitYuan.map { Double($0) / 10_000 },
                    capLimitWan: award.annualCapLimitYuan.map { Double($0) / 10_000 },
                    totalSubsidyWan: award.status == .granted ? award.totalWan : nil,
                    years: award.years.map { .init(index: $0.index, year: $0.year, subsidyWan: $0.wan) },
                    missing: award.gaps.map { .init(field: $0.field.rawValue, reason: $0.reason.rawValue) },
                    note: note(award, language))
            },
            centerYears: centerYears.map {
                .init(centerID: $0.centerID, year: $0.year, projects: $0.projects, subsidyWan: Double($0.yuan) / 10_000,
                      exceedsAnnualCap: $0.exceedsCap)
            },
            categoryTotals: categoryTotals.map { total in
                .init(category: total.category.rawValue, projects: total.projects, granted: total.granted,
                      years: total.years.map { .init(year: $0, subsidyWan: Double(total.byYear[$0] ?? 0) / 10_000) },
                      totalSubsidyWan: Double(total.totalYuan) / 10_000)
            })
        var writer = JSONStreamWriter(layout: .pretty)
        try writer.encode(document, keys: .convertToSnakeCase)
        writer.finish()
        return String(decoding: writer.sink, as: UTF8.self)
    }
}
