import TICIngest

/// The charts of the research pages (`compare.html`, `uncertainty.html`) and notebooks 2 and 3:
/// a correlation heatmap, a rank-shift scatter, a rank interval plot and grade-probability bars.
/// Like the report's charts they have fixed sizes, coordinates rounded to 0.1 px and escaped labels,
/// so the same data give the same bytes; colours are presentation attributes (or the report's grade
/// classes), so the pages need nothing beyond the report's style sheet.
extension ReportChart {
    /// A coordinate as markup.
    fileprivate static func at(_ v: Double) -> HTML { .trusted(HTML.coordinate(v)) }

    /// A square matrix of coefficients in [−1, 1] with the value printed in every cell: blue for
    /// positive values, red for negative ones; NaN cells are grey and show an em dash.
    ///
    /// Rankings of one cohort usually agree closely (ρ > 0.9), so the blue scale starts at the
    /// smallest positive value rounded down to 0.1 (at most 0.9, at least 0), named under the
    /// chart; red runs from 0 to −1.
    ///
    /// - Parameters:
    ///   - labels: the row and column labels (schemes), in order.
    ///   - values: `values[i][j]`, a `labels.count × labels.count` matrix (the diagonal is usually 1).
    ///   - caption: what the coefficient is (the cells' tooltips start with it), e.g. `Spearman ρ`.
    /// - Complexity: O(n²) for n labels.
    public static func correlationHeatmap(labels: [String], values: [[Double]], caption: String) -> HTML {
        let n = labels.count
        let finite = values.joined().filter(\.isFinite)
        let low = max(0, min(0.9, ((finite.min() ?? 0) * 10).rounded(.down) / 10))
        let cell = n <= 6 ? 64.0 : 44.0
        let labelWidth = 12.0 + 7.0 * Double(min(labels.map(DisplayWidth.of).max() ?? 4, 28))
        let top = 20.0 + labelWidth * 0.55
        let width = labelWidth + cell * Double(n) + labelWidth * 0.8 + 10, height = top + cell * Double(n) + 30
        var parts: [HTML] = []
        for (j, label) in labels.enumerated() {
            let x = labelWidth + (Double(j) + 0.5) * cell, y = top - 6
            parts.append("<text class=\"label\" x=\"\(at(x))\" y=\"\(at(y))\" transform=\"rotate(-35 \(at(x)) \(at(y)))\">\(DisplayWidth.truncated(label, to: 28))<title>\(label)</title></text>")
        }
        for (i, label) in labels.enumerated() {
            let y = top + Double(i) * cell
            parts.append("<text class=\"label\" x=\"\(at(labelWidth - 6))\" y=\"\(at(y + cell / 2 + 4))\" text-anchor=\"end\">\(DisplayWidth.truncated(label, to: 28))<title>\(label)</title></text>")
            for j in 0..<n {
                let v = i < values.count && j < values[i].count ? values[i][j] : .nan
                let x = labelWidth + Double(j) * cell
                let (fill, ink) = heatColour(v, low: low)
                parts.append("<rect x=\"\(at(x + 1))\" y=\"\(at(y + 1))\" width=\"\(at(cell - 2))\" height=\"\(at(cell - 2))\" fill=\"\(HTML.trusted(fill))\"><title>\(caption) \(labels[i]) · \(labels[j]): \(HTML.number(v, digits: 4))</title></rect>")
                parts.append("<text class=\"heat\" x=\"\(at(x + cell / 2))\" y=\"\(at(y + cell / 2 + 4))\" text-anchor=\"middle\" style=\"fill:\(HTML.trusted(ink))\">\(HTML.number(v, digits: 2))</text>")
            }
        }
        let scale: HTML = "\(caption): \(HTML.number(low, digits: 1)) … 1"
        parts.append("<text class=\"axis\" x=\"\(at(labelWidth))\" y=\"\(at(height - 10))\">\(scale)</text>")
        return "<svg class=\"chart heatmap\" viewBox=\"0 0 \(Int(width.rounded(.up))) \(Int(height.rounded(.up)))\" width=\"\(Int(width.rounded(.up)))\" height=\"\(Int(height.rounded(.up)))\" role=\"img\">\(parts)</svg>"
    }

    /// Fill and text colour of a heatmap cell: light → #1f5fa8 for `low`…1 (white below `low`),
    /// white → #c53030 for 0…−1.
    static func heatColour(_ v: Double, low: Double = 0) -> (fill: String, ink: String) {
        guard v.isFinite else { return ("#e4e7eb", "#616e7c") }
        let t = v >= 0 ? (v < low ? 0 : 0.12 + 0.88 * min((v - low) / max(1 - low, 1e-9), 1)) : min(-v, 1)
        let target: (Double, Double, Double) = v >= 0 ? (0x1f, 0x5f, 0xa8) : (0xc5, 0x30, 0x30)
        func mix(_ c: Double) -> Int { Int((255 + (c - 255) * t).rounded()) }
        let hex = [mix(target.0), mix(target.1), mix(target.2)].map { value -> String in
            let digits = Array("0123456789abcdef")
            return String([digits[value / 16], digits[value % 16]])
        }.joined()
        return ("#" + hex, t > 0.55 ? "#ffffff" : "#1f2933")
    }

    /// One point of ``rankShift(schemeA:schemeB:points:)``.
    public struct RankPoint: Sendable, Hashable {
        /// Center name (tooltip).
        public var label: String
        /// The short text written next to a highlighted point (a center id).
        public var tag: String
        /// Rank under scheme A (1 = best).
        public var rankA: Int
        /// Rank under scheme B.
        public var rankB: Int
        /// Whether the point is labelled (the pair's largest movers).
        public var highlighted: Bool
        /// A point.
        public init(label: String, tag: String, rankA: Int, rankB: Int, highlighted: Bool) {
            self.label = label
            self.tag = tag
            self.rankA = rankA
            self.rankB = rankB
            self.highlighted = highlighted
        }
    }

    /// A scatter of rank under A (x) against rank under B (y), rank 1 at the top left, with the
    /// diagonal of unchanged ranks; highlighted points (the largest movers) are red and labelled.
    /// Points are drawn in the given order, highlighted ones last.
    public static func rankShift(schemeA: String, schemeB: String, points: [RankPoint]) -> HTML {
        let width = 440.0, height = 440.0, left = 44.0, bottom = 40.0, top = 14.0, right = 14.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let maxRank = max(2, points.map { max($0.rankA, $0.rankB) }.max() ?? 2)
        func x(_ r: Int) -> Double { left + plotWidth * Double(r - 1) / Double(maxRank - 1) }
        func y(_ r: Int) -> Double { top + plotHeight * Double(r - 1) / Double(maxRank - 1) }
        var parts: [HTML] = []
        for tick in rankTicks(maximum: maxRank) {
            parts.append("<line class=\"grid\" x1=\"\(at(x(tick)))\" y1=\"\(at(top))\" x2=\"\(at(x(tick)))\" y2=\"\(at(top + plotHeight))\"/><text class=\"axis\" x=\"\(at(x(tick)))\" y=\"\(at(top + plotHeight + 14))\" text-anchor=\"middle\">\(tick)</text>")
            parts.append("<line class=\"grid\" x1=\"\(at(left))\" y1=\"\(at(y(tick)))\" x2=\"\(at(left + plotWidth))\" y2=\"\(at(y(tick)))\"/><text class=\"axis\" x=\"\(at(left - 4))\" y=\"\(at(y(tick) + 4))\" text-anchor=\"end\">\(tick)</text>")
        }
        parts.append("<line x1=\"\(at(x(1)))\" y1=\"\(at(y(1)))\" x2=\"\(at(x(maxRank)))\" y2=\"\(at(y(maxRank)))\" stroke=\"#9aa5b1\" stroke-dasharray=\"4 3\"/>")
        let axisA: HTML = "\(schemeA) →"
        parts.append("<text class=\"axis\" x=\"\(at(left + plotWidth / 2))\" y=\"\(at(height - 8))\" text-anchor=\"middle\">\(axisA)</text>")
        parts.append("<text class=\"axis\" x=\"12\" y=\"\(at(top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(at(top + plotHeight / 2)))\">\(schemeB) →</text>")
        let ordered = points.filter { !$0.highlighted } + points.filter(\.highlighted)
        for p in ordered {
            let fill: HTML = p.highlighted ? "#c53030" : "#4c78a8"
            parts.append("<circle cx=\"\(at(x(p.rankA)))\" cy=\"\(at(y(p.rankB)))\" r=\"\(p.highlighted ? "3.5" : "2.5")\" fill=\"\(fill)\" fill-opacity=\"\(p.highlighted ? "1" : "0.6")\"><title>\(p.label): \(p.rankA) → \(p.rankB)</title></circle>")
        }
        // Tags go towards the middle of the plot so that they stay inside it, and are pushed down
        // (top to bottom) until they are 12 px apart from the previous tag on the same side.
        let tagged = points.filter(\.highlighted).sorted { (y($0.rankB), $0.tag) < (y($1.rankB), $1.tag) }
        var lastY = (left: -Double.infinity, right: -Double.infinity)
        for p in tagged {
            let px = x(p.rankA)
            let onRight = px > left + plotWidth / 2
            var ty = y(p.rankB) + 4
            ty = max(ty, (onRight ? lastY.right : lastY.left) + 12)
            if onRight { lastY.right = ty } else { lastY.left = ty }
            let anchor: HTML = onRight ? "end" : "start"
            parts.append("<text class=\"mover\" x=\"\(at(px + (onRight ? -6 : 6)))\" y=\"\(at(ty))\" text-anchor=\"\(anchor)\" style=\"font-size:11px;fill:#9b2c2c;paint-order:stroke;stroke:#fff;stroke-width:3px\">\(DisplayWidth.truncated(p.tag, to: 16))<title>\(p.label)</title></text>")
        }
        return "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">\(parts)</svg>"
    }

    /// One row of ``rankIntervals(rows:maximumRank:labels:)``.
    public struct RankInterval: Sendable, Hashable {
        /// Center name (truncated on the chart, whole in the tooltip).
        public var label: String
        /// Rank under the nominal settings.
        public var nominal: Int
        /// 5th percentile rank.
        public var p5: Double
        /// Median rank.
        public var median: Double
        /// 95th percentile rank.
        public var p95: Double
        /// A row.
        public init(label: String, nominal: Int, p5: Double, median: Double, p95: Double) {
            self.label = label
            self.nominal = nominal
            self.p5 = p5
            self.median = median
            self.p95 = p95
        }
    }

    /// The legend texts of ``rankIntervals(rows:maximumRank:labels:)``.
    public struct IntervalLabels: Sendable, Hashable {
        /// "5–95 % interval".
        public var interval: String
        /// "median".
        public var median: String
        /// "nominal rank".
        public var nominal: String
        /// "rank".
        public var axis: String
        /// Legend texts.
        public init(interval: String, median: String, nominal: String, axis: String) {
            self.interval = interval
            self.median = median
            self.nominal = nominal
            self.axis = axis
        }
    }

    /// A rank interval plot: one row per entry in the given order (callers sort by nominal rank),
    /// a line from the 5th to the 95th percentile rank, a dot at the median and a dark tick at the
    /// nominal rank; rank 1 at the left. The SVG is 14 px per row, so 300 centers make a 4,300 px
    /// tall figure whose rank axis is repeated at the top and the bottom. Non-finite ranks are drawn
    /// at rank 1 and show as an em dash in the tooltip.
    public static func rankIntervals(rows: [RankInterval], maximumRank: Int, labels: IntervalLabels) -> HTML {
        let row = 14.0, labelWidth = 330.0, plotWidth = 780.0, right = 16.0, top = 44.0, bottom = 30.0
        let width = labelWidth + plotWidth + right, height = top + row * Double(rows.count) + bottom
        let maxRank = max(2, maximumRank)
        func x(_ r: Double) -> Double {
            guard r.isFinite else { return labelWidth }
            return labelWidth + plotWidth * (min(max(r, 1), Double(maxRank)) - 1) / Double(maxRank - 1)
        }
        var parts: [HTML] = []
        // Legend.
        parts.append("<line x1=\"\(at(labelWidth))\" y1=\"10\" x2=\"\(at(labelWidth + 30))\" y2=\"10\" stroke=\"#4c78a8\" stroke-width=\"3\"/><text class=\"axis\" x=\"\(at(labelWidth + 36))\" y=\"14\">\(labels.interval)</text>")
        let legend2 = labelWidth + 60 + 7 * Double(DisplayWidth.of(labels.interval))
        parts.append("<circle cx=\"\(at(legend2))\" cy=\"10\" r=\"3.5\" fill=\"#102a43\"/><text class=\"axis\" x=\"\(at(legend2 + 8))\" y=\"14\">\(labels.median)</text>")
        let legend3 = legend2 + 30 + 7 * Double(DisplayWidth.of(labels.median))
        parts.append("<line x1=\"\(at(legend3))\" y1=\"4\" x2=\"\(at(legend3))\" y2=\"16\" stroke=\"#c05621\" stroke-width=\"2\"/><text class=\"axis\" x=\"\(at(legend3 + 6))\" y=\"14\">\(labels.nominal)</text>")
        let bottomAxis = top + row * Double(rows.count)
        for k in rows.indices where k % 2 == 1 {
            parts.append("<rect x=\"0\" y=\"\(at(top + Double(k) * row))\" width=\"\(at(width))\" height=\"\(at(row))\" fill=\"#f5f7fa\"/>")
        }
        for tick in rankTicks(maximum: maxRank) {
            let tx = x(Double(tick))
            parts.append("<line class=\"grid\" x1=\"\(at(tx))\" y1=\"\(at(top - 4))\" x2=\"\(at(tx))\" y2=\"\(at(bottomAxis))\"/>")
            parts.append("<text class=\"axis\" x=\"\(at(tx))\" y=\"\(at(top - 8))\" text-anchor=\"middle\">\(tick)</text><text class=\"axis\" x=\"\(at(tx))\" y=\"\(at(bottomAxis + 14))\" text-anchor=\"middle\">\(tick)</text>")
        }
        parts.append("<text class=\"axis\" x=\"\(at(labelWidth - 6))\" y=\"\(at(top - 8))\" text-anchor=\"end\">\(labels.axis) →</text>")
        for (k, r) in rows.enumerated() {
            let y = top + Double(k) * row + row / 2
            let tip: HTML = "\(r.label): \(labels.nominal) \(r.nominal), \(labels.median) \(HTML.number(r.median, digits: 1)), P5–P95 \(HTML.number(r.p5, digits: 1))–\(HTML.number(r.p95, digits: 1))"
            parts.append("<g class=\"interval\"><title>\(tip)</title>")
            parts.append("<text x=\"\(at(labelWidth - 6))\" y=\"\(at(y + 4))\" text-anchor=\"end\" style=\"font-size:11px\">\(r.nominal). \(DisplayWidth.truncated(r.label, to: 46))</text>")
            parts.append("<line x1=\"\(at(x(r.p5)))\" y1=\"\(at(y))\" x2=\"\(at(max(x(r.p95), x(r.p5) + 1)))\" y2=\"\(at(y))\" stroke=\"#4c78a8\" stroke-width=\"3\"/>")
            parts.append("<line x1=\"\(at(x(Double(r.nominal))))\" y1=\"\(at(y - 5))\" x2=\"\(at(x(Double(r.nominal))))\" y2=\"\(at(y + 5))\" stroke=\"#c05621\" stroke-width=\"2\"/>")
            parts.append("<circle cx=\"\(at(x(r.median)))\" cy=\"\(at(y))\" r=\"3\" fill=\"#102a43\"/></g>")
        }
        return "<svg class=\"chart intervals\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">\(parts)</svg>"
    }

    /// One row of ``gradeProbabilities(rows:legend:)``.
    public struct GradeShares: Sendable, Hashable {
        /// Center name.
        public var label: String
        /// The nominal grade's label (shown after the bar), or empty.
        public var nominal: String
        /// P(excellent), P(good), P(qualified), P(unqualified).
        public var probabilities: [Double]
        /// A row.
        public init(label: String, nominal: String, probabilities: [Double]) {
            self.label = label
            self.nominal = nominal
            self.probabilities = probabilities
        }
    }

    /// Stacked horizontal bars of grade probabilities, one row per entry in the given order, in the
    /// report's grade colours (`g-excellent` … `g-unqualified`), with the nominal grade after the
    /// bar; 14 px per row. Non-finite probabilities count as 0.
    ///
    /// - Parameter legend: the four grades' labels, best first.
    public static func gradeProbabilities(rows: [GradeShares], legend: [String]) -> HTML {
        let row = 14.0, labelWidth = 330.0, barWidth = 680.0, right = 110.0, top = 28.0
        let width = labelWidth + barWidth + right, height = top + row * Double(rows.count) + 8
        let classes: [HTML] = ["g-excellent", "g-good", "g-qualified", "g-unqualified"]
        var parts: [HTML] = []
        var legendX = labelWidth
        for (k, label) in legend.enumerated() where k < classes.count {
            parts.append("<rect class=\"\(classes[k])\" x=\"\(at(legendX))\" y=\"4\" width=\"12\" height=\"12\"/><text class=\"axis\" x=\"\(at(legendX + 16))\" y=\"14\">\(label)</text>")
            legendX += 34 + 7 * Double(DisplayWidth.of(label))
        }
        for (k, r) in rows.enumerated() {
            let y = top + Double(k) * row
            var tip = r.label + ":"
            for (g, p) in r.probabilities.enumerated() where g < legend.count { tip += " \(legend[g]) \(HTML.number(p, digits: 3))" }
            parts.append("<g><title>\(tip)</title><text x=\"\(at(labelWidth - 6))\" y=\"\(at(y + 11))\" text-anchor=\"end\" style=\"font-size:11px\">\(DisplayWidth.truncated(r.label, to: 50))</text>")
            var x0 = 0.0
            for (g, p) in r.probabilities.enumerated() where g < classes.count {
                let share = p.isFinite ? min(max(p, 0), 1) : 0
                if share > 0 {
                    parts.append("<rect class=\"\(classes[g])\" x=\"\(at(labelWidth + barWidth * x0))\" y=\"\(at(y + 2))\" width=\"\(at(barWidth * share))\" height=\"\(at(row - 3))\"/>")
                }
                x0 += share
            }
            parts.append("<text class=\"axis\" x=\"\(at(labelWidth + barWidth + 6))\" y=\"\(at(y + 11))\">\(r.nominal)</text></g>")
        }
        return "<svg class=\"chart grade-bars\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">\(parts)</svg>"
    }

    /// Round rank ticks from 1 to `maximum`: 1, then multiples of the 1-2-5 step that gives about 6–12 ticks.
    static func rankTicks(maximum: Int) -> [Int] {
        let target = max(1, Int((Double(maximum) / 8).rounded(.up)))
        var magnitude = 1
        while magnitude * 10 < target { magnitude *= 10 }
        let step = [1, 2, 5, 10].map { $0 * magnitude }.first { $0 >= target } ?? target
        var ticks = [1]
        var t = step
        while t <= maximum {
            if t > 1 { ticks.append(t) }
            t += step
        }
        return ticks
    }
}
