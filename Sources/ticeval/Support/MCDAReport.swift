import ArgumentParser
import TICIngest
import TICPolicy
import TICReport
import TICScoring
import TICSupport

/// What `ticeval mcda` prints: `alternative,score,rank` rows, or JSON with the method and weights.
struct MCDAReport: Sendable {
    let method: MCDAMethod
    let weightsLabel: String
    let criteria: [String]
    let weights: [Double]
    let alternatives: [String]
    let result: MCDAScores
    let v: Double?
    /// The version, command line and input hashes, written under `run` in JSON.
    let run: RunRecord

    /// The rows as a ``ResultTable``.
    var table: ResultTable {
        let scoreTitle = method == .vikor ? ("Q（越小越好）", "Q (lower is better)") : ("得分", "score")
        return ResultTable(
            keys: ["alternative", "score", "rank"],
            titles: (zh: ["方案", scoreTitle.0, "排名"], en: ["alternative", scoreTitle.1, "rank"]),
            rows: alternatives.indices.map { [.text(alternatives[$0]), .number(result.scores[$0]), .integer(result.ranks[$0])] })
    }

    /// The table for a paper: scores with the terminal's four decimals, and ranks.
    func paperTables(_ language: Language) -> [PaperTable] {
        [table.paper(language.pick("\(method.rawValue.uppercased()) 得分与排名（权重：\(weightsLabel)）",
                                   "\(method.rawValue.uppercased()) scores and ranks (weights: \(weightsLabel))"), language: language)]
    }

    /// The report in `format`.
    func rendered(_ format: ResearchFormat, language: Language) -> String {
        switch format {
        case .csv: return table.csv()
        case .table: return table.table(language)
        case .latex: return PaperTable.latex(paperTables(language))
        case .json:
            var members: [(String, JSONValue)] = [("method", .string(method.rawValue))]
            if let normalization = result.normalization { members.append(("normalization", .string(normalization.rawValue))) }
            if let v { members.append(("v", .number(v))) }
            members += [
                ("order", .string(method.order.rawValue)),
                ("weights_method", .string(weightsLabel)),
                ("criteria", .array(criteria.map { .string($0) })),
                ("weights", .array(weights.map { .number($0) })),
                ("alternatives", table.jsonRows),
                ("run", RunRecords.json(run)),
            ]
            return JSONValue.object(members).rendered()
        }
    }
}
