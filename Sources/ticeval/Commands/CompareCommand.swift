import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICScoring
import TICSupport

/// `ticeval compare`: how two or more schemes rank and grade the same workspace, or how two or more
/// MCDA methods (with their weights) rank the same decision matrix.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare weighting schemes on a workspace, or MCDA methods on a decision matrix: rank correlations, top-k overlap, grade changes, movers.",
        discussion: """
        WORKSPACE (a folder) with --scheme: for every pair of --scheme values (presets or scheme JSON files).
        MATRIX (a CSV file in UTF-8 or GB18030, or an .xlsx workbook's first visible sheet; the layout of ticeval mcda) \
        with --method: for every pair of --method specs METHOD[@OPTION]:WEIGHTS, each ranked exactly as ticeval mcda \
        --method METHOD --weights WEIGHTS ranks it. METHOD is wsm, wpm, topsis or vikor; @OPTION a normalization the \
        method allows (topsis@vector, wsm@minmax, wpm@sum) or vikor@v=V; WEIGHTS everything after the first colon, as \
        mcda --weights: entropy, entropy:spssau, critic, critic:inverted-cost (needs --types), stddev, equal, \
        ahp=FILE (a pairwise CSV or .xlsx whose labels are the criteria), combined:additive:α[:OBJECTIVE]=w1,w2,… \
        (or combined:multiplicative:…), or w1,w2,… one per criterion. Examples: --method topsis:entropy \
        --method vikor:ahp=pairwise.csv --method wsm:0.4,0.3,0.3 --method topsis:entropy:spssau. The spec, as \
        written, labels its ranking everywhere. --types gives the criteria's directions to every spec.
        Both: Spearman ρ, Kendall τ-b, weighted Spearman r_w and the WS rank similarity coefficient (Sałabun & \
        Urbaniak 2020; the formulas of pymcdm's correlations, WS with the first of the pair as reference), the top-k \
        overlap and the largest rank movers; correlations use mid-ranks by score over the alternatives ranked by \
        both. A workspace adds the share of centers whose grade changes and Cohen's weighted κ on the grades with \
        LINEAR weights (|i − j|/3 on the four grades); a decision matrix has no grades, so they are absent (null \
        in compare.json, empty in compare.csv), never 0.
        On a workspace every scheme is applied to the first scheme's centers (its scope and due rule; a note on \
        standard error says so when another scheme states a different scope), so the schemes are compared on the \
        same cohort.
        Writes compare.csv (full precision), movers.csv, compare.json (with the SHA-256 of every input) and compare.html \
        (heatmap, rank shifts, tables) to --out (default out/compare) and prints a table (four decimals); --format latex \
        prints it as a booktabs table, --docx FILE writes it as a Word table.
        --figures DIR also writes the figures for papers: heatmap-spearman, heatmap-kendall-tau-b, heatmap-weighted-spearman, \
        heatmap-ws and rank-shift-I-J per pair, each as a standalone .svg and a .pdf with its font embedded (one column, \
        85 mm wide; see Guides/Research.md).
        """
    )

    @Argument(help: "A workspace folder (with --scheme) or a decision matrix CSV/.xlsx file (with --method). Default: the bundled sample.")
    var input: String?

    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var cycleOptions: CycleOptions
    @OptionGroup var language: LanguageOptions

    @Option(name: .customLong("scheme"), help: "Workspace: a scheme to compare (preset or JSON file); repeat, at least twice.")
    var schemes: [String] = []

    @Option(name: .customLong("method"),
            help: ArgumentHelp("Decision matrix: a method spec METHOD[@OPTION]:WEIGHTS, e.g. topsis:entropy, vikor:ahp=pairwise.csv, wsm:0.4,0.3,0.3; repeat, at least twice.",
                               valueName: "spec"),
            transform: { try MethodSpec(parsing: $0) })
    var methods: [MethodSpec] = []

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Decision matrix: criterion types, one per column: 1,-1 or benefit,cost or max,min (default: every criterion a benefit). A list that starts with a minus is written --types=-1,1.",
                               valueName: "types"),
            transform: CriterionTypes.init(parsing:))
    var types: CriterionTypes?

    @Option(help: "k of the top-k overlap.")
    var topK: Int = 10

    @Option(help: "How many rank movers to list per pair.")
    var movers: Int = 5

    @OptionGroup var outputFolder: OutputFolderOptions

    /// `--out`, default `out/compare`.
    var out: String { outputFolder.folder(default: "out/compare") }
    @OptionGroup var output: ResearchOutputOptions
    @OptionGroup var figureOptions: FigureOptions

    func validate() throws {
        if !schemes.isEmpty && !methods.isEmpty {
            throw ValidationError("--scheme compares schemes on a workspace folder and --method compares methods on a decision matrix file; give one kind, at least twice")
        }
        if schemes.count < 2 && methods.count < 2 {
            throw ValidationError("give at least two --scheme values (a workspace folder) or two --method specs (a decision matrix file, e.g. --method topsis:entropy --method vikor:critic)")
        }
        if topK < 1 { throw ValidationError("--top-k must be ≥ 1") }
        if movers < 0 { throw ValidationError("--movers must be ≥ 0") }
        try figureOptions.check(distinctFrom: out)
    }

    func run() throws {
        let lang = language.lang
        let root = try resolvedInput()
        let matrixMode = try UsageCheck.run(Self.self) { try isMatrix(root) }
        var folder = OutputWriting.folder(out, inputs: matrixMode ? [root] + methods.flatMap(\.weights.files)
                                                                  : OutputWriting.likelyInputs(ofWorkspace: root, scheme: "\(root)/scheme.json") + schemes)
        try folder.prepare()
        let docx = try output.docxFile(inputs: folder.inputs)
        let (rankings, run, page) = matrixMode ? try compareMethods(matrix: root, language: lang)
                                               : try compareSchemes(workspace: root, folder: &folder, language: lang)
        let pairs = SchemeComparison.pairwise(rankings, topK: topK, movers: movers)
        let report = ComparisonOutput(pairs: pairs, topK: topK, graded: !matrixMode)
        let json = try ResearchOutput.json(ComparisonDocument(run: run, schemes: rankings.map(\.label), pairs: pairs))
        let files = report.csvFiles(noBom: outputFolder.noBom) + [
            ("compare.json", json),
            ("compare.html", Array(page(pairs).render(language: lang).utf8)),
        ]
        try folder.write(files)
        try docx?.write(PaperTable.docx(report.paperTables(lang)))
        let figures = try figureOptions.write(page(pairs).figures(language: lang),
                                              inputs: folder.inputs)
        switch output.format ?? .table {
        case .csv: try Console.write(report.csvText)
        case .json: try Console.write(bytes: json)
        case .latex: try Console.write(PaperTable.latex(report.paperTables(lang)))
        case .table: try Console.write(report.terminalText(lang, outputs: files.map { "\(out)/\($0.name)" } + figures.paths))
        }
        if let failure = figures.failure { throw failure }
    }

    /// The argument, or the bundled sample.
    private func resolvedInput() throws -> String {
        if let input { return input }
        guard let sample = SampleLocator.locate() else {
            throw ValidationError("no WORKSPACE given and the bundled sample was not found; pass a folder or set TICEVAL_SAMPLE")
        }
        return sample
    }

    /// Whether `path` is a decision matrix (a file, or anything with --method) rather than a workspace
    /// folder; options of the other kind are usage errors.
    private func isMatrix(_ path: String) throws -> Bool {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let matrix = exists ? !isDirectory.boolValue : !methods.isEmpty
        if matrix && !schemes.isEmpty {
            throw ValidationError("\(path) is a decision matrix file: compare methods on it with --method METHOD:WEIGHTS (e.g. --method topsis:entropy --method vikor:critic); --scheme needs a workspace folder")
        }
        if !matrix && !methods.isEmpty {
            throw ValidationError("\(path) is a workspace folder: compare schemes on it with --scheme (e.g. --scheme sichuan-2022 --scheme hunan-2020); --method needs a decision matrix file")
        }
        if matrix && cycleOptions.years != nil {
            throw ValidationError("--cycle applies to a workspace folder; a decision matrix has one set of values (drop --cycle)")
        }
        if !matrix && types != nil {
            throw ValidationError("--types applies to a decision matrix; a workspace's scheme gives each indicator's direction (drop --types)")
        }
        return matrix
    }

    /// The rankings of every --method spec on the decision matrix at `path`, each through ``MCDAOutcome``.
    private func compareMethods(matrix path: String, language lang: Language) throws -> ([RankedAlternatives], RunRecord, ([SchemeComparison]) -> ComparisonPage) {
        let input = try DecisionMatrixInput(path: path, encoding: encodingOptions.encoding)
        let directions = try UsageCheck.run(Self.self) { try CriterionTypes.directions(types, criteria: input.criteria) }
        var rankings: [RankedAlternatives] = []
        var warnings: [ScoringWarning] = []
        for spec in methods {
            let weights = try UsageCheck.run(Self.self) {
                try spec.resolvedWeights(criteria: input.criteria, types: types, encoding: encodingOptions.encoding)
            }
            let outcome = try MCDAOutcome(input, method: spec.method, weights: weights, directions: directions,
                                          normalization: spec.normalization, v: spec.v ?? Aggregation.defaultVIKORWeight)
            warnings += outcome.weightWarnings + outcome.scores.warnings
            rankings.append(RankedAlternatives(label: spec.text, ids: input.alternatives, scores: outcome.scores.scores,
                                               ranks: outcome.scores.ranks, lowerIsBetter: spec.method.order == .lowerIsBetter))
        }
        ResearchWarnings.print(input.file.warnings, warnings, path: path, names: input.criteria, language: lang)
        let run = RunRecords.current(files: [path] + methods.flatMap(\.weights.files))
        return (rankings, run, { ComparisonPage(rankings: rankings, pairs: $0) })
    }

    /// The evaluations of the workspace at `root` under every --scheme; a scheme or evaluation error
    /// ends the command.
    private func compareSchemes(workspace root: String, folder: inout OutputFolder, language lang: Language) throws -> ([RankedAlternatives], RunRecord, ([SchemeComparison]) -> ComparisonPage) {
        let cycle = cycleOptions.years
        let workspace = WorkspaceLoader(encoding: encodingOptions.encoding, cycle: cycle).load(root: root)
        for diagnostic in workspace.diagnostics { Console.report(diagnostic.problem, language: lang) }
        folder.inputs = OutputWriting.inputs(of: workspace, scheme: "\(root)/scheme.json") + schemes
        try folder.prepare()
        var evaluations: [(label: String, evaluation: Evaluation)] = []
        var first: Scheme?
        for argument in schemes {
            var (label, scheme) = try ResearchOutput.scheme(argument, workspace: root, language: lang)
            // One cohort for every scheme: the first scheme's scope and due rule.
            if let first {
                if scheme.scope != first.scope {
                    let scope = first.scope.map { ScopeText.scope(levels: $0.levels, jurisdictions: $0.jurisdictions, language: lang) }
                        ?? lang.pick("全部中心", "every center")
                    Console.note(lang.pick("\(label)：按第一个指标体系 \(first.name) 的评价范围（\(scope)）比较",
                                           "\(label): compared on the centers of the first scheme \(first.name) (\(scope))"))
                }
                scheme.scope = first.scope
                scheme.due = first.due
            } else {
                first = scheme
            }
            do {
                evaluations.append((label, try Evaluator(workspace: workspace, scheme: scheme, cycle: cycle).evaluate()))
            } catch {
                throw CommandFailure(nil, zh: "\(label): " + error.message(.zh), en: "\(label): " + error.message(.en))
            }
        }
        let run = RunRecords.current(workspace: workspace, files: evaluations.map(\.label))
        let rankings = evaluations.map { RankedAlternatives(label: $0.label, evaluation: $0.evaluation) }
        return (rankings, run, { ComparisonPage(evaluations: evaluations, pairs: $0) })
    }
}
