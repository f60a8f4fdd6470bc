import ArgumentParser
import TICIngest
import TICReport
import TICScoring
import TICSupport

/// `ticeval mcda`: scores and ranks the alternatives of a plain decision matrix with WSM, WPM,
/// TOPSIS or VIKOR, with pymcdm 1.4.0's defaults so the numbers can be compared directly.
struct MCDA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcda",
        abstract: "Rank the alternatives of a decision matrix: WSM, WPM, TOPSIS, VIKOR (多准则决策排序).",
        discussion: """
            MATRIX is a CSV file (UTF-8 or GB18030) or an .xlsx workbook (its first visible sheet): a header \
            row of criterion names, one row per alternative whose first column is the alternative id. Prints alternative,score,rank (rank 1 = best; equal scores share \
            a rank). For VIKOR the score is Q and lower is better.
            Defaults match pymcdm 1.4.0: WSM = weighted sum of sum-normalized values (pymcdm's WSM default; \
            --normalization minmax for the min-max variant); WPM = weighted product of sum-normalized \
            values (cost (1/x)/Σ(1/x); values must be > 0); TOPSIS on min-max \
            with cost as (max − x)/(max − min) (--normalization vector: Hwang & Yoon); VIKOR with v = 0.5. \
            --normalization applies to wsm (minmax, vector, max, sum, zscore), topsis (minmax, vector) and \
            wpm (sum only); vikor takes none. Explicit --weights are used as given, like pymcdm: give \
            weights that sum to 1 to compare scores.
            Negative values: accepted by critic, stddev, equal and explicit weights, topsis, vikor and wsm \
            with minmax, vector or zscore; entropy weights and max or sum normalization need values ≥ 0 \
            (sum: > 0 in a cost column), wpm needs > 0.
            Exit status: 0 success, 1 a problem in the file (path:line:column: error: …), 2 usage error.
            """
    )

    @Argument(help: "The decision matrix: a CSV file or an .xlsx workbook.")
    var matrix: String

    @Option(help: "Aggregation method.")
    var method: MCDAMethod = .topsis

    @Option(help: ArgumentHelp("Criterion weights: entropy, entropy:spssau, critic, critic:inverted-cost, stddev, equal (as ticeval weights --method), ahp=FILE (AHP eigenvector weights of a pairwise file whose labels are the criteria, or a bare matrix in column order), combined:additive:α[:OBJECTIVE]=w1,w2,… or combined:multiplicative:… (as ticeval weights --method combined), or a list w1,w2,… (one per criterion), used as given. Default: entropy.",
                               valueName: "weights"),
            transform: { try WeightsChoice(parsing: $0) })
    var weights: WeightsChoice = .method(.entropy)

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Criterion types, one per column: 1,-1 or benefit,cost or max,min. Default: every criterion a benefit. A list that starts with a minus is written --types=-1,1.",
                               valueName: "types"),
            transform: CriterionTypes.init(parsing:))
    var types: CriterionTypes?

    @Option(help: "Normalization (wsm: any; topsis: minmax or vector; wpm: sum). Default: the method's pymcdm default.")
    var normalization: NormalizationMethod?

    @Option(help: "VIKOR's weight of the group utility S against the individual regret R, in [0, 1]. Default: 0.5 (only with --method vikor).")
    var v: Double?

    @Flag(help: "With --weights critic: scikit-criteria's CRITIC, cost columns inverted.")
    var criticInvertCost = false

    @OptionGroup var output: ResearchOutputOptions
    @OptionGroup var encoding: EncodingOptions

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if let normalization, !method.allowedNormalizations.contains(normalization) {
            let allowed = method.allowedNormalizations.map(\.rawValue)
            throw ValidationError(allowed.isEmpty
                ? "--normalization does not apply to --method \(method.rawValue) (VIKOR uses the best and worst value of each column); expected no --normalization"
                : "--normalization \(normalization.rawValue) does not apply to --method \(method.rawValue); expected \(allowed.joined(separator: " or "))")
        }
        if let v {
            guard method == .vikor else { throw ValidationError("--v applies only to --method vikor (got --method \(method.rawValue))") }
            guard v.isFinite, (0...1).contains(v) else { throw ValidationError("--v must be in [0, 1], got \(v)") }
        }
        if criticInvertCost {
            guard case .method(.critic) = weights else { throw ValidationError("--critic-invert-cost applies only to --weights critic") }
        }
        if let given = weights.givenWeights, let index = given.firstIndex(where: { !ScoringLimits.isUsableWeight($0) }) {
            let lang = language.lang, limit = NumberText.decimal(ScoringLimits.maximumWeight, maximumFractionDigits: 0)
            throw ValidationError(lang.pick(
                "--weights 第 \(index + 1) 项为 \(given[index])，过大；权重按原值使用，须不超过 \(limit)（请给出份额，如 0.5,0.3,0.2）",
                "--weights: item \(index + 1) is \(given[index]), too large; weights are used as given and must be at most \(limit) (give shares such as 0.5,0.3,0.2)"))
        }
    }

    func run() throws {
        let lang = language.lang
        let docx = try output.docxFile(inputs: [matrix])
        let input = try DecisionMatrixInput(path: matrix, encoding: encoding.encoding)
        let (directions, weightVector) = try UsageCheck.run(Self.self) {
            (try CriterionTypes.directions(types, criteria: input.criteria),
             try CriterionWeights.resolve(weights, criteria: input.criteria, encoding: encoding.encoding))
        }
        let outcome = try MCDAOutcome(input, method: method, weights: weightVector, directions: directions,
                                      normalization: normalization, v: vikorV, criticInvertsCost: criticInvertCost)
        ResearchWarnings.print(input.file.warnings, outcome.weightWarnings + outcome.scores.warnings,
                               path: matrix, names: input.criteria, language: lang)
        if let weighting = weights.objectiveMethod { ResearchWarnings.unitDependence(of: weighting.method, path: matrix, language: lang) }
        let report = MCDAReport(method: method, weightsLabel: weightVector.label, criteria: input.criteria,
                                weights: outcome.weights, alternatives: input.alternatives, result: outcome.scores,
                                v: method == .vikor ? vikorV : nil, run: RunRecords.current(files: [matrix] + weights.files))
        try docx?.write(PaperTable.docx(report.paperTables(lang)))
        try Console.write(report.rendered(output.resolved(whenPiped: .csv), language: lang))
    }

    /// `--v`, else VIKOR's customary 0.5 (pymcdm's default).
    private var vikorV: Double { v ?? Aggregation.defaultVIKORWeight }
}
