import TICIngest
import TICPolicy

extension HTMLReport {
    /// Centers by grade per category (bar chart), the score distribution (histogram) and the
    /// decisions at a glance.
    func overviewSection() -> HTML {
        let e = evaluation
        let decisions = e.decisionCounts
        let tiles: [HTML] = Decision.Kind.allCases.compactMap { kind in
            guard let n = decisions[kind], n > 0 else { return nil }
            return "<a class=\"tile d-\(kind.rawValue)\" href=\"#adj-\(kind.rawValue)\"><span class=\"n\">\(n)</span><span class=\"l\">\(kind.label(language))</span></a>"
        }
        let reward = e.rewardTotal()
        let rewardTile: HTML = reward > 0
            ? "<div class=\"tile\"><span class=\"n\">\(HTML.amount(reward))</span><span class=\"l\">\(t("奖励合计（元）", "rewards (RMB)"))</span></div>"
            : .empty
        let flagged = e.centers.filter { !$0.flags.isEmpty }.count
        return """
        <section id="overview">
        <h2>\(t("总览", "Overview"))</h2>
        <div class="tiles">
        <div class="tile"><span class="n">\(e.evaluated.count)</span><span class="l">\(t("参评中心", "centers evaluated"))</span></div>
        \(tiles)\(rewardTile)
        <div class="tile"><span class="n">\(flagged)</span><span class="l">\(t("有数据核查提示的中心", "centers with integrity flags"))</span></div>
        </div>
        <div class="charts">
        \(evaluation.scheme.grading.assignsGrades ? "<figure><figcaption>\(t("各类别等级分布（个）", "Grades per category (centers)"))</figcaption>\(gradeChart())</figure>" : HTML.empty)
        <figure><figcaption>\(t("得分分布", "Score distribution"))</figcaption>\(ReportChart.histogram(scores: e.evaluated.compactMap(\.score), range: scoreRange, cutoffs: cutoffMarks(), emptyLabel: t("无得分", "no scores")))</figure>
        </div>
        \(evaluation.scheme.grading.assignsGrades ? gradeCountTable() : decisionCountTable())
        </section>
        """
    }

    /// The grade counts as a table (the chart's numbers, for readers and printers).
    func gradeCountTable() -> HTML {
        let rows: [HTML] = ([Category?.none] + Category.allCases.map(Optional.some)).map { category in
            let counts = evaluation.gradeCounts(category: category)
            let label = category.map { $0.label(language) } ?? t("全部", "all")
            let cells: [HTML] = Grade.allCases.map { "<td class=\"num\">\(counts[$0] ?? 0)</td>" }
            return "<tr><th scope=\"row\">\(label)</th>\(cells)<td class=\"num\">\(counts.values.reduce(0, +))</td></tr>"
        }
        let heads: [HTML] = Grade.allCases.map { "<th class=\"num\">\($0.label(language))</th>" }
        return """
        <table class="compact grade-counts"><thead><tr><th>\(t("类别", "category"))</th>\(heads)<th class="num">\(t("合计", "total"))</th></tr></thead>
        <tbody>\(rows)</tbody></table>
        """
    }

    /// The decisions of the scored centers per category, for a scheme that assigns no grade.
    func decisionCountTable() -> HTML {
        let kinds = Decision.Kind.allCases.filter { (evaluation.decisionCounts(category: nil, evaluatedOnly: true)[$0] ?? 0) > 0 }
        let rows: [HTML] = ([Category?.none] + Category.allCases.map(Optional.some)).map { category in
            let counts = kinds.map { evaluation.decisionCounts(category: category, evaluatedOnly: true)[$0] ?? 0 }
            let label = category.map { $0.label(language) } ?? t("全部", "all")
            let cells: [HTML] = counts.map { "<td class=\"num\">\($0)</td>" }
            return "<tr><th scope=\"row\">\(label)</th>\(cells)<td class=\"num\">\(counts.reduce(0, +))</td></tr>"
        }
        let heads: [HTML] = kinds.map { "<th class=\"num\">\($0.label(language))</th>" }
        return """
        <table class="compact grade-counts"><thead><tr><th>\(t("类别", "category"))</th>\(heads)<th class="num">\(t("合计", "total"))</th></tr></thead>
        <tbody>\(rows)</tbody></table>
        """
    }

    /// Grouped bars: one group per category, one bar per grade.
    func gradeChart() -> HTML {
        let groups = Category.allCases.map { category in
            (label: category.label(language), counts: Grade.allCases.map { evaluation.gradeCounts(category: category)[$0] ?? 0 })
        }
        return ReportChart.groupedBars(groups: groups, series: Grade.allCases.map { ($0.label(language), "g-\($0.rawValue)") })
    }

    /// The scheme's cut-offs as vertical marks on the histogram.
    func cutoffMarks() -> [(value: Double, label: String)] {
        guard let c = evaluation.scheme.grading.cutoffs else { return [] }
        return [(c.excellent, Grade.excellent.label(language)), (c.good, Grade.good.label(language)), (c.qualified, Grade.qualified.label(language))]
            .filter { $0.0.isFinite }
    }
}
