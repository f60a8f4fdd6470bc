import TICIngest
import TICPolicy
import TICScoring
import TICSupport

/// `uncertainty.html`: one self-contained page for an ``UncertaintyResult``.
///
/// It shows the settings, the rank interval plot (every alternative, sorted by nominal rank: P5–P95
/// line, median dot, nominal tick), in workspace mode the grade-probability bars and the centers
/// whose grade is least certain, and the Sobol table when the result has one. Every name is
/// escaped; NaN shows as an em dash; the same result gives the same bytes.
///
/// ```swift
/// let result = try UncertaintyAnalysis.analyze(workspace: workspace, scheme: scheme, settings: settings)
/// let html = UncertaintyPage(result: result).render(language: .en)
/// ```
public struct UncertaintyPage: Sendable {
    /// The analysis shown.
    public var result: UncertaintyResult

    /// A page for `result`.
    public init(result: UncertaintyResult) { self.result = result }

    /// The alternatives by nominal rank (ties by their order in the result).
    public var sortedAlternatives: [UncertaintyResult.Alternative] {
        result.alternatives.enumerated()
            .sorted { ($0.element.nominalRank, $0.offset) < ($1.element.nominalRank, $1.offset) }
            .map(\.element)
    }

    /// The rank interval plot of every alternative.
    public func intervalChart(language lang: Language) -> HTML {
        let rows = sortedAlternatives.map {
            ReportChart.RankInterval(label: $0.name, nominal: $0.nominalRank, p5: $0.p5Rank, median: $0.medianRank, p95: $0.p95Rank)
        }
        return ReportChart.rankIntervals(
            rows: rows, maximumRank: result.alternatives.count,
            labels: ReportChart.IntervalLabels(interval: lang.pick("5–95 % 区间", "5–95 % interval"), median: lang.pick("中位数", "median"),
                                               nominal: lang.pick("名义排名", "nominal rank"), axis: lang.pick("排名", "rank")))
    }

    /// The grade-probability bars (workspace mode; `nil` when the result has no grade probabilities).
    public func gradeChart(language lang: Language) -> HTML? {
        let rows = sortedAlternatives.compactMap { a -> ReportChart.GradeShares? in
            guard let g = a.gradeProbabilities else { return nil }
            return ReportChart.GradeShares(label: "\(a.nominalRank). \(a.name)", nominal: a.nominalGrade?.label(lang) ?? "",
                                           probabilities: [g.excellent, g.good, g.qualified, g.unqualified])
        }
        guard !rows.isEmpty else { return nil }
        return ReportChart.gradeProbabilities(rows: rows, legend: Grade.allCases.map { $0.label(lang) })
    }

    /// The `count` alternatives whose grade is least certain: the smallest largest-grade probability
    /// first (ties by nominal rank). Empty in research mode.
    public func leastCertain(_ count: Int) -> [UncertaintyResult.Alternative] {
        func top(_ a: UncertaintyResult.Alternative) -> Double {
            guard let g = a.gradeProbabilities else { return .infinity }
            return max(g.excellent, g.good, g.qualified, g.unqualified)
        }
        return sortedAlternatives.enumerated()
            .filter { $0.element.gradeProbabilities != nil }
            .sorted { (top($0.element), $0.offset) < (top($1.element), $1.offset) }
            .prefix(count).map(\.element)
    }

    /// The Sobol table on the mean absolute rank change (empty fragment without `--sensitivity`),
    /// followed by the cautions its estimates call for (S1 > ST, S1 < 0).
    public func sensitivityTable(language lang: Language) -> HTML {
        guard let s = result.sensitivity else { return .empty }
        let x = s.meanAbsoluteRankChange
        func interval(_ low: [Double], _ high: [Double], _ k: Int) -> String {
            k < low.count && k < high.count ? "\(HTML.number(low[k], digits: 3)) … \(HTML.number(high[k], digits: 3))" : "—"
        }
        var rows: [HTML] = []
        for (k, factor) in s.factors.enumerated() {
            let s1 = k < x.firstOrder.count ? x.firstOrder[k] : .nan, st = k < x.total.count ? x.total[k] : .nan
            rows.append("<tr><td>\(factor)</td><td class=\"num\">\(HTML.number(s1, digits: 3))</td><td class=\"num\">\(interval(x.firstOrderLow, x.firstOrderHigh, k))</td><td class=\"num\">\(HTML.number(st, digits: 3))</td><td class=\"num\">\(interval(x.totalLow, x.totalHigh, k))</td></tr>")
        }
        let note = lang.pick(
            "目标：各中心相对名义排名的平均绝对排名变化。S1 为一阶指数（Saltelli 2010），ST 为总效应指数（Jansen）；基础样本 N = \(s.baseSamples)，共 \(s.runs) 次运行，区间为 \(s.bootstrap) 次自助法的 5–95 %。",
            "Target: the mean absolute rank change against the nominal ranking. S1 first-order (Saltelli 2010), ST total (Jansen); base sample N = \(s.baseSamples), \(s.runs) runs, intervals 5–95 % of \(s.bootstrap) bootstrap resamples.")
        let heads: HTML = lang == .zh ? "<th>因素</th><th class=\"num\">S1</th><th class=\"num\">S1 5–95 %</th><th class=\"num\">ST</th><th class=\"num\">ST 5–95 %</th>"
                                      : "<th>factor</th><th class=\"num\">S1</th><th class=\"num\">S1 5–95 %</th><th class=\"num\">ST</th><th class=\"num\">ST 5–95 %</th>"
        var cautions: [HTML] = []
        for warning in result.warnings where warning.code != "single_weight" {
            cautions.append("<p class=\"hint caution\">\(warning.message(lang))</p>")
        }
        return "<p class=\"hint\">\(note)</p><table class=\"compact sensitivity\"><thead><tr>\(heads)</tr></thead><tbody>\(rows)</tbody></table>\(cautions)"
    }

    /// The whole page.
    public func render(language lang: Language) -> String {
        var body: [HTML] = []
        let mode = result.mode == .workspace ? lang.pick("工作区（扰动维度权重）", "workspace (dimension weights perturbed)")
                                              : lang.pick("决策矩阵（扰动准则权重）", "decision matrix (criterion weights perturbed)")
        let facts: [(String, String)] = [
            (lang.pick("模式", "mode"), mode),
            (lang.pick("样本数", "samples"), "\(result.samples)"),
            (lang.pick("种子", "seed"), "\(result.seed)"),
            (lang.pick("权重扰动", "perturbation"), result.perturbation),
            (lang.pick("归一化", "normalizations"), result.normalizations.joined(separator: ", ")),
            (lang.pick("聚合", "aggregations"), result.aggregations.joined(separator: ", ")),
            (lang.pick("平均绝对排名位移", "mean absolute rank shift"), HTML.number(result.meanAbsoluteRankShift, digits: 3)),
        ]
        let factItems = facts.map { k, v -> HTML in "<div><dt>\(k)</dt><dd>\(v)</dd></div>" }
        body.append("<dl class=\"facts\">\(factItems)</dl>")
        let note = lang.pick(
            "每行一个中心，按名义排名排序：蓝线为 5–95 % 排名区间，黑点为中位排名，橙色短线为名义排名（1 = 最好）。排名为每个样本的竞争排名，百分位为 numpy 默认的线性定义。",
            "One row per center, sorted by nominal rank: the blue line spans the 5th–95th percentile rank, the dark dot is the median rank, the orange tick the nominal rank (1 = best). Ranks are competition ranks per sample; percentiles are numpy's default linear definition.")
        body.append("<h3>\(lang.pick("排名区间", "Rank intervals"))</h3><p class=\"hint\">\(note)</p><div class=\"table-wrap\">\(intervalChart(language: lang))</div>")
        if let grades = gradeChart(language: lang) {
            let gradeNote = lang.pick("每个样本按方案的分数线、比例限制、并列规则和否决项定级；条形为各等级的概率，右侧为名义等级。等级按类别评定，因此不随总排名单调变化。",
                                      "Every sample is graded with the scheme's cut-offs, quotas, tie rule and vetoes; the bars are the probabilities of each grade, the nominal grade on the right. Grades are assigned within each category, so they need not follow the overall rank.")
            body.append("<h3>\(lang.pick("等级概率", "Grade probabilities"))</h3><p class=\"hint\">\(gradeNote)</p><div class=\"table-wrap\">\(grades)</div>")
            let uncertain = leastCertain(10)
            var rows: [HTML] = []
            for a in uncertain {
                guard let g = a.gradeProbabilities else { continue }
                let cells = [g.excellent, g.good, g.qualified, g.unqualified].map { p -> HTML in "<td class=\"num\">\(HTML.number(p, digits: 3))</td>" }
                rows.append("<tr><td class=\"cid\">\(a.id)</td><td>\(a.name)</td><td class=\"num\">\(a.nominalRank)</td><td>\(ComparisonPage.badge(a.nominalGrade, lang))</td>\(cells)</tr>")
            }
            let heads = ([lang.pick("中心", "center"), lang.pick("名称", "name")].map { h -> HTML in "<th>\(h)</th>" })
                + ["<th class=\"num\">\(lang.pick("名义排名", "nominal rank"))</th>", "<th>\(lang.pick("名义等级", "nominal grade"))</th>"]
                + Grade.allCases.map { g -> HTML in "<th class=\"num\">P(\(g.label(lang)))</th>" }
            body.append("<h3>\(lang.pick("等级最不确定的中心", "Centers whose grade is least certain"))</h3><table class=\"compact uncertain\"><thead><tr>\(heads)</tr></thead><tbody>\(rows)</tbody></table>")
        }
        if result.sensitivity != nil {
            body.append("<h3>\(lang.pick("Sobol 敏感性指数", "Sobol sensitivity indices"))</h3>\(sensitivityTable(language: lang))")
        }
        return ReportChart.page(title: lang.pick("排名不确定性分析", "Rank uncertainty"), language: lang, body: HTML(joining: body))
    }
}
