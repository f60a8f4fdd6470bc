import TICIngest
import TICPolicy
import TICSupport

extension HTMLReport {
    /// One card per center, in ranking order.
    func cardsSection() -> HTML {
        let medians = categoryMedians()
        let range = scoreRange
        let cards: [HTML] = evaluation.centers.map { card($0, medians: medians[$0.center.category] ?? [], range: range) }
        return """
        <section id="centers">
        <h2>\(t("中心详情", "Centers"))</h2>
        \(cards)
        </section>
        """
    }

    /// The median of each dimension score among the evaluated centers of each category.
    func categoryMedians() -> [Category: [Double?]] {
        var out: [Category: [Double?]] = [:]
        let d = evaluation.scheme.dimensions.count
        for category in Category.allCases {
            let members = evaluation.evaluated.filter { $0.center.category == category }
            out[category] = (0..<d).map { k in
                let values = members.compactMap { k < $0.dimensionScores.count ? $0.dimensionScores[k] : nil }.filter(\.isFinite).sorted()
                guard !values.isEmpty else { return nil }
                let mid = values.count / 2
                return values.count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2
            }
        }
        return out
    }

    /// The card of one center: facts, dimension profile, decision, flags, vetoes, events and the
    /// indicator data with the year-by-year trend.
    func card(_ c: CenterEvaluation, medians: [Double?], range: (low: Double, high: Double)) -> HTML {
        let center = c.center
        let evaluated = c.participation == .evaluated
        var facts: [(String, HTML)] = [
            (t("编号", "id"), "\(center.id)"),
            (t("级别", "level"), "\(center.level.label(language))"),
            (t("类别", "category"), "\(center.category.label(language))"),
            (t("地区", "region"), "\(center.region)"),
            (t("领域", "field"), "\(center.field.label(language))"),
            (t("组建方式", "formation"), "\(center.formation.label(language))"),
            (t("牵头单位", "lead unit"), "\(center.leadType.label(language))"),
            (t("批准年份", "approved"), "\(center.approvedYear)"),
            (t("参评情况", "participation"), "\(participationLabel(c.participation))"),
        ]
        if evaluated {
            facts.append((t("得分", "score"), "\(HTML.number(c.score))"))
            facts.append((t("排名", "rank"), "\(c.rank.map(String.init) ?? "—") · \(t("类别内", "in category")) \(c.categoryRank.map(String.init) ?? "—")"))
        }
        if let basis = c.gradeBasis {
            var text = gradeBasisLabel(basis)
            if let byScore = c.gradeByScore, byScore != c.grade { text += t("（按分数为", " (by score: ") + byScore.label(language) + t("）", ")") }
            facts.append((t("定级依据", "grade basis"), "\(text)"))
        }
        if let cycle = c.previousCycle, let grade = c.previousGrade {
            facts.append((t("上周期等级", "previous grade"), "\(grade.label(language)) · \(cycle.lowerBound)–\(cycle.upperBound)"))
        }
        if let previous = c.previousStatus { facts.append((t("原状态", "previous status"), "\(previous.label(language))")) }
        let factItems: [HTML] = facts.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" }

        let profile: HTML = evaluated
            ? ReportChart.profile(labels: evaluation.scheme.dimensions.map { $0.name(language) }, values: c.dimensionScores,
                                  medians: medians, range: range, medianLabel: t("类别中位数", "category median"))
            : "<p class=\"muted\">\(t("未参评，无维度得分。", "Not evaluated: no dimension scores."))</p>"
        return """
        <article class="card" id="\(AnchorID.center(center.id))">
        <header><h3>\(center.name)</h3>\(gradeBadge(c))\(decisionBadge(c.decision.kind))<a class="back no-print" href="#ranking">\(t("↑ 排名", "↑ ranking"))</a></header>
        <dl class="facts">\(factItems)</dl>
        <div class="card-cols">
        <div><h4>\(t("维度得分（竖线为类别中位数）", "Dimension profile (tick: category median)"))</h4>\(profile)</div>
        <div>\(decisionBlock(c))</div>
        </div>
        \(issuesBlock(c))
        \(valuesBlock(c))
        </article>

        """
    }

    /// The decision with its reason, clause, amount and re-evaluation.
    func decisionBlock(_ c: CenterEvaluation) -> HTML {
        let d = c.decision
        var lines: [HTML] = [
            "<p>\(decisionBadge(d.kind))</p>",
            "<p><b>\(t("理由：", "Reason: "))</b>\(d.reason(language))</p>",
            "<p><b>\(t("依据：", "Clause: "))</b>\(d.clause(language))</p>",
        ]
        if let amount = d.amountRMB { lines.append("<p><b>\(t("金额：", "Amount: "))</b>\(HTML.amount(amount)) \(t("元", "RMB"))</p>") }
        if let year = d.reEvaluationYear { lines.append("<p><b>\(t("复评年度：", "Re-evaluation year: "))</b>\(year)</p>") }
        if let r = c.reEvaluation {
            let outcome = r.passed.map { $0 ? t("通过", "passed") : t("未通过", "failed") } ?? t("待定", "pending")
            lines.append("<p><b>\(t("整改复评：", "Re-evaluation: "))</b>\(t("周期", "cycle")) \(r.failedCycle) · \(r.year) · \(t("得分", "score")) \(HTML.number(r.score)) / \(t("合格线", "threshold")) \(HTML.number(r.threshold)) · \(outcome)</p>")
        }
        return "<h4>\(t("调整决定", "Decision"))</h4><div class=\"decision\">\(lines)</div>"
    }

    /// Integrity flags with their evidence, vetoes and events; nothing when there are none.
    func issuesBlock(_ c: CenterEvaluation) -> HTML {
        var blocks: [HTML] = []
        if !c.vetoes.isEmpty {
            let items: [HTML] = c.vetoes.map { v in
                let clause = language == .en ? (v.clauseEn ?? v.clause) : v.clause
                return "<li><code>\(v.indicator) \(v.condition)</code> · \(t("周期值", "cycle value")) \(HTML.amount(v.value))\(clause.map { " · \($0)" } ?? "")</li>"
            }
            blocks.append("<div class=\"issues veto\"><h4>\(t("一票否决", "Vetoes"))</h4><ul>\(items)</ul></div>")
        }
        if !c.events.isEmpty {
            let items: [HTML] = c.events.map { "<li>\($0.year) · \($0.kind.label(language))\($0.note.isEmpty ? "" : " · ")\($0.note)</li>" }
            blocks.append("<div class=\"issues events\"><h4>\(t("事件", "Events"))</h4><ul>\(items)</ul></div>")
        }
        if !c.flags.isEmpty {
            let items: [HTML] = c.flags.map { "<li><span class=\"flag-kind\">\(flagLabel($0.kind))</span> \($0.evidence(language))</li>" }
            blocks.append("<div class=\"issues flags\"><h4>\(t("数据核查提示（非结论）", "Integrity flags (evidence, not a verdict)"))</h4><ul>\(items)</ul></div>")
        }
        let verify = evaluation.toVerify(centerID: c.center.id).filter { $0.kind != .integrityFlag }
        if !verify.isEmpty {
            // A missing report filled value by value is one line per year; everything else a line each.
            var reportYears: [Int: (count: Int, item: VerificationItem)] = [:]
            for item in verify where item.kind == .missingReport && item.indicator != nil {
                reportYears[item.year ?? 0] = ((reportYears[item.year ?? 0]?.count ?? 0) + 1, item)
            }
            let grouped: [HTML] = reportYears.keys.sorted().map { year in
                let (count, item) = reportYears[year]!
                return "<li><code>\(item.kind.rawValue)</code> \(year) · \(ToVerifyTable.reference(item.reference, language: language)) (\(count) \(t("项指标", "indicators"))) · <span class=\"cid\">\(item.source)</span></li>"
            }
            let items: [HTML] = grouped + verify.filter { !($0.kind == .missingReport && $0.indicator != nil) }.map { item in
                let what = [item.year.map(String.init), item.indicator].compactMap { $0 }.joined(separator: " · ")
                let filled = item.imputedValue.map { " → " + NumberText.decimal($0, maximumFractionDigits: 4) } ?? ""
                return "<li><code>\(item.kind.rawValue)</code> \(what)\(filled) · \(ToVerifyTable.reference(item.reference, language: language)) · <span class=\"cid\">\(item.source)</span></li>"
            }
            blocks.append("<div class=\"issues verify\"><h4>\(t("待核实（见 to_verify.csv）", "To verify (see to_verify.csv)"))</h4><ul>\(items)</ul></div>")
        }
        return HTML(joining: blocks)
    }

    /// The name of an integrity-flag kind.
    func flagLabel(_ kind: IntegrityFlag.Kind) -> String {
        switch kind {
        case .yearOverYearJump: t("年度跳变", "year-over-year jump")
        case .impossibleRelation: t("不可能的关系", "impossible relation")
        case .shareOutOfRange: t("比例越界", "share out of range")
        case .peerOutlier: t("同类离群", "peer outlier")
        }
    }

    /// The indicator table: raw yearly values (imputed ones marked), the trend, the cycle value and
    /// the normalized value.
    func valuesBlock(_ c: CenterEvaluation) -> HTML {
        let years = Array(evaluation.cycle)
        let indicators = evaluation.scheme.indicators
        var imputedByKey: [String: ImputedValue] = [:]
        for value in c.imputed { imputedByKey["\(value.indicator)\u{1F}\(value.year)"] = value }
        let yearHeads: [HTML] = years.map { "<th class=\"num\">\($0)</th>" }
        var rows: [HTML] = []
        for (j, indicator) in indicators.enumerated() {
            let yearly: [Double?] = j < c.yearlyValues.count ? c.yearlyValues[j] : []
            var shown: [Double?] = []
            var marked: [Bool] = []
            var cells: [HTML] = []
            for (y, year) in years.enumerated() {
                let raw: Double? = y < yearly.count ? yearly[y] : nil
                if let filled = imputedByKey["\(indicator.code)\u{1F}\(year)"] {
                    let note = t("补值：", "imputed: ") + filled.policy.rawValue + " (" + filled.cause.rawValue + ") " + filled.source
                    cells.append("<td class=\"num imp\" title=\"\(note)\">\(HTML.amount(filled.value))<sup>*</sup></td>")
                    shown.append(filled.value)
                    marked.append(true)
                } else {
                    cells.append("<td class=\"num\">\(HTML.amount(raw))</td>")
                    shown.append(raw)
                    marked.append(false)
                }
            }
            let cycleValue: Double? = j < c.cycleValues.count ? c.cycleValues[j] : nil
            let normalized: Double? = j < c.normalizedValues.count ? c.normalizedValues[j] : nil
            rows.append("<tr><th scope=\"row\">\(indicator.name(language))</th><td>\(indicator.unit)</td>\(cells)<td>\(ReportChart.sparkline(shown, imputed: marked))</td><td class=\"num\">\(HTML.amount(cycleValue))</td><td class=\"num\">\(HTML.number(normalized))</td></tr>")
        }
        let imputedCount = c.imputed.count
        let summary = t("指标数据", "Indicator data") + " (\(indicators.count)" + t(" 项", " indicators")
            + (imputedCount > 0 ? t("，补值 ", ", imputed ") + String(imputedCount) + t(" 个，以 * 标记", " marked *") : "") + ")"
        return """
        <details class="values"\(HTML.trusted(imputedCount > 0 ? " open" : ""))><summary>\(summary)</summary>
        <table class="compact"><thead><tr><th>\(t("指标", "indicator"))</th><th>\(t("单位", "unit"))</th>\(yearHeads)<th>\(t("趋势", "trend"))</th><th class="num">\(t("周期值", "cycle value"))</th><th class="num">\(t("归一化值", "normalized"))</th></tr></thead>
        <tbody>\(rows)</tbody></table>
        </details>
        """
    }
}
