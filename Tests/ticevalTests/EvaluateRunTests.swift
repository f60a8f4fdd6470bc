import Foundation
import Testing
import TICTestSupport

@Suite struct EvaluateRunTests {
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-eval-\(UUID().uuidString)")
    }

    @Test("evaluate on the bundled sample writes the three outputs, byte-identical across two runs")
    func deterministic() throws {
        let first = Self.temporaryFolder(), second = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        let a = try CLIRunner.run(["evaluate", "--format", "table", "--out", first.path], in: CLIRunner.repositoryRoot)
        let b = try CLIRunner.run(["evaluate", "--out", second.path], in: CLIRunner.repositoryRoot)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0)
        #expect(a.stdout.contains("前 10 名"))
        for name in ["ranking.csv", "adjustments.csv", "summary.json", "report.html"] {
            let x = try Data(contentsOf: first.appendingPathComponent(name))
            let y = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(!x.isEmpty)
            #expect(x == y, "\(name) differs between two runs")
        }
    }

    @Test("--lang en writes English headers and codes; CSVs carry a BOM unless --no-bom")
    func englishColumns() throws {
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLIRunner.run(["evaluate", "--lang", "en", "--no-bom", "--out", out.path], in: CLIRunner.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let ranking = try String(contentsOf: out.appendingPathComponent("ranking.csv"), encoding: .utf8)
        #expect(ranking.hasPrefix("center_id,name,level,region,category,score,rank,category_rank,grade,"))
        let adjustments = try String(contentsOf: out.appendingPathComponent("adjustments.csv"), encoding: .utf8)
        #expect(adjustments.hasPrefix("center_id,name,grade,previous_status,decision,reason,clause,amount_rmb\n"))
        let decisions = Set(adjustments.split(separator: "\n").dropFirst().map { line in
            String(line.split(separator: ",", omittingEmptySubsequences: false)[4])
        })
        #expect(decisions.isSubset(of: ["recommend_national", "continue", "rectify", "remove", "convert", "revoke", "refer_to_department"]))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any]
        #expect(json?["schema_version"] as? Int == 2)
        #expect((json?["centers"] as? [Any])?.count == 300)

        let zh = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: zh) }
        _ = try CLIRunner.run(["evaluate", "--out", zh.path], in: CLIRunner.repositoryRoot)
        let bytes = try Data(contentsOf: zh.appendingPathComponent("ranking.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("中心编号,名称,级别"))
    }

    @Test("a workspace with errors writes nothing and exits 1; an unwritable output folder is refused first")
    func nothingOnErrors() throws {
        let root = Self.temporaryFolder(), out = Self.temporaryFolder()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("reports"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: out) }
        try Data("center_id,name,level,region,category,formation,lead_type,field,approved_year,registered_capital_wan\nA,甲,provincial,四川,domain,academic_led,university,frontier,2020,1\n".utf8)
            .write(to: root.appendingPathComponent("centers.csv"))
        try Data("center_id,year,rd_staff\nA,2023,-4\n".utf8).write(to: root.appendingPathComponent("reports/2023.csv"))
        let result = try CLIRunner.run(["evaluate", root.path, "--out", out.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("reports/2023.csv:2:3: error"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.json").path))

        let blocked = root.appendingPathComponent("centers.csv").path + "/out"
        let refused = try CLIRunner.run(["evaluate", "--out", blocked, "--lang", "en"], in: CLIRunner.repositoryRoot)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("cannot write the outputs here"))
    }
}
