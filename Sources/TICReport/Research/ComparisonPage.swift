import TICIngest
import TICPolicy
import TICSupport

/// `compare.html`: one self-contained page comparing schemes on one workspace, or methods on one
/// decision matrix, built from the rankings (``RankedAlternatives``) and their ``SchemeComparison``s.
/// Rankings without grades (a decision matrix) say so instead of showing grade columns.
///
/// It shows the Spearman ρ heatmap (schemes × schemes, the value in every cell), one rank-shift
/// scatter per pair (rank under A against rank under B, the pair's largest movers labelled), the
/// pair table (ρ, τ-b, r_w, WS, top-k overlap, grade-change share, linear κ) and the movers table.
/// Every label and center name is escaped; NaN coefficients show as an em dash. The same inputs
/// give the same bytes.
///
/// ```swift
/// let pairs = SchemeComparison.pairwise(evaluations)
/// let html = ComparisonPage(evaluations: evaluations, pairs: pairs).render(language: .en)
/// ```
public struct ComparisonPage: Sendable {
    /// The labelled rankings, in the order given to ``SchemeComparison/pairwise(_:topK:movers:)``.
    public var rankings: [RankedAlternatives]
    /// Every pair i < j of `rankings`, in `pairwise`'s order.
    public var pairs: [SchemeComparison]

    /// A page for `rankings` and their pairwise comparisons.
    ///
    /// - Precondition: `pairs` holds n(n − 1)/2 comparisons for n rankings, in `pairwise`'s order.
    public init(rankings: [RankedAlternatives], pairs: [SchemeComparison]) {
        precondition(pairs.count == rankings.count * (rankings.count - 1) / 2,
                     "ComparisonPage: \(pairs.count) pairs for \(rankings.count) rankings; pass SchemeComparison.pairwise(rankings)")
        self.rankings = rankings
        self.pairs = pairs
    }

    /// A page for the labelled evaluations of one workspace and their pairwise comparisons.
    public init(evaluations: [(label: String, evaluation: Evaluation)], pairs: [SchemeComparison]) {
        self.init(rankings: evaluations.map { RankedAlternatives(label: $0.label, evaluation: $0.evaluation) }, pairs: pairs)
    }

    /// The labels of the schemes (or methods), in order.
    public var labels: [String] { rankings.map(\.label) }

    /// Whether the rankings carry grades (a workspace's evaluations); a decision matrix's do not.
    public var isGraded: Bool { rankings.contains { $0.isGraded } }

    /// Spearman ρ as a square matrix over the schemes: 1 on the diagonal, `pairs`' values elsewhere.
    public var spearmanMatrix: [[Double]] {
        let n = rankings.count
        var matrix = [[Double]](repeating: [Double](repeating: 1, count: n), count: n)
        var k = 0
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                matrix[i][j] = pairs[k].spearman
                matrix[j][i] = pairs[k].spearman
                k += 1
            }
        }
        return matrix
    }

    /// The heatmap of ``spearmanMatrix``.
    public func heatmap() -> HTML {
        ReportChart.correlationHeatmap(labels: labels, values: spearmanMatrix, caption: "Spearman ρ")
    }

    /// The rank-shift scatter of pair `k` (evaluations i < j): every center evaluated under both,
    /// in center-id order, the pair's movers highlighted.
    public func rankShift(pair k: Int) -> HTML {
        ReportChart.rankShift(schemeA: pairs[k].schemeA, schemeB: pairs[k].schemeB, points: rankPoints(pair: k))
    }

    /// The points of pair `k`'s rank-shift scatter: every center evaluated under both schemes, in
    /// center-id order, the pair's movers highlighted.
    public func rankPoints(pair k: Int) -> [ReportChart.RankPoint] {
        let (i, j) = indices(ofPair: k)
        let a = rankings[i], b = rankings[j]
        var rankB: [String: Int] = [:]
        for c in b.alternatives { if let rank = c.rank { rankB[c.id] = rank } }
        let movers = Set(pairs[k].movers.map(\.centerID))
        return a.alternatives
            .compactMap { c -> (id: String, point: ReportChart.RankPoint)? in
                guard let ra = c.rank, let rb = rankB[c.id] else { return nil }
                return (c.id, ReportChart.RankPoint(label: c.name.isEmpty ? c.id : c.name, tag: c.id, rankA: ra, rankB: rb, highlighted: movers.contains(c.id)))
            }
            .sorted { $0.id < $1.id }
            .map(\.point)
    }

    /// The evaluations (i, j) compared by pair `k`.
    func indices(ofPair k: Int) -> (Int, Int) {
        var index = 0
        for i in rankings.indices {
            for j in rankings.indices where j > i {
                if index == k { return (i, j) }
                index += 1
            }
        }
        preconditionFailure("ComparisonPage: no pair \(k)")
    }

    /// The whole page.
    public func render(language lang: Language) -> String {
        let n = { (v: Double) in HTML.number(v, digits: 3) }
        let topK = pairs.first?.topK ?? 10
        var body: [HTML] = []
        let intro = isGraded ? lang.pick(
            "每对方案在两种方案下均参评的中心上比较：ρ、τ-b、r_w、WS 基于得分的平均秩（1 = 最好）；前 \(topK) 重合率、等级变化比例与线性加权 κ 基于排名和等级。",
            "Each pair is compared on the centers evaluated under both schemes: ρ, τ-b, r_w and WS on mid-ranks by score (1 = best); top-\(topK) overlap, grade-change share and linear weighted κ on the ranks and grades.")
            : ComparisonText.ungradedComparison(topK: topK, language: lang)
        body.append("<p class=\"hint\">\(intro)</p>")
        body.append("<h3>\(lang.pick("Spearman ρ 相关矩阵", "Spearman ρ between schemes"))</h3><div class=\"table-wrap\">\(heatmap())</div>")

        var table: [HTML] = []
        let heads = lang == .zh
            ? ["方案 A", "方案 B", "中心数", "ρ", "τ-b", "r_w", "WS", "前\(topK)重合", "等级变化", "κ（线性）"]
            : ["scheme A", "scheme B", "centers", "ρ", "τ-b", "r_w", "WS", "top-\(topK)", "grade change", "κ (linear)"]
        let headCells = heads.enumerated().map { k, h -> HTML in k >= 2 ? "<th class=\"num\">\(h)</th>" : "<th>\(h)</th>" }
        table.append("<table class=\"compact pairs\"><thead><tr>\(headCells)</tr></thead><tbody>")
        for p in pairs {
            let cells = [HTML.number(Double(p.centers), digits: 0), n(p.spearman), n(p.kendallTauB), n(p.weightedSpearman), n(p.rankSimilarity),
                         n(p.topKOverlap), n(p.gradeChangeShare), n(p.weightedKappa)].map { v -> HTML in "<td class=\"num\">\(v)</td>" }
            table.append("<tr><td>\(p.schemeA)</td><td>\(p.schemeB)</td>\(cells)</tr>")
        }
        table.append("</tbody></table>")
        body.append("<h3>\(lang.pick("两两比较", "Pairwise comparison"))</h3><div class=\"table-wrap\">\(table)</div>")

        var figures: [HTML] = []
        for (k, p) in pairs.enumerated() {
            figures.append("<figure><figcaption>\(p.schemeA) → \(p.schemeB)</figcaption>\(rankShift(pair: k))</figure>")
        }
        let shiftNote = lang.pick("横轴为方案 A 下的排名，纵轴为方案 B 下的排名（1 = 最好）；虚线为排名不变，红点为变化最大的中心（标注中心编号，见下表）。",
                                  "Rank under scheme A across, under scheme B down (1 = best); the dashed line is no change, red points are the largest movers (center ids; see the table below).")
        body.append("<h3>\(lang.pick("排名变化", "Rank shifts"))</h3><p class=\"hint\">\(shiftNote)</p><div class=\"charts\">\(figures)</div>")

        var movers: [HTML] = []
        let moverHeads = lang == .zh ? ["方案 A → B", "中心", "名称", "排名 A", "排名 B", "变化", "等级 A", "等级 B"]
                                     : ["scheme A → B", "center", "name", "rank A", "rank B", "change", "grade A", "grade B"]
        let moverCells = moverHeads.enumerated().map { k, h -> HTML in (3...5).contains(k) ? "<th class=\"num\">\(h)</th>" : "<th>\(h)</th>" }
        movers.append("<table class=\"compact movers\"><thead><tr>\(moverCells)</tr></thead><tbody>")
        for p in pairs {
            for m in p.movers {
                movers.append("<tr><td>\(p.schemeA) → \(p.schemeB)</td><td class=\"cid\">\(m.centerID)</td><td>\(m.name)</td><td class=\"num\">\(m.rankA)</td><td class=\"num\">\(m.rankB)</td><td class=\"num\">\(m.change > 0 ? "+\(m.change)" : "\(m.change)")</td><td>\(Self.badge(m.gradeA, lang))</td><td>\(Self.badge(m.gradeB, lang))</td></tr>")
            }
        }
        movers.append("</tbody></table>")
        body.append("<h3>\(lang.pick("排名变化最大的中心", "Largest rank movers"))</h3><div class=\"table-wrap\">\(movers)</div>")
        let title = isGraded ? lang.pick("评价方案比较", "Scheme comparison") : lang.pick("决策矩阵的方法比较", "Method comparison on a decision matrix")
        return ReportChart.page(title: title, language: lang, body: HTML(joining: body))
    }

    /// A grade badge in the report's colours, or an empty fragment.
    static func badge(_ grade: Grade?, _ lang: Language) -> HTML {
        guard let grade else { return .empty }
        return "<span class=\"badge g-\(grade.rawValue)\">\(grade.label(lang))</span>"
    }
}
