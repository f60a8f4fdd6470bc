import ArgumentParser
import TICIngest
import TICPolicy
import TICReport
import TICScoring
import TICSupport

/// What `ticeval weights` prints: `criterion,weight` rows, or JSON with the method.
struct WeightsReport: Sendable {
    /// The `--method` name, e.g. `entropy:spssau`, `combined:additive:0.5`.
    let method: String
    /// The objective method computed from the data.
    let objective: ObjectiveWeightsMethod
    /// `--normalization`, if any.
    let normalization: NormalizationMethod?
    let criteria: [String]
    let weights: [Double]
    /// The version, command line and input hashes, written under `run` in JSON.
    let run: RunRecord

    /// The rows as a ``ResultTable``.
    var table: ResultTable {
        ResultTable(keys: ["criterion", "weight"], titles: (zh: ["指标", "权重"], en: ["criterion", "weight"]),
                    rows: zip(criteria, weights).map { [.text($0), .number($1)] })
    }

    /// The table for a paper: the weights with the terminal's four decimals.
    func paperTables(_ language: Language) -> [PaperTable] {
        [table.paper(language.pick("指标权重（\(method)）", "Criterion weights (\(method))"), language: language)]
    }

    /// The report in `format`.
    func rendered(_ format: ResearchFormat, language: Language) -> String {
        switch format {
        case .csv: return table.csv()
        case .table: return table.table(language)
        case .latex: return PaperTable.latex(paperTables(language))
        case .json:
            var members: [(String, JSONValue)] = [("method", .string(method))]
            if method != objective.rawValue { members.append(("objective", .string(objective.rawValue))) }
            if objective.method == .critic {
                members.append(("critic_variant", .string(objective == .criticInvertedCost ? "invert_cost" : "pymcdm")))
            }
            if let normalization { members.append(("normalization", .string(normalization.rawValue))) }
            members += [("criteria", .array(criteria.map { .string($0) })),
                        ("weights", .array(weights.map { .number($0) })),
                        ("run", RunRecords.json(run))]
            return JSONValue.object(members).rendered()
        }
    }
}
