import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TICPolicy
@testable import TICReport
import TICSupport

/// The figures for papers: standalone SVG, and each figure kind's content.
@Suite struct FigureTests {
    /// Records the root element's namespace and counts elements by name.
    final class SVGReader: NSObject, XMLParserDelegate {
        var rootNamespace: String?
        var rootName: String?
        var counts: [String: Int] = [:]
        var texts: [String] = []
        private var text: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if rootName == nil { rootName = name; rootNamespace = namespaceURI }
            counts[name, default: 0] += 1
            if name == "text" { text = "" }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let text { texts.append(text) }
            text = nil
        }
    }

    /// Parses `svg` as XML with namespaces; nil when it is not well-formed.
    static func parse(_ svg: String) -> SVGReader? {
        let parser = XMLParser(data: Data(svg.utf8))
        parser.shouldProcessNamespaces = true
        let reader = SVGReader()
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    static let hostile = ["<i>a</i> & \"b\"", "方案 二", "C'"]

    static let heatmapValues: [[Double]] = [[1, .nan, .nan, .nan], [0.998, 1, .nan, .nan], [0.91, 0.9996, 1, .nan], [-0.25, .nan, 0.5, 1]]

    static func heatmap() -> Figure {
        // Pairs (1,0), (2,0), (2,1) and (3,·): 0.998 must not read as 1.00.
        ResearchFigures.heatmap(labels: Self.hostile + ["D"], values: heatmapValues, coefficient: "Spearman ρ", language: .en)
    }

    @Test("a standalone SVG is XML with the SVG namespace on its root, sizes in points, its own font names and no class")
    func standalone() throws {
        let svg = Self.heatmap().svg()
        let reader = try #require(Self.parse(svg))
        #expect(reader.rootName == "svg")
        #expect(reader.rootNamespace == "http://www.w3.org/2000/svg")
        #expect(svg.contains("width=\"241pt\""))
        #expect(svg.contains("'Noto Sans CJK SC'") && svg.contains("sans-serif"))
        #expect(!svg.contains("class="))
        #expect(reader.texts.contains(Self.hostile[0]))
        #expect(svg == Self.heatmap().svg())
    }

    @Test("heatmap: one cell per pair, three decimals (0.998 and 0.9996 are not 1.00), NaN as a dash, a colour bar")
    func heatmapCells() throws {
        let figure = Self.heatmap()
        let cells = figure.marks.filter { if case .rectangle(_, _, _, _, _, let s) = $0 { s?.colour == .white } else { false } }
        #expect(cells.count == 6)  // 4 schemes: 6 pairs
        #expect(figure.texts.contains("0.998"))
        #expect(figure.texts.contains("0.9996"))
        #expect(!figure.texts.contains("1.000"))
        #expect(figure.texts.filter { $0 == "1.00" }.count == 1)  // the colour bar's top tick only
        #expect(figure.texts.contains("-0.250"))
        #expect(figure.texts.filter { $0 == "—" }.count == 1)
        // Colour bar: its steps, and ticks at low (−0.3: the smallest value rounded down to 0.1), the middle and 1.
        let steps = figure.marks.filter { if case .rectangle(_, _, let w, _, _, nil) = $0 { w == 8 } else { false } }
        #expect(steps.count == ResearchFigures.colourBarSteps)
        #expect(figure.texts.contains("-0.30") && figure.texts.contains("0.35") && figure.texts.contains("1.00"))
    }

    @Test("compare figures: one heatmap per coefficient, cells = pairs × coefficients, scheme titles as labels")
    func compareFigures() throws {
        let page = try ResearchPagesTests.comparison()
        let set = page.figures(language: .en)
        #expect(set.figures.map(\.name) == ["heatmap-spearman", "heatmap-kendall-tau-b", "heatmap-weighted-spearman", "heatmap-ws",
                                             "rank-shift-1-2", "rank-shift-1-3", "rank-shift-2-3"])
        // Rank shifts: one point per center ranked under both, the movers larger and tagged.
        for (k, (_, figure)) in set.figures.suffix(3).enumerated() {
            let dots = figure.marks.compactMap { if case .circle(_, _, let r, _, _) = $0 { r } else { nil } }
            #expect(dots.count == page.rankPoints(pair: k).count)
            #expect(dots.filter { $0 > 2 }.count == page.pairs[k].movers.count)
            for mover in page.pairs[k].movers { #expect(figure.texts.contains(mover.centerID)) }
        }
        var cells = 0
        for (_, figure) in set.figures.prefix(4) {
            let reader = try #require(Self.parse(figure.svg()))
            #expect(reader.rootNamespace == "http://www.w3.org/2000/svg")
            cells += figure.marks.filter { if case .rectangle(_, _, _, _, _, let s) = $0 { s?.colour == .white } else { false } }.count
            // Scheme names, not the labels given on the command line.
            #expect(figure.texts.contains("w0.8") && !figure.texts.contains("talent-heavy"))
        }
        #expect(cells == page.pairs.count * ComparisonPage.coefficients.count)
        // The Spearman cells show the pairs' values with three decimals.
        let spearman = set.figures[0].figure.texts
        for pair in page.pairs { #expect(spearman.contains(ResearchFigures.coefficientText(pair.spearman))) }
    }

    @Test("Sobol: S1 and ST bars per factor, each with a whisker at its interval bounds")
    func sobol() throws {
        let result = try ResearchPagesTests.uncertainty()
        let s = try #require(result.sensitivity)
        let set = UncertaintyPage(result: result).figures(language: .en)
        #expect(set.figures.map(\.name) == ["rank-intervals", "grade-probabilities", "sobol"])
        let figure = set.figures[2].figure
        let whiskers = figure.marks.compactMap { mark -> (Double, Double)? in
            guard case .line(let x1, let y1, let x2, let y2, let stroke) = mark, stroke == ResearchFigures.whiskerStroke, y1 == y2 else { return nil }
            return (x1, x2)
        }
        #expect(whiskers.count == 2 * s.factors.count)
        // Whisker ends follow the intervals: the axis is linear, so their lengths are in the ratio of the intervals'.
        let x = s.meanAbsoluteRankChange
        let lengths = whiskers.map { $0.1 - $0.0 }
        let widths = zip(x.firstOrderLow, x.firstOrderHigh).map { $1 - $0 }
        #expect(isCloseRatio(lengths[0] / lengths[2], widths[0] / widths[1]))
        #expect(figure.texts.contains(s.factors[0]))
    }

    func isCloseRatio(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 0.02 * max(abs(b), 1e-9) + 0.02 }

    @Test("grade palette: neighbouring grades differ by at least 15 L* in grayscale; the light grades carry patterns")
    func gradePalette() {
        let lightness = FigurePalette.grades.map(\.lightness)
        for k in 1..<lightness.count {
            #expect(lightness[k] - lightness[k - 1] >= FigurePalette.minimumGradeLightnessStep)
        }
        #expect(FigurePalette.gradePatterns[2] != .none && FigurePalette.gradePatterns[3] != .none)
        #expect(FigurePalette.gradePatterns[2] != FigurePalette.gradePatterns[3])
        // CIE L* of sRGB references (IEC 61966-2-1 + CIE 1976): white 100, black 0, #777777 ≈ 50.03, #ff0000 ≈ 53.24.
        #expect(abs(FigureColour.white.lightness - 100) < 0.01)
        #expect(abs(FigureColour(0x000000).lightness) < 0.01)
        #expect(abs(FigureColour(0x777777).lightness - 50.03) < 0.05)
        #expect(abs(FigureColour(0xff0000).lightness - 53.24) < 0.05)
    }

    @Test("sequential palette: lightness falls strictly from t = 0 to t = 1")
    func sequentialPalette() {
        let lightness = (0...100).map { FigurePalette.sequential(Double($0) / 100).lightness }
        for k in 1..<lightness.count { #expect(lightness[k] < lightness[k - 1]) }
        #expect(lightness[0] - lightness[100] > 70)
    }

    @Test("grade probabilities: one bar segment per non-zero probability, hatching inside its segment")
    func gradeBars() throws {
        let rows = [ReportChart.GradeShares(label: "A", nominal: "", probabilities: [0.5, 0.25, 0.25, 0]),
                    ReportChart.GradeShares(label: "B", nominal: "", probabilities: [0, 0, 0.4, 0.6])]
        let figure = ResearchFigures.gradeProbabilities(rows: rows, legend: ["excellent", "good", "qualified", "unqualified"], language: .en)
        let segments = figure.marks.filter { if case .rectangle(_, _, _, _, let f?, _) = $0 { FigurePalette.grades.contains(f) } else { false } }
        #expect(segments.count == 4 + 5)  // legend + segments
        // Every hatch line lies inside a rectangle of its grade (within rounding).
        for case .rectangle(let x, let y, let w, let h, let fill?, _) in figure.marks where fill == FigurePalette.grades[3] {
            let hatch = FigurePattern.crossHatched.lines(x: x, y: y, width: w, height: h, colour: .ink)
            #expect(!hatch.isEmpty)
            for case .line(let x1, let y1, let x2, let y2, _) in hatch {
                #expect([x1, x2].allSatisfy { $0 >= x - 1e-9 && $0 <= x + w + 1e-9 })
                #expect([y1, y2].allSatisfy { $0 >= y - 1e-9 && $0 <= y + h + 1e-9 })
            }
        }
        #expect(Self.parse(figure.svg()) != nil)
    }

    @Test("weights: bar lengths in proportion to the weights, values with four decimals")
    func weights() throws {
        let figure = ResearchFigures.weights(criteria: ["x1", "成本", "x3"], weights: [0.5, 0.3, 0.2], method: "entropy", language: .en)
        let bars = figure.marks.compactMap { mark -> Double? in
            if case .rectangle(_, _, let w, _, let f?, nil) = mark, f == FigurePalette.grades[1] { w } else { nil }
        }
        #expect(bars.count == 3)
        #expect(abs(bars[1] / bars[0] - 0.6) < 1e-9 && abs(bars[2] / bars[0] - 0.4) < 1e-9)
        #expect(figure.texts.contains("0.5000") && figure.texts.contains("0.3000"))
        #expect(figure.width == Figure.columnWidth)
    }

    @Test("rank intervals: one interval, median and nominal mark per center; names only while rows are ≥ 6 pt")
    func rankIntervals() throws {
        let rows = (1...5).map { ReportChart.RankInterval(label: "c\($0)", nominal: $0, p5: Double($0), median: Double($0) + 0.5, p95: Double($0) + 2) }
        let figure = ResearchFigures.rankIntervals(rows: rows, maximumRank: 5, language: .en)
        #expect(figure.marks.filter { if case .circle = $0 { true } else { false } }.count == 5 + 1)  // + legend
        #expect(figure.texts.contains("c3"))
        #expect(figure.width == Figure.pageWidth)
        let many = (1...300).map { ReportChart.RankInterval(label: "c\($0)", nominal: $0, p5: 1, median: 2, p95: 3) }
        #expect(!ResearchFigures.rankIntervals(rows: many, maximumRank: 300, language: .en).texts.contains("c3"))
    }
}

/// The evaluation figures (`evaluate --figures`).
@Suite struct EvaluationFigureTests {
    @Test("score histogram: the counts of ten bins over the range, cut-offs as labelled lines")
    func histogram() throws {
        // 12 scores over 0–100: bins [0,10): 1, [50,60): 2, [90,100]: 3 (100 counts in the last bin); NaN left out.
        let scores = [5.0, 55, 59.9, 90, 95, 100, .nan]
        let figure = ResearchFigures.scoreHistogram(scores: scores, range: (0, 100), cutoffs: [(85, "excellent"), (60, "good")], title: "t", axis: "score")
        let bars = figure.marks.compactMap { mark -> Double? in
            if case .rectangle(_, _, _, let h, let f?, nil) = mark, f == FigurePalette.grades[1] { h } else { nil }
        }
        #expect(bars.count == 3)
        #expect(abs(bars[0] * 3 - bars[2]) < 1e-9 && abs(bars[1] * 3 - bars[2] * 2) < 1e-9)
        #expect(figure.texts.contains("excellent ≥ 85") && figure.texts.contains("good ≥ 60"))
        let dashed = figure.marks.filter { if case .line(_, _, _, _, let s) = $0 { !s.dash.isEmpty } else { false } }
        #expect(dashed.count == 2)
        #expect(FigureTests.parse(figure.svg()) != nil)
    }

    @Test("grades per category: one bar per non-zero count in the grade colours, every count written")
    func gradeCounts() throws {
        let figure = ResearchFigures.gradeCounts(groups: [("A", [1, 2, 0, 4]), ("B", [3, 0, 0, 1])], legend: ["e", "g", "q", "u"], title: "t")
        let filled = figure.marks.filter { if case .rectangle(_, _, _, _, let f?, _) = $0 { FigurePalette.grades.contains(f) } else { false } }
        #expect(filled.count == 4 + 5)  // legend + non-zero bars
        for count in ["1", "2", "0", "4", "3"] { #expect(figure.texts.contains(count)) }
    }
}
