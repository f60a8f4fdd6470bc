import TICIngest
import TICPolicy
import TICSupport

extension HTMLReport {
    /// The ranking: every center once, sortable by clicking a header and filterable by category,
    /// region, level and field. Rows carry `data-center` (the hex anchor) and the filter codes;
    /// cells carry `data-v`, the sort key (full-precision numbers, so ties stay ties).
    func rankingSection() -> HTML {
        let e = evaluation
        let dimensions = e.scheme.dimensions
        var heads: [HTML] = [
            "<th data-key=\"rank\" data-type=\"num\" class=\"num\" scope=\"col\">\(t("排名", "rank"))</th>",
            "<th data-key=\"name\" data-type=\"text\" scope=\"col\">\(t("中心", "center"))</th>",
            "<th data-key=\"category\" data-type=\"text\" scope=\"col\">\(t("类别", "category"))</th>",
            "<th data-key=\"level\" data-type=\"text\" scope=\"col\">\(t("级别", "level"))</th>",
            "<th data-key=\"region\" data-type=\"text\" scope=\"col\">\(t("地区", "region"))</th>",
            "<th data-key=\"crank\" data-type=\"num\" class=\"num\" scope=\"col\">\(t("类别内排名", "in category"))</th>",
            "<th data-key=\"score\" data-type=\"num\" class=\"num\" scope=\"col\">\(t("得分", "score"))</th>",
        ]
        for (k, d) in dimensions.enumerated() {
            heads.append("<th data-key=\"d\(k)\" data-type=\"num\" class=\"num dim\" scope=\"col\" title=\"\(d.name(language))\">\(d.name(language))</th>")
        }
        heads.append("<th data-key=\"grade\" data-type=\"num\" scope=\"col\">\(t("等级", "grade"))</th>")
        heads.append("<th data-key=\"decision\" data-type=\"text\" scope=\"col\">\(t("调整决定", "decision"))</th>")
        let rows: [HTML] = e.centers.map { c in
            let evaluated = c.participation == .evaluated
            var cells: [HTML] = [
                "<td class=\"num\" data-v=\"\(c.rank.map(String.init) ?? "")\">\(c.rank.map(String.init) ?? "—")</td>",
                "<td class=\"name\" data-v=\"\(c.center.name)\">\(centerLink(c))</td>",
                "<td data-v=\"\(c.center.category.rawValue)\">\(c.center.category.label(language))</td>",
                "<td data-v=\"\(c.center.level.rawValue)\">\(c.center.level.label(language))</td>",
                "<td data-v=\"\(c.center.region)\">\(c.center.region)</td>",
                "<td class=\"num\" data-v=\"\(c.categoryRank.map(String.init) ?? "")\">\(c.categoryRank.map(String.init) ?? "—")</td>",
                "<td class=\"num score\" data-v=\"\(sortKey(c.score))\">\(HTML.number(c.score))</td>",
            ]
            for k in dimensions.indices {
                let v: Double? = evaluated && k < c.dimensionScores.count ? c.dimensionScores[k] : nil
                cells.append("<td class=\"num dim\" data-v=\"\(sortKey(v))\">\(HTML.number(v))</td>")
            }
            cells.append("<td data-v=\"\(c.grade.map { String($0.order) } ?? "")\">\(gradeBadge(c))</td>")
            cells.append("<td data-v=\"\(String(Decision.Kind.allCases.firstIndex(of: c.decision.kind) ?? 0))\">\(decisionBadge(c.decision.kind))</td>")
            return """
            <tr data-center="\(AnchorID.hex(c.center.id))" data-category="\(c.center.category.rawValue)" data-level="\(c.center.level.rawValue)" data-region="\(c.center.region)" data-field="\(c.center.field.rawValue)">\(cells)</tr>

            """
        }
        return """
        <section id="ranking">
        <h2>\(t("排名", "Ranking"))</h2>
        <p class="hint no-print">\(t("点击表头排序；用下列选项筛选。维度列为各维度得分（0–100）。", "Click a header to sort; filter with the lists below. Dimension columns are sub-scores (0–100)."))</p>
        <form class="filters no-print" id="filters">
        \(filterSelect("category", label: t("类别", "category"), options: Category.allCases.map { ($0.rawValue, $0.label(language)) }))
        \(filterSelect("region", label: t("地区", "region"), options: Array(Set(e.centers.map(\.center.region))).sorted().map { ($0, $0) }))
        \(filterSelect("level", label: t("级别", "level"), options: Level.allCases.map { ($0.rawValue, $0.label(language)) }))
        \(filterSelect("field", label: t("领域", "field"), options: Field.allCases.map { ($0.rawValue, $0.label(language)) }))
        <button type="reset" id="filters-reset">\(t("清除筛选", "clear"))</button>
        <output id="shown">\(e.centers.count) / \(e.centers.count)</output>
        </form>
        <div class="table-wrap">
        <table id="ranking-table" class="ranking">
        <thead><tr>\(heads)</tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        </div>
        </section>
        """
    }

    /// A `<select>` for one filter; option values are codes (or the region as written).
    func filterSelect(_ key: String, label: String, options: [(value: String, label: String)]) -> HTML {
        let items: [HTML] = options.map { "<option value=\"\($0.value)\">\($0.label)</option>" }
        return "<label>\(label) <select data-filter=\"\(key)\" name=\"\(key)\"><option value=\"\">\(t("全部", "all"))</option>\(items)</select></label>"
    }

    /// A sort key: the value with up to 9 decimals, empty when missing.
    func sortKey(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return NumberText.decimal(value, maximumFractionDigits: 9)
    }
}
