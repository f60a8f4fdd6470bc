import TICIngest
import TICPolicy

extension HTMLReport {
    /// The report's overview charts as figures for papers, from the same numbers as the inline
    /// charts: `grades-per-category` and `score-distribution` (with the scheme's cut-offs).
    public func figures() -> FigureSet {
        let groups = Category.allCases.map { category in
            (label: category.label(language), counts: Grade.allCases.map { evaluation.gradeCounts(category: category)[$0] ?? 0 })
        }
        return FigureSet([
            ("grades-per-category", ResearchFigures.gradeCounts(groups: groups, legend: Grade.allCases.map { $0.label(language) },
                                                                 title: t("各类别等级分布（个）", "Grades per category (centers)"))),
            ("score-distribution", ResearchFigures.scoreHistogram(scores: evaluation.evaluated.compactMap(\.score), range: scoreRange,
                                                                  cutoffs: cutoffMarks(), title: t("得分分布", "Score distribution"),
                                                                  axis: t("得分", "score"))),
        ])
    }
}
