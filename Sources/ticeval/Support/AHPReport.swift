import ArgumentParser
import TICIngest
import TICPolicy
import TICReport
import TICScoring
import TICSupport

/// What `ticeval ahp` prints: JSON with weights and consistency, a `label,weight` CSV, or a table
/// followed by λmax, CI and CR.
struct AHPReport: Sendable {
    let outcome: AHPOutcome
    let method: AHPPriorityMethod
    let randomIndex: RandomIndexChoice
    /// The version, command line and input hashes, written under `run` in JSON.
    let run: RunRecord

    /// CR ≤ 0.1, Saaty's threshold.
    var consistent: Bool { outcome.result.consistencyRatio <= TICScoring.AHP.consistencyThreshold }

    /// The weights as a ``ResultTable``.
    var table: ResultTable {
        ResultTable(keys: ["label", "weight"], titles: (zh: ["项目", "权重"], en: ["item", "weight"]),
                    rows: zip(outcome.labels, outcome.result.weights).map { [.text($0), .number($1)] })
    }

    /// λmax, CI, CR and RI with four decimals, and the verdict.
    func consistencyLine(_ language: Language) -> String {
        let result = outcome.result
        let verdict = consistent ? language.pick("一致（CR ≤ 0.1）", "consistent (CR ≤ 0.1)")
                                 : language.pick("不一致（CR > 0.1）", "inconsistent (CR > 0.1)")
        return "λmax = \(NumberText.fixed(result.lambdaMax, fractionDigits: 4))  "
            + "CI = \(NumberText.fixed(result.consistencyIndex, fractionDigits: 4))  "
            + "CR = \(NumberText.fixed(result.consistencyRatio, fractionDigits: 4))  "
            + "RI = \(NumberText.fixed(result.randomIndex, fractionDigits: 4)) (\(randomIndex.rawValue))  \(verdict)"
    }

    /// The table for a paper: the weights, with the consistency line as its note.
    func paperTables(_ language: Language) -> [PaperTable] {
        [table.paper(language.pick("AHP 权重（\(method.argumentName)）", "AHP weights (\(method.argumentName))"),
                     language: language, notes: [consistencyLine(language)])]
    }

    /// The report in `format`.
    func rendered(_ format: ResearchFormat, language: Language) -> String {
        let result = outcome.result
        switch format {
        case .csv:
            // One tidy table: the consistency figures repeated on every row, so that any CSV reader
            // keeps them with the weights.
            let shared: [ResultTable.Value] = [
                .number(result.lambdaMax), .number(result.consistencyIndex), .number(result.consistencyRatio),
                .number(result.randomIndex), .text(randomIndex.rawValue), .text(consistent ? "true" : "false"), .text(method.argumentName),
            ]
            return ResultTable(keys: ["label", "weight", "lambda_max", "ci", "cr", "ri", "random_index", "consistent", "method"],
                               titles: (zh: [], en: []),
                               rows: zip(outcome.labels, result.weights).map { [.text($0), .number($1)] + shared }).csv()
        case .table: return table.table(language) + consistencyLine(language) + "\n"
        case .latex: return PaperTable.latex(paperTables(language))
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
                ("method", .string(method.argumentName)),
                ("experts", .integer(outcome.experts)),
                ("run", RunRecords.json(run)),
            ]).rendered()
        }
    }
}
