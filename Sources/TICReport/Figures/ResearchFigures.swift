import TICSupport

/// The figures for papers that `weights`, `compare` and `uncertainty` write with `--figures`:
/// weights per criterion, a rank-correlation heatmap per coefficient (with a colour bar), Sobol
/// indices with their intervals, rank intervals and grade probabilities. Sizes are in points:
/// ``Figure/columnWidth`` (85 mm) for the weights, heatmaps and Sobol charts, ``Figure/pageWidth``
/// (170 mm) for the per-center charts. Fonts are 6–8 pt, as journals ask of printed figures.
public enum ResearchFigures {
    /// Cells of a heatmap's colour bar.
    public static let colourBarSteps = 40
    /// The stroke of a Sobol interval whisker.
    public static let whiskerStroke = FigureStroke(.ink, width: 0.75)

    /// The width of `text` at `size` points, estimated: East Asian wide characters 1 em, others 0.6 em.
    static func textWidth(_ text: String, size: Double) -> Double { Double(DisplayWidth.of(text)) * 0.6 * size }

    /// `text` cut (ending in `…`) to fit `width` points at `size` by ``textWidth(_:size:)``.
    static func fitted(_ text: String, width: Double, size: Double) -> String {
        DisplayWidth.truncated(text, to: max(4, Int(width / (0.6 * size))))
    }

    /// A value with `digits` decimals; an em dash for NaN.
    static func number(_ v: Double, _ digits: Int) -> String { HTML.number(v, digits: digits) }

    /// A coefficient with three decimals, or four when three would round a value below 1 in
    /// magnitude to ±1.000 (so 0.998 and 0.9996 never read as 1).
    public static func coefficientText(_ v: Double) -> String {
        let three = number(v, 3)
        return abs(v) < 1 && (three == "1.000" || three == "-1.000") ? number(v, 4) : three
    }

    // MARK: - Weights

    /// Horizontal bars of criterion weights, one per criterion in order, with the value (four
    /// decimals) after each bar; one column wide. Non-finite weights draw no bar and show a dash.
    public static func weights(criteria: [String], weights: [Double], method: String, language lang: Language) -> Figure {
        let size = 7.0, row = 12.0, top = 22.0, bottom = 20.0
        let labelWidth = min(100, (criteria.map { textWidth($0, size: size) }.max() ?? 20) + 4)
        let valueWidth = 28.0
        let plotLeft = labelWidth + 4, plotWidth = Figure.columnWidth - plotLeft - valueWidth - 4
        let maximum = max(weights.filter(\.isFinite).max() ?? 0, 1e-12)
        let ticks = ReportChart.axisTicks(maximum: maximum * 100).map { $0 / 100 }.filter { $0 <= maximum * 1.0001 }
        let scaleMax = max(maximum, ticks.last ?? maximum)
        var figure = Figure(width: Figure.columnWidth, height: top + row * Double(criteria.count) + bottom,
                            title: lang.pick("指标权重（\(method)）", "Criterion weights (\(method))"))
        figure.add(.text(figure.title, x: 0, y: 10, size: 8))
        let plotBottom = top + row * Double(criteria.count)
        for tick in ticks {
            let x = plotLeft + plotWidth * tick / scaleMax
            figure.add(.line(x1: x, y1: top - 2, x2: x, y2: plotBottom, stroke: FigureStroke(.grid)))
            figure.add(.text(NumberText.decimal(tick, maximumFractionDigits: 2), x: x, y: plotBottom + 9, size: 6, anchor: .middle, colour: .muted))
        }
        for (k, name) in criteria.enumerated() {
            let y = top + Double(k) * row
            let w = k < weights.count ? weights[k] : .nan
            figure.add(.text(fitted(name, width: labelWidth, size: size), x: labelWidth, y: y + 8.5, size: size, anchor: .end))
            if w.isFinite && w > 0 {
                figure.add(.rect(x: plotLeft, y: y + 2, width: plotWidth * w / scaleMax, height: row - 4, fill: FigurePalette.grades[1]))
            }
            figure.add(.text(number(w, 4), x: Figure.columnWidth - 2, y: y + 8.5, size: size, anchor: .end))
        }
        figure.add(.line(x1: plotLeft, y1: top - 2, x2: plotLeft, y2: plotBottom, stroke: FigureStroke(.muted)))
        figure.add(.text(lang.pick("权重", "weight"), x: plotLeft + plotWidth / 2, y: plotBottom + 18, size: 6.5, anchor: .middle, colour: .muted))
        return figure
    }

    // MARK: - Heatmap

    /// The lower triangle of a coefficient matrix over `labels` (schemes): one cell per pair
    /// i > j, coloured with ``FigurePalette/sequential(_:)`` over [low, 1] (low = the smallest value
    /// rounded down to 0.1, at most 0.9, at least −1) and labelled with ``coefficientText(_:)``; a
    /// colour bar with ticks at low, the midpoint and 1 on the right. NaN cells are light grey with a
    /// dash. One column wide.
    ///
    /// - Parameter values: `values[i][j]` for i > j (the rest is ignored).
    public static func heatmap(labels: [String], values: [[Double]], coefficient: String, language lang: Language) -> Figure {
        let n = labels.count
        var finite: [Double] = []
        for i in 0..<n { for j in 0..<i where i < values.count && j < values[i].count && values[i][j].isFinite { finite.append(values[i][j]) } }
        let low = max(-1, min(0.9, ((finite.min() ?? 0) * 10).rounded(.down) / 10))
        let size = 6.5
        let labelWidth = min(90, (labels.map { textWidth($0, size: size) }.max() ?? 20) + 4)
        let barArea = 44.0
        let cells = max(n - 1, 1)
        let cell = min(40, (Figure.columnWidth - labelWidth - barArea) / Double(cells))
        let top = 20.0
        let gridBottom = top + cell * Double(cells)
        let height = gridBottom + labelWidth * 0.7 + 10
        var figure = Figure(width: Figure.columnWidth, height: height,
                            title: lang.pick("方案间的 \(coefficient)", "\(coefficient) between schemes"))
        figure.add(.text(figure.title, x: 0, y: 10, size: 8))
        let valueSize = min(7, cell / 4.2)
        for i in 1..<max(n, 1) {
            let y = top + Double(i - 1) * cell
            figure.add(.text(fitted(labels[i], width: labelWidth, size: size), x: labelWidth, y: y + cell / 2 + 2.3, size: size, anchor: .end))
            for j in 0..<i {
                let v = i < values.count && j < values[i].count ? values[i][j] : .nan
                let fill = FigurePalette.sequential(v.isFinite ? (v - low) / (1 - low) : .nan)
                let x = labelWidth + 4 + Double(j) * cell
                figure.add(.rectangle(x: x, y: y, width: cell, height: cell, fill: fill, stroke: FigureStroke(.white, width: 0.75)))
                figure.add(.text(coefficientText(v), x: x + cell / 2, y: y + cell / 2 + valueSize * 0.35, size: valueSize, anchor: .middle,
                                 colour: FigurePalette.ink(on: fill)))
            }
        }
        for j in 0..<max(n - 1, 0) {
            let x = labelWidth + 4 + (Double(j) + 0.5) * cell
            figure.add(.text(fitted(labels[j], width: labelWidth, size: size), x: x + 2, y: gridBottom + 6, size: size, anchor: .end, rotation: -40))
        }
        // The colour bar: from low (bottom) to 1 (top).
        let barX = Figure.columnWidth - barArea + 10, barHeight = max(cell * Double(cells), 60)
        let step = barHeight / Double(colourBarSteps)
        for k in 0..<colourBarSteps {
            let t = (Double(k) + 0.5) / Double(colourBarSteps)
            figure.add(.rect(x: barX, y: top + barHeight - Double(k + 1) * step, width: 8, height: k + 1 < colourBarSteps ? step + 0.3 : step, fill: FigurePalette.sequential(t)))
        }
        figure.add(.rectangle(x: barX, y: top, width: 8, height: barHeight, fill: nil, stroke: FigureStroke(.muted, width: 0.4)))
        for value in [low, (low + 1) / 2, 1] {
            let y = top + barHeight * (1 - (value - low) / (1 - low))
            figure.add(.line(x1: barX + 8, y1: y, x2: barX + 10, y2: y, stroke: FigureStroke(.muted, width: 0.4)))
            figure.add(.text(NumberText.fixed(value, fractionDigits: 2), x: barX + 11, y: y + 2.2, size: 6, colour: .muted))
        }
        figure.height = max(height, top + barHeight + 8)
        return figure
    }

    // MARK: - Sobol

    /// One factor of ``sobol(factors:language:)``.
    public struct SobolBar: Sendable, Hashable {
        /// Factor name.
        public var factor: String
        /// First-order index and its interval (NaN bounds: no whisker).
        public var firstOrder: Double, firstOrderLow: Double, firstOrderHigh: Double
        /// Total index and its interval.
        public var total: Double, totalLow: Double, totalHigh: Double
        /// A factor's indices.
        public init(factor: String, firstOrder: Double, firstOrderLow: Double, firstOrderHigh: Double, total: Double, totalLow: Double, totalHigh: Double) {
            self.factor = factor
            self.firstOrder = firstOrder
            self.firstOrderLow = firstOrderLow
            self.firstOrderHigh = firstOrderHigh
            self.total = total
            self.totalLow = totalLow
            self.totalHigh = totalHigh
        }
    }

    /// Two horizontal bars per factor, first-order S1 (blue) and total ST (dark blue, hatched),
    /// each with a whisker over its 5–95 % bootstrap interval (when both bounds are finite); the
    /// axis runs from min(0, lowest bound) to max(1, highest bound)… rounded to 0.2. One column wide.
    public static func sobol(factors: [SobolBar], target: String, language lang: Language) -> Figure {
        let size = 6.5, group = 20.0, top = 34.0, bottom = 22.0
        let labelWidth = min(90, (factors.map { textWidth($0.factor, size: size) }.max() ?? 20) + 4)
        let plotLeft = labelWidth + 4, plotWidth = Figure.columnWidth - plotLeft - 6
        let all = factors.flatMap { [$0.firstOrder, $0.firstOrderLow, $0.firstOrderHigh, $0.total, $0.totalLow, $0.totalHigh] }.filter(\.isFinite)
        let low = min(0, ((all.min() ?? 0) * 5).rounded(.down) / 5)
        let high = max(1, ((all.max() ?? 1) * 5).rounded(.up) / 5)
        func x(_ v: Double) -> Double { plotLeft + plotWidth * (min(max(v, low), high) - low) / (high - low) }
        let plotBottom = top + group * Double(factors.count)
        var figure = Figure(width: Figure.columnWidth, height: plotBottom + bottom,
                            title: lang.pick("Sobol 敏感性指数（\(target)）", "Sobol indices (\(target))"))
        figure.add(.text(figure.title, x: 0, y: 10, size: 8))
        let names = [lang.pick("一阶 S1", "first-order S1"), lang.pick("总效应 ST", "total ST")]
        var legendX = plotLeft
        for (k, name) in names.enumerated() {
            figure.add(.rect(x: legendX, y: 16, width: 9, height: 7, fill: FigurePalette.sobol[k]))
            if k == 1 { figure.add(FigurePattern.hatched.lines(x: legendX, y: 16, width: 9, height: 7, colour: .white)) }
            figure.add(.text(name, x: legendX + 12, y: 22, size: 6.5))
            legendX += 12 + textWidth(name, size: 6.5) + 14
        }
        let tickStep = (high - low) > 1.2 ? 0.4 : 0.2
        var tick = low
        while tick <= high + 1e-9 {
            figure.add(.line(x1: x(tick), y1: top - 2, x2: x(tick), y2: plotBottom, stroke: FigureStroke(.grid)))
            figure.add(.text(NumberText.decimal(tick, maximumFractionDigits: 1), x: x(tick), y: plotBottom + 8, size: 6, anchor: .middle, colour: .muted))
            tick += tickStep
        }
        for (k, f) in factors.enumerated() {
            let y = top + Double(k) * group
            figure.add(.text(fitted(f.factor, width: labelWidth, size: size), x: labelWidth, y: y + group / 2 + 2, size: size, anchor: .end))
            for (b, (value, lo, hi)) in [(f.firstOrder, f.firstOrderLow, f.firstOrderHigh), (f.total, f.totalLow, f.totalHigh)].enumerated() {
                let by = y + 2 + Double(b) * 8
                if value.isFinite {
                    let x0 = x(min(0, value)), x1 = x(max(0, value))
                    figure.add(.rect(x: x0, y: by, width: x1 - x0, height: 7, fill: FigurePalette.sobol[b]))
                    if b == 1 { figure.add(FigurePattern.hatched.lines(x: x0, y: by, width: x1 - x0, height: 7, colour: .white)) }
                }
                if lo.isFinite && hi.isFinite {
                    let cy = by + 3.5
                    figure.add(.line(x1: x(lo), y1: cy, x2: x(hi), y2: cy, stroke: whiskerStroke))
                    figure.add(.line(x1: x(lo), y1: cy - 2.5, x2: x(lo), y2: cy + 2.5, stroke: FigureStroke(.ink, width: 0.6)))
                    figure.add(.line(x1: x(hi), y1: cy - 2.5, x2: x(hi), y2: cy + 2.5, stroke: FigureStroke(.ink, width: 0.6)))
                }
            }
        }
        figure.add(.line(x1: x(0), y1: top - 2, x2: x(0), y2: plotBottom, stroke: FigureStroke(.muted)))
        figure.add(.text(lang.pick("指数（须线：5–95 % 自助区间）", "index (whiskers: 5–95 % bootstrap interval)"), x: plotLeft + plotWidth / 2, y: plotBottom + 17, size: 6.5, anchor: .middle, colour: .muted))
        return figure
    }

    // MARK: - Per-center charts

    /// Row height and label size for `rows` rows of a page-wide chart: 9 pt rows up to 60 rows,
    /// then 540 pt shared (the chart stays within a page, ≈ 210 mm tall) down to 1.5 pt rows (360
    /// rows; more grow the chart); labels (center names) only while rows are at least 6 pt (90 rows).
    static func rowLayout(_ rows: Int) -> (row: Double, labelSize: Double?) {
        let row = min(9, max(1.5, 540 / Double(max(rows, 1))))
        return (row, row >= 6 ? min(6.5, row - 1) : nil)
    }

    /// The rank interval plot: one row per center in the given order (by nominal rank), a line from
    /// the 5th to the 95th percentile rank, a dot at the median and a tick at the nominal rank; rank 1
    /// at the left. A page wide; names shown while rows are ≥ 6 pt (up to 90 centers).
    public static func rankIntervals(rows: [ReportChart.RankInterval], maximumRank: Int, language lang: Language) -> Figure {
        let (row, labelSize) = rowLayout(rows.count)
        let top = 30.0, bottom = 20.0
        let labelWidth = labelSize.map { size in min(150, (rows.map { textWidth($0.label, size: size) }.max() ?? 20) + 4) } ?? 4
        let plotLeft = labelWidth + 6, plotWidth = Figure.pageWidth - plotLeft - 8
        let maxRank = max(2, maximumRank)
        func x(_ r: Double) -> Double { plotLeft + plotWidth * (min(max(r.isFinite ? r : 1, 1), Double(maxRank)) - 1) / Double(maxRank - 1) }
        let plotBottom = top + row * Double(rows.count)
        var figure = Figure(width: Figure.pageWidth, height: plotBottom + bottom, title: lang.pick("排名区间", "Rank intervals"))
        figure.add(.text(figure.title, x: 0, y: 10, size: 8))
        let blue = FigurePalette.grades[1], dark = FigurePalette.grades[0], orange = FigureColour(0xc05621)
        figure.add(.line(x1: plotLeft, y1: 19, x2: plotLeft + 16, y2: 19, stroke: FigureStroke(blue, width: 2)))
        let names = [lang.pick("5–95 % 区间", "5–95 % interval"), lang.pick("中位数", "median"), lang.pick("名义排名", "nominal rank")]
        var lx = plotLeft + 19
        figure.add(.text(names[0], x: lx, y: 21.5, size: 6.5))
        lx += textWidth(names[0], size: 6.5) + 12
        figure.add(.circle(cx: lx, cy: 19, r: 2, fill: dark, stroke: nil))
        figure.add(.text(names[1], x: lx + 4, y: 21.5, size: 6.5))
        lx += 4 + textWidth(names[1], size: 6.5) + 12
        figure.add(.line(x1: lx, y1: 15.5, x2: lx, y2: 22.5, stroke: FigureStroke(orange, width: 1.2)))
        figure.add(.text(names[2], x: lx + 4, y: 21.5, size: 6.5))
        for tick in ReportChart.rankTicks(maximum: maxRank) {
            figure.add(.line(x1: x(Double(tick)), y1: top - 2, x2: x(Double(tick)), y2: plotBottom, stroke: FigureStroke(.grid)))
            figure.add(.text("\(tick)", x: x(Double(tick)), y: plotBottom + 8, size: 6, anchor: .middle, colour: .muted))
        }
        figure.add(.text(lang.pick("排名（1 = 最好）", "rank (1 = best)"), x: plotLeft + plotWidth / 2, y: plotBottom + 17, size: 6.5, anchor: .middle, colour: .muted))
        for (k, r) in rows.enumerated() {
            let y = top + (Double(k) + 0.5) * row
            if let labelSize { figure.add(.text(fitted(r.label, width: labelWidth, size: labelSize), x: labelWidth + 2, y: y + labelSize * 0.35, size: labelSize, anchor: .end)) }
            figure.add(.line(x1: x(r.p5), y1: y, x2: x(r.p95), y2: y, stroke: FigureStroke(blue, width: min(2, row * 0.4))))
            figure.add(.line(x1: x(Double(r.nominal)), y1: y - row * 0.4, x2: x(Double(r.nominal)), y2: y + row * 0.4, stroke: FigureStroke(orange, width: 1)))
            figure.add(.circle(cx: x(r.median), cy: y, r: min(2, row * 0.3), fill: dark, stroke: nil))
        }
        return figure
    }

    /// Stacked bars of grade probabilities, one row per center in the given order, in the grade
    /// palette with its patterns (``FigurePalette/grades``, ``FigurePalette/gradePatterns``) and a
    /// legend showing both; a page wide. Non-finite probabilities count as 0.
    public static func gradeProbabilities(rows: [ReportChart.GradeShares], legend: [String], language lang: Language) -> Figure {
        let (row, labelSize) = rowLayout(rows.count)
        let top = 30.0, bottom = 20.0
        let labelWidth = labelSize.map { size in min(150, (rows.map { textWidth($0.label, size: size) }.max() ?? 20) + 4) } ?? 4
        let plotLeft = labelWidth + 6, plotWidth = Figure.pageWidth - plotLeft - 8
        let plotBottom = top + row * Double(rows.count)
        var figure = Figure(width: Figure.pageWidth, height: plotBottom + bottom, title: lang.pick("等级概率", "Grade probabilities"))
        figure.add(.text(figure.title, x: 0, y: 10, size: 8))
        var lx = plotLeft
        for (g, label) in legend.enumerated() where g < FigurePalette.grades.count {
            figure.add(gradeBlock(g, x: lx, y: 15, width: 10, height: 7))
            figure.add(.text(label, x: lx + 13, y: 21.5, size: 6.5))
            lx += 13 + textWidth(label, size: 6.5) + 12
        }
        for (k, r) in rows.enumerated() {
            let y = top + Double(k) * row
            if let labelSize { figure.add(.text(fitted(r.label, width: labelWidth, size: labelSize), x: labelWidth + 2, y: y + row / 2 + labelSize * 0.35, size: labelSize, anchor: .end)) }
            var x0 = 0.0
            for (g, p) in r.probabilities.enumerated() where g < FigurePalette.grades.count {
                let share = p.isFinite ? min(max(p, 0), 1) : 0
                if share > 0 {
                    let gap = row * 0.8 >= 4 ? row * 0.1 : 0
                    figure.add(gradeBlock(g, x: plotLeft + plotWidth * x0, y: y + gap, width: plotWidth * share, height: row - 2 * gap))
                }
                x0 += share
            }
        }
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            figure.add(.text(NumberText.decimal(tick, maximumFractionDigits: 2), x: plotLeft + plotWidth * tick, y: plotBottom + 8, size: 6, anchor: .middle, colour: .muted))
        }
        figure.add(.text(lang.pick("概率", "probability"), x: plotLeft + plotWidth / 2, y: plotBottom + 17, size: 6.5, anchor: .middle, colour: .muted))
        return figure
    }

    /// A rectangle in grade `g`'s colour with its pattern and a thin outline; bars under 4 pt tall
    /// (more than 120 rows) keep only the colour, whose lightness steps still tell grades apart.
    static func gradeBlock(_ g: Int, x: Double, y: Double, width: Double, height: Double) -> [FigureMark] {
        guard height >= 4 else { return [.rect(x: x, y: y, width: width, height: height, fill: FigurePalette.grades[g])] }
        return [.rectangle(x: x, y: y, width: width, height: height, fill: FigurePalette.grades[g], stroke: FigureStroke(.ink, width: 0.25))]
            + FigurePalette.gradePatterns[g].lines(x: x, y: y, width: width, height: height, colour: .ink)
    }
}
