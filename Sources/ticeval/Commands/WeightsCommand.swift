import ArgumentParser
import TICIngest
import TICScoring

/// `ticeval weights`: objective criterion weights of a plain decision matrix, with pymcdm 1.4.0's
/// defaults so the numbers can be compared directly.
struct Weights: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Objective criterion weights of a decision matrix (客观赋权：熵权、CRITIC、标准差).",
        discussion: """
            MATRIX is a CSV file: a header row of criterion names, one row per alternative whose first \
            column is the alternative id. Prints criterion,weight (weights sum to 1).
            Defaults match pymcdm 1.4.0: entropy on the raw matrix with p = x/Σx and 0·ln 0 = 0 (negative \
            values are an error); CRITIC on min-max of every column as benefit (--critic-invert-cost: \
            scikit-criteria's variant, cost columns inverted); stddev on the raw matrix (ddof = 1).
            Exit status: 0 success, 1 a problem in the file (path:line:column: error: …), 2 usage error.
            """
    )

    @Argument(help: "The decision matrix CSV file.")
    var matrix: String

    @Option(help: "Weighting method.")
    var method: WeightingMethod = .entropy

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Criterion types, one per column: 1,-1 or benefit,cost or max,min. Only CRITIC with --critic-invert-cost uses them. A list that starts with a minus is written --types=-1,1.",
                               valueName: "types"),
            transform: CriterionTypes.init(parsing:))
    var types: CriterionTypes?

    @Flag(help: "CRITIC as scikit-criteria 0.10: cost columns (from --types) inverted to (max − x)/(max − min).")
    var criticInvertCost = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var encoding: EncodingOptions

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if criticInvertCost && method != .critic {
            throw ValidationError("--critic-invert-cost applies only to --method critic (got --method \(method.rawValue))")
        }
        if criticInvertCost && types == nil {
            throw ValidationError("--critic-invert-cost needs --types to know the cost columns, e.g. --types=1,-1,1")
        }
    }

    func run() throws {
        let lang = language.lang
        let input = try DecisionMatrixInput(path: matrix, encoding: encoding.encoding)
        let directions = try UsageCheck.run(Self.self) { try CriterionTypes.directions(types, criteria: input.criteria) }
        let result: ComputedWeights
        do {
            result = try method.weigh(input.matrix, directions: directions, criticInvertsCost: criticInvertCost)
        } catch {
            let requirements = ValueRequirements.weights(method, directions: directions)
            throw input.failure(error, requirements: requirements)
        }
        ResearchWarnings.print(input.file.warnings, result.warnings, path: matrix, names: input.criteria, language: lang)
        ResearchWarnings.unitDependence(of: method, path: matrix, language: lang)
        let report = WeightsReport(method: method, criticInvertsCost: criticInvertCost,
                                   criteria: input.criteria, weights: result.weights, run: RunRecords.current(files: [matrix]))
        try Console.write(report.rendered(output.resolved(whenPiped: .csv), language: lang))
    }
}
