import TICIngest
import TICPolicy
import TICReport
import TICSupport

/// What `ticeval compare` writes and prints for the scheme (or method) pairs: the rows of
/// compare.csv (full precision) and movers.csv, and the terminal and paper tables (four decimals).
/// Without grades (a decision matrix) the files keep their columns, empty, and the tables drop them.
struct ComparisonOutput {
    let pairs: [SchemeComparison]
    let topK: Int
    /// Whether the rankings have grades (a workspace); a decision matrix's do not.
    var graded = true

    static let header = ["scheme_a", "scheme_b", "centers", "spearman", "kendall_tau_b", "weighted_spearman", "ws",
                         "top_k", "top_k_overlap", "grade_change_share", "weighted_kappa_linear"]
    static let moverHeader = ["scheme_a", "scheme_b", "center_id", "name", "rank_a", "rank_b", "change", "grade_a", "grade_b"]

    /// One row per pair for compare.csv, numbers at full precision (empty for NaN).
    var rows: [[String]] { rows(NumberText.shortest) }

    /// One row per pair as the terminal and the paper tables show it: numbers with four decimals.
    var displayRows: [[String]] { rows { NumberText.fixed($0, fractionDigits: 4) } }

    private func rows(_ n: (Double) -> String) -> [[String]] {
        pairs.map { p in
            [p.schemeA, p.schemeB, "\(p.centers)", n(p.spearman), n(p.kendallTauB), n(p.weightedSpearman), n(p.rankSimilarity),
             "\(p.topK)", n(p.topKOverlap), n(p.gradeChangeShare), n(p.weightedKappa)]
        }
    }

    /// The pairs table's titles; without grades the last two columns (grade change, κ) are absent.
    private func titles(_ lang: Language) -> [String] {
        graded
            ? (lang == .zh ? ["方案 A", "方案 B", "中心数", "ρ", "τ-b", "r_w", "WS", "前\(topK)重合", "等级变化", "κ(线性)"]
                           : ["scheme A", "scheme B", "centers", "ρ", "τ-b", "r_w", "WS", "top-\(topK)", "grade chg", "κ (linear)"])
            : (lang == .zh ? ["方法 A", "方法 B", "备选方案数", "ρ", "τ-b", "r_w", "WS", "前\(topK)重合"]
                           : ["method A", "method B", "alternatives", "ρ", "τ-b", "r_w", "WS", "top-\(topK)"])
    }

    /// The pairs table's cells of a row: every column but the top-k count (and the grade columns without grades).
    private func cells(_ r: [String]) -> [String] {
        (graded ? [0, 1, 2, 3, 4, 5, 6, 8, 9, 10] : [0, 1, 2, 3, 4, 5, 6, 8]).map { r[$0] }
    }

    /// The pairs table for a paper, with the terminal's decimals and a note naming the columns.
    func paperTables(_ lang: Language) -> [PaperTable] {
        let header = titles(lang)
        let note = lang.pick("ρ：Spearman；τ-b：Kendall；r_w：加权 Spearman；WS：排名相似系数", "ρ: Spearman; τ-b: Kendall; r_w: weighted Spearman; WS: rank similarity coefficient")
            + (graded ? lang.pick("；κ 为线性加权 Cohen κ。", "; κ: Cohen's weighted kappa with linear weights.") : lang.pick("。", "."))
        return [PaperTable(title: graded ? lang.pick("方案间排名相关与等级一致性", "Rank correlations and grade agreement between schemes")
                                         : lang.pick("方法间排名相关", "Rank correlations between methods"),
                           header: header, rows: displayRows.map(cells), rightAligned: Set(2..<header.count), notes: [note])]
    }

    /// One row per listed mover of every pair.
    var moverRows: [[String]] {
        pairs.flatMap { p in
            p.movers.map { [p.schemeA, p.schemeB, $0.centerID, $0.name, "\($0.rankA)", "\($0.rankB)", "\($0.change)",
                            $0.gradeA?.rawValue ?? "", $0.gradeB?.rawValue ?? ""] }
        }
    }

    /// The CSV files (with a byte-order mark unless `noBom`).
    func csvFiles(noBom: Bool) -> [(name: String, bytes: [UInt8])] {
        let csv = CSVExport(byteOrderMark: !noBom)
        return [("compare.csv", csv.encode(header: Self.header, rows: rows)),
                ("movers.csv", csv.encode(header: Self.moverHeader, rows: moverRows))]
    }

    /// compare.csv without a byte-order mark, for standard output.
    var csvText: String {
        String(decoding: CSVExport(byteOrderMark: false).encode(header: Self.header, rows: rows), as: UTF8.self)
    }

    /// The pairs table, then each pair's largest movers, then the list of `outputs`.
    func terminalText(_ lang: Language, outputs: [String]) -> String {
        let header = titles(lang)
        var table = TextTable(header: header, rightAligned: Set(2..<header.count))
        for r in displayRows { table.append(cells(r)) }
        var text = table.rendered()
        for p in pairs where !p.movers.isEmpty {
            text += lang.pick("\n排名变化最大（\(p.schemeA) → \(p.schemeB)）：", "\nLargest rank movers (\(p.schemeA) → \(p.schemeB)):") + "\n"
            var movers = graded
                ? TextTable(header: lang == .zh ? ["中心", "名称", "排名 A", "排名 B", "变化", "等级 A", "等级 B"]
                                                : ["center", "name", "rank A", "rank B", "change", "grade A", "grade B"],
                            rightAligned: [2, 3, 4])
                : TextTable(header: lang == .zh ? ["备选方案", "排名 A", "排名 B", "变化"] : ["alternative", "rank A", "rank B", "change"],
                            rightAligned: [1, 2, 3])
            for m in p.movers {
                let change = m.change > 0 ? "+\(m.change)" : "\(m.change)"
                movers.append(graded ? [m.centerID, m.name, "\(m.rankA)", "\(m.rankB)", change, m.gradeA?.label(lang) ?? "", m.gradeB?.label(lang) ?? ""]
                                     : [m.centerID, "\(m.rankA)", "\(m.rankB)", change])
            }
            text += movers.rendered()
        }
        let note = graded ? lang.pick("κ 为线性加权 Cohen κ。", "κ is Cohen's weighted kappa with linear weights. ")
                          : ComparisonText.ungradedComparison(topK: topK, language: lang) + (lang == .zh ? "" : " ")
        return text + note + lang.pick("输出：", "Outputs: ") + outputs.joined(separator: ", ") + "\n"
    }
}
