import TICIngest
import TICPolicy
import TICSupport

/// `report.html`: one self-contained page (inline CSS, inline SVG, a little inline script; no
/// network) that a science department publishes and dashboards embed.
///
/// Sections: overview (grades per category, score histogram, decisions), the ranking (sortable,
/// filterable by category, region, level and field), a card per center (`id="c-<hex of the id>"`,
/// see ``AnchorID``), the dynamic-adjustment list and the methodology (indicator tree with
/// effective weights, formulas, grade rules, input files with SHA-256, the ticeval version).
///
/// Every user string goes through ``HTML`` interpolation, which escapes it; data embedded for the
/// script goes through ``ScriptJSON``. Numbers are summary.json's values rounded half away from
/// zero to 2 decimals (weights to 4). The same evaluation gives byte-identical output: no clock,
/// no random ids, every list in a fixed order.
///
/// ```swift
/// let page = HTMLReport(evaluation: evaluation, language: .zh, version: "0.4.0")
/// try folder.write([("report.html", page.bytes())])
/// ```
public struct HTMLReport: Sendable {
    /// The evaluation shown.
    public var evaluation: Evaluation
    /// The language of labels (user data is shown as given).
    public var language: Language
    /// The ticeval version printed in the methodology.
    public var version: String

    /// Creates a report.
    public init(evaluation: Evaluation, language: Language, version: String) {
        self.evaluation = evaluation
        self.language = language
        self.version = version
    }

    /// The page as UTF-8 bytes (no BOM), ending with a newline.
    public func bytes() -> [UInt8] { Array(render().utf8) }

    /// The page.
    public func render() -> String {
        let e = evaluation
        let title = t("技术创新中心评价报告", "Technology Innovation Center Evaluation Report")
        let cycle = "\(e.cycle.lowerBound)–\(e.cycle.upperBound)"
        let dateText = e.evaluationDate.map { " · " + t("评价日期 ", "evaluation date ") + $0.description } ?? ""
        let page: HTML = """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <meta name="generator" content="ticeval \(version)">
        <title>\(title) · \(e.scheme.title(language)) · \(cycle)</title>
        <style>\(ReportStyle.css)</style>
        </head>
        <body>
        <header class="page-head">
        <h1>\(title)</h1>
        <p class="subtitle">\(e.scheme.title(language)) · \(t("评价周期", "cycle")) \(cycle)\(dateText) · \(t("参评中心", "centers evaluated")) \(e.evaluated.count) / \(e.centers.count)</p>
        \(noticeList())
        <nav class="toc">
        <a href="#overview">\(t("总览", "Overview"))</a>
        <a href="#ranking">\(t("排名", "Ranking"))</a>
        <a href="#adjustments">\(t("动态调整", "Adjustments"))</a>
        <a href="#centers">\(t("中心详情", "Centers"))</a>
        <a href="#methodology">\(t("方法说明", "Methodology"))</a>
        </nav>
        </header>
        <main>
        \(overviewSection())
        \(rankingSection())
        \(adjustmentsSection())
        \(cardsSection())
        \(methodologySection())
        </main>
        <footer class="page-foot">ticeval \(version) · \(e.scheme.name) · \(t("同一输入生成的报告逐字节相同", "the same inputs give a byte-identical report"))</footer>
        <pre id="selftest" hidden></pre>
        <script type="application/json" id="report-data">\(HTML.trusted(scriptData()))</script>
        <script>\(ReportScript.js)</script>
        </body>
        </html>

        """
        return page.markup
    }

    /// The notes on who was evaluated and under which text (the policy's validity, the scope), under the title.
    func noticeList() -> HTML {
        let items: [HTML] = evaluation.notes.filter { EvaluationSummaryText.shownFirst.contains($0.code) }.map { "<li>\($0.text(language))</li>" }
        return items.isEmpty ? .empty : "<ul class=\"notice\">\(items)</ul>"
    }

    // MARK: - Shared helpers

    /// A label in the report's language.
    func t(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    /// The grade badge (or a dash with the participation for centers not graded).
    func gradeBadge(_ c: CenterEvaluation) -> HTML {
        guard let grade = c.grade else {
            return "<span class=\"badge g-none\">\(participationLabel(c.participation))</span>"
        }
        return "<span class=\"badge g-\(grade.rawValue)\">\(grade.label(language))</span>"
    }

    /// The decision badge.
    func decisionBadge(_ kind: Decision.Kind) -> HTML {
        "<span class=\"badge d-\(kind.rawValue)\">\(kind.label(language))</span>"
    }

    /// A link to a center's card showing its name.
    func centerLink(_ c: CenterEvaluation) -> HTML {
        "<a href=\"#\(AnchorID.center(c.center.id))\">\(c.center.name)</a> <span class=\"cid\">\(c.center.id)</span>"
    }

    /// How the center took part, in words.
    func participationLabel(_ p: CenterEvaluation.Participation) -> String {
        switch p {
        case .evaluated: t("参评", "evaluated")
        case .notParticipating: t("未参加评估", "not participating")
        case .withdrawn: t("中途退出", "withdrawn")
        case .missingReport: t("缺少年度报告，视为未参加", "missing report: not taking part")
        case .removedAfterRectification: t("整改未通过", "failed re-evaluation")
        case .notYetDue: t("未到评估期", "not yet due")
        case .outOfScope: t("不在评价范围", "out of scope")
        }
    }

    /// Why a center has its grade, in words.
    func gradeBasisLabel(_ basis: CenterEvaluation.GradeBasis) -> String {
        switch basis {
        case .cutoff: t("分数线", "score cut-offs")
        case .quota: t("名额比例调整", "moved by a quota")
        case .veto: t("一票否决", "veto (hard floor)")
        case .integrity: t("弄虚作假", "integrity violation")
        }
    }

    /// The range scores are drawn on: 0…scale, or the observed range for unbounded scores.
    var scoreRange: (low: Double, high: Double) {
        if let scale = evaluation.scoreScale, scale > 0 { return (0, scale) }
        var low = 0.0, high = 1.0, seen = false
        for c in evaluation.evaluated {
            for v in c.dimensionScores + [c.score ?? .nan] where v.isFinite {
                if !seen { low = v; high = v; seen = true } else { low = min(low, v); high = max(high, v) }
            }
        }
        if !seen || high - low < 1e-12 { return (low - 1, low + 1) }
        return (low, high)
    }

    /// The data the script needs, as escaped JSON: per center its anchor and filter keys.
    func scriptData() -> String {
        struct Entry: Encodable { var anchor: String; var category: String; var level: String; var region: String; var field: String; var evaluated: Bool }
        struct Payload: Encodable { var centers: [Entry]; var language: String }
        let payload = Payload(centers: evaluation.centers.map {
            Entry(anchor: AnchorID.hex($0.center.id), category: $0.center.category.rawValue, level: $0.center.level.rawValue,
                  region: $0.center.region, field: $0.center.field.rawValue, evaluated: $0.participation == .evaluated)
        }, language: language.rawValue)
        return (try? ScriptJSON.encode(payload)) ?? "{}"
    }
}
