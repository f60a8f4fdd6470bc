import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICScoring
import TICSupport

/// `ticeval uncertainty`: Monte Carlo rank (and grade) uncertainty, optionally Sobol sensitivity.
struct Uncertainty: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uncertainty",
        abstract: "Monte Carlo uncertainty of ranks and grades under perturbed weights; Sobol sensitivity with --sensitivity.",
        discussion: """
        WORKSPACE mode (a folder): the scheme's DIMENSION weights are perturbed; every sample is aggregated with the \
        scheme's own aggregation (TOPSIS, VIKOR, geometric or weighted sum, as evaluate) and graded with the \
        scheme's cut-offs, quotas, tie rule and vetoes, giving P(grade) per center.
        Research mode (a decision matrix file: alternative,<criteria…>, CSV in UTF-8 or GB18030 or an .xlsx workbook's first visible sheet): `ticeval uncertainty MATRIX.csv --types 1,1,-1 \
        --weights 0.4,0.3,0.3 --samples N`: weighted sum over min-max by default; --aggregations topsis|vikor|wpm|wsm \
        scores as ticeval mcda does (same normalization rules), so the nominal ranking is mcda's; --weight-samples FILE.csv \
        (one weight vector per row, optional header) replays given samples instead of drawing them.
        Weights: Dirichlet(c·w) with c = --concentration (default; unbiased on the simplex: E[w'] = w exactly), \
        or --weight-noise uniform:f (w·(1 ± f) then renormalized; biased towards equal weights).
        Ranks are competition ranks per sample (1 = best, ties share the best rank); percentiles use numpy's \
        default 'linear' definition (Hyndman & Fan type 7). Sample i is seeded by (seed, i): the same seed gives \
        the same output for every --block-size and --threads.
        --sensitivity adds first-order (Saltelli 2010) and total (Jansen) Sobol indices of each factor on each \
        rank and on the mean absolute rank change, from N(d+2) runs, with --bootstrap 5–95 % intervals.
        Writes uncertainty.csv, uncertainty.json, uncertainty.html (rank intervals, grade probabilities) (and sensitivity.csv) to --out (default out/uncertainty). --format latex prints the rank-interval (and Sobol) tables as booktabs tables; --docx FILE writes them as Word tables.
        --figures DIR also writes the figures for papers as standalone .svg and .pdf (font embedded): rank-intervals and \
        grade-probabilities (170 mm wide), sobol (with --sensitivity; 85 mm wide). See Guides/Research.md.
        """
    )

    @Argument(help: "A workspace folder, or a decision matrix CSV or .xlsx file (research mode). Default: the bundled sample.")
    var input: String?

    @OptionGroup var encodingOptions: EncodingOptions
    @OptionGroup var cycleOptions: CycleOptions

    @Option(help: "The scheme (workspace mode): a preset or a scheme JSON file.")
    var scheme: String?

    @Option(help: "Monte Carlo samples N.")
    var samples: Int = 1_000

    @Option(help: "Seed.")
    var seed: UInt64 = 1

    @Option(help: "Dirichlet concentration c: weights ~ Dirichlet(c·w).")
    var concentration: Double = 100

    @Option(help: "Instead of --concentration: uniform:f (±f relative noise, renormalized) or dirichlet:c.")
    var weightNoise: String?

    @Option(help: "Normalizations each sample chooses from, comma-separated (first = nominal), e.g. scheme,minmax,percentile. 'scheme' = the scheme's own (workspace default); research default minmax.")
    var normalizations: String = "scheme"

    @Option(help: "Workspace mode: missing-data policies each sample chooses from, comma-separated (first = nominal), e.g. scheme,center_mean,center_min,group_mean,zero. 'scheme' = the scheme's own.")
    var imputations: String = "scheme"

    @Option(help: "Aggregations each sample chooses from, comma-separated (first = nominal): scheme, weighted_sum (wsm), geometric, topsis, vikor, wpm. 'scheme' = the scheme's own (workspace); the weighted sum in research mode.")
    var aggregations: String = "scheme"

    @Option(help: "Research mode: VIKOR's v, in [0, 1] (default 0.5, as ticeval mcda).")
    var v: Double?

    @Option(help: "k of P(rank ≤ k).")
    var topK: Int = 10

    @Flag(help: "Also estimate Sobol indices (N(d+2) more runs).")
    var sensitivity = false

    @Option(help: "Bootstrap resamples for the Sobol intervals.")
    var bootstrap: Int = 200

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Research mode: criterion types, one per column: 1,-1 or benefit,cost or max,min. A list that starts with a minus is written --types=-1,1.",
                               valueName: "types"),
            transform: CriterionTypes.init(parsing:))
    var types: CriterionTypes?

    @Option(help: "Research mode: nominal weights, comma-separated (default equal).")
    var weights: String?

    @Option(help: "Research mode: replay these weight samples (CSV or .xlsx, one weight vector per row).")
    var weightSamples: String?

    @Option(help: "Samples per BLAS product.")
    var blockSize: Int = 256

    @Option(help: "Worker threads (default: the machine's processors).")
    var threads: Int = min(MonteCarlo.defaultThreads, Uncertainty.threadRange.upperBound)

    @OptionGroup var outputFolder: OutputFolderOptions

    /// `--out`, default `out/uncertainty`.
    var out: String { outputFolder.folder(default: "out/uncertainty") }
    @OptionGroup var output: ResearchOutputOptions
    @OptionGroup var figureOptions: FigureOptions

    @Flag(help: "Print the analysis time (without reading and writing files) to standard error.")
    var timing = false

    @OptionGroup var language: LanguageOptions

    /// Documented limits of the numeric options (Guides/Research.md, `ticeval uncertainty`): beyond them a run would take
    /// hours, exhaust memory or overflow a counter, so they are usage errors.
    static let sampleRange = 2...10_000_000
    /// `--samples` with `--sensitivity`: N(d + 2) runs are recorded, so N is ten times smaller.
    static let sensitivitySampleRange = 2...1_000_000
    static let threadRange = 1...64
    static let blockSizeRange = 1...4_096
    static let bootstrapRange = 0...10_000

    func validate() throws {
        let lang = language.lang
        func check(_ value: Int, in range: ClosedRange<Int>, _ option: String) throws {
            guard range.contains(value) else {
                throw ValidationError(lang.pick("\(option) 应在 \(range.lowerBound)…\(range.upperBound) 之间，实际为 \(value)",
                                                "\(option) must be in \(range.lowerBound)…\(range.upperBound), got \(value)"))
            }
        }
        try check(samples, in: Self.sampleRange, "--samples")
        try figureOptions.check(distinctFrom: out)
        if sensitivity { try check(samples, in: Self.sensitivitySampleRange, "--samples (with --sensitivity)") }
        try check(threads, in: Self.threadRange, "--threads")
        try check(blockSize, in: Self.blockSizeRange, "--block-size")
        try check(bootstrap, in: Self.bootstrapRange, "--bootstrap")
        if topK < 1 { throw ValidationError(lang.pick("--top-k 应 ≥ 1，实际为 \(topK)", "--top-k must be ≥ 1, got \(topK)")) }
        let maximum = NumberText.decimal(WeightPerturbation.maximumConcentration, maximumFractionDigits: 0)
        if !(concentration > 0 && concentration <= WeightPerturbation.maximumConcentration) {
            throw ValidationError(lang.pick("--concentration 应在 0（不含）到 \(maximum) 之间",
                                            "--concentration must be > 0 and at most \(maximum)"))
        }
        if let weightNoise, WeightPerturbation(argument: weightNoise) == nil {
            throw ValidationError(lang.pick("--weight-noise 应为 uniform:f（0 < f ≤ 1）或 dirichlet:c（0 < c ≤ \(maximum)），实际为 '\(weightNoise)'",
                                            "--weight-noise expects uniform:f (0 < f ≤ 1) or dirichlet:c (0 < c ≤ \(maximum)), got '\(weightNoise)'"))
        }
        if let weights { _ = try UncertaintyFactorLists.weights(weights, language: lang) }
        if let v {
            guard v.isFinite, (0...1).contains(v) else { throw ValidationError(lang.pick("--v 应在 [0, 1] 之间，实际为 \(v)", "--v must be in [0, 1], got \(v)")) }
        }
        if sensitivity && weightSamples != nil { throw ValidationError("--sensitivity needs drawn samples; it cannot be combined with --weight-samples") }
        _ = try settings()
    }

    func run() throws {
        let settings = try settings()
        let bar = ProgressBar(label: "uncertainty")
        let progress: UncertaintyAnalysis.Progress = { done, total in bar.update(done, total) }
        let (path, research) = try inputPath()
        if v != nil && !(research && settings.aggregations.contains(.vikor)) {
            let lang = language.lang
            try UsageCheck.run(Self.self) { () throws -> Void in
                throw ValidationError(lang.pick("--v 只用于矩阵（研究模式）中的 --aggregations vikor；工作区模式使用指标体系自己的 v",
                                                "--v applies only to --aggregations vikor on a matrix (research mode); workspace mode uses the scheme's own v"))
            }
        }
        let folder = outputFolder(reading: path, research: research)
        try folder.prepare()
        let docx = try output.docxFile(inputs: folder.inputs)
        let result = research ? try researchRun(path: path, settings: settings, progress: progress)
                              : try workspaceRun(root: path, settings: settings, progress: progress)
        let figureFailure = try write(result, research: research, to: folder, language: language.lang)
        try docx?.write(PaperTable.docx(Self.paperTables(result, language: language.lang)))
        for warning in result.warnings {
            Console.report(CommandFailure.warning(file: path, zh: warning.message(.zh), en: warning.message(.en)), language: language.lang)
        }
        if let figureFailure { throw figureFailure }
    }

    /// The analysis the options ask for; a bad list item is a usage error.
    private func settings() throws -> UncertaintySettings {
        let normalizationList = try UncertaintyFactorLists.normalizations(normalizations)
        let aggregationList = try UncertaintyFactorLists.aggregations(aggregations)
        let imputationList = try UncertaintyFactorLists.imputations(imputations)
        return UncertaintySettings(
            samples: samples, seed: seed,
            perturbation: weightNoise.flatMap(WeightPerturbation.init(argument:)) ?? .dirichlet(concentration: concentration),
            normalizations: normalizationList, imputations: imputationList, aggregations: aggregationList,
            vikorWeight: v ?? Aggregation.defaultVIKORWeight, topK: topK,
            blockSize: blockSize, threads: threads, sensitivity: sensitivity, bootstrap: bootstrap)
    }

    /// The input (the bundled sample by default) and whether it is a decision matrix file (research
    /// mode) rather than a workspace folder.
    /// - Throws: ``CommandFailure`` when nothing is there.
    private func inputPath() throws(CommandFailure) -> (path: String, research: Bool) {
        var isDirectory: ObjCBool = false
        let path = input ?? SampleLocator.locate() ?? ""
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(nil, zh: "找不到 \(path)", en: "\(path) not found")
        }
        return (path, !isDirectory.boolValue)
    }

    /// The output folder, refusing to replace any file this run reads.
    private func outputFolder(reading path: String, research: Bool) -> OutputFolder {
        let schemeFile = scheme ?? (research ? nil : "\(path)/scheme.json")
        let others = [weightSamples, schemeFile].compactMap { $0 }
        return OutputWriting.folder(out, inputs: research ? [path] + others : OutputWriting.likelyInputs(ofWorkspace: path) + others)
    }

    private func workspaceRun(root: String, settings: UncertaintySettings, progress: @escaping UncertaintyAnalysis.Progress) throws -> UncertaintyResult {
        let lang = language.lang
        let cycleRange = cycleOptions.years
        let workspace = WorkspaceLoader(encoding: encodingOptions.encoding, cycle: cycleRange).load(root: root)
        for diagnostic in workspace.diagnostics { Console.report(diagnostic.problem, language: lang) }
        let (label, chosen) = try ResearchOutput.scheme(scheme, workspace: root, language: lang)
        var result = try timed { () throws(UncertaintyAnalysis.Failure) in
            try UncertaintyAnalysis.analyze(workspace: workspace, scheme: chosen, cycle: cycleRange, settings: settings, progress: progress)
        }
        result.run = RunRecords.current(seed: seed, workspace: workspace, files: [label])
        return result
    }

    private func researchRun(path: String, settings: UncertaintySettings, progress: @escaping UncertaintyAnalysis.Progress) throws -> UncertaintyResult {
        let lang = language.lang
        let file = try DecisionMatrixFile(path: path, encoding: encodingOptions.encoding)
        for warning in file.warnings { Console.report(warning.problem, language: lang) }
        let m = file.criteria.count
        let directions = try UsageCheck.run(Self.self) { try CriterionTypes.directions(types, criteria: file.criteria) }
        let nominal: [Double] = try weights.map { text in
            let parts = try UncertaintyFactorLists.weights(text, language: lang)
            guard parts.count == m else { throw ValidationError("--weights needs \(m) numbers") }
            return parts
        } ?? Array(repeating: 1.0 / Double(m), count: m)
        let replay: Matrix? = try weightSamples.map { samplesPath in
            let samples = try WeightSamplesFile(path: samplesPath, columns: m, maximumWeight: ScoringLimits.maximumWeight,
                                                encoding: encodingOptions.encoding)
            for warning in samples.warnings { Console.report(warning.problem, language: lang) }
            return Matrix(rows: samples.rows, columns: m, storage: ContiguousArray(samples.values))
        }
        let matrix = Matrix(rows: file.alternatives.count, columns: m, storage: ContiguousArray(file.values))
        var result = try timed { () throws(UncertaintyAnalysis.Failure) in
            try UncertaintyAnalysis.analyze(matrix: matrix, alternatives: file.alternatives, criteria: file.criteria,
                                            directions: directions, weights: nominal, settings: settings,
                                            weightSamples: replay, progress: progress)
        }
        // Replayed samples draw nothing, unless a Sobol design does (refused with --weight-samples).
        result.run = RunRecords.current(seed: replay == nil ? seed : nil, files: [path] + [weightSamples].compactMap { $0 })
        return result
    }

    /// Runs `body`, printing its wall time to standard error with --timing.
    private func timed(_ body: () throws(UncertaintyAnalysis.Failure) -> UncertaintyResult) throws(UncertaintyAnalysis.Failure) -> UncertaintyResult {
        let clock = ContinuousClock()
        let began = clock.now
        let result = try body()
        if timing { Console.note("analysis: \(clock.now - began)") }
        return result
    }

    /// The rank-interval table as the terminal shows it (every alternative; the terminal prints the
    /// first 20): mean rank with 2 decimals, percentiles with 1, probabilities with 3.
    static func rankTable(_ result: UncertaintyResult, language lang: Language) -> PaperTable {
        let n = { (value: Double, digits: Int) in NumberText.fixed(value, fractionDigits: digits) }
        let workspace = result.mode == .workspace
        var titles = lang == .zh ? ["编号", "名称", "名义排名", "平均", "P5", "中位", "P95", "P(前\(result.topK))"]
                                 : ["id", "name", "nominal", "mean", "p5", "median", "p95", "P(top \(result.topK))"]
        if workspace { titles += lang == .zh ? ["名义等级", "P(优秀)", "P(良好)", "P(合格)", "P(不合格)"] : ["grade", "P(exc)", "P(good)", "P(qual)", "P(unq)"] }
        let rows = result.alternatives.map { a in
            var row = [a.id, a.name, "\(a.nominalRank)", n(a.meanRank, 2), n(a.p5Rank, 1), n(a.medianRank, 1), n(a.p95Rank, 1), n(a.pTopK, 3)]
            if workspace, let g = a.gradeProbabilities {
                row += [a.nominalGrade?.label(lang) ?? "", n(g.excellent, 3), n(g.good, 3), n(g.qualified, 3), n(g.unqualified, 3)]
            }
            return row
        }
        return PaperTable(
            title: lang.pick("排名不确定性（\(result.samples) 个样本，\(result.perturbation)）",
                             "Rank uncertainty (\(result.samples) samples, \(result.perturbation))"),
            header: titles, rows: rows, rightAligned: Set(2..<titles.count).subtracting(workspace ? [8] : []),
            notes: [lang.pick("相对名义排名的平均绝对位移：", "Mean absolute rank shift against nominal: ") + n(result.meanAbsoluteRankShift, 3)])
    }

    /// The Sobol indices of each factor on the mean absolute rank change, four decimals, with
    /// their bootstrap 5–95 % intervals; `nil` without `--sensitivity`.
    static func sobolTable(_ result: UncertaintyResult, language lang: Language) -> PaperTable? {
        guard let s = result.sensitivity else { return nil }
        let n = { (value: Double, digits: Int) in NumberText.fixed(value, fractionDigits: digits) }
        let x = s.meanAbsoluteRankChange
        func interval(_ low: [Double], _ high: [Double], _ k: Int) -> String {
            low.isEmpty || high.isEmpty ? "" : "\(n(low[k], 4))…\(n(high[k], 4))"
        }
        let rows = s.factors.indices.map { k in
            [s.factors[k], n(x.firstOrder[k], 4), interval(x.firstOrderLow, x.firstOrderHigh, k),
             n(x.total[k], 4), interval(x.totalLow, x.totalHigh, k)]
        }
        return PaperTable(title: lang.pick("Sobol 指数（目标：平均绝对排名变化，\(s.runs) 次运行）",
                                           "Sobol indices (target: mean absolute rank change, \(s.runs) runs)"),
                          header: [lang.pick("因素", "factor"), "S1", "S1 5–95 %", "ST", "ST 5–95 %"], rows: rows, rightAligned: [1, 2, 3, 4])
    }

    /// The tables for a paper: rank intervals, then the Sobol indices with `--sensitivity`.
    static func paperTables(_ result: UncertaintyResult, language lang: Language) -> [PaperTable] {
        [rankTable(result, language: lang)] + [sobolTable(result, language: lang)].compactMap { $0 }
    }

    /// Writes the outputs (and `--figures`); returns why the PDF figures were not written, if so.
    private func write(_ result: UncertaintyResult, research: Bool, to folder: OutputFolder, language lang: Language) throws -> FigureFailure? {
        let n = ResearchOutput.number
        let workspace = result.mode == .workspace
        var header = ["alternative", "name", "nominal_rank", "mean_rank", "p5_rank", "median_rank", "p95_rank", "p_rank1",
                      "p_top_\(result.topK)", "mean_abs_rank_shift"]
        if workspace { header += ["nominal_grade", "p_excellent", "p_good", "p_qualified", "p_unqualified"] }
        let rows: [[String]] = result.alternatives.map { a in
            var row = [a.id, a.name, "\(a.nominalRank)", n(a.meanRank, 6), n(a.p5Rank, 6), n(a.medianRank, 6), n(a.p95Rank, 6),
                       n(a.pRank1, 6), n(a.pTopK, 6), n(a.meanAbsoluteShift, 6)]
            if workspace, let g = a.gradeProbabilities {
                row += [a.nominalGrade?.rawValue ?? "", n(g.excellent, 6), n(g.good, 6), n(g.qualified, 6), n(g.unqualified, 6)]
            }
            return row
        }
        let csv = CSVExport(byteOrderMark: !outputFolder.noBom)
        var files: [(name: String, bytes: [UInt8])] = [("uncertainty.csv", csv.encode(header: header, rows: rows))]
        var sensitivityRows: [[String]] = []
        let sensitivityHeader = ["target", "factor", "s1", "s1_q5", "s1_q95", "st", "st_q5", "st_q95"]
        if let s = result.sensitivity {
            func add(_ target: String, _ x: SobolIndices) {
                for (k, factor) in s.factors.enumerated() {
                    func at(_ v: [Double]) -> String { v.isEmpty ? "" : n(v[k], 4) }
                    sensitivityRows.append([target, factor, n(x.firstOrder[k], 4), at(x.firstOrderLow), at(x.firstOrderHigh),
                                            n(x.total[k], 4), at(x.totalLow), at(x.totalHigh)])
                }
            }
            add("mean_abs_rank_change", s.meanAbsoluteRankChange)
            for a in s.alternatives ?? [] { add(a.id, a.indices) }
            files.append(("sensitivity.csv", csv.encode(header: sensitivityHeader, rows: sensitivityRows)))
        }
        files.append(("uncertainty.json", try ResearchOutput.json(result)))
        files.append(("uncertainty.html", Array(UncertaintyPage(result: result).render(language: lang).utf8)))
        try folder.write(files)
        let figures = try figureOptions.write(UncertaintyPage(result: result).figures(language: lang), inputs: folder.inputs)
        switch output.resolved(whenPiped: .csv) {
        case .csv:
            if research {
                let short = ["alternative", "nominal_rank", "mean_rank", "p5_rank", "median_rank", "p95_rank", "p_rank1"]
                let shortRows = result.alternatives.map { a in
                    [a.id, "\(a.nominalRank)", n(a.meanRank, 6), n(a.p5Rank, 6), n(a.medianRank, 6), n(a.p95Rank, 6), n(a.pRank1, 6)]
                }
                try Console.write(String(decoding: CSVExport(byteOrderMark: false).encode(header: short, rows: shortRows), as: UTF8.self))
            } else {
                try Console.write(String(decoding: CSVExport(byteOrderMark: false).encode(header: header, rows: rows), as: UTF8.self))
            }
        case .json:
            try Console.write(String(decoding: files[files.count - 2].bytes, as: UTF8.self))
        case .latex:
            try Console.write(PaperTable.latex(Self.paperTables(result, language: lang)))
        case .table:
            let ranks = Self.rankTable(result, language: lang)
            var table = TextTable(header: ranks.header, rightAligned: ranks.rightAligned)
            for row in ranks.rows.prefix(20) { table.append(row) }
            try Console.write(table.rendered())
            if result.alternatives.count > 20 {
                try Console.writeLine(lang.pick("……共 \(result.alternatives.count) 个，完整结果见 CSV", "… \(result.alternatives.count) in all; see the CSV"))
            }
            try Console.writeLine(lang.pick("相对名义排名的平均绝对位移：", "Mean absolute rank shift against nominal: ") + n(result.meanAbsoluteRankShift, 3)
                  + lang.pick("（\(result.samples) 个样本，\(result.perturbation)，聚合：\(result.aggregations.joined(separator: "、"))）",
                              " (\(result.samples) samples, \(result.perturbation), aggregation: \(result.aggregations.joined(separator: ", ")))"))
            if let sobol = Self.sobolTable(result, language: lang) {
                try Console.writeLine("\n" + sobol.title + lang.pick("：", ":"))
                var st = TextTable(header: sobol.header, rightAligned: sobol.rightAligned)
                for row in sobol.rows { st.append(row) }
                try Console.write(st.rendered())
            }
            try Console.writeLine(lang.pick("输出：", "Outputs: ") + (files.map { "\(out)/\($0.name)" } + figures.paths).joined(separator: ", "))
        }
        return figures.failure
    }
}
