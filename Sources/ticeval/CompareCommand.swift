import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport

/// `ticeval compare`: how two or more schemes rank and grade the same workspace.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare weighting schemes on one workspace: rank correlations, top-k overlap, grade changes, movers.",
        discussion: """
        For every pair of --scheme values (presets or scheme JSON files): Spearman ρ, Kendall τ-b, weighted \
        Spearman r_w and the WS rank similarity coefficient (Sałabun & Urbaniak 2020; the formulas of pymcdm's \
        correlations, WS with the first scheme as reference), the top-k overlap, the share of centers whose \
        grade changes, Cohen's weighted κ on the grades with LINEAR weights (|i − j|/3 on the four grades), and \
        the largest rank movers. Correlations use mid-ranks by score over the centers evaluated under both schemes.
        Writes compare.csv, movers.csv, compare.json and compare.html (heatmap, rank shifts, tables) to --out (default out/compare) and prints a table.
        """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var language: LanguageOptions

    @Option(name: .customLong("scheme"), help: "A scheme to compare (preset or JSON file); repeat, at least twice.")
    var schemes: [String] = []

    @Option(help: "k of the top-k overlap.")
    var topK: Int = 10

    @Option(help: "How many rank movers to list per pair.")
    var movers: Int = 5

    @Option(help: "Output folder: new, empty, or one ticeval wrote before (any other folder is refused).")
    var out: String = "out/compare"

    @Option(help: "What to print: table (default), csv or json.")
    var format: OutputFormat = .table

    @Flag(help: "Write CSV files without the UTF-8 byte-order mark.")
    var noBom = false

    func validate() throws {
        if schemes.count < 2 { throw ValidationError("give at least two --scheme values") }
        if topK < 1 { throw ValidationError("--top-k must be ≥ 1") }
        if movers < 0 { throw ValidationError("--movers must be ≥ 0") }
    }

    func run() throws {
        let lang = language.lang
        let root = try workspaceOptions.resolvedWorkspace()
        var folder = OutputWriting.folder(out, inputs: OutputWriting.likelyInputs(ofWorkspace: root, scheme: "\(root)/scheme.json") + schemes)
        try OutputWriting.prepare(folder, language: lang)
        let workspace = WorkspaceLoader(encoding: workspaceOptions.encoding, cycle: workspaceOptions.cycleRange).load(root: root)
        for diagnostic in workspace.diagnostics { Console.error(diagnostic.formatted(lang)) }
        folder.inputs = OutputWriting.inputs(of: workspace, scheme: "\(root)/scheme.json") + schemes
        try OutputWriting.prepare(folder, language: lang)
        var evaluations: [(label: String, evaluation: Evaluation)] = []
        for argument in schemes {
            let (label, scheme) = try ResearchOutput.scheme(argument, workspace: root, language: lang)
            do {
                evaluations.append((label, try Evaluator(workspace: workspace, scheme: scheme, cycle: workspaceOptions.cycleRange).evaluate()))
            } catch {
                Console.error(lang.pick("错误：", "error: ") + "\(label): " + error.message(lang))
                throw ExitCode(1)
            }
        }
        let pairs = SchemeComparison.pairwise(evaluations, topK: topK, movers: movers)
        let n = ResearchOutput.number
        let header = ["scheme_a", "scheme_b", "centers", "spearman", "kendall_tau_b", "weighted_spearman", "ws",
                      "top_k", "top_k_overlap", "grade_change_share", "weighted_kappa_linear"]
        let rows = pairs.map { p in
            [p.schemeA, p.schemeB, "\(p.centers)", n(p.spearman, 4), n(p.kendallTauB, 4), n(p.weightedSpearman, 4), n(p.rankSimilarity, 4),
             "\(p.topK)", n(p.topKOverlap, 4), n(p.gradeChangeShare, 4), n(p.weightedKappa, 4)]
        }
        let moverHeader = ["scheme_a", "scheme_b", "center_id", "name", "rank_a", "rank_b", "change", "grade_a", "grade_b"]
        let moverRows = pairs.flatMap { p in
            p.movers.map { [p.schemeA, p.schemeB, $0.centerID, $0.name, "\($0.rankA)", "\($0.rankB)", "\($0.change)",
                            $0.gradeA?.rawValue ?? "", $0.gradeB?.rawValue ?? ""] }
        }
        let csv = CSVExport(byteOrderMark: !noBom)
        let files: [(name: String, bytes: [UInt8])] = [
            ("compare.csv", csv.encode(header: header, rows: rows)),
            ("movers.csv", csv.encode(header: moverHeader, rows: moverRows)),
            ("compare.json", try ResearchOutput.json(pairs)),
            ("compare.html", Array(ComparisonPage(evaluations: evaluations, pairs: pairs).render(language: lang).utf8)),
        ]
        try OutputWriting.write(files, to: folder, language: lang)
        switch format {
        case .csv: try Console.write(String(decoding: CSVExport(byteOrderMark: false).encode(header: header, rows: rows), as: UTF8.self))
        case .json: try Console.write(String(decoding: files[2].bytes, as: UTF8.self))
        case .table:
            var table = TextTable(header: lang == .zh
                ? ["方案 A", "方案 B", "中心数", "ρ", "τ-b", "r_w", "WS", "前\(topK)重合", "等级变化", "κ(线性)"]
                : ["scheme A", "scheme B", "centers", "ρ", "τ-b", "r_w", "WS", "top-\(topK)", "grade chg", "κ (linear)"],
                                  rightAligned: Set(2...9))
            for r in rows { table.append([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[8], r[9], r[10]]) }
            try Console.write(table.rendered())
            for p in pairs where !p.movers.isEmpty {
                try Console.writeLine(lang.pick("\n排名变化最大（\(p.schemeA) → \(p.schemeB)）：", "\nLargest rank movers (\(p.schemeA) → \(p.schemeB)):"))
                var movers = TextTable(header: lang == .zh ? ["中心", "名称", "排名 A", "排名 B", "变化", "等级 A", "等级 B"]
                                                           : ["center", "name", "rank A", "rank B", "change", "grade A", "grade B"],
                                       rightAligned: [2, 3, 4])
                for m in p.movers {
                    movers.append([m.centerID, m.name, "\(m.rankA)", "\(m.rankB)", m.change > 0 ? "+\(m.change)" : "\(m.change)",
                                   m.gradeA?.label(lang) ?? "", m.gradeB?.label(lang) ?? ""])
                }
                try Console.write(movers.rendered())
            }
            try Console.writeLine(lang.pick("κ 为线性加权 Cohen κ。输出：", "κ is Cohen's weighted kappa with linear weights. Outputs: ")
                  + files.map { "\(out)/\($0.name)" }.joined(separator: ", "))
        }
    }
}
