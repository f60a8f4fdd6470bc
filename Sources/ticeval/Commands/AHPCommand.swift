import ArgumentParser
import TICIngest
import TICReport
import TICScoring

/// `ticeval ahp`: priority weights and consistency of one AHP pairwise comparison matrix, or of
/// several experts' matrices combined by the geometric mean of their judgements (group AHP).
struct AHP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ahp",
        abstract: "AHP weights and consistency ratio of pairwise comparison matrices (层次分析法).",
        discussion: """
            PAIRWISE is a CSV file (UTF-8 or GB18030) or an .xlsx workbook (its first visible sheet) with an n × n matrix: bare numbers, or with a header row and a label \
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

    @Argument(help: "One pairwise comparison file (CSV or .xlsx) per expert.")
    var pairwise: [String]

    @Option(help: "Priority method: the principal eigenvector or normalized row geometric means.")
    var method: AHPPriorityMethod = .eigenvector

    @Option(help: "Random consistency index table for CR.")
    var ri: RandomIndexChoice = .saaty

    @OptionGroup var output: ResearchOutputOptions
    @OptionGroup var encoding: EncodingOptions

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if pairwise.isEmpty { throw ValidationError("expected at least one PAIRWISE matrix file") }
    }

    func run() throws {
        let lang = language.lang
        let docx = try output.docxFile(inputs: pairwise)
        let outcome = try AHPOutcome(paths: pairwise, encoding: encoding.encoding, method: method, randomIndex: ri)
        ResearchWarnings.print([], outcome.result.warnings, path: pairwise[0], names: outcome.labels, language: lang)
        let report = AHPReport(outcome: outcome, method: method, randomIndex: ri, run: RunRecords.current(files: pairwise))
        try docx?.write(PaperTable.docx(report.paperTables(lang)))
        try Console.write(report.rendered(output.resolved(whenPiped: .json), language: lang))
    }
}
