import TICPolicy
import TICSupport

extension ComparisonPage {
    /// The coefficients drawn as heatmaps: file-name stem, name, value of a pair.
    static let coefficients: [(file: String, name: String, value: @Sendable (SchemeComparison) -> Double)] = [
        ("spearman", "Spearman ρ", { $0.spearman }), ("kendall-tau-b", "Kendall τ-b", { $0.kendallTauB }),
        ("weighted-spearman", "weighted Spearman r_w", { $0.weightedSpearman }), ("ws", "WS", { $0.rankSimilarity }),
    ]

    /// The schemes' names for figures: their short names (`sichuan-2022`, a scheme file's
    /// `name`), not file paths; where two schemes share a name, the label given on the command line
    /// (its last path component) follows it in parentheses.
    public var schemeNames: [String] {
        let titles = rankings.map(\.shortName)
        return titles.enumerated().map { k, title in
            titles.filter { $0 == title }.count > 1 ? "\(title) (\(rankings[k].label.split(separator: "/").last.map(String.init) ?? rankings[k].label))" : title
        }
    }

    /// One lower-triangle heatmap per coefficient (ρ, τ-b, r_w, WS with the column scheme as
    /// reference), cells = pairs: `heatmap-spearman`, `heatmap-kendall-tau-b`,
    /// `heatmap-weighted-spearman`, `heatmap-ws`; then one rank-shift scatter per pair i < j,
    /// `rank-shift-I-J` (schemes numbered from 1 in the order given).
    public func figures(language lang: Language) -> FigureSet {
        let names = schemeNames
        let n = rankings.count
        let shifts = pairs.indices.map { k -> (name: String, figure: Figure) in
            let (i, j) = indices(ofPair: k)
            return ("rank-shift-\(i + 1)-\(j + 1)", ResearchFigures.rankShift(schemeA: names[i], schemeB: names[j], points: rankPoints(pair: k)))
        }
        return FigureSet(Self.coefficients.map { coefficient in
            var matrix = [[Double]](repeating: [Double](repeating: .nan, count: n), count: n)
            for (k, pair) in pairs.enumerated() {
                let (i, j) = indices(ofPair: k)
                matrix[j][i] = coefficient.value(pair)
            }
            return ("heatmap-\(coefficient.file)", ResearchFigures.heatmap(labels: names, values: matrix, coefficient: coefficient.name, language: lang))
        } + shifts)
    }
}
