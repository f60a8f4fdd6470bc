import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Run the triennial evaluation: scores, grades, ranking and the dynamic-adjustment list.",
        discussion: """
        Writes ranking.csv, adjustments.csv, summary.json, report.html (one self-contained page), \
        rejected.csv and to_verify.csv (everything filled in or set aside, per center, and the \
        scheme's site-check shortlist, grading.site_checks) to --out \
        (default ./out): a new folder, an empty one, or one ticeval wrote before (any other folder is \
        refused), replaced as a whole in one step, and prints a short summary. The scheme is --scheme \
        (a preset name or a JSON file), else WORKSPACE/scheme.json; with neither, evaluate stops and \
        lists the presets (a scheme decides which centers are evaluated: its scope). Centers outside \
        the scheme's scope are listed as out_of_scope, not graded, not in quotas, not paid; centers not \
        due under its due rule are listed as not_yet_due. Nothing is written when the workspace or the \
        scheme has errors (exit status 1).

        The evaluation date is --date, else the scheme's evaluation_date, never the clock. When it or \
        a year of the cycle falls outside the validity the scheme's policy states (valid; sichuan-2022: \
        art. 27, 2022-02-01 to 2024-01-31), every output says so.
        --figures DIR also writes report.html's overview charts for papers (grades-per-category, score-distribution) \
        as standalone .svg and .pdf with the font embedded, 85 mm wide (Guides/Research.md, "Figures for papers").

        Standard output gets the summary table (--format table, the default on a terminal; --top N rows), \
        the whole ranking as CSV (--format csv, the default when piped) or summary.json (--format json).
        """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var language: LanguageOptions

    @Option(help: "The indicator system: a preset (national-2017, sichuan-2022, hunan-2020, tianjin-2018) or a scheme JSON file.")
    var scheme: String?

    @Option(help: "The evaluation date, YYYY-MM-DD (default: the scheme's evaluation_date; never the clock).")
    var date: CalendarDay?

    @OptionGroup var outputFolder: OutputFolderOptions

    /// `--out`, default `out`.
    var out: String { outputFolder.folder(default: "out") }

    @Option(help: "How many centers the printed top list shows.")
    var top: Int = 10

    @OptionGroup var output: OutputOptions
    @OptionGroup var figureOptions: FigureOptions

    @Option(help: "Colour grades in the table: auto (only on a terminal without NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Write CSV files with CRLF line endings.")
    var crlf = false

    /// The files `evaluate` writes.
    static let outputNames: Set<String> = ["ranking.csv", "adjustments.csv", "summary.json", "report.html", "rejected.csv", "to_verify.csv"]

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be ≥ 0") }
        try figureOptions.check(distinctFrom: out)
    }

    func run() throws {
        let lang = language.lang
        let root = try workspaceOptions.resolvedWorkspace()
        let schemeArgument = try SchemeSource(option: scheme, workspace: root).argument
        var folder = OutputWriting.folder(out, inputs: OutputWriting.likelyInputs(ofWorkspace: root, scheme: schemeArgument))
        folder.expectedNames = Self.outputNames
        try folder.prepare()
        var loader = WorkspaceLoader(encoding: workspaceOptions.encoding, cycle: workspaceOptions.cycleRange)
        // Headers may name the scheme's own indicators in Chinese; the scheme's problems are printed later.
        let scheme = (try? SchemeSource(schemeArgument).inspect(language: lang))?.inspection.scheme
        loader.indicators = scheme?.reportColumnNames ?? []
        loader.neededColumns = scheme?.neededReportColumns
        let workspace = loader.load(root: root)
        for line in workspace.intakeLines(lang) { Console.note(line) }
        folder.inputs = OutputWriting.inputs(of: workspace, scheme: schemeArgument)
        try folder.prepare()
        let evaluation = try evaluate(workspace, scheme: schemeArgument, language: lang)
        let summary = SummaryDocument(evaluation, workspace: root, language: lang, version: TICEvalVersion.string)
        let files = try outputFiles(evaluation, summary: summary, diagnostics: workspace.diagnostics, language: lang)
        try folder.write(files)
        let figures = try figureOptions.write(HTMLReport(evaluation: evaluation, language: lang, version: TICEvalVersion.string).figures(),
                                              inputs: folder.inputs)
        try printResult(evaluation, summary: summary, files: files, figures: figures.paths, warnings: workspace.diagnostics.count, language: lang)
        if let failure = figures.failure { throw failure }
    }

    /// Standard output in `--format`: the summary table, the ranking as CSV or summary.json; the
    /// list of files written goes after the table, or to standard error.
    private func printResult(_ evaluation: Evaluation, summary: SummaryDocument, files: [(name: String, bytes: [UInt8])],
                             figures: [String], warnings: Int, language lang: Language) throws {
        let outputs = lang.pick("输出：", "Outputs: ") + (files.map { "\(out)/\($0.name)" } + figures).joined(separator: ", ")
        switch output.resolved(whenPiped: .csv) {
        case .table:
            let colored = color.enabled(isTerminal: Console.stdoutIsTerminal, environment: ProcessInfo.processInfo.environment)
            try Console.writeLine(EvaluationSummaryText(evaluation: evaluation, language: lang, top: top, colored: colored,
                                                        warnings: warnings).render())
            try Console.writeLine(outputs)
        case .csv:
            let plain = CSVExport(byteOrderMark: false, crlf: crlf)
            try Console.write(bytes: plain.encode(header: RankingTable.header(evaluation, language: lang), rows: RankingTable.rows(evaluation, language: lang)))
            Console.note(outputs)
        case .json:
            try Console.write(bytes: try summary.jsonBytes())
            Console.note(outputs)
        }
    }

    /// The evaluation of `workspace` under the scheme; a scheme error (its findings printed) or an
    /// ``EvaluationError`` ends the command with status 1.
    private func evaluate(_ workspace: Workspace, scheme schemeArgument: String, language lang: Language) throws -> Evaluation {
        let outcome = try SchemeSource(schemeArgument).inspect(language: lang)
        outcome.printDiagnostics(language: lang)
        guard let chosen = outcome.inspection.scheme, !outcome.inspection.hasErrors else { throw ExitCode(1) }
        return try Evaluator(workspace: workspace, scheme: chosen, cycle: workspaceOptions.cycleRange, evaluationDate: date).evaluate()
    }

    /// The six files of ``outputNames``, in the order they are listed.
    private func outputFiles(_ evaluation: Evaluation, summary: SummaryDocument, diagnostics: [Diagnostic],
                             language lang: Language) throws -> [(name: String, bytes: [UInt8])] {
        let csv = CSVExport(byteOrderMark: !outputFolder.noBom, crlf: crlf)
        return [
            ("ranking.csv", csv.encode(header: RankingTable.header(evaluation, language: lang), rows: RankingTable.rows(evaluation, language: lang))),
            ("adjustments.csv", csv.encode(header: AdjustmentsTable.header(language: lang), rows: AdjustmentsTable.rows(evaluation, language: lang))),
            ("summary.json", try summary.jsonBytes()),
            ("report.html", HTMLReport(evaluation: evaluation, language: lang, version: TICEvalVersion.string).bytes()),
            ("rejected.csv", csv.encode(header: RejectedTable.header(language: lang), rows: RejectedTable.rows(diagnostics, language: lang))),
            ("to_verify.csv", csv.encode(header: ToVerifyTable.header(language: lang), rows: ToVerifyTable.rows(evaluation, language: lang))),
        ]
    }
}
