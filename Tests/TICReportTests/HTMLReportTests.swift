import Foundation
import Testing
import TICIngest
import TICPolicy
import TICScoring
@testable import TICReport
import TICSupport

/// A small evaluation built in memory, with hostile text in names, ids and regions.
private func hostileEvaluation(language: Language = .zh, missingValue: Bool = true, normalization: NormalizationMethod = .minmax) throws -> Evaluation {
    let centers: [(id: String, name: String, region: String, category: TICIngest.Category, staff: [Double], patents: [Double])] = [
        ("A-1", "<script>alert(1)</script>", "四川", .domain, [10, 12, 14], [3, 4, 5]),
        ("B\"><script>alert(2)</script>", "\" onmouseover=\"alert(3)", "<img src=x onerror=alert(4)>", .domain, [20, 22, 25], [6, 6, 7]),
        ("C-3", "evil\u{202E}exe.txt 中心", "湖南", .comprehensive, [30, 31, 33], [9, missingValue ? .nan : 9, 10]),
        ("D-4", "R&D 中心 ' </script><!--", "天津", .comprehensive, [5, 6, 4], [1, 1, 2]),
        ("E-5", "普通中心", "四川", .domain, [15, 15, 15], [4, 5, 4]),
    ]
    var workspace = Workspace(root: "hostile")
    for (k, c) in centers.enumerated() {
        workspace.centers.append(Center(id: c.id, name: c.name, level: .provincial, region: c.region, category: c.category,
                                        formation: .leadingEnterprise, leadType: .enterprise, field: .economy,
                                        approvedYear: 2019, registeredCapitalWan: 2000, line: k + 2))
    }
    for (t, year) in [2022, 2023, 2024].enumerated() {
        var report = AnnualReport(year: year, path: "reports/\(year).csv", columns: ["rd_staff", "invention_patents"])
        for (k, c) in centers.enumerated() { report.append(centerID: c.id, line: k + 2, values: [c.staff[t], c.patents[t]]) }
        workspace.reports.append(report)
    }
    let scheme = Scheme(
        name: "html-test", title: "测试<方案>", titleEn: "test <scheme>",
        defaults: SchemeDefaults(cycleAggregation: .mean, missing: .centerMean, outliers: .none, normalization: normalization),
        dimensionWeights: .equal,
        dimensions: [
            SchemeDimension(code: "talent", name: "人才<队伍>", nameEn: "talent", indicatorWeights: .equal, indicators: [.catalogue("rd_staff")]),
            SchemeDimension(code: "tech", name: "技术", nameEn: "technology", indicatorWeights: .equal, indicators: [.catalogue("invention_patents")]),
        ],
        grading: GradingRules(cutoffs: GradeCutoffs(excellent: 80, good: 60, qualified: 40)))
    return try Evaluator(workspace: workspace, scheme: scheme).evaluate()
}

/// The number of non-overlapping occurrences of `needle`.
private func occurrences(of needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

@Suite struct HTMLReportTests {
    @Test("interpolated strings are escaped; fragments and integers are inserted as they are")
    func builder() {
        let name = "<b onclick='x'>&</b>"
        let inner: HTML = "<i>\(name)</i>"
        let outer: HTML = "<p title=\"\(name)\">\(inner) \(3)</p>"
        #expect(outer.markup == "<p title=\"&lt;b onclick=&#39;x&#39;&gt;&amp;&lt;/b&gt;\"><i>&lt;b onclick=&#39;x&#39;&gt;&amp;&lt;/b&gt;</i> 3</p>")
        #expect(HTML.number(.nan) == "—")
        #expect(HTML.number(.infinity) == "—")
        #expect(HTML.number(nil) == "—")
        #expect(HTML.number(91.005) == "91.01")
        #expect(HTML.amount(1840.1799) == "1840.18")
    }

    @Test("ids from user data are hex of the UTF-8 bytes", arguments: [
        ("SC-P-001", "c-53432d502d303031"), ("中", "c-e4b8ad"), ("\"><x", "c-223e3c78"), ("", "c-"),
    ])
    func anchors(id: String, anchor: String) {
        #expect(AnchorID.center(id) == anchor)
    }

    @Test("JSON inside a script element escapes <, >, & and the JavaScript line separators")
    func scriptJSON() throws {
        let text = try ScriptJSON.encode(["k": "</script><!-- & \u{2028}\u{2029}"])
        #expect(text == #"{"k":"\u003c/script\u003e\u003c!-- \u0026 \u2028\u2029"}"#)
    }

    @Test("hostile names, ids and regions are shown as text, in content, attributes and script data")
    func hostileText() throws {
        let html = HTMLReport(evaluation: try hostileEvaluation(), language: .zh, version: "test").render()
        // Only our own two script elements exist.
        #expect(occurrences(of: "<script", in: html) == 2)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("\" onmouseover=\""))
        #expect(!html.contains("onmouseover=\"alert"))
        #expect(!html.contains("<!--"))
        #expect(!html.unicodeScalars.contains("\u{202E}"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot; onmouseover=&quot;alert(3)"))
        #expect(html.contains("evil\u{FFFD}exe.txt 中心"))
        #expect(html.contains("R&amp;D 中心 &#39; &lt;/script&gt;&lt;!--"))
        #expect(html.contains("data-region=\"&lt;img src=x onerror=alert(4)&gt;\""))
        #expect(html.contains("<option value=\"&lt;img src=x onerror=alert(4)&gt;\">"))
        // The embedded data holds no markup characters at all.
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"report-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let data = html[start.upperBound..<end.lowerBound]
        #expect(!data.contains("<") && !data.contains(">") && !data.contains("&"))
        #expect(data.contains(#"\u003cimg src=x onerror=alert(4)\u003e"#))
        // Card ids are built from the hex of the raw id.
        #expect(html.contains("id=\"\(AnchorID.center("B\"><script>alert(2)</script>"))\""))
    }

    @Test("every center has exactly one ranking row and one card, linked by its anchor")
    func rowsAndCards() throws {
        let evaluation = try hostileEvaluation()
        let html = HTMLReport(evaluation: evaluation, language: .en, version: "test").render()
        #expect(html.contains("<html lang=\"en\">"))
        #expect(occurrences(of: "<tr data-center=", in: html) == evaluation.centers.count)
        #expect(occurrences(of: "<article class=\"card\"", in: html) == evaluation.centers.count)
        for c in evaluation.centers {
            let hex = AnchorID.hex(c.center.id)
            #expect(occurrences(of: "<tr data-center=\"\(hex)\"", in: html) == 1)
            #expect(occurrences(of: "<article class=\"card\" id=\"c-\(hex)\"", in: html) == 1)
        }
    }

    @Test("scores shown are summary.json's scores rounded to 2 decimals")
    func numbersMatchSummary() throws {
        let evaluation = try hostileEvaluation()
        let html = HTMLReport(evaluation: evaluation, language: .zh, version: "test").render()
        let summary = SummaryDocument(evaluation, workspace: "hostile", language: .zh, version: "test")
        for entry in summary.centers {
            let hex = AnchorID.hex(entry.centerID)
            let rowStart = try #require(html.range(of: "<tr data-center=\"\(hex)\""))
            let rowEnd = try #require(html.range(of: "</tr>", range: rowStart.upperBound..<html.endIndex))
            let row = String(html[rowStart.lowerBound..<rowEnd.upperBound])
            let score = try #require(entry.score)
            #expect(row.contains("<td class=\"num score\" data-v=\"\(NumberText.decimal(score, maximumFractionDigits: 9))\">\(NumberText.fixed(score))</td>"))
            for (_, value) in entry.dimensionScores { #expect(row.contains(">\(NumberText.fixed(value))</td>")) }
        }
    }

    @Test("the same evaluation gives byte-identical HTML, in both languages")
    func deterministic() throws {
        for language in Language.allCases {
            let a = HTMLReport(evaluation: try hostileEvaluation(), language: language, version: "test").bytes()
            let b = HTMLReport(evaluation: try hostileEvaluation(), language: language, version: "test").bytes()
            #expect(a == b)
        }
    }

    @Test("no NaN or infinity text, and imputed values are marked")
    func noNonFiniteText() throws {
        let html = HTMLReport(evaluation: try hostileEvaluation(), language: .en, version: "test").render()
        let pattern = try NSRegularExpression(pattern: "(?i)\\b(nan|inf|infinity)\\b")
        let range = NSRange(html.startIndex..., in: html)
        #expect(pattern.firstMatch(in: html, range: range) == nil)
        #expect(html.contains("<td class=\"num imp\" title=\"imputed: center_mean (empty_cell) "))
    }

    @Test("unbounded scores (z-scores) are drawn on their observed range, negative values included, with no NaN")
    func unboundedScores() throws {
        let evaluation = try hostileEvaluation(normalization: .zscore)
        #expect(evaluation.scoreScale == nil)
        #expect(evaluation.evaluated.contains { ($0.score ?? 0) < 0 })
        let html = HTMLReport(evaluation: evaluation, language: .en, version: "test").render()
        let pattern = try NSRegularExpression(pattern: "(?i)\\b(nan|inf|infinity)\\b")
        #expect(pattern.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) == nil)
        #expect(!html.contains("width=\"-"))
        #expect(occurrences(of: "<svg class=\"profile\"", in: html) == evaluation.evaluated.count)
    }
}
