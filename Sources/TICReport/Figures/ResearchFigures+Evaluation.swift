import TICSupport

extension ResearchFigures {
    /// Grouped bars, one group per category and one bar per grade, in the grade palette with its
    /// patterns, the count above each bar and a legend; one column wide.
    ///
    /// - Parameters:
    ///   - groups: the categories' labels and their counts per grade (best first).
    ///   - legend: the grades' labels, best first.
    public static func gradeCounts(groups: [(label: String, counts: [Int])], legend: [String], title: String) -> Figure {
        let top = 34.0, bottom = 18.0, left = 22.0, plotHeight = 110.0
        let plotWidth = Figure.columnWidth - left - 4
        let maxCount = max(1, groups.flatMap(\.counts).max() ?? 1)
        let groupWidth = plotWidth / Double(max(groups.count, 1))
        let grades = min(legend.count, FigurePalette.grades.count)
        let barWidth = min(14, (groupWidth - 8) / Double(max(grades, 1)))
        var figure = Figure(width: Figure.columnWidth, height: top + plotHeight + bottom, title: title)
        figure.add(.text(title, x: 0, y: 10, size: 8))
        var lx = left
        for (g, label) in legend.prefix(grades).enumerated() {
            figure.add(gradeBlock(g, x: lx, y: 16, width: 10, height: 7))
            figure.add(.text(label, x: lx + 13, y: 22.5, size: 6.5))
            lx += 13 + textWidth(label, size: 6.5) + 10
        }
        let base = top + plotHeight
        for tick in ReportChart.axisTicks(maximum: Double(maxCount)) {
            let y = base - plotHeight * tick / Double(maxCount)
            figure.add(.line(x1: left, y1: y, x2: left + plotWidth, y2: y, stroke: FigureStroke(.grid)))
            figure.add(.text(NumberText.decimal(tick), x: left - 3, y: y + 2, size: 6, anchor: .end, colour: .muted))
        }
        for (k, group) in groups.enumerated() {
            let x0 = left + Double(k) * groupWidth + (groupWidth - barWidth * Double(grades)) / 2
            for (g, count) in group.counts.prefix(grades).enumerated() {
                let h = plotHeight * Double(count) / Double(maxCount)
                let x = x0 + Double(g) * barWidth
                if count > 0 { figure.add(gradeBlock(g, x: x + 0.75, y: base - h, width: barWidth - 1.5, height: h)) }
                figure.add(.text("\(count)", x: x + barWidth / 2, y: base - h - 2, size: 5.5, anchor: .middle))
            }
            figure.add(.text(fitted(group.label, width: groupWidth, size: 6.5), x: left + (Double(k) + 0.5) * groupWidth, y: base + 9, size: 6.5, anchor: .middle))
        }
        figure.add(.line(x1: left, y1: base, x2: left + plotWidth, y2: base, stroke: FigureStroke(.muted)))
        return figure
    }

    /// A histogram of `scores` in ten equal bins over `range` with the count above each bin and the
    /// grade cut-offs as dashed lines labelled `grade ≥ value`; one column wide. Non-finite scores
    /// are left out; scores outside the range count in the nearest bin.
    public static func scoreHistogram(scores: [Double], range: (low: Double, high: Double), cutoffs: [(value: Double, label: String)],
                                      title: String, axis: String) -> Figure {
        let top = 40.0, bottom = 24.0, left = 22.0, right = 10.0, plotHeight = 100.0
        let plotWidth = Figure.columnWidth - left - right
        let span = range.high - range.low
        let bins = ReportChart.binCounts(scores, range: range, count: 10)
        let maxCount = max(1, bins.max() ?? 1)
        func x(_ v: Double) -> Double { left + plotWidth * (v - range.low) / span }
        let base = top + plotHeight
        var figure = Figure(width: Figure.columnWidth, height: base + bottom, title: title)
        figure.add(.text(title, x: 0, y: 10, size: 8))
        for tick in ReportChart.axisTicks(maximum: Double(maxCount)) {
            let y = base - plotHeight * tick / Double(maxCount)
            figure.add(.line(x1: left, y1: y, x2: left + plotWidth, y2: y, stroke: FigureStroke(.grid)))
            figure.add(.text(NumberText.decimal(tick), x: left - 3, y: y + 2, size: 6, anchor: .end, colour: .muted))
        }
        let binWidth = plotWidth / 10
        for (k, count) in bins.enumerated() {
            let h = plotHeight * Double(count) / Double(maxCount)
            if count > 0 {
                figure.add(.rect(x: left + Double(k) * binWidth + 0.5, y: base - h, width: binWidth - 1, height: h, fill: FigurePalette.grades[1]))
                figure.add(.text("\(count)", x: left + (Double(k) + 0.5) * binWidth, y: base - h - 2, size: 5.5, anchor: .middle))
            }
        }
        for k in stride(from: 0, through: 10, by: 2) {
            let v = range.low + span * Double(k) / 10
            figure.add(.text(NumberText.decimal(v, maximumFractionDigits: 1), x: x(v), y: base + 8, size: 6, anchor: .middle, colour: .muted))
        }
        figure.add(.text(axis, x: left + plotWidth / 2, y: base + 18, size: 6.5, anchor: .middle, colour: .muted))
        figure.add(.line(x1: left, y1: base, x2: left + plotWidth, y2: base, stroke: FigureStroke(.muted)))
        let orange = FigureColour(0xc05621)
        let marks = cutoffs.filter { $0.value >= range.low && $0.value <= range.high }.sorted { $0.value < $1.value }
        for (k, mark) in marks.enumerated() {
            let labelY = k % 2 == 0 ? 20.0 : 29.0
            figure.add(.line(x1: x(mark.value), y1: labelY + 2, x2: x(mark.value), y2: base, stroke: FigureStroke(orange, width: 0.75, dash: [3, 2])))
            // A label that would run past the right edge ends at its line instead.
            let label = "\(mark.label) ≥ \(NumberText.decimal(mark.value))"
            let fits = x(mark.value) + 2 + textWidth(label, size: 6) <= Figure.columnWidth
            figure.add(.text(label, x: x(mark.value) + (fits ? 2 : -2), y: labelY, size: 6, anchor: fits ? .start : .end, colour: orange))
        }
        return figure
    }
}

extension ResearchFigures {
    /// Rank under scheme A (across) against rank under scheme B (down), rank 1 at the top left, the
    /// dashed diagonal of unchanged ranks; highlighted points (the pair's largest movers) are larger,
    /// dark red with a white outline, and tagged with their ids. One column wide and square.
    public static func rankShift(schemeA: String, schemeB: String, points: [ReportChart.RankPoint]) -> Figure {
        let size = Figure.columnWidth, left = 24.0, top = 18.0, right = 6.0, bottom = 22.0
        let plot = size - left - right
        let maxRank = max(2, points.map { max($0.rankA, $0.rankB) }.max() ?? 2)
        func x(_ r: Int) -> Double { left + plot * Double(r - 1) / Double(maxRank - 1) }
        func y(_ r: Int) -> Double { top + (size - top - bottom) * Double(r - 1) / Double(maxRank - 1) }
        var figure = Figure(width: size, height: size, title: "\(schemeA) → \(schemeB)")
        figure.add(.text(figure.title, x: 0, y: 10, size: 8))
        for tick in ReportChart.rankTicks(maximum: maxRank) {
            figure.add(.line(x1: x(tick), y1: top, x2: x(tick), y2: y(maxRank), stroke: FigureStroke(.grid)))
            figure.add(.line(x1: left, y1: y(tick), x2: x(maxRank), y2: y(tick), stroke: FigureStroke(.grid)))
            figure.add(.text("\(tick)", x: x(tick), y: y(maxRank) + 8, size: 5.5, anchor: .middle, colour: .muted))
            figure.add(.text("\(tick)", x: left - 3, y: y(tick) + 2, size: 5.5, anchor: .end, colour: .muted))
        }
        figure.add(.line(x1: x(1), y1: y(1), x2: x(maxRank), y2: y(maxRank), stroke: FigureStroke(.muted, width: 0.5, dash: [3, 2])))
        figure.add(.text("\(fitted(schemeA, width: plot * 0.8, size: 6.5)) →", x: left + plot / 2, y: size - 4, size: 6.5, anchor: .middle, colour: .muted))
        figure.add(.text("\(fitted(schemeB, width: plot * 0.8, size: 6.5)) →", x: 7, y: (top + y(maxRank)) / 2, size: 6.5, anchor: .middle, colour: .muted, rotation: -90))
        let red = FigureColour(0x9b2c2c)
        for p in points where !p.highlighted {
            figure.add(.circle(cx: x(p.rankA), cy: y(p.rankB), r: 1.1, fill: FigurePalette.grades[1], stroke: nil))
        }
        for p in points where p.highlighted {
            figure.add(.circle(cx: x(p.rankA), cy: y(p.rankB), r: 2.2, fill: red, stroke: FigureStroke(.white, width: 0.5)))
            let onRight = x(p.rankA) > left + plot / 2
            figure.add(.text(fitted(p.tag, width: 60, size: 5.5), x: x(p.rankA) + (onRight ? -3.5 : 3.5), y: y(p.rankB) + 2,
                             size: 5.5, anchor: onRight ? .end : .start, colour: red))
        }
        return figure
    }
}
