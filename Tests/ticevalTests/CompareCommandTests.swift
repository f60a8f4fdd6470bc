import Foundation
import Testing
import TICTestSupport

/// `ticeval compare` (Commands/CompareCommand.swift): one run on the sample and its usage rule; the
/// correlations and κ are tested in TICScoring (RankCorrelationTests) and TICPolicy.
@Suite struct CompareCommandTests {
    static let sample = Fixtures.sampleWorkspace.path

    @Test("compare on the sample: pairwise CSV, JSON and HTML, linear κ stated")
    func compare() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-cmp-\(UUID().uuidString)").path
        let result = try CLIRunner.run(["compare", Self.sample, "--scheme", "sichuan-2022", "--scheme", "national-2017", "--out", out, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("linear weights"))
        let csv = try String(contentsOfFile: out + "/compare.csv", encoding: .utf8)
        #expect(csv.contains("scheme_a,scheme_b,centers,spearman,kendall_tau_b,weighted_spearman,ws,top_k,top_k_overlap,grade_change_share,weighted_kappa_linear"))
        #expect(FileManager.default.fileExists(atPath: out + "/compare.json") && FileManager.default.fileExists(atPath: out + "/movers.csv"))
        let html = try String(contentsOfFile: out + "/compare.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">") && html.contains("class=\"chart heatmap\""))
        let usage = try CLIRunner.run(["compare", Self.sample, "--scheme", "sichuan-2022"])
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("Error: give at least two --scheme values (a workspace folder) or two --method specs"), "\(usage.stderr)")
    }
}
