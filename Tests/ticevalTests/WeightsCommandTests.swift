import Foundation
import Testing
import TICTestSupport
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
        return try command.method.weigh(input.matrix, directions: directions, criticInvertsCost: command.criticInvertCost).weights
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
        let plain = try Self.weights([path, "--method", "critic", "--types=-1,1,1,1"])
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
}
