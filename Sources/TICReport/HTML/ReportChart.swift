import Foundation
import TICIngest
import TICSupport

/// The inline SVG charts of ``HTMLReport`` (and of notebooks and research pages through
/// ``ReportChart/page(title:language:body:)``): fixed sizes, coordinates rounded to 0.1 px, colours
/// from the page's CSS classes, so the same data give the same bytes. Labels are escaped.
public enum ReportChart {
    /// A standalone HTML page holding `body` (charts, tables) with the report's style sheet: how
    /// notebooks and research commands write their figures.
    public static func page(title: String, language: Language, body: HTML) -> String {
        let html: HTML = """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title><style>\(ReportStyle.css)</style></head>
        <body><main><section><h2>\(title)</h2>\(body)</section></main></body></html>

        """
        return html.markup
    }

    /// A coordinate as markup.
    private static func c(_ v: Double) -> HTML { .trusted(HTML.coordinate(v)) }

    /// Grouped vertical bars with a count above each bar and a legend.
    ///
    /// - Parameters:
    ///   - groups: one group per x position, with one count per series.
    ///   - series: each series' legend label and CSS class.
    public static func groupedBars(groups: [(label: String, counts: [Int])], series: [(label: String, cssClass: String)]) -> HTML {
        let width = 520.0, height = 250.0, left = 36.0, bottom = 40.0, top = 28.0
        let plotHeight = height - bottom - top
        let maxCount = max(1, groups.flatMap(\.counts).max() ?? 1)
        let groupWidth = (width - left - 10) / Double(max(groups.count, 1))
        let barWidth = min(36, (groupWidth - 24) / Double(max(series.count, 1)))
        var parts: [HTML] = []
        for tick in axisTicks(maximum: Double(maxCount)) {
            let y = top + plotHeight * (1 - tick / Double(maxCount))
            parts.append("<line class=\"grid\" x1=\"\(c(left))\" y1=\"\(c(y))\" x2=\"\(c(width - 10))\" y2=\"\(c(y))\"/><text class=\"axis\" x=\"\(c(left - 4))\" y=\"\(c(y + 4))\" text-anchor=\"end\">\(NumberText.decimal(tick))</text>")
        }
        for (g, group) in groups.enumerated() {
            let x0 = left + Double(g) * groupWidth + (groupWidth - barWidth * Double(series.count)) / 2
            for (s, count) in group.counts.enumerated() where s < series.count {
                let h = plotHeight * Double(count) / Double(maxCount)
                let x = x0 + Double(s) * barWidth
                parts.append("<rect class=\"\(series[s].cssClass)\" x=\"\(c(x + 2))\" y=\"\(c(top + plotHeight - h))\" width=\"\(c(barWidth - 4))\" height=\"\(c(h))\"><title>\(group.label) · \(series[s].label): \(count)</title></rect>")
                parts.append("<text class=\"val\" x=\"\(c(x + barWidth / 2))\" y=\"\(c(top + plotHeight - h - 4))\" text-anchor=\"middle\">\(count)</text>")
            }
            parts.append("<text class=\"label\" x=\"\(c(left + (Double(g) + 0.5) * groupWidth))\" y=\"\(c(height - bottom + 18))\" text-anchor=\"middle\">\(group.label)</text>")
        }
        parts.append("<line class=\"axis-line\" x1=\"\(c(left))\" y1=\"\(c(top + plotHeight))\" x2=\"\(c(width - 10))\" y2=\"\(c(top + plotHeight))\"/>")
        var legendX = left
        for s in series {
            parts.append("<rect class=\"\(s.cssClass)\" x=\"\(c(legendX))\" y=\"6\" width=\"12\" height=\"12\"/><text class=\"label\" x=\"\(c(legendX + 16))\" y=\"16\">\(s.label)</text>")
            legendX += 24 + 13 * Double(DisplayWidth.of(s.label)) / 2 + 12
        }
        return "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">\(parts)</svg>"
    }

    /// A histogram of scores in ten equal bins over `range`, with the grade cut-offs marked.
    public static func histogram(scores: [Double], range: (low: Double, high: Double), cutoffs: [(value: Double, label: String)], emptyLabel: String) -> HTML {
        let width = 520.0, height = 250.0, left = 36.0, bottom = 40.0, top = 44.0, right = 14.0
        let plotWidth = width - left - right, plotHeight = height - bottom - top
        let binCount = 10
        let span = range.high - range.low
        let bins = binCounts(scores, range: range, count: binCount)
        let maxCount = max(1, bins.max() ?? 1)
        func x(_ v: Double) -> Double { left + plotWidth * (v - range.low) / span }
        var parts: [HTML] = []
        if scores.isEmpty {
            parts.append("<text class=\"label\" x=\"\(c(width / 2))\" y=\"\(c(height / 2))\" text-anchor=\"middle\">\(emptyLabel)</text>")
        }
        for tick in axisTicks(maximum: Double(maxCount)) {
            let y = top + plotHeight * (1 - tick / Double(maxCount))
            parts.append("<line class=\"grid\" x1=\"\(c(left))\" y1=\"\(c(y))\" x2=\"\(c(width - right))\" y2=\"\(c(y))\"/><text class=\"axis\" x=\"\(c(left - 4))\" y=\"\(c(y + 4))\" text-anchor=\"end\">\(NumberText.decimal(tick))</text>")
        }
        let binWidth = plotWidth / Double(binCount)
        for (k, count) in bins.enumerated() {
            let h = plotHeight * Double(count) / Double(maxCount)
            let lo = range.low + span * Double(k) / Double(binCount), hi = range.low + span * Double(k + 1) / Double(binCount)
            parts.append("<rect class=\"bin\" x=\"\(c(left + Double(k) * binWidth + 1))\" y=\"\(c(top + plotHeight - h))\" width=\"\(c(binWidth - 2))\" height=\"\(c(h))\"><title>\(HTML.amount(lo))–\(HTML.amount(hi)): \(count)</title></rect>")
            if count > 0 {
                parts.append("<text class=\"val\" x=\"\(c(left + (Double(k) + 0.5) * binWidth))\" y=\"\(c(top + plotHeight - h - 4))\" text-anchor=\"middle\">\(count)</text>")
            }
        }
        for k in 0...binCount where k % 2 == 0 {
            let v = range.low + span * Double(k) / Double(binCount)
            parts.append("<text class=\"axis\" x=\"\(c(x(v)))\" y=\"\(c(top + plotHeight + 16))\" text-anchor=\"middle\">\(HTML.amount(v, digits: 1))</text>")
        }
        parts.append("<line class=\"axis-line\" x1=\"\(c(left))\" y1=\"\(c(top + plotHeight))\" x2=\"\(c(width - right))\" y2=\"\(c(top + plotHeight))\"/>")
        // Cut-off labels sit above the plot, alternating between two lines so neighbours do not overlap.
        let marks = cutoffs.filter { $0.value >= range.low && $0.value <= range.high }.sorted { $0.value < $1.value }
        for (k, mark) in marks.enumerated() {
            let labelY = k % 2 == 0 ? 12.0 : 26.0
            parts.append("<line class=\"cutoff\" x1=\"\(c(x(mark.value)))\" y1=\"\(c(labelY + 3))\" x2=\"\(c(x(mark.value)))\" y2=\"\(c(top + plotHeight))\"/><text class=\"cutoff-label\" x=\"\(c(x(mark.value) + 3))\" y=\"\(c(labelY))\">\(mark.label) ≥ \(HTML.amount(mark.value))</text>")
        }
        return "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">\(parts)</svg>"
    }

    /// Horizontal bars, one per dimension, with the category median as a tick.
    public static func profile(labels: [String], values: [Double], medians: [Double?], range: (low: Double, high: Double), medianLabel: String) -> HTML {
        let labelWidth = 190.0, barArea = 210.0, valueWidth = 50.0, row = 22.0
        let width = labelWidth + barArea + valueWidth, height = row * Double(labels.count) + 20
        let span = range.high - range.low
        func x(_ v: Double) -> Double { labelWidth + barArea * min(max((v - range.low) / span, 0), 1) }
        var parts: [HTML] = []
        for (k, label) in labels.enumerated() where k < values.count {
            let y = Double(k) * row
            parts.append("<text class=\"label\" x=\"\(c(labelWidth - 6))\" y=\"\(c(y + 15))\" text-anchor=\"end\">\(DisplayWidth.truncated(label, to: 30))<title>\(label)</title></text>")
            parts.append("<rect class=\"track\" x=\"\(c(labelWidth))\" y=\"\(c(y + 4))\" width=\"\(c(barArea))\" height=\"14\"/>")
            parts.append("<rect class=\"bar\" x=\"\(c(labelWidth))\" y=\"\(c(y + 4))\" width=\"\(c(x(values[k]) - labelWidth))\" height=\"14\"/>")
            if k < medians.count, let m = medians[k], m.isFinite {
                parts.append("<line class=\"median\" x1=\"\(c(x(m)))\" y1=\"\(c(y + 1))\" x2=\"\(c(x(m)))\" y2=\"\(c(y + 21))\"><title>\(medianLabel) \(HTML.number(m))</title></line>")
            }
            parts.append("<text class=\"val\" x=\"\(c(width - 4))\" y=\"\(c(y + 15))\" text-anchor=\"end\">\(HTML.number(values[k]))</text>")
        }
        let legendY = Double(labels.count) * row + 14
        parts.append("<line class=\"median\" x1=\"\(c(labelWidth))\" y1=\"\(c(legendY - 9))\" x2=\"\(c(labelWidth))\" y2=\"\(c(legendY + 3))\"/><text class=\"axis\" x=\"\(c(labelWidth + 6))\" y=\"\(c(legendY))\">\(medianLabel)</text>")
        return "<svg class=\"profile\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">\(parts)</svg>"
    }

    /// A small trend line of yearly values: a dot on the last year, hollow dots on imputed years, gaps
    /// for missing years.
    public static func sparkline(_ values: [Double?], imputed: [Bool]) -> HTML {
        let width = 72.0, height = 18.0, pad = 3.0
        let present = values.compactMap { $0 }.filter(\.isFinite)
        guard present.count >= 1, values.count >= 2 else { return .empty }
        let low = present.min()!, high = present.max()!
        let span = high - low
        func point(_ i: Int, _ v: Double) -> (Double, Double) {
            let x = pad + (width - 2 * pad) * Double(i) / Double(values.count - 1)
            let y = span > 0 ? pad + (height - 2 * pad) * (1 - (v - low) / span) : height / 2
            return (x, y)
        }
        var path = ""
        var pen = false
        var dots: [HTML] = []
        for (i, value) in values.enumerated() {
            guard let v = value, v.isFinite else { pen = false; continue }
            let (x, y) = point(i, v)
            path += (pen ? " L" : (path.isEmpty ? "M" : " M")) + HTML.coordinate(x) + " " + HTML.coordinate(y)
            pen = true
            if i < imputed.count && imputed[i] {
                dots.append("<circle class=\"imp\" cx=\"\(c(x))\" cy=\"\(c(y))\" r=\"2\"/>")
            } else if i == values.count - 1 || present.count == 1 {
                dots.append("<circle cx=\"\(c(x))\" cy=\"\(c(y))\" r=\"2\"/>")
            }
        }
        // Size comes from the style sheet (svg.spark), which keeps the 7,000-odd sparklines of a large cohort small.
        return "<svg class=\"spark\" viewBox=\"0 0 \(Int(width)) \(Int(height))\"><path d=\"\(HTML.trusted(path))\"/>\(dots)</svg>"
    }

    /// How many finite `scores` fall in each of `count` equal bins over `range`; a score outside
    /// the range counts in the nearest bin, the high end in the last one.
    static func binCounts(_ scores: [Double], range: (low: Double, high: Double), count: Int) -> [Int] {
        let span = range.high - range.low
        var bins = [Int](repeating: 0, count: count)
        for s in scores where s.isFinite {
            // Clamped before the conversion: a score far outside the range (or a zero span) must not trap.
            let position = ((s - range.low) / span * Double(count)).rounded(.down)
            bins[position.isNaN ? 0 : Int(min(max(position, 0), Double(count - 1)))] += 1
        }
        return bins
    }

    /// Up to five round tick values from 0 to `maximum`.
    static func axisTicks(maximum: Double) -> [Double] {
        guard maximum > 0 else { return [0] }
        let rough = maximum / 4
        let magnitude = pow10(Int((log10(rough)).rounded(.down)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
        var ticks: [Double] = []
        var v = 0.0
        while v <= maximum + 1e-9 { ticks.append(v); v += max(step, 1) }
        return ticks
    }

    private static func pow10(_ k: Int) -> Double {
        var r = 1.0
        if k >= 0 { for _ in 0..<k { r *= 10 } } else { for _ in 0..<(-k) { r /= 10 } }
        return r
    }
}
