import Foundation
import TICIngest
import TICPolicy
import TICScoring
import TICSupport

extension HTMLReport {
    /// What an auditor needs to reproduce the result: the scheme and its indicator tree with the
    /// effective weights and how they were obtained, the formulas, the grade rules, the notes, the
    /// input files with SHA-256 and the ticeval version.
    func methodologySection() -> HTML {
        let e = evaluation
        let s = e.scheme
        let schemeSHA = SHA256.hex(Array(s.jsonData()))
        var facts: [HTML] = [
            "<div><dt>\(t("指标体系", "scheme"))</dt><dd>\(s.title(language)) (<code>\(s.name)</code>, \(t("版本", "version")) \(s.version))</dd></div>",
            "<div><dt>\(t("政策依据", "source"))</dt><dd>\(s.source ?? "—")</dd></div>",
            "<div><dt>\(t("评价周期", "cycle"))</dt><dd>\(e.cycle.lowerBound)–\(e.cycle.upperBound) (\(s.cycleYears) \(t("年", "years")))</dd></div>",
            "<div><dt>\(t("指标体系 SHA-256", "scheme SHA-256"))</dt><dd><code class=\"hash\">\(schemeSHA)</code></dd></div>",
            "<div><dt>ticeval</dt><dd>\(version)</dd></div>",
        ]
        if let description = s.description(language) { facts.append("<div><dt>\(t("说明", "description"))</dt><dd>\(description)</dd></div>") }
        let command = "ticeval evaluate WORKSPACE --scheme \(s.name) --cycle \(e.cycle.lowerBound)-\(e.cycle.upperBound) --lang \(language.rawValue)"
        return """
        <section id="methodology">
        <h2>\(t("方法说明", "Methodology"))</h2>
        <dl class="facts wide">\(facts)</dl>
        <p>\(t("复现：", "To reproduce: ")) <code>\(command)</code> \(t("（WORKSPACE 为下表输入文件所在目录；各文件的 SHA-256 须一致）", "(WORKSPACE holds the input files below; their SHA-256 must match)"))</p>
        <h3>\(t("指标体系与有效权重", "Indicator tree and effective weights"))</h3>
        \(indicatorTree())
        <h3>\(t("权重来源", "How the weights were obtained"))</h3>
        \(weightOrigins())
        <h3>\(t("数据处理与计算公式", "Data treatment and formulas"))</h3>
        \(formulas())
        <h3>\(t("定级规则", "Grade rules"))</h3>
        \(gradeRules())
        \(notesBlock())
        <h3>\(t("输入文件", "Input files"))</h3>
        \(inputsTable())
        </section>
        """
    }

    /// Dimensions with their weights, each followed by its indicators.
    func indicatorTree() -> HTML {
        let e = evaluation
        let s = e.scheme
        var rows: [HTML] = []
        var j = 0
        for (k, d) in s.dimensions.enumerated() {
            let weight = k < e.dimensionWeights.count ? e.dimensionWeights[k] : nil
            rows.append("<tr class=\"dim-row\"><th colspan=\"8\" scope=\"rowgroup\">\(d.name(language)) <span class=\"cid\">\(d.code)</span>\(d.clause(language).map { " · \($0)" } ?? "")</th><td class=\"num\">\(HTML.number(weight, digits: 4))</td><td class=\"num\">\(HTML.number(weight, digits: 4))</td></tr>")
            for indicator in d.indicators {
                let w: Evaluation.IndicatorWeight? = j < e.indicatorWeights.count ? e.indicatorWeights[j] : nil
                j += 1
                let derived = indicator.derived.map { "= \($0.numerator) / \($0.denominator)" } ?? ""
                rows.append("""
                <tr><td><code>\(indicator.code)</code></td><td>\(indicator.name(language))\(derived.isEmpty ? "" : " ")<span class="cid">\(derived)</span></td><td>\(indicator.unit)</td><td>\(directionText(indicator.direction))</td><td>\(s.defaults.cycleAggregation(for: indicator).rawValue)</td><td>\(s.defaults.missing(for: indicator).rawValue)</td><td>\(s.defaults.outliers(for: indicator).rawValue)</td><td>\(normalizationText(indicator))</td><td class="num">\(HTML.number(w?.withinDimension, digits: 4))</td><td class="num">\(HTML.number(w?.effective, digits: 4))</td></tr>
                """)
            }
        }
        return """
        <div class="table-wrap"><table class="compact tree"><thead><tr><th>\(t("代码", "code"))</th><th>\(t("指标", "indicator"))</th><th>\(t("单位", "unit"))</th><th>\(t("方向", "direction"))</th><th>\(t("周期合成", "cycle"))</th><th>\(t("缺失值", "missing"))</th><th>\(t("异常值", "outliers"))</th><th>\(t("归一化", "normalization"))</th><th class="num">\(t("维度内权重", "within dimension"))</th><th class="num">\(t("有效权重", "effective"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        <p class="muted">\(t("维度行的权重为维度权重；有效权重 = 维度权重 × 维度内权重，合计为 1。", "A dimension row shows the dimension weight; effective weight = dimension weight × weight within the dimension; they sum to 1."))</p>
        """
    }

    /// The indicator's normalization, with the goalposts when it uses them.
    func normalizationText(_ indicator: SchemeIndicator) -> String {
        let method = evaluation.scheme.defaults.normalization(for: indicator)
        guard method == .goalposts else { return method.rawValue }
        return "goalposts [" + HTML.amount(indicator.floor ?? 0, digits: 6) + ", " + HTML.amount(indicator.ceiling ?? 1, digits: 6) + "]"
    }

    /// A direction in words.
    func directionText(_ direction: Direction) -> String {
        switch direction {
        case .benefit: t("正向（越大越好）", "benefit")
        case .cost: t("逆向（越小越好）", "cost")
        case .target(let value): t("适度（目标 ", "target (") + HTML.amount(value, digits: 6) + t("）", ")")
        }
    }

    /// The weight origins: which method gave each level its weights.
    func weightOrigins() -> HTML {
        let rows: [HTML] = evaluation.weightOrigins.map { o in
            "<tr><td><code>\(o.path)</code></td><td>\(o.method)</td><td class=\"num\">\(HTML.number(o.consistencyRatio, digits: 4))</td><td class=\"num\">\(HTML.number(o.lambdaMax, digits: 4))</td></tr>"
        }
        return """
        <table class="compact"><thead><tr><th>\(t("层级", "level"))</th><th>\(t("方法", "method"))</th><th class="num">CR</th><th class="num">λ<sub>max</sub></th></tr></thead><tbody>\(rows)</tbody></table>
        <p class="muted">\(t("explicit：指标体系文件给定的权重（归一化到和为 1）；equal：等权；entropy/critic/stddev：由数据计算的客观权重；ahp：层次分析法（CR < 0.1 为一致）；combined：主客观组合。", "explicit: the scheme file's weights scaled to sum 1; equal: equal weights; entropy/critic/stddev: objective weights computed from the data; ahp: analytic hierarchy process (consistent when CR < 0.1); combined: subjective and objective combined."))</p>
        """
    }

    /// The formulas of the methods this scheme uses (and only those).
    func formulas() -> HTML {
        let s = evaluation.scheme
        let indicators = s.indicators
        var items: [HTML] = []
        let cycle = Set(indicators.map { s.defaults.cycleAggregation(for: $0) })
        for method in CycleAggregation.allCases where cycle.contains(method) {
            let text: String
            switch method {
            case .mean: text = t("周期值 = 各年度值的算术平均", "cycle value = arithmetic mean of the years reported")
            case .sum: text = t("周期值 = 各年度值之和", "cycle value = sum over the years")
            case .latest: text = t("周期值 = 最后一年的值", "cycle value = the last year's value")
            case .growth: text = t("周期值 = (末年/首年)^(1/(年数−1)) − 1（复合年增长率）", "cycle value = (last/first)^(1/(years−1)) − 1 (compound annual growth)")
            }
            items.append("<li><b>\(t("周期合成", "Cycle aggregation")) <code>\(method.rawValue)</code></b>: \(text)</li>")
        }
        let missing = Set(indicators.map { s.defaults.missing(for: $0) })
        for policy in MissingDataPolicy.allCases where missing.contains(policy) {
            let text: String
            switch policy {
            case .error: text = t("缺失即报错，不评价", "a missing value stops the evaluation")
            case .zero: text = t("缺失按 0 计", "counted as 0")
            case .centerMean: text = t("取该中心本周期其他年份的均值；该中心各年均无数值时报错（不用其他中心的数据）", "the mean of the center's other years; an error when it has none (other centers' values are never used)")
            case .centerMin: text = t("取该中心本周期最差的一年（逆向指标取最高值）；各年均无数值时报错", "the center's worst other year (highest for a cost indicator); an error when it has none")
            case .groupMean: text = t("取同类别中心该年度的均值（仅指标体系在该指标上指定时）", "the mean of the center's category that year (only where the scheme names it on the indicator)")
            }
            items.append("<li><b>\(t("缺失值", "Missing values")) <code>\(policy.rawValue)</code></b>: \(text)</li>")
        }
        let share = NumberText.decimal(100 * s.defaults.maxImputedShare, maximumFractionDigits: 1)
        let reportRule: String
        switch s.defaults.missingReport {
        case .error: reportRule = t("缺少年度报告即报错，不评价", "a missing annual report stops the evaluation")
        case .notParticipating: reportRule = t("缺少年度报告的中心视为不参加评估，不评等级", "a center missing an annual report is treated as not taking part and not graded")
        case .imputeOwnYears: reportRule = t("缺少的年度报告用该中心其他年份补值（单独计数）；整个周期都没有报告时报错", "a missing annual report is filled from the center's own other years (counted apart); none at all is an error")
        }
        items.append("<li><b>\(t("缺少年度报告", "Missing reports")) <code>\(s.defaults.missingReport.rawValue)</code></b>: \(reportRule)</li>")
        items.append("<li><b>\(t("补值上限", "Imputation limit")) <code>max_imputed_share</code></b>: \(t("每个中心已提交报告中的数据最多补值 \(share)%，超过即报错", "at most \(share) % of a center's values in its submitted reports may be imputed; more is an error"))</li>")
        let outliers = Set(indicators.map { s.defaults.outliers(for: $0) })
        for method in OutlierMethod.allCases where outliers.contains(method) && method != .none {
            let text = method == .winsorize
                ? t("偏度 |skew| > 2 且峰度 > 3.5 时逐点缩尾，否则取对数（COINr 规则）", "winsorize while |skew| > 2 and kurtosis > 3.5, else log-transform (COINr's rule)")
                : t("未通过偏度/峰度检验的列取对数（COINr log_CT）", "log-transform the columns that fail the skew/kurtosis check (COINr log_CT)")
            items.append("<li><b>\(t("异常值", "Outliers")) <code>\(method.rawValue)</code></b>: \(text)</li>")
        }
        let normalizations = Set(indicators.map { s.defaults.normalization(for: $0) })
        for method in NormalizationMethod.allCases where normalizations.contains(method) {
            let text: String
            switch method {
            case .minmax: text = t("正向 r = 100·(x − min)/(max − min)；逆向 r = 100·(max − x)/(max − min)；全部相同时 r = 50", "benefit r = 100·(x − min)/(max − min); cost r = 100·(max − x)/(max − min); a constant column gives 50")
            case .zscore: text = t("r = (x − 均值)/s（样本标准差），逆向取负", "r = (x − mean)/s (sample standard deviation); negated for cost")
            case .goalposts: text = t("r = 100·clamp((x − 下限)/(上限 − 下限), 0, 1)", "r = 100·clamp((x − floor)/(ceiling − floor), 0, 1)")
            case .rank: text = t("r = 平均秩，1 为最差 … n 为最好", "r = average rank, 1 = worst … n = best")
            case .percentile: text = t("r = 100·(秩 − 1)/(n − 1)", "r = 100·(rank − 1)/(n − 1)")
            case .vector: text = t("r = 100·x/‖x‖₂；逆向 100·(1 − x/‖x‖₂)", "r = 100·x/‖x‖₂; cost 100·(1 − x/‖x‖₂)")
            case .max: text = t("r = 100·x/max；逆向 100·(1 − x/max)", "r = 100·x/max; cost 100·(1 − x/max)")
            case .sum: text = t("r = 100·x/Σx；逆向 100·(1/x)/Σ(1/x)", "r = 100·x/Σx; cost 100·(1/x)/Σ(1/x)")
            }
            items.append("<li><b>\(t("归一化", "Normalization")) <code>\(method.rawValue)</code></b>: \(text)</li>")
        }
        items.append("<li><b>\(t("维度得分", "Dimension score"))</b>: D<sub>k</sub> = Σ<sub>j∈k</sub> w<sub>j|k</sub>·r<sub>j</sub> / Σ<sub>j∈k, \(t("有值", "present"))</sub> w<sub>j|k</sub></li>")
        let aggregation: String
        switch s.aggregation.method {
        case .weightedSum: aggregation = t("加权求和 S = Σ<sub>j</sub> W<sub>j</sub>·r<sub>j</sub> / Σ<sub>有值</sub> W<sub>j</sub>，W<sub>j</sub> 为有效权重", "weighted sum S = Σ<sub>j</sub> W<sub>j</sub>·r<sub>j</sub> / Σ<sub>present</sub> W<sub>j</sub>, W<sub>j</sub> the effective weight")
        case .geometric, .wpm: aggregation = t("加权几何平均 S = Π<sub>j</sub> r<sub>j</sub><sup>W<sub>j</sub></sup>", "weighted geometric mean S = Π<sub>j</sub> r<sub>j</sub><sup>W<sub>j</sub></sup>")
        case .topsis: aggregation = t("TOPSIS：S = 100·D⁻/(D⁺ + D⁻)，D⁺、D⁻ 为到正、负理想解的加权距离", "TOPSIS: S = 100·D⁻/(D⁺ + D⁻), the weighted distances to the ideal and anti-ideal")
        case .vikor: aggregation = t("VIKOR：S = 100·(1 − Q)，v = ", "VIKOR: S = 100·(1 − Q), v = ") + HTML.amount(s.aggregation.v ?? 0.5)
        }
        // The aggregation text holds our own <sub>/<sup> markup and no user data.
        items.append("<li><b>\(t("总分", "Total score")) <code>\(s.aggregation.method.rawValue)</code></b>: \(HTML.trusted(aggregation))</li>")
        return "<ul class=\"formulas\">\(items)</ul>"
    }

    /// Cut-offs, quotas, ties, vetoes, events, rewards and the rectification period.
    func gradeRules() -> HTML {
        let g = evaluation.scheme.grading
        var items: [HTML] = []
        if let c = g.cutoffs {
            items.append("<li>\(t("分数线：", "Cut-offs: "))\(Grade.excellent.label(language)) ≥ \(HTML.amount(c.excellent)) · \(Grade.good.label(language)) ≥ \(HTML.amount(c.good)) · \(Grade.qualified.label(language)) ≥ \(HTML.amount(c.qualified)) · \(t("其余", "otherwise")) \(Grade.unqualified.label(language))</li>")
        }
        if let q = g.quotas {
            let parts: [String] = Grade.allCases.compactMap { grade in
                guard let quota = q[grade] else { return nil }
                var text = grade.label(language)
                if let max = quota.maxShare { text += t(" 至多 ", " at most ") + HTML.amount(max * 100) + "%" }
                if let min = quota.minShare { text += t(" 至少 ", " at least ") + HTML.amount(min * 100) + "%" }
                return text
            }
            let scope = g.quotaScope == .category ? t("按类别分别计算", "per category") : t("全体计算", "over all centers")
            let ties = g.tieRule == .includeTies ? t("同分者一并计入", "ties at the limit are included") : t("同分者均不计入", "ties at the limit are excluded")
            let rounding: String
            switch g.quotaRounding {
            case .floor: rounding = t("名额 = 参评中心数（含一票否决者）× 比例，向下取整", "places = graded centers (vetoed included) × share, rounded down")
            case .round: rounding = t("名额 = 参评中心数（含一票否决者）× 比例，四舍五入", "places = graded centers (vetoed included) × share, rounded half up")
            case .ceil: rounding = t("名额 = 参评中心数（含一票否决者）× 比例，向上取整（可能多于比例）", "places = graded centers (vetoed included) × share, rounded up (may exceed the share)")
            }
            items.append("<li>\(t("名额比例：", "Quotas: "))\(parts.joined(separator: " · "))\(t("（", " ("))\(scope)\(t("；", "; "))\(rounding)\(t("；", "; "))\(ties)\(t("）", ")"))</li>")
        }
        for v in g.vetoes {
            let clause = language == .en ? (v.clauseEn ?? v.clause) : v.clause
            items.append("<li>\(t("一票否决：", "Veto: "))<code>\(v.indicator) \(v.op.rawValue) \(HTML.amount(v.value, digits: 6))</code>\(clause.map { " · \($0)" } ?? "")</li>")
        }
        items.append("<li>\(t("弄虚作假：", "Integrity violation: "))\(g.events.integrityViolation == .veto ? t("定为不合格（一票否决）", "graded unqualified (veto)") : t("仅标记，不改变等级", "flagged only; the grade stands"))\(t("；", "; "))\(t("不参加评估、中途退出：不再列入序列", "not participating or withdrawn: removed"))</li>")
        for r in g.rewards {
            var scope: [String] = []
            if let category = r.category { scope.append(category.label(language)) }
            if let level = r.level { scope.append(level.label(language)) }
            let clause = language == .en ? (r.clauseEn ?? r.clause) : r.clause
            items.append("<li>\(t("奖励：", "Reward: "))\(r.grade.label(language))\(scope.isEmpty ? "" : " (" + scope.joined(separator: ", ") + ")") → \(r.amountRMB.map { HTML.amount($0) + t(" 元", " RMB") } ?? t("金额另定", "amount set case by case")) (\(r.kind.rawValue))\(clause.map { " · \($0)" } ?? "")</li>")
        }
        items.append("<li>\(t("整改期限：", "Rectification period: "))\(g.rectificationYears) \(t("年，期满复评，合格线为合格分数线", "year(s), then re-evaluated against the qualified cut-off"))\(g.conversionReview ? t("；含转为专业性中心的评审", "; with a conversion review") : "")</li>")
        let clause = language == .en ? (g.clauseEn ?? g.clause) : g.clause
        if let clause { items.append("<li>\(t("依据：", "Clause: "))\(clause)</li>") }
        return "<ul class=\"rules\">\(items)</ul>"
    }

    /// The evaluation notes, if any.
    func notesBlock() -> HTML {
        guard !evaluation.notes.isEmpty else { return .empty }
        let items: [HTML] = evaluation.notes.map { "<li><code>\($0.code)</code> \($0.text(language))</li>" }
        return "<h3>\(t("评价说明", "Notes"))</h3><ul class=\"notes\">\(items)</ul>"
    }

    /// The input files with sizes, encodings, rows and SHA-256.
    func inputsTable() -> HTML {
        let rows: [HTML] = evaluation.inputs.map { f in
            let row: HTML = "<tr><td><code>\(f.path)</code></td><td class=\"num\">\(f.bytes)</td><td>\(f.encoding.rawValue)</td><td class=\"num\">\(f.rowsRead)</td><td class=\"num\">\(f.rowsRejected)</td><td><code class=\"hash\">\(f.sha256)</code></td></tr>"
            guard !f.adaptations.isEmpty else { return row }
            // What the reader did on its own to read the file, under its row (a plain-form file has none).
            let items: [HTML] = f.adaptations.map { "<li>\($0.message(language))</li>" }
            return "\(row)<tr class=\"adaptations\"><td colspan=\"6\">\(t("读取时已调整：", "Adapted while reading:"))<ul>\(items)</ul></td></tr>"
        }
        return """
        <div class="table-wrap"><table class="compact inputs"><thead><tr><th>\(t("文件", "file"))</th><th class="num">\(t("字节", "bytes"))</th><th>\(t("编码", "encoding"))</th><th class="num">\(t("读取行", "rows read"))</th><th class="num">\(t("拒绝行", "rejected"))</th><th>SHA-256</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
    }
}
