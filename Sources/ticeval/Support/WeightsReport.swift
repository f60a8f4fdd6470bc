import ArgumentParser
import TICIngest
import TICPolicy
import TICScoring
import TICSupport

/// What `ticeval weights` prints: `criterion,weight` rows, or JSON with the method.
struct WeightsReport: Sendable {
    let method: WeightingMethod
    let criticInvertsCost: Bool
    let criteria: [String]
    let weights: [Double]
    /// The version, command line and input hashes, written under `run` in JSON.
    let run: RunRecord

    /// The rows as a ``ResultTable``.
    var table: ResultTable {
        ResultTable(keys: ["criterion", "weight"], titles: (zh: ["指标", "权重"], en: ["criterion", "weight"]),
                    rows: zip(criteria, weights).map { [.text($0), .number($1)] })
    }

    /// The report in `format`.
    func rendered(_ format: OutputFormat, language: Language) -> String {
        switch format {
        case .csv: return table.csv()
        case .table: return table.table(language)
        case .json:
            var members: [(String, JSONValue)] = [("method", .string(method.rawValue))]
            if method == .critic { members.append(("critic_variant", .string(criticInvertsCost ? "invert_cost" : "pymcdm"))) }
            members += [("criteria", .array(criteria.map { .string($0) })),
                        ("weights", .array(weights.map { .number($0) })),
                        ("run", RunRecords.json(run))]
            return JSONValue.object(members).rendered()
        }
    }
}
