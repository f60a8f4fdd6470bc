import Foundation
import Testing
import TICIngest
@testable import TICPolicy
import TICTestSupport

/// Issue 18 item 7: a Tianjin registry that marks municipal engineering technology centers (平台类型 =
/// 工程技术中心) has them reviewed under 三(六), while the innovation centers of the same level are
/// decided under 五(四) — what a row is comes from the registry, never from its level.
@Suite("Tianjin: engineering centers under the 撤并转 review")
struct TianjinReviewTests {
    /// The sample with a `平台类型` column: the given Tianjin centers are engineering centers.
    static func workspace(engineering: Set<String>, in folder: URL) throws -> Workspace {
        let sample = Fixtures.sampleWorkspace
        let files = FileManager.default
        for name in try files.contentsOfDirectory(atPath: sample.path) where name != "centers.csv" {
            try files.copyItem(at: sample.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let registry = String(decoding: try Data(contentsOf: sample.appendingPathComponent("centers.csv")), as: UTF8.self)
        var lines = registry.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] += ",平台类型"
        for k in 1..<lines.count where !lines[k].isEmpty {
            let id = String(lines[k].prefix { $0 != "," })
            lines[k] += engineering.contains(id) ? ",工程技术中心" : ","
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("centers.csv"))
        return WorkspaceLoader().load(root: folder.path)
    }

    @Test("engineering centers that pass are admitted, those that fail are not; innovation centers continue or rectify; no reward to a converting center")
    func review() throws {
        try withTemporaryDirectory(prefix: "ticeval-tianjin") { folder in
            let tianjin = (1...87).map { String(format: "TJ-M-%03d", $0) }
            let engineering = Set(tianjin.filter { Int($0.suffix(3))! % 3 == 0 })
            let workspace = try Self.workspace(engineering: engineering, in: folder)
            #expect(workspace.diagnostics.filter { $0.severity == .error }.isEmpty, "\(workspace.diagnostics)")
            #expect(workspace.centers.filter { $0.platform == .engineeringCenter }.map(\.id).sorted() == engineering.sorted())
            let e = try Evaluator(workspace: workspace, scheme: try Scheme.preset(named: "tianjin-2018")).evaluate()
            let evaluated = e.evaluated
            let reviewed = evaluated.filter { engineering.contains($0.center.id) }
            let centers = evaluated.filter { !engineering.contains($0.center.id) }
            #expect(!reviewed.isEmpty && !centers.isEmpty)
            for c in reviewed {
                #expect(c.decision.kind == (c.grade == .unqualified ? .notConverted : .convert), "\(c.center.id)")
                #expect(c.decision.amountRMB == nil)
                guard case .text(let zh, _) = c.decision.clause else { Issue.record("\(c.center.id): no clause"); continue }
                #expect(zh.contains("三（六）"))
            }
            #expect(reviewed.contains { $0.decision.kind == .convert } && reviewed.contains { $0.decision.kind == .notConverted })
            for c in centers {
                #expect([.continueSupport, .rectify].contains(c.decision.kind), "\(c.center.id)")
            }
            // 六(二): the one-time 300,000 RMB goes to 优秀 specialized (domain) innovation centers only.
            for c in evaluated where c.decision.amountRMB != nil {
                #expect(!engineering.contains(c.center.id) && c.center.category == .domain && c.grade == .excellent)
            }
        }
    }
}
