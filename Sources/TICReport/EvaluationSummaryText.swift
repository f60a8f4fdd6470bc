import TICIngest
import TICPolicy
import TICSupport

/// The short summary `ticeval evaluate` prints: grade counts per category, the top centers, the
/// adjustment counts and the number of warnings.
public struct EvaluationSummaryText: Sendable {
    public var evaluation: Evaluation
    public var language: Language
    public var top: Int
    public var colored: Bool
    public var warnings: Int

    public init(evaluation: Evaluation, language: Language, top: Int = 10, colored: Bool = false, warnings: Int = 0) {
        self.evaluation = evaluation; self.language = language; self.top = top; self.colored = colored; self.warnings = warnings
    }

    /// ANSI colour per grade.
    public static func color(_ grade: Grade?) -> String? {
        switch grade {
        case .excellent?: "32"
        case .good?: "36"
        case .qualified?: nil
        case .unqualified?: "31"
        case nil: "2"
        }
    }

    /// `A, B, C` or the first eight and a count.
    static func list(_ items: [String]) -> String { EvaluationNote.list(items) }

    public func render() -> String {
        let zh = language == .zh
        let e = evaluation
        var out: [String] = []
        out.append(zh ? "\(e.scheme.title(language))｜评价周期 \(e.cycle.lowerBound)–\(e.cycle.upperBound)｜参评中心 \(e.evaluated.count) 个（共 \(e.centers.count) 个）"
                      : "\(e.scheme.title(language)) | cycle \(e.cycle.lowerBound)–\(e.cycle.upperBound) | \(e.evaluated.count) of \(e.centers.count) centers evaluated")
        out.append("")
        // A scheme without grades (national 六(四)) shows its decisions per category instead.
        let graded = e.scheme.grading.assignsGrades
        let kinds = Decision.Kind.allCases.filter { (e.decisionCounts(category: nil, evaluatedOnly: true)[$0] ?? 0) > 0 }
        var grades = TextTable(columns: [.init(zh ? "类别" : "category")]
                                   + (graded ? Grade.allCases.map { .init(zh ? $0.zh : $0.rawValue, .right) } : kinds.map { .init($0.label(language), .right) })
                                   + [.init(zh ? "合计" : "total", .right)])
        for category in [Category?.none] + Category.allCases.map(Optional.some) {
            let label = category.map { zh ? $0.zh : $0.rawValue } ?? (zh ? "全部" : "all")
            let counts = graded ? Grade.allCases.map { e.gradeCounts(category: category)[$0] ?? 0 }
                : kinds.map { e.decisionCounts(category: category, evaluatedOnly: true)[$0] ?? 0 }
            grades.append([TextTable.Cell(label)] + counts.map { TextTable.Cell(String($0)) } + [TextTable.Cell(String(counts.reduce(0, +)))])
        }
        out.append(grades.render(colored: colored))
        if top > 0 {
            out.append("")
            out.append(zh ? "前 \(min(top, e.evaluated.count)) 名：" : "Top \(min(top, e.evaluated.count)):")
            var table = TextTable(columns: [.init(zh ? "排名" : "rank", .right), .init(zh ? "中心编号" : "center_id"), .init(zh ? "名称" : "name"),
                                            .init(zh ? "类别" : "category"), .init(zh ? "得分" : "score", .right), .init(zh ? "等级" : "grade")])
            for c in e.evaluated.prefix(top) {
                table.append([TextTable.Cell(c.rank.map(String.init) ?? ""), TextTable.Cell(c.center.id), TextTable.Cell(c.center.name),
                              TextTable.Cell(zh ? c.center.category.zh : c.center.category.rawValue),
                              TextTable.Cell(c.score.map { NumberText.fixed($0) } ?? ""),
                              TextTable.Cell(c.grade.map { zh ? $0.zh : $0.rawValue } ?? "", color: Self.color(c.grade))])
            }
            out.append(table.render(colored: colored))
        }
        out.append("")
        let decisions = e.decisionCounts
        let parts = Decision.Kind.allCases.compactMap { kind -> String? in
            guard let n = decisions[kind], n > 0 else { return nil }
            return "\(kind.label(language)) \(n)"
        }
        out.append((zh ? "动态调整：" : "Adjustments: ") + parts.joined(separator: zh ? "，" : ", "))
        let reward = e.rewardTotal()
        if reward > 0 { out.append((zh ? "奖励合计：" : "Rewards: ") + NumberText.decimal(reward) + (zh ? " 元" : " RMB")) }
        // What the evaluation filled in or set aside, with the centers, so nothing changes silently.
        let withCells = e.centers.filter { $0.imputedCellCount > 0 }
        if !withCells.isEmpty {
            let total = withCells.reduce(0) { $0 + $1.imputedCellCount }
            let ids = Self.list(withCells.map { "\($0.center.id) (\($0.imputedCellCount))" })
            out.append(zh ? "补值：已提交报告中 \(total) 个缺失值按缺失数据策略补值，涉及 \(withCells.count) 个中心：\(ids)"
                          : "Imputed: \(total) missing values in submitted reports filled by the missing-data policies, at \(withCells.count) centers: \(ids)")
        }
        let filled = e.centers.filter { $0.participation == .evaluated && !$0.missingReportYears.isEmpty }
        if !filled.isEmpty {
            let ids = Self.list(filled.map { "\($0.center.id) \($0.missingReportYears.map(String.init).joined(separator: "/"))" })
            out.append(zh ? "缺少年度报告、用本中心其他年份补值：\(ids)" : "Missing reports filled from the centers' own years: \(ids)")
        }
        let absent = e.centers.filter { $0.participation == .missingReport }
        if !absent.isEmpty {
            let ids = Self.list(absent.map { "\($0.center.id) \($0.missingReportYears.map(String.init).joined(separator: "/"))" })
            out.append(zh ? "缺少年度报告、视为不参加评估：\(ids)" : "Missing reports, treated as not taking part: \(ids)")
        }
        if !e.toVerify.isEmpty {
            out.append(zh ? "待核实清单 to_verify.csv：\(e.toVerify.count) 项" : "To verify (to_verify.csv): \(e.toVerify.count) items")
        }
        let flagged = e.centers.filter { !$0.flags.isEmpty }.count
        out.append(zh ? "数据诊断警告 \(warnings) 个；评价说明 \(e.notes.count) 条；数据核查提示涉及 \(flagged) 个中心"
                      : "\(warnings) data warnings; \(e.notes.count) evaluation notes; integrity flags on \(flagged) centers")
        return out.joined(separator: "\n")
    }
}
