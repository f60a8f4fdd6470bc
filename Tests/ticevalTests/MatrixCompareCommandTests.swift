import Foundation
import Testing
import TICIngest
import TICTestSupport

/// `ticeval compare` on a decision matrix (issue #30 item 2): the same numbers as on a workspace,
/// the same ranking as `mcda`, no grades (absent, not zero), malformed `--method` specs as usage
/// errors that name the argument and what to write; and the researcher commands reading .xlsx and
/// GB18030 matrices through the workspace readers.
@Suite struct MatrixCompareCommandTests: MatrixCommandFixtures {
    static func temporary() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-mcmp-\(UUID().uuidString)").path
    }

    static func document(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// The pairs of compare.json without what differs by construction (labels, names, grades).
    static func comparable(_ document: [String: Any]) throws -> [[String: String]] {
        let pairs = try #require(document["pairs"] as? [[String: Any]])
        return pairs.map { pair in
            var kept: [String: String] = [:]
            for key in ["centers", "spearman", "kendall_tau_b", "weighted_spearman", "rank_similarity", "top_k", "top_k_overlap"] {
                kept[key] = "\(pair[key] ?? "missing")"
            }
            let movers = (pair["movers"] as? [[String: Any]] ?? []).map { m in
                ["center_id", "rank_a", "rank_b", "change"].map { "\(m[$0] ?? "missing")" }.joined(separator: "/")
            }
            kept["movers"] = movers.joined(separator: " ")
            return kept
        }
    }

    @Test("compare on a decision matrix equals compare on the workspace it was taken from: correlations, top-k overlap, movers")
    func matrixEqualsWorkspace() throws {
        // The two schemes' scores of every center of the sample become a two-column decision matrix;
        // wsm:1,0 ranks by the first column (x/Σx, a monotone map) and wsm:0,1 by the second, so every
        // rank-based number must be the workspace comparison's exactly.
        let sample = Fixtures.sampleWorkspace.path
        let schemes = ["sichuan-2022", "national-2017"]
        var scores: [[String: Double]] = []
        for scheme in schemes {
            let out = Self.temporary()
            let run = try CLIRunner.run(["evaluate", sample, "--scheme", scheme, "--out", out, "--lang", "en"])
            #expect(run.status == 0, "\(run.stderr)")
            let centers = try #require(try Self.document(out + "/summary.json")["centers"] as? [[String: Any]])
            var byID: [String: Double] = [:]
            for c in centers { if let id = c["center_id"] as? String, let score = c["score"] as? Double { byID[id] = score } }
            scores.append(byID)
        }
        try #require(Set(scores[0].keys) == Set(scores[1].keys), "both schemes must evaluate the same centers")
        let ids = scores[0].keys.sorted()
        try #require(ids.count > 20)
        let matrix = "center,a,b\n" + ids.map { "\($0),\(scores[0][$0]!),\(scores[1][$0]!)" }.joined(separator: "\n")
        let matrixPath = try Self.write(matrix)

        let workspaceOut = Self.temporary(), matrixOut = Self.temporary()
        let workspace = try CLIRunner.run(["compare", sample, "--scheme", schemes[0], "--scheme", schemes[1], "--top-k", "7",
                                           "--movers", "12", "--out", workspaceOut, "--format", "json"])
        #expect(workspace.status == 0, "\(workspace.stderr)")
        let onMatrix = try CLIRunner.run(["compare", matrixPath, "--method", "wsm:1,0", "--method", "wsm:0,1", "--top-k", "7",
                                          "--movers", "12", "--out", matrixOut, "--format", "json"])
        #expect(onMatrix.status == 0, "\(onMatrix.stderr)")
        let expected = try Self.comparable(Self.document(workspaceOut + "/compare.json"))
        let actual = try Self.comparable(Self.document(matrixOut + "/compare.json"))
        #expect(actual == expected)
        #expect(expected.first?["movers"]?.split(separator: " ").count == 12)
        // The labels are the specs; the inputs' SHA-256 are recorded.
        let document = try Self.document(matrixOut + "/compare.json")
        #expect(document["schemes"] as? [String] == ["wsm:1,0", "wsm:0,1"])
        let inputs = try #require((document["run"] as? [String: Any])?["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["path"] as? String } == [matrixPath])
        #expect((inputs.first?["sha256"] as? String)?.count == 64)
    }

    @Test("compare --method topsis:entropy ranks as mcda --method topsis --weights entropy; VIKOR's lower Q is better")
    func specRanksAsMCDA() throws {
        let path = try Self.write(Self.matrix)
        let out = Self.temporary()
        let specs = ["topsis:entropy", "vikor@v=0.3:critic", "wsm@minmax:entropy:spssau"]
        let result = try CLIRunner.run(["compare", path, "--types=-1,1,1,1", "--movers", "5", "--out", out, "--format", "json"]
                                       + specs.flatMap { ["--method", $0] })
        #expect(result.status == 0, "\(result.stderr)")
        let pairs = try #require(try Self.document(out + "/compare.json")["pairs"] as? [[String: Any]])
        #expect(pairs.count == 3)
        func ranks(_ pair: [String: Any], _ key: String) -> [String: Int] {
            var ranks: [String: Int] = [:]
            for m in pair["movers"] as? [[String: Any]] ?? [] { ranks[m["center_id"] as! String] = m[key] as? Int }
            return ranks
        }
        let mcdaOptions = [["--method", "topsis", "--weights", "entropy"], ["--method", "vikor", "--v", "0.3", "--weights", "critic"],
                           ["--method", "wsm", "--normalization", "minmax", "--weights", "entropy:spssau"]]
        var mcdaRanks: [[String: Int]] = []
        for options in mcdaOptions {
            let mcda = try CLIRunner.run(["mcda", path, "--types=-1,1,1,1", "--format", "csv"] + options)
            #expect(mcda.status == 0, "\(mcda.stderr)")
            var ranks: [String: Int] = [:]
            for row in Self.rows(mcda.stdout) { ranks[row[0]] = Int(row[2]) }
            mcdaRanks.append(ranks)
        }
        #expect(ranks(pairs[0], "rank_a") == mcdaRanks[0])
        #expect(ranks(pairs[0], "rank_b") == mcdaRanks[1])
        #expect(ranks(pairs[1], "rank_b") == mcdaRanks[2])
        // pymcdm 1.4.0 VIKOR(v=0.3) with critic weights ranks A5 first (Q = 0): best, not worst.
        #expect(mcdaRanks[1]["A5"] == 1)
    }

    @Test("a decision matrix has no grades: the grade columns are empty in compare.csv, null in compare.json, and the terminal says why")
    func noGrades() throws {
        let path = try Self.write(Self.matrix)
        let out = Self.temporary()
        let result = try CLIRunner.run(["compare", path, "--method", "topsis:entropy", "--method", "wsm:equal", "--out", out, "--lang", "en", "--format", "table"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("method A") && result.stdout.contains("alternatives") && !result.stdout.contains("grade chg"))
        #expect(result.stdout.contains("A decision matrix has no grades, so the grade-change share and weighted κ are not computed"))
        let csv = try String(contentsOfFile: out + "/compare.csv", encoding: .utf8)
        let row = try #require(csv.split(separator: "\n").dropFirst().first).split(separator: ",", omittingEmptySubsequences: false)
        #expect(row.count == 11 && row[9].isEmpty && row[10].isEmpty && row[2] == "5")
        let pair = try #require((try Self.document(out + "/compare.json")["pairs"] as? [[String: Any]])?.first)
        #expect(pair["grade_change_share"] is NSNull && pair["weighted_kappa"] is NSNull)
        let html = try String(contentsOfFile: out + "/compare.html", encoding: .utf8)
        #expect(html.contains("Method comparison on a decision matrix") && html.contains("A decision matrix has no grades"))
    }

    @Test("ahp=FILE weighs by the pairwise file matched to the criteria by label, as the ahp command weighs it")
    func ahpWeights() throws {
        let path = try Self.write(Self.matrix)
        // Labels in another order than the matrix's columns: matched by name.
        let pairwise = try Self.write("""
            ,quality,price,service,delivery
            quality,1,3,5,3
            price,1/3,1,3,1
            service,1/5,1/3,1,1/3
            delivery,1/3,1,3,1
            """, name: "p.csv")
        let mcda = try CLIRunner.run(["mcda", path, "--types=-1,1,1,1", "--method", "vikor", "--weights", "ahp=\(pairwise)", "--format", "json"])
        #expect(mcda.status == 0, "\(mcda.stderr)")
        let mcdaJSON = try Self.json(mcda.stdout)
        let criteria = try #require(mcdaJSON["criteria"] as? [String]), values = try #require(mcdaJSON["weights"] as? [Double])
        let weights = Dictionary(uniqueKeysWithValues: zip(criteria, values))
        #expect(mcdaJSON["weights_method"] as? String == "ahp")
        let ahp = try CLIRunner.run(["ahp", pairwise, "--format", "json"])
        let ahpJSON = try Self.json(ahp.stdout)
        let labels = try #require(ahpJSON["labels"] as? [String]), ahpWeights = try #require(ahpJSON["weights"] as? [Double])
        for (label, weight) in zip(labels, ahpWeights) { #expect(weights[label] == weight, "\(label)") }
        let compare = try CLIRunner.run(["compare", path, "--types=-1,1,1,1", "--method", "vikor:ahp=\(pairwise)", "--method", "topsis:critic",
                                         "--out", Self.temporary(), "--format", "json"])
        #expect(compare.status == 0, "\(compare.stderr)")
        let inputs = try #require((try Self.json(compare.stdout)["run"] as? [String: Any])?["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["path"] as? String } == [path, pairwise])
    }

    @Test("a malformed --method spec is a usage error naming the argument and what to write",
          arguments: [
            (["--method", "electre:entropy", "--method", "topsis:critic"], ["--method 'electre:entropy': unknown method 'electre'; expected wsm, wpm, topsis, vikor, written METHOD[@OPTION]:WEIGHTS"]),
            (["--method", "topsis", "--method", "vikor:critic"], ["--method 'topsis' names no weights; write METHOD[@OPTION]:WEIGHTS"]),
            (["--method", "wsm:0.5,0.5", "--method", "topsis:critic"], ["--method 'wsm:0.5,0.5' has 2 numbers but the matrix has 4 criteria (price, quality, delivery, service); expected one weight per criterion"]),
            (["--method", "vikor:ahp=absent.csv", "--method", "topsis:critic"], ["--method 'vikor:ahp=absent.csv': the pairwise comparison file 'absent.csv' is not found; write ahp=PATH with an existing CSV or .xlsx file"]),
            (["--method", "topsis@sum:entropy", "--method", "wsm:equal"], ["'@sum' is not a normalization of topsis; expected topsis@minmax or topsis@vector"]),
            (["--method", "topsis:entropi", "--method", "wsm:equal"], ["--method 'topsis:entropi': item 1 is 'entropi'; expected entropy, entropy:spssau"]),
            (["--method", "topsis:critic:inverted-cost", "--method", "wsm:equal"], ["critic:inverted-cost needs --types"]),
            (["--method", "topsis:entropy", "--scheme", "hunan-2020"], ["--scheme compares schemes on a workspace folder and --method compares methods on a decision matrix file"]),
          ])
    func malformedSpecs(options: [String], messages: [String]) throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["compare", path, "--out", Self.temporary()] + options)
        #expect(result.status == 2, "\(result.stderr)")
        for message in messages { #expect(result.stderr.contains(message), "\(result.stderr)") }
    }

    @Test("--scheme on a matrix file and --method on a workspace folder say which input takes which")
    func wrongKind() throws {
        let path = try Self.write(Self.matrix)
        let schemes = try CLIRunner.run(["compare", path, "--scheme", "hunan-2020", "--scheme", "national-2017", "--out", Self.temporary()])
        #expect(schemes.status == 2 && schemes.stderr.contains("is a decision matrix file: compare methods on it with --method"), "\(schemes.stderr)")
        let methods = try CLIRunner.run(["compare", Fixtures.sampleWorkspace.path, "--method", "topsis:entropy", "--method", "wsm:equal", "--out", Self.temporary()])
        #expect(methods.status == 2 && methods.stderr.contains("is a workspace folder: compare schemes on it with --scheme"), "\(methods.stderr)")
    }

    // MARK: - .xlsx and GB18030 matrices

    /// The suppliers matrix as a workbook (first sheet `矩阵`), numbers as numbers.
    static func workbook(bad cell: (row: Int, column: Int)? = nil) throws -> String {
        let rows = matrix.split(separator: "\n").enumerated().map { r, line in
            line.split(separator: ",").enumerated().map { c, field -> WorkbookWriter.Cell in
                if let cell, cell == (r, c) { return .text("n/a") }
                return Double(field).map { .number($0) } ?? .text(String(field))
            }
        }
        let folder = try makeTemporaryDirectory(prefix: "ticeval-research")
        let url = folder.appendingPathComponent("m.xlsx")
        try Data(WorkbookWriter(sheets: [.init(name: "矩阵", rows: rows), .init(name: "notes", rows: [[.text("x")]])]).bytes()).write(to: url)
        return url.path
    }

    /// The suppliers matrix with Chinese names, in GB18030 (bytes from Python's `gb18030` codec:
    /// `"备选,价格,质量,交付,服务\n甲,250,16,12,5\n…".encode("gb18030")`).
    static let gb18030Matrix: [UInt8] = [
        0xB1, 0xB8, 0xD1, 0xA1, 0x2C, 0xBC, 0xDB, 0xB8, 0xF1, 0x2C, 0xD6, 0xCA, 0xC1, 0xBF, 0x2C, 0xBD, 0xBB, 0xB8, 0xB6, 0x2C,
        0xB7, 0xFE, 0xCE, 0xF1, 0x0A, 0xBC, 0xD7, 0x2C, 0x32, 0x35, 0x30, 0x2C, 0x31, 0x36, 0x2C, 0x31, 0x32, 0x2C, 0x35, 0x0A,
        0xD2, 0xD2, 0x2C, 0x32, 0x30, 0x30, 0x2C, 0x31, 0x36, 0x2C, 0x38, 0x2C, 0x33, 0x0A, 0xB1, 0xFB, 0x2C, 0x33, 0x30, 0x30,
        0x2C, 0x33, 0x32, 0x2C, 0x31, 0x36, 0x2C, 0x34, 0x0A, 0xB6, 0xA1, 0x2C, 0x32, 0x37, 0x35, 0x2C, 0x32, 0x34, 0x2C, 0x31,
        0x30, 0x2C, 0x32, 0x0A, 0xCE, 0xEC, 0x2C, 0x32, 0x32, 0x35, 0x2C, 0x32, 0x30, 0x2C, 0x31, 0x34, 0x2C, 0x36, 0x0A,
    ]

    /// The numbers a command prints (second column on), the first column and header dropped.
    static func values(_ csv: String) -> [String] { rows(csv).map { $0.dropFirst().joined(separator: ",") } }

    @Test("weights, mcda, compare and uncertainty read an .xlsx and a GB18030 matrix as its UTF-8 CSV twin",
          arguments: [["weights", "--method", "critic"], ["mcda", "--types=-1,1,1,1", "--method", "vikor"],
                      ["compare", "--method", "topsis:entropy", "--method", "wsm:critic", "--out", "OUT"],
                      ["uncertainty", "--samples", "50", "--types=-1,1,1,1", "--out", "OUT"]])
    func workbookAndGB18030(command: [String]) throws {
        let csv = try Self.write(Self.matrix)
        let folder = try makeTemporaryDirectory(prefix: "ticeval-research")
        let gb = folder.appendingPathComponent("gb.csv")
        try Data(Self.gb18030Matrix).write(to: gb)
        var outputs: [String] = []
        for input in [csv, try Self.workbook(), gb.path] {
            let arguments = [command[0], input] + command.dropFirst().map { $0 == "OUT" ? Self.temporary() : $0 } + ["--format", "csv"]
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 0, "\(input): \(result.stderr)")
            outputs.append(result.stdout)
        }
        #expect(Self.values(outputs[1]) == Self.values(outputs[0]))
        #expect(Self.values(outputs[2]) == Self.values(outputs[0]))
        #expect(!outputs[0].isEmpty)
    }

    @Test("a bad cell of an .xlsx matrix is named by its sheet and cell")
    func workbookCell() throws {
        let path = try Self.workbook(bad: (row: 3, column: 2))
        for command in [["mcda"], ["weights"], ["compare", "--method", "topsis:entropy", "--method", "wsm:equal", "--out", Self.temporary()]] {
            let result = try CLIRunner.run([command[0], path] + command.dropFirst() + ["--lang", "en"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(path):矩阵!C4: error:"), "\(result.stderr)")
        }
    }

    @Test("ahp reads an .xlsx pairwise matrix as its CSV twin")
    func ahpWorkbook() throws {
        let text = "1,3,5\n1/3,1,3\n1/5,1/3,1"
        let csv = try Self.write(text, name: "p.csv")
        let folder = try makeTemporaryDirectory(prefix: "ticeval-research")
        let url = folder.appendingPathComponent("p.xlsx")
        let rows = text.split(separator: "\n").map { $0.split(separator: ",").map { WorkbookWriter.Cell.text(String($0)) } }
        try Data(WorkbookWriter(sheets: [.init(name: "Sheet1", rows: rows)]).bytes()).write(to: url)
        let fromCSV = try CLIRunner.run(["ahp", csv, "--format", "json"])
        let fromWorkbook = try CLIRunner.run(["ahp", url.path, "--format", "json"])
        #expect(fromCSV.status == 0 && fromWorkbook.status == 0, "\(fromWorkbook.stderr)")
        #expect(try Self.json(fromWorkbook.stdout)["weights"] as? [Double] == Self.json(fromCSV.stdout)["weights"] as? [Double])
    }
}
