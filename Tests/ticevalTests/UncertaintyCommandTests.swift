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
        let topsis = try CLIRunner.run(["uncertainty", Self.sample, "--aggregations", "topsis"])
        #expect(topsis.status == 2)
        #expect(topsis.stderr.hasPrefix("Error: aggregation 'topsis' cannot be varied; use weighted_sum, geometric\n"), "\(topsis.stderr)")
    }
}
