import TICIngest
import TICPolicy
import TICReport
import TICSupport

/// What `ticeval compare` writes and prints for the scheme (or method) pairs: the rows of
/// compare.csv and movers.csv, and the terminal tables. Without grades (a decision matrix) the
/// files keep their columns, empty, and the terminal drops them and says why.
struct ComparisonOutput {
    let pairs: [SchemeComparison]
    let topK: Int
    /// Whether the rankings have grades (a workspace); a decision matrix's do not.
    var graded = true

    static let header = ["scheme_a", "scheme_b", "centers", "spearman", "kendall_tau_b", "weighted_spearman", "ws",
                         "top_k", "top_k_overlap", "grade_change_share", "weighted_kappa_linear"]
    static let moverHeader = ["scheme_a", "scheme_b", "center_id", "name", "rank_a", "rank_b", "change", "grade_a", "grade_b"]

    /// One row per pair, numbers to four decimals.
    var rows: [[String]] {
        let n = ResearchOutput.number
        return pairs.map { p in
            [p.schemeA, p.schemeB, "\(p.centers)", n(p.spearman, 4), n(p.kendallTauB, 4), n(p.weightedSpearman, 4), n(p.rankSimilarity, 4),
             "\(p.topK)", n(p.topKOverlap, 4), n(p.gradeChangeShare, 4), n(p.weightedKappa, 4)]
        }
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
        // Without grades the last two columns (grade change, κ) are absent, not shown as blanks.
        let shown = graded ? [0, 1, 2, 3, 4, 5, 6, 8, 9, 10] : [0, 1, 2, 3, 4, 5, 6, 8]
        let header = graded
            ? (lang == .zh ? ["方案 A", "方案 B", "中心数", "ρ", "τ-b", "r_w", "WS", "前\(topK)重合", "等级变化", "κ(线性)"]
                           : ["scheme A", "scheme B", "centers", "ρ", "τ-b", "r_w", "WS", "top-\(topK)", "grade chg", "κ (linear)"])
            : (lang == .zh ? ["方法 A", "方法 B", "备选方案数", "ρ", "τ-b", "r_w", "WS", "前\(topK)重合"]
                           : ["method A", "method B", "alternatives", "ρ", "τ-b", "r_w", "WS", "top-\(topK)"])
        var table = TextTable(header: header, rightAligned: Set(2..<header.count))
        for r in rows { table.append(shown.map { r[$0] }) }
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
