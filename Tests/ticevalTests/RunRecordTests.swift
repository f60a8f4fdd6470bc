import Foundation
import Testing
import TICTestSupport
import TICIngest
@testable import TICPolicy
import TICScoring
@testable import ticeval

/// Issue #30, item 6: every research JSON output carries a run record (tool version, command line,
/// seed where any, SHA-256 of every input); Sobol estimates that break S1 ≤ ST or S1 ≥ 0 carry a
/// caution; stddev weights warn that they depend on units.
@Suite struct RunRecordTests: MatrixCommandFixtures {
    /// The `run` object of a JSON document.
    static func run(in json: Data) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        return try #require(object["run"] as? [String: Any])
    }

    /// The SHA-256 of a file, as `sha256sum` prints it.
    static func sha256(_ path: String) throws -> String { SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test("weights, mcda and ahp JSON name the version, the command line and each input's SHA-256",
          arguments: [["weights"], ["mcda", "--method", "vikor"], ["ahp"]])
    func matrixCommands(command: [String]) throws {
        let path = command[0] == "ahp" ? try Self.write(",a,b\na,1,3\nb,1/3,1") : try Self.write(Self.matrix)
        let arguments = [command[0], path] + command.dropFirst() + ["--format", "json"]
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let run = try Self.run(in: Data(result.stdout.utf8))
        #expect(run["tool"] as? String == "ticeval")
        #expect((run["version"] as? String)?.isEmpty == false)
        #expect(run["command_line"] as? [String] == arguments)
        #expect(run["seed"] == nil)
        let inputs = try #require(run["inputs"] as? [[String: Any]])
        #expect(inputs.count == 1)
        #expect(inputs.first?["path"] as? String == path)
        #expect(inputs.first?["sha256"] as? String == (try Self.sha256(path)))
    }

    @Test("uncertainty.json records the seed and the matrix's SHA-256; compare.json the workspace files and the schemes")
    func researchFolders() throws {
        let path = try Self.write(Self.matrix)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let uncertainty = try CLIRunner.run(["uncertainty", path, "--samples", "10", "--seed", "77"], in: folder)
        #expect(uncertainty.status == 0, "\(uncertainty.stderr)")
        let record = try Self.run(in: Data(contentsOf: folder.appendingPathComponent("out/uncertainty/uncertainty.json")))
        #expect(record["seed"] as? Int == 77)
        #expect(record["command_line"] as? [String] == ["uncertainty", path, "--samples", "10", "--seed", "77"])
        let inputs = try #require(record["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["sha256"] as? String } == [try Self.sha256(path)])

        let out = folder.appendingPathComponent("compare").path
        let compare = try CLIRunner.run(["compare", Fixtures.sampleWorkspace.path, "--scheme", "hunan-2020", "--scheme", "national-2017",
                                         "--out", out, "--format", "json"])
        #expect(compare.status == 0, "\(compare.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/compare.json"))) as? [String: Any])
        #expect(document["schemes"] as? [String] == ["hunan-2020", "national-2017"])
        #expect((document["pairs"] as? [Any])?.count == 1)
        let run = try #require(document["run"] as? [String: Any])
        let files = try #require(run["inputs"] as? [[String: Any]])
        let centers = try #require(files.first { ($0["path"] as? String)?.hasSuffix("centers.csv") == true })
        #expect(centers["sha256"] as? String == (try Self.sha256(Fixtures.sampleWorkspace.path + "/centers.csv")))
    }

    @Test("S1 > ST and negative S1 are flagged, factor by factor, with a caution in Chinese and English")
    func sobolCautions() {
        let indices = SobolIndices(variance: 1, firstOrder: [0.05, -0.05, 0.3, .nan], total: [0.25, 0.19, 0.2, 0.1])
        let sensitivity = UncertaintyResult.Sensitivity(factors: ["cost", "quality", "delivery", "aggregation"], baseSamples: 10, runs: 60,
                                                        bootstrap: 0, meanAbsoluteRankChange: indices, alternatives: nil)
        let cautions = UncertaintyWarning.cautions(sensitivity)
        #expect(cautions == [.firstOrderAboveTotal(factors: ["delivery"]), .negativeFirstOrder(factors: ["quality"])])
        #expect(cautions[0].message(.en).hasPrefix("Sobol indices: S1 exceeds ST for delivery, but S1 ≤ ST in theory"))
        #expect(cautions[1].message(.zh).hasPrefix("Sobol 指数：quality 的一阶指数 S1 为负，理论上 S1 ≥ 0"))
    }

    @Test("the guide's Sobol example (negative S1 for quality) prints the caution on standard error")
    func sobolCautionPrinted() throws {
        let folder = try makeTemporaryDirectory(prefix: "ticeval-sobol")
        try "alternative,cost,quality,delivery\nA1,250,16,12\nA2,200,16,8\nA3,300,32,16\nA4,275,32,8\nA5,225,16,16\n"
            .write(to: folder.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["uncertainty", "m.csv", "--types", "-1,1,1", "--weights", "0.4,0.3,0.3", "--samples", "2000", "--seed", "1",
                                        "--weight-noise", "uniform:0.5", "--aggregations", "weighted_sum,geometric", "--sensitivity",
                                        "--bootstrap", "0", "--lang", "en"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("m.csv: warning: Sobol indices: S1 is negative for quality"), "\(result.stderr)")
        let json = try Data(contentsOf: folder.appendingPathComponent("out/uncertainty/uncertainty.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((object["warnings"] as? [Any])?.isEmpty == false)
        let html = try String(contentsOf: folder.appendingPathComponent("out/uncertainty/uncertainty.html"), encoding: .utf8)
        #expect(html.contains("<p class=\"hint caution\">Sobol indices: S1 is negative for quality"))
    }

    @Test("stddev weights warn that they depend on the columns' units (weights and mcda)", arguments: [["weights", "--method", "stddev"],
                                                                                                    ["mcda", "--weights", "stddev"]])
    func stddevUnits(command: [String]) throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run([command[0], path] + command.dropFirst() + ["--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(path): warning: stddev weights depend on the columns' units"), "\(result.stderr)")
        let entropy = try CLIRunner.run([command[0], path])
        #expect(!entropy.stderr.contains("标准差权重"))
    }

    @Test("CITATION.cff exists at the root and cites the version the run records carry")
    func citation() throws {
        let text = try String(contentsOf: Fixtures.repository("CITATION.cff"), encoding: .utf8)
        #expect(text.contains("cff-version: 1.2.0"))
        #expect(text.contains("\nversion: \"\(TICEvalVersion.string)\"\n"))
    }
}
