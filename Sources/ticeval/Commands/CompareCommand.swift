import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

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
        --figures DIR also writes the figures for papers: heatmap-spearman, heatmap-kendall-tau-b, heatmap-weighted-spearman, \
        heatmap-ws and rank-shift-I-J per pair, each as a standalone .svg and a .pdf with its font embedded (one column, \
        85 mm wide; see Guides/Research.md).
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

    @OptionGroup var outputFolder: OutputFolderOptions

    /// `--out`, default `out/compare`.
    var out: String { outputFolder.folder(default: "out/compare") }
    @OptionGroup var output: OutputOptions
    @OptionGroup var figureOptions: FigureOptions

    func validate() throws {
        if schemes.count < 2 { throw ValidationError("give at least two --scheme values") }
        if topK < 1 { throw ValidationError("--top-k must be ≥ 1") }
        if movers < 0 { throw ValidationError("--movers must be ≥ 0") }
        try figureOptions.check(distinctFrom: out)
    }

    func run() throws {
        let lang = language.lang
        let root = try workspaceOptions.resolvedWorkspace()
        let schemeFile = "\(root)/scheme.json"
        var folder = OutputWriting.folder(out, inputs: OutputWriting.likelyInputs(ofWorkspace: root, scheme: schemeFile) + schemes)
        try folder.prepare()
        let workspace = WorkspaceLoader(encoding: workspaceOptions.encoding, cycle: workspaceOptions.cycleRange).load(root: root)
        for diagnostic in workspace.diagnostics { Console.report(diagnostic.problem, language: lang) }
        folder.inputs = OutputWriting.inputs(of: workspace, scheme: schemeFile) + schemes
        try folder.prepare()
        let evaluations = try evaluateSchemes(workspace, root: root, language: lang)
        let pairs = SchemeComparison.pairwise(evaluations, topK: topK, movers: movers)
        let report = ComparisonOutput(pairs: pairs, topK: topK)
        let labels = evaluations.map(\.label)
        let json = try ResearchOutput.json(ComparisonDocument(run: RunRecords.current(workspace: workspace, files: labels),
                                                              schemes: labels, pairs: pairs))
        let files = report.csvFiles(noBom: outputFolder.noBom) + [
            ("compare.json", json),
            ("compare.html", Array(ComparisonPage(evaluations: evaluations, pairs: pairs).render(language: lang).utf8)),
        ]
        try folder.write(files)
        let figures = try figureOptions.write(ComparisonPage(evaluations: evaluations, pairs: pairs).figures(language: lang),
                                              inputs: folder.inputs)
        switch output.format ?? .table {
        case .csv: try Console.write(report.csvText)
        case .json: try Console.write(bytes: json)
        case .table: try Console.write(report.terminalText(lang, outputs: files.map { "\(out)/\($0.name)" } + figures.paths))
        }
        if let failure = figures.failure { throw failure }
    }

    /// Evaluates the workspace under every `--scheme`; a scheme or evaluation error ends the command.
    private func evaluateSchemes(_ workspace: Workspace, root: String, language lang: Language) throws -> [(label: String, evaluation: Evaluation)] {
        var evaluations: [(label: String, evaluation: Evaluation)] = []
        for argument in schemes {
            let (label, scheme) = try ResearchOutput.scheme(argument, workspace: root, language: lang)
            do {
                evaluations.append((label, try Evaluator(workspace: workspace, scheme: scheme, cycle: workspaceOptions.cycleRange).evaluate()))
            } catch {
                throw CommandFailure(nil, zh: "\(label): " + error.message(.zh), en: "\(label): " + error.message(.en))
            }
        }
        return evaluations
    }
}
