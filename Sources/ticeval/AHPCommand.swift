import ArgumentParser
import TICIngest
import TICScoring

/// `ticeval ahp`: priority weights and consistency of one AHP pairwise comparison matrix, or of
/// several experts' matrices combined by the geometric mean of their judgements (group AHP).
struct AHP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ahp",
        abstract: "AHP weights and consistency ratio of pairwise comparison matrices (层次分析法).",
        discussion: """
            PAIRWISE is a CSV file with an n × n matrix: bare numbers, or with a header row and a label \
            column; cells may be fractions such as 1/3. Rows are matched to the header by their label. \
            Several files = group AHP: each expert's matrix is matched to the first file's labels (any \
            order; the same items in every file, else an error naming both files; bare matrices by \
            position), then the element-wise geometric mean of the judgements (Forman & Peniwati 1998) \
            is weighed.
            Prints JSON {"labels", "weights", "lambda_max", "ci", "cr", "consistent", "random_index", …}; \
            consistent means CR ≤ 0.1. --ri tummala-ling uses pymcdm 1.4.0's table, so its CR matches \
            pymcdm's AHP; Saaty's (default) stops at n = 10.
            A matrix that is not square, not positive or not reciprocal (a_ij · a_ji = 1 within 0.05) \
            is reported at its cell as path:line:column: error: … (exit status 1).
            Exit status: 0 success, 1 a problem in a file, 2 usage error.
            """
    )

    @Argument(help: "One pairwise comparison CSV file per expert.")
    var pairwise: [String]

    @Option(help: "Priority method: the principal eigenvector or normalized row geometric means.")
    var method: AHPMethodChoice = .eigenvector

    @Option(help: "Random consistency index table for CR.")
    var ri: RandomIndexChoice = .saaty

    @Option(help: "Output format. Default: table on a terminal, json otherwise.")
    var format: OutputFormat?

    @Option(help: "Text encoding of the CSV files: auto (UTF-8, else GB18030), utf8 or gb18030.")
    var encoding: EncodingChoice = .auto

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if pairwise.isEmpty { throw ValidationError("expected at least one PAIRWISE matrix file") }
    }

    func run() throws {
        let lang = language.lang
        let outcome: AHPOutcome
        do {
            outcome = try AHPOutcome(paths: pairwise, encoding: encoding, method: method, randomIndex: ri)
        } catch {
            Console.error(error.formatted(lang))
            throw ExitCode(1)
        }
        ResearchWarnings.print([], outcome.result.warnings, path: pairwise[0], names: outcome.labels, language: lang)
        let report = AHPReport(outcome: outcome, method: method, randomIndex: ri)
        try Console.write(report.rendered(OutputFormat.resolved(format, otherwise: .json), language: lang))
    }
}

/// `--method` of `ticeval ahp`.
enum AHPMethodChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Principal right eigenvector (Saaty 1980).
    case eigenvector
    /// Normalized row geometric means (Crawford & Williams 1985).
    case geometric

    /// The TICScoring method.
    var method: AHPPriorityMethod { self == .eigenvector ? .eigenvector : .geometricMean }
}

/// `--ri` of `ticeval ahp`: which random index table divides CI.
enum RandomIndexChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Saaty (1980), n ≤ 10.
    case saaty
    /// Tummala & Ling (1998), n ≤ 15: pymcdm 1.4.0's table.
    case tummalaLing = "tummala-ling"
    /// Donegan & Dodd (1991), n ≤ 15.
    case doneganDodd = "donegan-dodd"

    /// The TICScoring table.
    var table: RandomIndexTable {
        switch self {
        case .saaty: return .saaty1980
        case .tummalaLing: return .tummalaLing1998
        case .doneganDodd: return .doneganDodd1991
        }
    }
}

/// The matrices read and weighed: one expert, or the geometric-mean aggregate of several.
struct AHPOutcome: Sendable {
    /// Labels of the compared items (from the first file).
    let labels: [String]
    /// Number of expert matrices.
    let experts: Int
    /// Weights and consistency.
    let result: AHPResult

    /// Judgements typed with two decimals (0.33 for 1/3) pass; TICScoring's default.
    static let reciprocalTolerance = 0.05

    /// Reads every file, checks it, and weighs.
    /// - Throws: ``CommandFailure`` at the first bad file or cell.
    init(paths: [String], encoding: EncodingChoice, method: AHPMethodChoice, randomIndex: RandomIndexChoice) throws(CommandFailure) {
        var inputs: [PairwiseInput] = []
        for path in paths {
            var input = try PairwiseInput(path: path, encoding: encoding, reciprocalTolerance: Self.reciprocalTolerance)
            if let first = inputs.first {
                if input.matrix.rows != first.matrix.rows {
                    let error = ScoringError.expertSizeMismatch(expert: inputs.count, size: input.matrix.rows, expected: first.matrix.rows)
                    throw PairwiseInput.failure(error, file: input.file, path: path)
                }
                input = try input.aligned(to: first)
            }
            inputs.append(input)
        }
        let first = inputs[0]
        do {
            if inputs.count == 1 {
                result = try TICScoring.AHP.weigh(first.matrix, method: method.method, randomIndex: randomIndex.table,
                                                  reciprocalTolerance: Self.reciprocalTolerance)
            } else {
                result = try TICScoring.AHP.weighGroup(inputs.map(\.matrix), method: method.method,
                                                       randomIndex: randomIndex.table,
                                                       reciprocalTolerance: Self.reciprocalTolerance)
            }
        } catch {
            throw PairwiseInput.failure(error, file: first.file, path: first.path)
        }
        labels = first.labels
        experts = inputs.count
    }
}

/// What `ticeval ahp` prints: JSON with weights and consistency, a `label,weight` CSV, or a table
/// followed by λmax, CI and CR.
struct AHPReport: Sendable {
    let outcome: AHPOutcome
    let method: AHPMethodChoice
    let randomIndex: RandomIndexChoice

    /// CR ≤ 0.1, Saaty's threshold.
    var consistent: Bool { outcome.result.consistencyRatio <= 0.1 }

    /// The weights as a ``ResultTable``.
    var table: ResultTable {
        ResultTable(keys: ["label", "weight"], titles: (zh: ["项目", "权重"], en: ["item", "weight"]),
                    rows: zip(outcome.labels, outcome.result.weights).map { [.text($0), .number($1)] })
    }

    /// The report in `format`.
    func rendered(_ format: OutputFormat, language: Language) -> String {
        let result = outcome.result
        switch format {
        case .csv: return table.csv()
        case .table:
            let digits = 4
            let verdict = consistent ? language.pick("一致（CR ≤ 0.1）", "consistent (CR ≤ 0.1)")
                                     : language.pick("不一致（CR > 0.1）", "inconsistent (CR > 0.1)")
            return table.table(language, fractionDigits: digits)
                + "λmax = \(NumberText.fixed(result.lambdaMax, fractionDigits: digits))  "
                + "CI = \(NumberText.fixed(result.consistencyIndex, fractionDigits: digits))  "
                + "CR = \(NumberText.fixed(result.consistencyRatio, fractionDigits: digits))  "
                + "RI = \(NumberText.fixed(result.randomIndex, fractionDigits: digits)) (\(randomIndex.rawValue))  \(verdict)\n"
        case .json:
            return JSONValue.object([
                ("labels", .array(outcome.labels.map { .string($0) })),
                ("weights", .array(result.weights.map { .number($0) })),
                ("lambda_max", .number(result.lambdaMax)),
                ("ci", .number(result.consistencyIndex)),
                ("cr", .number(result.consistencyRatio)),
                ("consistent", .bool(consistent)),
                ("random_index", .string(randomIndex.rawValue)),
                ("ri", .number(result.randomIndex)),
                ("method", .string(method.rawValue)),
                ("experts", .integer(outcome.experts)),
            ]).rendered()
        }
    }
}
