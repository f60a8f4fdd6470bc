import TICIngest
import TICPolicy
import TICSupport

extension UncertaintyPage {
    /// `rank-intervals`, `grade-probabilities` (workspace mode) and `sobol` (with `--sensitivity`,
    /// target: the mean absolute rank change).
    public func figures(language lang: Language) -> FigureSet {
        let sorted = sortedAlternatives
        let intervals = sorted.map {
            ReportChart.RankInterval(label: $0.name, nominal: $0.nominalRank, p5: $0.p5Rank, median: $0.medianRank, p95: $0.p95Rank)
        }
        var figures: [(name: String, figure: Figure)] = [
            ("rank-intervals", ResearchFigures.rankIntervals(rows: intervals, maximumRank: result.alternatives.count, language: lang)),
        ]
        let grades = sorted.compactMap { a -> ReportChart.GradeShares? in
            guard let g = a.gradeProbabilities else { return nil }
            return ReportChart.GradeShares(label: a.name, nominal: a.nominalGrade?.label(lang) ?? "",
                                           probabilities: [g.excellent, g.good, g.qualified, g.unqualified])
        }
        if !grades.isEmpty {
            figures.append(("grade-probabilities", ResearchFigures.gradeProbabilities(rows: grades, legend: Grade.allCases.map { $0.label(lang) }, language: lang)))
        }
        if let s = result.sensitivity {
            let x = s.meanAbsoluteRankChange
            func at(_ v: [Double], _ k: Int) -> Double { k < v.count ? v[k] : .nan }
            let bars = s.factors.enumerated().map { k, factor in
                ResearchFigures.SobolBar(factor: factor, firstOrder: at(x.firstOrder, k), firstOrderLow: at(x.firstOrderLow, k), firstOrderHigh: at(x.firstOrderHigh, k),
                                         total: at(x.total, k), totalLow: at(x.totalLow, k), totalHigh: at(x.totalHigh, k))
            }
            figures.append(("sobol", ResearchFigures.sobol(factors: bars, target: lang.pick("平均绝对排名变化", "mean absolute rank change"), language: lang)))
        }
        return FigureSet(figures)
    }
}
