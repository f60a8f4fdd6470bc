import TICIngest
import TICPolicy

extension HTMLReport {
    /// The dynamic-adjustment list, one group per decision (recommend, continue, rectify, remove,
    /// convert, withdraw) in that order, each center with its reason and clause. The long
    /// `continue` group starts folded (the script unfolds every group before printing).
    func adjustmentsSection() -> HTML {
        let groups: [HTML] = Decision.Kind.allCases.compactMap { kind in
            let members = evaluation.centers.filter { $0.decision.kind == kind }
            guard !members.isEmpty else { return nil }
            let rows: [HTML] = members.map { c in
                """
                <tr><td>\(centerLink(c))</td><td>\(c.center.category.label(language))</td><td>\(gradeBadge(c))</td><td>\(c.previousGrade.map { $0.label(language) } ?? "—")</td><td>\(c.previousStatus.map { $0.label(language) } ?? "—")</td><td>\(c.decision.reason(language))</td><td>\(c.decision.clause(language))</td><td class="num">\(c.decision.amountRMB.map { HTML.amount($0) } ?? "—")</td></tr>
                """
            }
            return """
            <details class="adj" id="adj-\(kind.rawValue)"\(HTML.trusted(kind == .continue ? "" : " open"))>
            <summary>\(decisionBadge(kind)) \(members.count) \(t("个中心", members.count == 1 ? "center" : "centers"))</summary>
            <table class="compact"><thead><tr><th>\(t("中心", "center"))</th><th>\(t("类别", "category"))</th><th>\(t("等级", "grade"))</th><th>\(t("上周期等级", "previous grade"))</th><th>\(t("原状态", "previous status"))</th><th>\(t("理由", "reason"))</th><th>\(t("依据条款", "clause"))</th><th class="num">\(t("金额（元）", "amount (RMB)"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            </details>
            """
        }
        return """
        <section id="adjustments">
        <h2>\(t("动态调整名单", "Dynamic adjustment"))</h2>
        \(groups)
        </section>
        """
    }
}
