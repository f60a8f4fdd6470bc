import Foundation
import Testing
import TICTestSupport

/// `ticeval uncertainty` (Commands/UncertaintyCommand.swift) in its two modes: research mode on a
/// decision matrix with replayed weight samples, and workspace mode on the sample.
@Suite struct UncertaintyCommandTests {
    static let sample = Fixtures.sampleWorkspace.path

    /// A temporary folder with a small decision matrix and replayed weight samples.
    static func matrixFolder() throws -> URL {
        let folder = try makeTemporaryDirectory(prefix: "ticeval-mc")
        try "alternative,cost,quality,delivery\nA1,250,16,12\nA2,200,16,8\nA3,300,32,16\nA4,275,32,8\nA5,225,16,16\n"
            .write(to: folder.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        try "w1,w2,w3\n0.5,0.25,0.25\n0.2,0.4,0.4\n1,0,0\n".write(to: folder.appendingPathComponent("w.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("research mode replays weight samples and prints the fixed CSV columns")
    func replay() throws {
        let folder = try Self.matrixFolder()
        let result = try CLIRunner.run(["uncertainty", "m.csv", "--types", "-1,1,1", "--weight-samples", "w.csv", "--format", "csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "alternative,nominal_rank,mean_rank,p5_rank,median_rank,p95_rank,p_rank1")
        // Checked by hand: A3 ranks 2, 1, 5 under the three samples → mean 8/3, numpy-linear
        // p5 = 1 + 0.1·(2 − 1) = 1.1, median 2, p95 = 2 + 0.9·(5 − 2) = 4.7.
        #expect(lines.contains("A3,1,2.666667,1.1,2,4.7,0.333333"))
        #expect(lines.contains("A2,4,2.666667,1.1,2,4.7,0.333333"))  // ranks 2, 5, 1
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/uncertainty/uncertainty.json").path))
        let both = try CLIRunner.run(["uncertainty", "m.csv", "--weight-samples", "w.csv", "--sensitivity"], in: folder)
        #expect(both.status == 2)
        #expect(both.stderr.hasPrefix("Error: --sensitivity needs drawn samples; it cannot be combined with --weight-samples\n"), "\(both.stderr)")
    }

    @Test("workspace mode with sensitivity writes the four files; bad options are usage errors")
    func workspace() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-unc-\(UUID().uuidString)").path
        let result = try CLIRunner.run(["uncertainty", Self.sample, "--samples", "40", "--seed", "3", "--sensitivity", "--bootstrap", "20",
                                        "--out", out, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"grade_probabilities\"") && result.stdout.contains("\"mean_absolute_rank_change\""))
        let csv = try String(contentsOfFile: out + "/uncertainty.csv", encoding: .utf8)
        #expect(csv.contains("p_excellent,p_good,p_qualified,p_unqualified"))
        #expect(FileManager.default.fileExists(atPath: out + "/sensitivity.csv"))
        let html = try String(contentsOfFile: out + "/uncertainty.html", encoding: .utf8)
        #expect(html.contains("<html lang=\"zh-CN\">") && html.contains("class=\"chart intervals\"") && html.contains("class=\"compact sensitivity\""))
        let noise = try CLIRunner.run(["uncertainty", Self.sample, "--weight-noise", "gauss:1", "--lang", "en"])
        #expect(noise.status == 2)
        #expect(noise.stderr.hasPrefix("Error: --weight-noise expects uniform:f (0 < f ≤ 1) or dirichlet:c (0 < c ≤ 1000000), got 'gauss:1'\n"),
                "\(noise.stderr)")
        let v = try CLIRunner.run(["uncertainty", Self.sample, "--v", "0.3", "--lang", "en"])
        #expect(v.status == 2)
        #expect(v.stderr.hasPrefix("Error: --v applies only to --aggregations vikor on a matrix (research mode)"), "\(v.stderr)")
        let median = try CLIRunner.run(["uncertainty", Self.sample, "--aggregations", "median"])
        #expect(median.status == 2)
        #expect(median.stderr.hasPrefix("Error: unknown aggregation 'median'; use scheme, wsm (= weighted_sum), weighted_sum, geometric, topsis, vikor, wpm\n"),
                "\(median.stderr)")
    }

    @Test("workspace mode reports the scheme's own aggregation: hunan-2020 is TOPSIS and HN-P-013 keeps evaluate's rank 1 among the Hunan centers")
    func schemeAggregation() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-unc-\(UUID().uuidString)").path
        let result = try CLIRunner.run(["uncertainty", Self.sample, "--scheme", "hunan-2020", "--samples", "20", "--out", out, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("HN-P-013,") && $0.split(separator: ",")[2] == "1" })
        #expect(try Self.aggregations(in: URL(fileURLWithPath: out + "/uncertainty.json")) == ["topsis"])
    }

    @Test("research mode: the nominal ranks are mcda's for topsis, vikor, wsm and wpm with the same weights and normalization",
          arguments: [["topsis"], ["vikor"], ["wsm", "sum"], ["wsm", "minmax"], ["wpm"]])
    func researchNominalIsMCDA(method: [String]) throws {
        var rows = ["alternative,c1,c2,c3,c4"]
        var rng = SeededGenerator(seed: 45)
        for i in 1...45 { rows.append("A\(i)," + (0..<4).map { _ in String(Int.random(in: 1...500, using: &rng)) }.joined(separator: ",")) }
        let folder = try makeTemporaryDirectory(prefix: "ticeval-unc-mcda")
        try (rows.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        let common = ["--types=-1,1,1,-1", "--weights", "0.4,0.3,0.2,0.1", "--format", "csv"]
        let normalization = method.count > 1 ? ["--normalization", method[1]] : []
        let mcda = try CLIRunner.run(["mcda", "m.csv", "--method", method[0]] + normalization + common, in: folder)
        #expect(mcda.status == 0, "\(mcda.stderr)")
        let aggregation = method[0] == "wsm" ? "weighted_sum" : method[0]
        let normalizations = method.count > 1 ? ["--normalizations", method[1]] : []
        let uncertainty = try CLIRunner.run(["uncertainty", "m.csv", "--aggregations", method[0], "--samples", "30"] + normalizations + common,
                                            in: folder)
        #expect(uncertainty.status == 0, "\(uncertainty.stderr)")
        func ranks(_ csv: String, column: Int) -> [String: String] {
            Dictionary(uniqueKeysWithValues: csv.split(separator: "\n").dropFirst().map { line in
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                return (cells[0], cells[column])
            })
        }
        let expected = ranks(mcda.stdout, column: 2)
        #expect(expected.count == 45)
        #expect(ranks(uncertainty.stdout, column: 1) == expected)
        #expect(try Self.aggregations(in: folder.appendingPathComponent("out/uncertainty/uncertainty.json")) == [aggregation])
    }

    /// The `aggregations` list of an `uncertainty.json`.
    static func aggregations(in url: URL) throws -> [String]? {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return object?["aggregations"] as? [String]
    }
}
