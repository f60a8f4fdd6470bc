import ArgumentParser
import TICIngest
import TICReport
import TICScoring

/// `ticeval weights`: objective criterion weights of a plain decision matrix, with pymcdm 1.4.0's
/// defaults so the numbers can be compared directly.
struct Weights: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Objective criterion weights of a decision matrix (客观赋权：熵权、CRITIC、标准差).",
        discussion: """
            MATRIX is a CSV file (UTF-8 or GB18030) or an .xlsx workbook (its first visible sheet): a header \
            row of criterion names, one row per alternative whose first column is the alternative id. Prints criterion,weight (weights sum to 1).
            One name per convention: entropy (pymcdm 1.4.0: p = x/Σx, 0·ln 0 = 0, negative values are an error), \
            entropy:spssau (SPSSAU: a column with a value ≤ 0 shifted by |min| + 0.01 first), critic (pymcdm: min-max \
            of every column as benefit), critic:inverted-cost (scikit-criteria 0.10: cost columns from --types inverted), \
            stddev (raw matrix, ddof = 1; depends on units), equal; combined:additive:α or combined:multiplicative:α \
            with --subjective w1,w2,… and --objective (default entropy). --normalization normalizes with the --types \
            directions first, as a scheme weighs its normalized values; the columns are then oriented, so \
            critic:inverted-cost equals critic there. A scheme's {"method": …} takes the same names and gives the same numbers. An option the method ignores is an error.
            --figures DIR writes weights-METHOD.svg and .pdf (font embedded; 85 mm wide), a bar per criterion.
            Exit status: 0 success, 1 a problem in the file (path:line:column: error: …), 2 usage error.
            """
    )

    @Argument(help: "The decision matrix: a CSV file or an .xlsx workbook.")
    var matrix: String

    @Option(help: ArgumentHelp("Weighting method: entropy (pymcdm), entropy:spssau (columns with a value ≤ 0 shifted by |min| + 0.01), critic (pymcdm), critic:inverted-cost (scikit-criteria; needs --types), stddev, equal, or combined:additive:α / combined:multiplicative:α with --subjective.",
                               valueName: "method"))
    var method: WeightsMethod = .objective(.entropy)

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Criterion types, one per column: 1,-1 or benefit,cost or max,min. Used by critic:inverted-cost and by --normalization; an error with a method that ignores them. A list that starts with a minus is written --types=-1,1.",
                               valueName: "types"),
            transform: CriterionTypes.init(parsing:))
    var types: CriterionTypes?

    @Flag(help: "Same as --method critic:inverted-cost (kept for earlier command lines).")
    var criticInvertCost = false

    @Option(help: "Normalize (with --types' directions) before weighing, as a scheme weighs its normalized values: minmax, vector, max, sum, zscore.")
    var normalization: NormalizationMethod?

    @Option(help: "With --method combined:…: the subjective weights w1,w2,… (one per criterion; scaled to sum 1).")
    var subjective: String?

    @Option(help: "With --method combined:…: the objective method (default entropy).")
    var objective: ObjectiveWeightsMethod?

    @OptionGroup var output: ResearchOutputOptions
    @OptionGroup var figureOptions: FigureOptions
    @OptionGroup var encoding: EncodingOptions

    @OptionGroup var language: LanguageOptions

    /// The objective method computed from the data (the `--objective` one for combined weights).
    var objectiveMethod: ObjectiveWeightsMethod {
        switch method {
        case .objective(let chosen): criticInvertCost && chosen == .critic ? .criticInvertedCost : chosen
        case .combined: objective ?? .entropy
        }
    }

    func validate() throws {
        let lang = language.lang
        if criticInvertCost && method != .objective(.critic) {
            throw ValidationError("--critic-invert-cost applies only to --method critic (got --method \(method.name))")
        }
        if criticInvertCost && types == nil {
            throw ValidationError("--critic-invert-cost needs --types to know the cost columns, e.g. --types=1,-1,1")
        }
        if objectiveMethod == .criticInvertedCost && types == nil {
            throw ValidationError(lang.pick("critic:inverted-cost 需要 --types 指明成本型指标，如 --types=1,-1,1",
                                            "critic:inverted-cost needs --types to know the cost columns, e.g. --types=1,-1,1"))
        }
        if objectiveMethod == .equal, let normalization {
            throw ValidationError(lang.pick("--normalization \(normalization.rawValue) 对 equal 无作用（等权不看数据）；请去掉 --normalization",
                                            "--normalization \(normalization.rawValue) has no effect on equal weights (they do not read the data); drop --normalization"))
        }
        if types != nil && !objectiveMethod.usesDirections && normalization == nil {
            throw ValidationError(lang.pick(
                "--types 对 \(objectiveMethod.rawValue) 无作用（其公式不区分效益型与成本型）；请去掉 --types，或用 critic:inverted-cost，或加 --normalization minmax 先按方向归一化",
                "--types has no effect on \(objectiveMethod.rawValue) (its formula does not depend on the criteria's directions); drop --types, use critic:inverted-cost, or add --normalization minmax to orient the columns first"))
        }
        if case .combined = method {
            guard subjective != nil else {
                throw ValidationError(lang.pick("--method \(method.name) 需要 --subjective w1,w2,…（主观权重，每个指标一个）",
                                                "--method \(method.name) needs --subjective w1,w2,… (the subjective weights, one per criterion)"))
            }
            if objective == .equal {
                throw ValidationError(lang.pick("--objective 应为客观赋权方法（entropy、entropy:spssau、critic、critic:inverted-cost、stddev）",
                                                "--objective expects an objective method (entropy, entropy:spssau, critic, critic:inverted-cost, stddev)"))
            }
        } else {
            if subjective != nil {
                throw ValidationError(lang.pick("--subjective 只用于 --method combined:additive:α 或 combined:multiplicative:α",
                                                "--subjective applies only to --method combined:additive:α or combined:multiplicative:α"))
            }
            if objective != nil {
                throw ValidationError(lang.pick("--objective 只用于 --method combined:…", "--objective applies only to --method combined:…"))
            }
        }
        if let subjective { _ = try UncertaintyFactorLists.weights(subjective, language: lang, option: "--subjective") }
    }

    func run() throws {
        let lang = language.lang
        let docx = try output.docxFile(inputs: [matrix])
        let input = try DecisionMatrixInput(path: matrix, encoding: encoding.encoding)
        let directions = try UsageCheck.run(Self.self) { try CriterionTypes.directions(types, criteria: input.criteria) }
        let given = try UsageCheck.run(Self.self) { try subjectiveWeights(criteria: input.criteria) }
        let result: ComputedWeights
        do {
            result = try weigh(input.matrix, directions: directions, subjective: given)
        } catch {
            // entropy:spssau shifts what plain entropy would reject, so it sets no domain of its own.
            let requirements = ValueRequirements.weights(objectiveMethod == .entropySPSSAU ? nil : objectiveMethod.method,
                                                         directions: directions)
            throw input.failure(error, requirements: requirements)
        }
        ResearchWarnings.print(input.file.warnings, result.warnings, path: matrix, names: input.criteria, language: lang)
        if normalization == nil { ResearchWarnings.unitDependence(of: objectiveMethod.method, path: matrix, language: lang) }
        let report = WeightsReport(method: method.name, objective: objectiveMethod, normalization: normalization,
                                   criteria: input.criteria, weights: result.weights, run: RunRecords.current(files: [matrix]))
        try docx?.write(PaperTable.docx(report.paperTables(lang)))
        try Console.write(report.rendered(output.resolved(whenPiped: .csv), language: lang))
        let figure = ResearchFigures.weights(criteria: input.criteria, weights: result.weights, method: method.name, language: lang)
        let figures = try figureOptions.write(FigureSet([("weights-" + FigureSet.fileName(method.name), figure)]), inputs: [matrix])
        if !figures.paths.isEmpty { Console.note(lang.pick("图：", "Figures: ") + figures.paths.joined(separator: ", ")) }
        if let failure = figures.failure { throw failure }
    }

    /// `--subjective`, one weight per criterion (a usage error otherwise); `nil` when not given.
    func subjectiveWeights(criteria: [String]) throws -> [Double]? {
        let lang = language.lang
        return try subjective.map { text in
            let values = try UncertaintyFactorLists.weights(text, language: lang, option: "--subjective")
            guard values.count == criteria.count else {
                throw ValidationError(lang.pick(
                    "--subjective 有 \(values.count) 个数，而矩阵有 \(criteria.count) 个指标（\(criteria.joined(separator: "、"))）；应每个指标一个权重",
                    "--subjective has \(values.count) numbers but the matrix has \(criteria.count) criteria (\(criteria.joined(separator: ", "))); expected one weight per criterion"))
            }
            return values
        }
    }

    /// The weights of `matrix`: normalized first with `--normalization`, weighed by the objective
    /// method, combined with `subjective` under `--method combined:…`.
    func weigh(_ matrix: Matrix, directions: [Direction], subjective given: [Double]?) throws(ScoringError) -> ComputedWeights {
        let data = try normalization.map { method throws(ScoringError) in
            try Normalization.normalize(matrix, method: method, directions: directions).matrix
        } ?? matrix
        // Normalized columns are oriented (higher is better): every one is a benefit now, as in a scheme.
        let oriented = normalization == nil ? directions : Array(repeating: Direction.benefit, count: matrix.columns)
        let result = try objectiveMethod.weigh(data, directions: oriented)
        guard case .combined(let multiplicative, let alpha) = method, let given else { return result }
        return try CriterionWeights.combined(given, with: result, multiplicative: multiplicative, alpha: alpha)
    }
}
