import Foundation
import Testing
import TICTestSupport
import TICIngest
import TICPolicy
import TICScoring
@testable import ticeval

/// `ticeval weights` (Commands/WeightsCommand.swift) end to end on small matrices: the methods
/// reach the library (pymcdm 1.4.0 values, asserted on the library in SupplierPeerTests), the
/// output formats, and located errors.
@Suite struct WeightsCommandTests: MatrixCommandFixtures {
    /// What `weights` computes for `arguments`, in process: the parsed command, then the same steps as
    /// its `run()` (read the matrix, resolve the directions, weigh).
    static func weights(_ arguments: [String]) throws -> [Double] {
        let command = try #require(try TICEval.parseAsRoot(["weights"] + arguments) as? Weights)
        let input = try DecisionMatrixInput(path: command.matrix, encoding: command.encoding.encoding)
        let directions = try CriterionTypes.directions(command.types, criteria: input.criteria)
        return try command.weigh(input.matrix, directions: directions, subjective: command.subjectiveWeights(criteria: input.criteria)).weights
    }

    @Test("--method selects the pymcdm 1.4.0 weighting (in process)", arguments: pymcdmWeights)
    func weightsMatchPymcdm(method: String, expected: [Double]) throws {
        let weights = try Self.weights([try Self.write(Self.matrix), "--method", method])
        expectClose(weights, expected, abs: 1e-12, "\(weights)")
    }

    @Test("end to end: the JSON names the method and the criteria and carries pymcdm's entropy weights; CSV by default when piped")
    func weightsJSON() throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["weights", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.json(result.stdout)
        #expect(object["method"] as? String == "entropy")
        #expect(object["criteria"] as? [String] == ["price", "quality", "delivery", "service"])
        expectClose(try #require(object["weights"] as? [Double]), Self.pymcdmWeights[0].1, abs: 1e-12)
        let csv = try CLIRunner.run(["weights", path, "--method", "critic"])
        #expect(csv.stdout.hasPrefix("criterion,weight\nprice,"))
        expectClose(Self.numbers(csv.stdout), Self.pymcdmWeights[1].1, abs: 1e-12)
    }

    @Test("scikit-criteria's CRITIC inverts the cost columns and so changes the weights")
    func criticInvertCost() throws {
        let path = try Self.write(Self.matrix)
        let plain = try Self.weights([path, "--method", "critic"])
        let inverted = try Self.weights([path, "--method", "critic", "--types=-1,1,1,1", "--critic-invert-cost"])
        expectClose(plain, Self.pymcdmWeights[1].1, abs: 1e-12)
        #expect(!isClose(inverted, Self.pymcdmWeights[1].1, abs: 1e-3))
        #expect(abs(inverted.reduce(0, +) - 1) < 1e-12)
    }

    @Test("a negative value with entropy exits 1 naming the column and its cell")
    func entropyNegative() throws {
        let path = try Self.write("alt,x,y\nA,1,2\nB,2,-3\nC,4,1")
        let result = try CLIRunner.run(["weights", path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(path):3:3: error: \"y\" has the negative value -3"), "\(result.stderr)")
        let chinese = try CLIRunner.run(["weights", path])
        #expect(chinese.stderr.contains("\(path):3:3: 错误: “y”含负数 -3"), "\(chinese.stderr)")
    }

    @Test("a cell that is not a number exits 1 at its location")
    func badCell() throws {
        let path = try Self.write("alt,x,y\nA,1,2\nB,abc,3")
        let result = try CLIRunner.run(["weights", path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(path):3:2: error: "), "\(result.stderr)")
    }

    @Test("wrong-length --types exits 2 for weights too")
    func weightsTypesLength() throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["weights", path, "--method", "critic", "--critic-invert-cost", "--types=-1,1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--types has 2 items but the matrix has 4 criteria"))
    }

    @Test("the weights table aligns Chinese criterion names with fixed decimals")
    func chineseTable() throws {
        let path = try Self.write("中心,研发投入,专利数\nA,10,3\nB,20,5\nC,40,4")
        let result = try CLIRunner.run(["weights", path, "--format", "table"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "指标        权重")
        #expect(lines.count == 4)
        #expect(lines[2].hasPrefix("研发投入  0."))
        #expect(lines[3].hasPrefix("专利数    0."))   // one CJK character (two columns) shorter, two more spaces
    }

    @Test("one name per convention: entropy (pymcdm), entropy:spssau, critic:inverted-cost = the old flag; --normalization minmax gives a scheme's numbers")
    func namedConventions() throws {
        let path = try Self.write(Self.matrix)
        expectClose(try Self.weights([path]), Self.pymcdmWeights[0].1, abs: 1e-12)
        // SPSSAU's convention on SPSSAU's usual input (range normalization first): WeightingTests.entropySPSSAU.
        expectClose(try Self.weights([path, "--method", "entropy:spssau", "--normalization", "minmax", "--types=-1,1,1,1"]),
                    [0.20267076408014123, 0.3919877077595763, 0.20267076408014123, 0.20267076408014123], abs: 1e-12)
        expectClose(try Self.weights([path, "--method", "entropy", "--normalization", "minmax", "--types=-1,1,1,1"]),
                    [0.2006611126906961, 0.39801666192791196, 0.2006611126906961, 0.20066111269069586], abs: 1e-12)
        expectClose(try Self.weights([path, "--method", "critic:inverted-cost", "--types=-1,1,1,1"]),
                    try Self.weights([path, "--method", "critic", "--types=-1,1,1,1", "--critic-invert-cost"]), abs: 0)
    }

    @Test("an option the method ignores is a usage error that says why", arguments: [
        (["--method", "entropy", "--types=-1,1,1,1"], "Error: --types has no effect on entropy (its formula does not depend on the criteria's directions)"),
        (["--method", "stddev", "--types=-1,1,1,1"], "Error: --types has no effect on stddev"),
        (["--method", "critic", "--types=-1,1,1,1"], "Error: --types has no effect on critic"),
        (["--method", "critic:inverted-cost"], "Error: critic:inverted-cost needs --types"),
        (["--method", "equal", "--normalization", "minmax"], "Error: --normalization minmax has no effect on equal weights"),
        (["--subjective", "0.5,0.5,0,0"], "Error: --subjective applies only to --method combined"),
        (["--method", "combined:additive:0.5"], "Error: --method combined:additive:0.5 needs --subjective"),
        (["--method", "combined:additive:1.5", "--subjective", "1,1,1,1"], "Error: The value 'combined:additive:1.5' is invalid for '--method <method>'"),
    ])
    func ignoredOptions(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(["weights", try Self.write(Self.matrix)] + arguments + ["--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }

    @Test("combined weights on the command line: additive and multiplicative with α, by hand against the entropy weights")
    func combined() throws {
        let path = try Self.write(Self.matrix)
        let entropy = Self.pymcdmWeights[0].1
        let subjective = [0.4, 0.3, 0.2, 0.1]
        for alpha in [0.5, 0.8] {
            let additive = try Self.weights([path, "--method", "combined:additive:\(alpha)", "--subjective", "4,3,2,1"])
            expectClose(additive, zip(subjective, entropy).map { alpha * $0 + (1 - alpha) * $1 }, abs: 1e-12)
            let product = zip(subjective, entropy).map { Foundation.pow($0, alpha) * Foundation.pow($1, 1 - alpha) }
            let multiplicative = try Self.weights([path, "--method", "combined:multiplicative:\(alpha)", "--subjective", "0.4,0.3,0.2,0.1"])
            expectClose(multiplicative, product.map { $0 / product.reduce(0, +) }, abs: 1e-12)
        }
        let half = try Self.weights([path, "--method", "combined:multiplicative:0.5", "--subjective", "0.4,0.3,0.2,0.1"])
        let most = try Self.weights([path, "--method", "combined:multiplicative:0.8", "--subjective", "0.4,0.3,0.2,0.1"])
        #expect(!isClose(half, most, abs: 1e-3))
        let critic = try Self.weights([path, "--method", "combined:additive:0", "--subjective", "1,1,1,1", "--objective", "critic"])
        expectClose(critic, Self.pymcdmWeights[1].1, abs: 1e-12)
        let json = try CLIRunner.run(["weights", path, "--method", "combined:multiplicative:0.8", "--subjective", "0.4,0.3,0.2,0.1", "--format", "json"])
        let object = try Self.json(json.stdout)
        #expect(object["method"] as? String == "combined:multiplicative:0.8" && object["objective"] as? String == "entropy")
    }

    @Test("a scheme's objective method is `weights --method` of the same name on the scheme's normalized values",
          arguments: [("sichuan-2022", "industry_leadership", "entropy"), ("tianjin-2018", "common_tech", "critic"),
                      ("sichuan-2022", "industry_leadership", "entropy:spssau"), ("tianjin-2018", "common_tech", "critic:inverted-cost"),
                      ("hunan-2020", "key_tech_rd", "stddev")])
    func schemeConvention(scheme name: String, dimension: String, method: String) throws {
        let workspace = WorkspaceLoader().load(root: Fixtures.sampleWorkspace.path)
        var scheme = try Scheme.preset(named: name)
        let d = try #require(scheme.dimensions.firstIndex { $0.code == dimension })
        // The preset's own method, or the variant named in its place (as {"method": "entropy:spssau"} in a scheme file).
        scheme.dimensions[d].indicatorWeights = .objective(try #require(ObjectiveWeighting(rawValue: method)))
        let evaluation = try Evaluator(workspace: workspace, scheme: scheme).evaluate()
        let first = scheme.dimensions[..<d].reduce(0) { $0 + $1.indicators.count }
        let columns = first..<(first + scheme.dimensions[d].indicators.count)
        let codes = columns.map { evaluation.indicatorWeights[$0].code }
        var csv = "center," + codes.joined(separator: ",") + "\n"
        for center in evaluation.evaluated {
            let values = columns.map { center.normalizedValues[$0] }
            guard values.allSatisfy({ $0 != nil }) else { continue }   // the rows the scheme weighs (WeightResolver)
            csv += center.center.id + "," + values.map { "\($0!)" }.joined(separator: ",") + "\n"
        }
        let path = try Self.write(csv)
        // The scheme's values are oriented (higher is better): every column is a benefit.
        let types = method == "critic:inverted-cost" ? ["--types", columns.map { _ in "1" }.joined(separator: ",")] : []
        let expected = columns.map { evaluation.indicatorWeights[$0].withinDimension }
        expectClose(try Self.weights([path, "--method", method] + types), expected, abs: 1e-12)
        #expect(evaluation.weightOrigins.contains { $0.method == method })
    }

    @Test("--normalization orients the columns first, so critic:inverted-cost on raw values = critic or critic:inverted-cost after min-max")
    func normalizedCriticVariants() throws {
        let path = try Self.write(Self.matrix)
        let scikit = try Self.weights([path, "--method", "critic:inverted-cost", "--types=-1,1,1,1"])
        expectClose(try Self.weights([path, "--method", "critic", "--normalization", "minmax", "--types=-1,1,1,1"]), scikit, abs: 1e-12)
        expectClose(try Self.weights([path, "--method", "critic:inverted-cost", "--normalization", "minmax", "--types=-1,1,1,1"]), scikit, abs: 1e-12)
        // …and differs from pymcdm's critic, which keeps the cost column's sign in the correlations.
        #expect(!isClose(scikit, Self.pymcdmWeights[1].1, abs: 1e-3))
    }
}
