import Foundation
import Testing
import TICIngest
import TICPolicy
import TICReport
import TICSupport
import TICTestSupport

/// Every kind of reason the sample produces, checked in as text a person has read
/// (`Fixtures/reasons.zh.txt`, `Fixtures/reasons.en.txt`), and the same reason in every output.
///
/// A reason's *shape* is its basis, grade, grade by score, decision, the quota's kind (places or
/// none, above the share, tie), the vetoed indicators and its additions; the files hold the first
/// center of each shape, in ranking order, under `Datasets/sample/scheme.json` (also with a stricter
/// veto) and each preset, and of the realistic Hunan workspace under hunan-2020.
/// After a deliberate change of wording, regenerate them and read the diff before committing:
///
///     TICEVAL_UPDATE_REASONS=1 swift test --skip-build --filter ReasonGoldenTests
@Suite("Reason golden files")
struct ReasonGoldenTests {
    /// The sample evaluated under its own scheme and every preset; the sample's scheme once more with
    /// its veto at 50 R&D staff (no Sichuan center of the sample has fewer than 30, so the veto's
    /// reason would otherwise go unread); and the realistic Hunan workspace under hunan-2020.
    static let evaluations: [(name: String, evaluation: Evaluation)] = {
        let workspace = WorkspaceLoader().load(root: Fixtures.sampleWorkspace.path)
        var runs: [(String, Workspace, Scheme)] = []
        if let own = try? Scheme.load(from: Fixtures.sampleWorkspace.appendingPathComponent("scheme.json")) {
            runs.append(("scheme.json", workspace, own))
            var strict = own
            for k in strict.grading.vetoes.indices { strict.grading.vetoes[k].value = 50 }
            runs.append(("scheme.json, vetoes at 50", workspace, strict))
        }
        for name in Scheme.presetNames { if let preset = try? Scheme.preset(named: name) { runs.append((name, workspace, preset)) } }
        let hunan = Fixtures.folder(of: "TICIngestTests").appendingPathComponent("realistic/hunan/clean").path
        if let preset = try? Scheme.preset(named: "hunan-2020") { runs.append(("realistic/hunan/clean, hunan-2020", WorkspaceLoader().load(root: hunan), preset)) }
        return runs.compactMap { name, workspace, scheme in
            (try? Evaluator(workspace: workspace, scheme: scheme).evaluate()).map { (name, $0) }
        }
    }()

    /// The case name of an enum value (`graded`, `quotaMoved`, `imputed`…).
    static func caseName(_ value: Any) -> String { String(String(describing: value).prefix { $0 != "(" }) }

    /// What makes two reasons the same template.
    static func shape(_ c: CenterEvaluation) -> String {
        let reason = c.decision.reason
        var key = [caseName(reason.basis), c.grade?.rawValue ?? "-", c.gradeByScore?.rawValue ?? "-", c.decision.kind.rawValue]
        switch reason.basis {
        case .hardFloor(let hits, _, _): key += hits.map(\.indicator)
        case .quotaMoved(_, _, _, _, let quotas):
            key += quotas.map { "\($0.bound.rawValue):\($0.places == 0 ? "none" : "some"):\($0.exceedsShare):\($0.tie != nil)" }
        case .graded(_, _, _, let tie): if tie != nil { key.append("tie") }
        default: break
        }
        key += reason.additions.map(caseName)
        return key.joined(separator: " ")
    }

    /// The golden text in one language.
    static func golden(_ language: Language) -> String {
        var lines = [
            language.pick("# 示例工作区（Datasets/sample）在 scheme.json 与四个预设下的各类调整理由，每类取排名最前的一个中心。",
                          "# Every kind of decision reason of the sample workspace (Datasets/sample) under scheme.json and the four presets: the first center of each kind."),
            language.pick("# 措辞改动后重新生成并逐条阅读：TICEVAL_UPDATE_REASONS=1 swift test --skip-build --filter ReasonGoldenTests",
                          "# After a deliberate change, regenerate and read every line: TICEVAL_UPDATE_REASONS=1 swift test --skip-build --filter ReasonGoldenTests"),
        ]
        for (name, evaluation) in evaluations {
            lines.append("")
            lines.append("## \(name)")
            var seen = Set<String>()
            for c in evaluation.centers where seen.insert(shape(c)).inserted {
                lines.append("\(c.center.id)\t\(c.decision.reason(language))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("the sample's reasons are the checked-in ones", arguments: [Language.zh, .en])
    func reasonsMatchGolden(language: Language) throws {
        #expect(Self.evaluations.count == 3 + Scheme.presetNames.count)
        let url = Fixtures.folder(of: "TICReportTests").appendingPathComponent("reasons.\(language.rawValue).txt")
        let text = Self.golden(language)
        if ProcessInfo.processInfo.environment["TICEVAL_UPDATE_REASONS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let stored = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let (got, want) = (text.split(separator: "\n", omittingEmptySubsequences: false), stored.split(separator: "\n", omittingEmptySubsequences: false))
        for (k, pair) in zip(got, want).enumerated() where pair.0 != pair.1 {
            Issue.record("reasons.\(language.rawValue).txt:\(k + 1): expected\n\(pair.1)\ngot\n\(pair.0)")
            break
        }
        #expect(got.count == want.count)
    }

    @Test("a center's reason is the same in adjustments.csv, summary.json and report.html", arguments: [Language.zh, .en])
    func sameReasonEverywhere(language: Language) throws {
        let evaluation = try #require(Self.evaluations.first { $0.name == "scheme.json, vetoes at 50" }?.evaluation)
        let rows = AdjustmentsTable.rows(evaluation, language: language)
        let json = try JSONSerialization.jsonObject(with: Data(SummaryDocument(evaluation, workspace: "sample", language: language, version: "test").jsonBytes()))
        let centers = try #require((json as? [String: Any])?["centers"] as? [[String: Any]])
        let html = HTMLReport(evaluation: evaluation, language: language, version: "test").render()
        // One center of each basis the sample has: cut-off, quota, veto.
        var checked = 0
        for basis in ["graded", "quotaMoved", "hardFloor"] {
            guard let k = evaluation.centers.firstIndex(where: { Self.caseName($0.decision.reason.basis) == basis }) else { continue }
            let c = evaluation.centers[k], reason = c.decision.reason(language)
            #expect(rows[k][0] == c.center.id && rows[k][6] == reason)
            let entry = try #require(centers.first { $0["center_id"] as? String == c.center.id }?["decision"] as? [String: Any])
            #expect(entry[language == .zh ? "reason" : "reason_en"] as? String == reason)
            #expect(html.contains(HTMLText.escaped(reason)), "\(c.center.id): report.html lacks its reason")
            checked += 1
        }
        #expect(checked == 3)
    }
}
