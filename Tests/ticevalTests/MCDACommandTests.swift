import Foundation
import Testing
import TICTestSupport
import TICScoring
@testable import ticeval

/// `ticeval mcda` (Commands/MCDACommand.swift) end to end on the suppliers matrix: every method and
/// option reaches the library (the pymcdm 1.4.0 scores and ranks are asserted on the library in
/// SupplierPeerTests), `--types` spellings, usage errors and the output formats.
@Suite struct MCDACommandTests: MatrixCommandFixtures {
    /// pymcdm 1.4.0, weights `entropy_weights(M)`, types `[-1, 1, 1, 1]`; `method(M, w, types)` and
    /// `method.rank(p)`: `TOPSIS()`, `TOPSIS(normalizations.vector_normalization)`, `VIKOR()`,
    /// `WSM()` (sum normalization), `WSM(normalizations.minmax_normalization)`, `WPM()`.
    static let pymcdmScores: [([String], [Double], [Int])] = [
        (["--method", "topsis"],
         [0.5433515371628597, 0.2213053958261697, 0.6245475958404315, 0.21788842345695644, 0.7085448009870772], [3, 4, 2, 5, 1]),
        (["--method", "topsis", "--normalization", "vector"],
         [0.5961470577074384, 0.22039593785065845, 0.58907735434702, 0.17812848295136824, 0.7577386866363948], [2, 4, 3, 5, 1]),
        (["--method", "vikor"],
         [0.35105347675918985, 0.7830928807907658, 0.10171392740502741, 0.9893852684494676, 0.0], [3, 4, 2, 5, 1]),
        (["--method", "wsm"],
         [0.20931924892489673, 0.1529739769782622, 0.23606304601560665, 0.151114894971753, 0.2505288331094814], [3, 4, 2, 5, 1]),
        (["--method", "wsm", "--normalization", "minmax"],
         [0.48492528559482867, 0.1879048321821123, 0.6960560188394468, 0.19951778271336523, 0.7349252855948287], [3, 5, 2, 4, 1]),
        (["--method", "wpm"],
         [0.20473618395198884, 0.15123772563185484, 0.23156214774688455, 0.14246710703237914, 0.24555823438248983], [3, 4, 2, 5, 1]),
        // pymcdm `TOPSIS()(M, [0.4, 0.3, 0.2, 0.1], types)` and `VIKOR(v=0.3)` with the same weights.
        (["--method", "topsis", "--weights", "0.4,0.3,0.2,0.1"],
         [0.3861008601533019, 0.5211347406974133, 0.4745101969430629, 0.32944576585340946, 0.5875738379673827], [4, 2, 3, 5, 1]),
        (["--method", "vikor", "--weights", "0.4,0.3,0.2,0.1", "--v", "0.3"],
         [0.5307692307692307, 0.48461538461538445, 0.7692307692307692, 0.6000000000000002, 0.0], [3, 2, 5, 4, 1]),
    ]

    /// What `mcda` computes for `arguments`, in process: the parsed command, then the same steps as its
    /// `run()` (read the matrix, resolve the directions and weights, score).
    static func scores(_ arguments: [String]) throws -> MCDAScores {
        let command = try #require(try TICEval.parseAsRoot(["mcda"] + arguments) as? MCDA)
        let input = try DecisionMatrixInput(path: command.matrix, encoding: command.encoding.encoding)
        let directions = try CriterionTypes.directions(command.types, criteria: input.criteria)
        let weights = try CriterionWeights.resolve(command.weights, criteria: input.criteria)
            .compute(input.matrix, directions: directions, criticInvertsCost: command.criticInvertCost).weights
        return try MCDAScores(input.matrix, method: command.method, weights: weights, directions: directions,
                              normalization: command.normalization, v: command.v ?? Aggregation.defaultVIKORWeight)
    }

    @Test("each option set selects the pymcdm 1.4.0 method, normalization, weights and v: scores and ranks (in process)",
          arguments: pymcdmScores)
    func mcdaMatchesPymcdm(options: [String], scores: [Double], ranks: [Int]) throws {
        let result = try Self.scores([try Self.write(Self.matrix), "--types=-1,1,1,1"] + options)
        expectClose(result.scores, scores, abs: 1e-12)
        #expect(result.ranks == ranks)
    }

    @Test("end to end: the CSV on standard output carries pymcdm's TOPSIS scores and ranks")
    func endToEnd() throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["mcda", path, "--types=-1,1,1,1", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("alternative,score,rank\nA1,"))
        expectClose(Self.numbers(result.stdout), Self.pymcdmScores[0].1, abs: 1e-12, "\(result.stdout)")
        #expect(Self.rows(result.stdout).map { Int($0[2]) ?? 0 } == Self.pymcdmScores[0].2)
    }

    @Test("--types accepts 1/-1, benefit/cost and max/min, with or without '='",
          arguments: [["--types=-1,1,1,1"], ["--types", "-1,1,1,1"], ["--types", "cost,benefit,benefit,benefit"],
                      ["--types", "min,max,max,max"], ["--types=Cost, max, 1, benefit"]])
    func typeSpellings(types: [String]) throws {
        let command = try #require(try TICEval.parseAsRoot(["mcda", "m.csv"] + types) as? MCDA)
        #expect(command.types?.directions == [.cost, .benefit, .benefit, .benefit])
        expectClose(try Self.scores([try Self.write(Self.matrix)] + types).scores, Self.pymcdmScores[0].1, abs: 1e-12)
    }

    @Test("mcda, weights and uncertainty parse --types with the one CriterionTypes parser")
    func oneTypesParser() throws {
        let expected: [Direction] = [.cost, .benefit, .benefit, .cost, .benefit]
        for spelling in [["--types=-1,1,max,min,benefit"], ["--types", "Cost, +1, max, -1, benefit"]] {
            let mcda = try #require(try TICEval.parseAsRoot(["mcda", "m.csv"] + spelling) as? MCDA)
            let weights = try #require(try TICEval.parseAsRoot(["weights", "m.csv", "--method", "critic:inverted-cost"] + spelling) as? Weights)
            let uncertainty = try #require(try TICEval.parseAsRoot(["uncertainty", "m.csv"] + spelling) as? Uncertainty)
            #expect(mcda.types?.directions == expected)
            #expect(weights.types?.directions == expected)
            #expect(uncertainty.types?.directions == expected)
        }
    }

    @Test("usage problems exit 2 with a message naming what was expected",
          arguments: [
            (["--types=-1,1,1"], "--types has 3 items but the matrix has 4 criteria"),
            (["--types=1,up,1,1"], "expected 1/-1, benefit/cost or max/min"),
            (["--method", "electre"], "electre"),
            (["--weights", "0.5,0.5"], "--weights has 2 numbers but the matrix has 4 criteria"),
            (["--weights", "0.5,x,0.2,0.1"], "expected entropy, entropy:spssau, critic, critic:inverted-cost, stddev, equal, ahp=FILE"),
            (["--weights", "0.5,-0.5,0.2,0.1"], "with numbers ≥ 0"),
            (["--method", "vikor", "--normalization", "minmax"], "--normalization does not apply to --method vikor"),
            (["--method", "topsis", "--normalization", "sum"], "expected minmax or vector"),
            (["--method", "wpm", "--normalization", "minmax"], "expected sum"),
            (["--method", "topsis", "--v", "0.3"], "--v applies only to --method vikor"),
            (["--method", "vikor", "--v", "1.5"], "--v must be in [0, 1]"),
          ])
    func usageErrors(options: [String], message: String) throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["mcda", path, "--format", "csv"] + options)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: ticeval mcda <matrix>"), "\(result.stderr)")
    }

    @Test("WPM rejects a value ≤ 0 at its cell (pymcdm's sum normalization needs x > 0)")
    func wpmZero() throws {
        let path = try Self.write("alt,x,y\nA,1,2\nB,0,3")
        let result = try CLIRunner.run(["mcda", path, "--method", "wpm", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(path):3:2: error: \"x\" has the value 0; --method wpm"), "\(result.stderr)")
    }

    @Test("mcda JSON carries the method, weights and rows; the table has fixed decimals")
    func mcdaJSONAndTable() throws {
        let path = try Self.write(Self.matrix)
        let json = try CLIRunner.run(["mcda", path, "--types=-1,1,1,1", "--method", "vikor", "--format", "json"])
        let object = try Self.json(json.stdout)
        #expect(object["method"] as? String == "vikor")
        #expect(object["order"] as? String == "lower_is_better")
        expectClose(try #require(object["weights"] as? [Double]), Self.pymcdmWeights[0].1, abs: 1e-12)
        let alternatives = try #require(object["alternatives"] as? [[String: Any]])
        #expect(alternatives.map { $0["rank"] as? Int } == [3, 4, 2, 5, 1])
        let table = try CLIRunner.run(["mcda", path, "--types=-1,1,1,1", "--format", "table", "--lang", "en"])
        #expect(table.stdout.contains("A5           0.7085     1"), "\(table.stdout)")
    }

    @Test("a constant column is reported once on standard error and the run still succeeds")
    func constantColumnWarning() throws {
        let path = try Self.write("alt,x,y,z\nA,1,2,5\nB,2,3,5\nC,4,1,5")
        let result = try CLIRunner.run(["mcda", path, "--method", "vikor", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "\"z\" is constant").count == 2, "\(result.stderr)")
    }

    @Test("--help says how to write a list that starts with a minus")
    func help() throws {
        let result = try CLIRunner.run(["mcda", "--help"])
        #expect(result.stdout.replacingOccurrences(of: "\n", with: " ").contains("--types=-1,1"))
    }

    @Test("a repeated alternative id is an error at its line naming the first line (mcda, weights, uncertainty)",
          arguments: [["mcda"], ["weights"], ["uncertainty", "--samples", "5"]])
    func duplicateAlternative(command: [String]) throws {
        let path = try Self.write("alt,price,quality\nA1,250,16\nA2,200,16\nA1,300,32")
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let result = try CLIRunner.run([command[0], path] + command.dropFirst() + ["--lang", "en"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path):4:1: error: this row repeats line 2 (alt A1): alt must be unique; delete one of the two rows"),
                "\(result.stderr)")
        let zh = try CLIRunner.run([command[0], path] + command.dropFirst(), in: folder)
        #expect(zh.stderr.contains("\(path):4:1: 错误: 本行与第 2 行重复（alt A1）"), "\(zh.stderr)")
    }

    @Test("--weights takes the names of weights --method: critic:inverted-cost is the old flag, entropy:spssau takes a negative value")
    func namedWeights() throws {
        let path = try Self.write(Self.matrix)
        let named = try Self.scores([path, "--weights", "critic:inverted-cost", "--types=-1,1,1,1"])
        let flagged = try Self.scores([path, "--weights", "critic", "--critic-invert-cost", "--types=-1,1,1,1"])
        #expect(named.scores == flagged.scores)
        let negative = try Self.write("alt,x,y\nA,1,2\nB,2,-3\nC,4,1")
        let result = try CLIRunner.run(["mcda", negative, "--weights", "entropy:spssau", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["weights_method"] as? String == "entropy:spssau")
        // WeightingTests.entropySPSSAU: y shifted by |−3| + 0.01.
        expectClose(try #require(object["weights"] as? [Double]), [0.2614317295788259, 0.7385682704211741], abs: 1e-12)
    }
}
