import Foundation
import Testing
import TICIngest
import TICPolicy
import TICScoring
@testable import TICReport
import TICSupport

/// `compare.html` and `uncertainty.html` built from a small in-memory workspace whose names are hostile.
@Suite struct ResearchPagesTests {
    /// Six centers over two indicators; two names try to break out of text and attributes.
    static func workspace() -> Workspace {
        let centers: [(id: String, name: String, staff: [Double], patents: [Double])] = [
            ("A-1", "<script>alert(1)</script>", [10, 12, 14], [3, 4, 5]),
            ("B-2", "\" onmouseover=\"alert(2)", [20, 22, 25], [6, 6, 7]),
            ("C-3", "R&D 中心 ' </script><!--", [30, 31, 33], [2, 2, 3]),
            ("D-4", "普通中心", [5, 6, 4], [9, 9, 10]),
            ("E-5", "second <b>bold</b>", [15, 15, 15], [4, 5, 4]),
            ("F-6", "六号中心", [25, 24, 26], [1, 1, 1]),
        ]
        var workspace = Workspace(root: "hostile")
        for (k, c) in centers.enumerated() {
            workspace.centers.append(Center(id: c.id, name: c.name, level: .provincial, region: "四川", category: .domain,
                                            formation: .leadingEnterprise, leadType: .enterprise, field: .economy,
                                            approvedYear: 2019, registeredCapitalWan: 2000, line: k + 2))
        }
        for (t, year) in [2022, 2023, 2024].enumerated() {
            var report = AnnualReport(year: year, path: "reports/\(year).csv", columns: ["rd_staff", "invention_patents"])
            for (k, c) in centers.enumerated() { report.append(centerID: c.id, line: k + 2, values: [c.staff[t], c.patents[t]]) }
            workspace.reports.append(report)
        }
        return workspace
    }

    /// A two-dimension scheme with dimension weights `talent` and 1 − `talent`.
    static func scheme(talent: Double) -> Scheme {
        Scheme(
            name: "w\(talent)", title: "方案", titleEn: "scheme",
            defaults: SchemeDefaults(cycleAggregation: .mean, missing: .centerMean, outliers: .none, normalization: .minmax),
            dimensionWeights: .explicit,
            dimensions: [
                SchemeDimension(code: "talent", name: "人才", nameEn: "talent", weight: talent, indicatorWeights: .equal, indicators: [.catalogue("rd_staff")]),
                SchemeDimension(code: "tech", name: "技术", nameEn: "technology", weight: 1 - talent, indicatorWeights: .equal, indicators: [.catalogue("invention_patents")]),
            ],
            grading: GradingRules(cutoffs: GradeCutoffs(excellent: 80, good: 60, qualified: 40)))
    }

    /// Three labelled evaluations (one label hostile) and their pairwise comparisons.
    static func comparison() throws -> ComparisonPage {
        let workspace = workspace()
        let evaluations = try [("talent-heavy", 0.8), ("<i>even</i>", 0.5), ("tech-heavy", 0.2)].map { label, w in
            (label: label, evaluation: try Evaluator(workspace: workspace, scheme: scheme(talent: w)).evaluate())
        }
        return ComparisonPage(evaluations: evaluations, pairs: SchemeComparison.pairwise(evaluations, topK: 3, movers: 2))
    }

    /// A small Monte Carlo run with Sobol indices.
    static func uncertainty() throws -> UncertaintyResult {
        try UncertaintyAnalysis.analyze(workspace: workspace(), scheme: scheme(talent: 0.5),
                                        settings: UncertaintySettings(samples: 64, seed: 5, topK: 3, threads: 1, sensitivity: true, bootstrap: 10))
    }

    /// Whether `page` prints NaN or an infinity as a word.
    static func hasNonFinite(_ page: String) -> Bool {
        page.range(of: #"\b(nan|inf|infinity)\b"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// Occurrences of `needle` in `text`.
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("compare.html escapes hostile center names and scheme labels", arguments: Language.allCases)
    func compareEscapes(language: Language) throws {
        let page = try Self.comparison().render(language: language)
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("\" onmouseover="))
        #expect(!page.contains("<i>even</i>"))
        #expect(page.contains("&lt;i&gt;even&lt;/i&gt;"))
        #expect(!page.contains("<!--"))
        #expect(!Self.hasNonFinite(page))
    }

    @Test("the heatmap has a cell per scheme pair with ρ printed to 2 decimals")
    func heatmapCells() throws {
        let comparison = try Self.comparison()
        let heatmap = comparison.heatmap().markup
        let n = comparison.rankings.count
        #expect(Self.count("class=\"heat\"", in: heatmap) == n * n)
        #expect(comparison.pairs.count == n * (n - 1) / 2)
        for pair in comparison.pairs {
            let printed = NumberText.fixed(pair.spearman, fractionDigits: 2)
            // Each pair appears twice (above and below the diagonal).
            #expect(Self.count("\">\(printed)</text>", in: heatmap) >= 2, "ρ \(printed) of \(pair.schemeA) · \(pair.schemeB)")
        }
        #expect(Self.count("\">1.00</text>", in: heatmap) >= n)
    }

    @Test("the rank-shift chart has a point per center and tags the movers")
    func rankShift() throws {
        let comparison = try Self.comparison()
        let chart = comparison.rankShift(pair: 0).markup
        #expect(Self.count("<circle", in: chart) == comparison.pairs[0].centers)
        for mover in comparison.pairs[0].movers { #expect(chart.contains(">\(mover.centerID)<title>")) }
    }

    @Test("uncertainty.html escapes names, shows one interval row and one grade bar per center, and the Sobol table", arguments: Language.allCases)
    func uncertaintyPage(language: Language) throws {
        let result = try Self.uncertainty()
        let page = UncertaintyPage(result: result).render(language: language)
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("\" onmouseover="))
        #expect(!page.contains("<b>bold"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(Self.count("<g class=\"interval\">", in: page) == result.alternatives.count)
        let bars = try #require(UncertaintyPage(result: result).gradeChart(language: language)).markup
        #expect(Self.count("<g><title>", in: bars) == result.alternatives.count)
        #expect(page.contains("class=\"compact sensitivity\""))
        #expect(!Self.hasNonFinite(page))
    }

    @Test("interval rows follow the nominal rank")
    func intervalOrder() throws {
        let page = UncertaintyPage(result: try Self.uncertainty())
        let ranks = page.sortedAlternatives.map(\.nominalRank)
        #expect(ranks == ranks.sorted())
        let chart = page.intervalChart(language: .en).markup
        var position = chart.startIndex
        for a in page.sortedAlternatives {
            let label = ">\(a.nominalRank). \(HTMLText.escaped(DisplayWidth.truncated(a.name, to: 46)))</text>"
            let found = try #require(chart.range(of: label, range: position..<chart.endIndex), "row of \(a.id)")
            position = found.upperBound
        }
    }

    @Test("the same inputs give the same bytes")
    func deterministic() throws {
        #expect(try Self.comparison().render(language: .zh) == Self.comparison().render(language: .zh))
        #expect(UncertaintyPage(result: try Self.uncertainty()).render(language: .en) == UncertaintyPage(result: try Self.uncertainty()).render(language: .en))
    }

    @Test("NaN coefficients and probabilities print as an em dash")
    func nonFinite() throws {
        let heatmap = ReportChart.correlationHeatmap(labels: ["a", "b"], values: [[1, .nan], [.infinity, 1]], caption: "ρ").markup
        #expect(!Self.hasNonFinite(heatmap))
        #expect(Self.count(">—</text>", in: heatmap) == 2)
        let bars = ReportChart.gradeProbabilities(rows: [.init(label: "x", nominal: "", probabilities: [.nan, 0.5, 0.5, 0])], legend: ["e", "g", "q", "u"]).markup
        #expect(!Self.hasNonFinite(bars))
        let intervals = ReportChart.rankIntervals(rows: [.init(label: "x", nominal: 1, p5: .nan, median: 1, p95: 2)], maximumRank: 2,
                                                  labels: .init(interval: "i", median: "m", nominal: "n", axis: "r")).markup
        #expect(!Self.hasNonFinite(intervals))
    }
}
