import Foundation
import Testing
import TICTestSupport

/// `ticeval ahp` (Commands/AHPCommand.swift) end to end: single and group AHP against pymcdm 1.4.0
/// (asserted on the library in AHPTests; pymcdm uses `numpy.linalg.eig`, ticeval power iteration
/// to 1e-12, hence 1e-10), the matrix file forms, group alignment by label, and located errors with
/// their exact lines.
@Suite struct AHPCommandTests: MatrixCommandFixtures {
    /// Saaty-scale 3 × 3 matrix with a label column and a header.
    static let ahp3 = """
        ,a,b,c
        a,1,3,5
        b,1/3,1,3
        c,1/5,1/3,1
        """

    /// The same judgements without header or labels.
    static let ahp3Bare = """
        1,3,5
        1/3,1,3
        1/5,1/3,1
        """

    /// A 4 × 4 matrix with a header row only.
    static let ahp4 = """
        a,b,c,d
        1,2,5,9
        1/2,1,3,4
        1/5,1/3,1,2
        1/9,1/4,1/2,1
        """

    /// A second expert for the 3 × 3 comparison.
    static let ahp3Second = """
        ,a,b,c
        a,1,5,3
        b,1/5,1,1/2
        c,1/3,2,1
        """

    /// Writes each matrix to its own file.
    static func pairwiseFiles(_ texts: [String]) throws -> [String] {
        try texts.enumerated().map { try write($1, name: "expert\($0 + 1).csv") }
    }

    /// pymcdm 1.4.0 `AHP` weights (`_matrix_to_weights`, the principal eigenvector by
    /// `numpy.linalg.eig`) and `get_cr()` (Tummala–Ling RI): for the group, of the element-wise
    /// geometric mean of the two experts' matrices, computed in numpy (pymcdm has no group AHP).
    static let pymcdmAHP: [([String], [Double], Double)] = [
        ([ahp3], [0.6369855717447569, 0.2582849943744952, 0.10472943388074793], 0.03320494098825184),
        ([ahp4], [0.5495644081313625, 0.28061328762566484, 0.10831683349516269, 0.061505470747809855], 0.005212645567468389),
        ([ahp3, ahp3Second], [0.6589449952101548, 0.18203381771374716, 0.15902118707609797], 0.003939005964587157),
    ]

    @Test("AHP weights and CR match pymcdm 1.4.0 with --ri tummala-ling", arguments: pymcdmAHP)
    func ahpMatchesPymcdm(matrices: [String], weights: [Double], cr: Double) throws {
        let paths = try Self.pairwiseFiles(matrices)
        let result = try CLIRunner.run(["ahp"] + paths + ["--ri", "tummala-ling", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.json(result.stdout)
        expectClose(try #require(object["weights"] as? [Double]), weights, abs: 1e-10)
        #expect(abs(try #require(object["cr"] as? Double) - cr) < 1e-10)
        #expect(object["consistent"] as? Bool == true)
        #expect(object["random_index"] as? String == "tummala-ling")
        #expect(object["experts"] as? Int == matrices.count)
    }

    @Test("AHP JSON by default: Saaty's RI, labels, λmax and CI")
    func ahpDefaults() throws {
        let path = try Self.write(Self.ahp3)
        let result = try CLIRunner.run(["ahp", path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.json(result.stdout)
        #expect(object["labels"] as? [String] == ["a", "b", "c"])
        #expect(object["random_index"] as? String == "saaty")
        let lambda = try #require(object["lambda_max"] as? Double)
        let ci = try #require(object["ci"] as? Double)
        #expect(abs(ci - (lambda - 3) / 2) < 1e-15)
        #expect(abs(try #require(object["cr"] as? Double) - ci / 0.58) < 1e-15)
    }

    @Test("bare and labelled AHP matrices, with 1/3 cells, give the same weights")
    func bareVersusLabelled() throws {
        let labelled = try CLIRunner.run(["ahp", try Self.write(Self.ahp3), "--format", "csv"])
        let bare = try CLIRunner.run(["ahp", try Self.write(Self.ahp3Bare), "--format", "csv"])
        #expect(labelled.status == 0 && bare.status == 0, "\(bare.stderr)")
        let header = "label,weight,lambda_max,ci,cr,ri,random_index,consistent,method\n"
        #expect(labelled.stdout.hasPrefix(header + "a,"))
        #expect(bare.stdout.hasPrefix(header + "1,"))
        #expect(labelled.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").dropFirst() }
                == bare.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").dropFirst() })
        let weights = bare.stdout.split(separator: "\n").dropFirst().map { Double($0.split(separator: ",")[1])! }
        expectClose(weights, Self.pymcdmAHP[0].1, abs: 1e-10)
    }

    @Test("the geometric-mean method gives normalized row geometric means")
    func geometricMethod() throws {
        let result = try CLIRunner.run(["ahp", try Self.write(Self.ahp3), "--method", "geometric", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows: [[Double]] = [[1, 3, 5], [1.0 / 3, 1, 3], [1.0 / 5, 1.0 / 3, 1]]
        let means = rows.map { pow($0.reduce(1, *), 1.0 / 3) }
        let total = means.reduce(0, +)
        expectClose(Self.numbers(result.stdout), means.map { $0 / total }, abs: 1e-14)
    }

    @Test("a non-reciprocal AHP matrix exits 1 naming file:line:column of the cell",
          arguments: [
            // Bare: row 3, column 2 holds 1/2 but row 2, column 3 holds 3.
            ("1,3,5\n1/3,1,3\n1/5,1/2,1", 3, 2, "expected 1/3"),
            // Header and labels: the same cell is on line 4, column 3.
            (",a,b,c\na,1,3,5\nb,1/3,1,3\nc,1/5,1/2,1", 4, 3, "\"b\" over \"c\" is 3 but the transposed cell is 0.5; expected 1/3"),
            // Not positive.
            ("1,3,5\n1/3,1,-3\n1/5,1/3,1", 2, 3, "expected a positive number"),
            // Diagonal not 1.
            ("1,3,5\n1/3,2,3\n1/5,1/3,1", 2, 2, "expected 1"),
            // Not square: the second row has a fourth cell.
            ("1,3,5\n1/3,1,3,7\n1/5,1/3,1", 2, 4, "this row has 4 judgements but the matrix has 3 rows"),
          ])
    func ahpBadMatrix(text: String, line: Int, column: Int, message: String) throws {
        let path = try Self.write(text)
        let result = try CLIRunner.run(["ahp", path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(path):\(line):\(column): error: "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("group AHP rejects experts' matrices of different sizes at the second file")
    func groupSizeMismatch() throws {
        let paths = try Self.pairwiseFiles([Self.ahp3, Self.ahp4])
        let result = try CLIRunner.run(["ahp"] + paths + ["--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(paths[1]):1:1: error: the matrix is 4 × 4 but the first expert's is 3 × 3"), "\(result.stderr)")
    }

    @Test("an inconsistent matrix is reported but still weighed")
    func inconsistent() throws {
        let path = try Self.write("1,9,1/9\n1/9,1,9\n9,1/9,1")
        let result = try CLIRunner.run(["ahp", path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(try Self.json(result.stdout)["consistent"] as? Bool == false)
        #expect(result.stderr.contains("warning: consistency ratio CR ="), "\(result.stderr)")
    }

    // MARK: - Group AHP by label (issue 12)

    /// The expert1 and expert2 of Guides/Research.md, with the items named as there.
    static let expert1 = ",cost,quality,delivery\ncost,1,3,5\nquality,1/3,1,3\ndelivery,1/5,1/3,1"

    static let expert2 = ",cost,quality,delivery\ncost,1,5,3\nquality,1/5,1,1/2\ndelivery,1/3,2,1"

    /// expert1's judgements with the items in another order.
    static let expert1Permuted = ",delivery,cost,quality\ndelivery,1,1/5,1/3\ncost,5,1,3\nquality,3,1/3,1"

    /// expert2's judgements with the header in another order and the rows in a third one.
    static let expert2Permuted = ",quality,delivery,cost\ndelivery,2,1,1/3\ncost,5,3,1\nquality,1,1/2,1/5"

    /// Guides/Research.md's `ticeval ahp expert1.csv --ri tummala-ling` (pymcdm 1.4.0 `AHP`, to 1e-10).
    static let expert1Weights = [0.6369855717447745, 0.2582849943744825, 0.10472943388074302]

    /// Runs `ticeval ahp` with Tummala–Ling's RI and returns labels, weights and CR.
    static func ahpJSON(_ paths: [String]) throws -> (labels: [String], weights: [Double], cr: Double, experts: Int) {
        let result = try CLIRunner.run(["ahp"] + paths + ["--ri", "tummala-ling", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let object = try Self.json(result.stdout)
        return (try #require(object["labels"] as? [String]), try #require(object["weights"] as? [Double]),
                try #require(object["cr"] as? Double), try #require(object["experts"] as? Int))
    }

    @Test("group AHP matches an expert who lists the items in another order by label")
    func groupPermutedLabels() throws {
        let paths = try Self.pairwiseFiles([Self.expert1, Self.expert1Permuted])
        let group = try Self.ahpJSON(paths)
        #expect(group.labels == ["cost", "quality", "delivery"])
        #expect(group.experts == 2)
        expectClose(group.weights, Self.expert1Weights, abs: 1e-12, "\(group.weights)")
        #expect(abs(group.cr - 0.03320494098818674) < 1e-12)
        // The first file gives the order of the output.
        let reversed = try Self.ahpJSON([paths[1], paths[0]])
        #expect(reversed.labels == ["delivery", "cost", "quality"])
        expectClose(reversed.weights, [Self.expert1Weights[2], Self.expert1Weights[0], Self.expert1Weights[1]], abs: 1e-12)
    }

    @Test("group AHP with a permuted second expert equals the guide's expert1 + expert2 (pymcdm values)")
    func groupPermutedSecondExpert() throws {
        let inOrder = try Self.ahpJSON(try Self.pairwiseFiles([Self.expert1, Self.expert2]))
        let permuted = try Self.ahpJSON(try Self.pairwiseFiles([Self.expert1, Self.expert2Permuted]))
        expectClose(inOrder.weights, Self.pymcdmAHP[2].1, abs: 1e-10)
        expectClose(permuted.weights, inOrder.weights, abs: 1e-15, "\(permuted.weights)")
        #expect(abs(permuted.cr - Self.pymcdmAHP[2].2) < 1e-10)
    }

    @Test("a single file whose rows are in another order than its header is read by label")
    func singleFileRowsPermuted() throws {
        let path = try Self.write(",cost,quality,delivery\ndelivery,1/5,1/3,1\ncost,1,3,5\nquality,1/3,1,3")
        let single = try Self.ahpJSON([path])
        #expect(single.labels == ["cost", "quality", "delivery"])
        expectClose(single.weights, Self.expert1Weights, abs: 1e-15, "\(single.weights)")
    }

    /// A bad pairwise input: the files (named as given), and the exact line printed for each language.
    static let ahpLabelCases: [(files: [(name: String, text: String)], en: String, zh: String)] = [
        ([("expert1.csv", expert1), ("expert2.csv", ",cost,quality,speed\ncost,1,3,5\nquality,1/3,1,3\nspeed,1/5,1/3,1")],
         "expert2.csv:1:4: error: the compared items differ from those of expert1.csv: \"speed\" is not in expert1.csv and \"delivery\" of expert1.csv is missing; every expert's matrix must compare the same items (in any order)",
         "expert2.csv:1:4: 错误: 比较的项目与 expert1.csv 不同：“speed”不在 expert1.csv 中，缺少 expert1.csv 中的“delivery”；各专家的判断矩阵应比较相同的项目（顺序可以不同）"),
        ([("expert1.csv", expert1), ("expert2.csv", "1,3,5\n1/3,1,3\n1/5,1/3,1")],
         "expert2.csv:1:1: error: this matrix does not name its items but expert1.csv does, so they cannot be matched; give every expert's matrix the same header and label column (matched by label), or none (matched by position)",
         "expert2.csv:1:1: 错误: 该矩阵没有项目标签，而 expert1.csv 有，无法对应；请给每位专家的矩阵加上相同的表头和标签列（按标签对应），或都不加（按位置对应）"),
        ([("expert1.csv", ",cost,quality,delivery\ncost,1,3,5\nqualty,1/3,1,3\ndelivery,1/5,1/3,1")],
         "expert1.csv:3:1: error: the row label \"qualty\" is not an item of the header (\"cost\", \"quality\", \"delivery\"); label each row with an item of the header",
         "expert1.csv:3:1: 错误: 行标签“qualty”不是表头中的项目（“cost”、“quality”、“delivery”）；每行的标签应为表头中的一项"),
        ([("expert1.csv", ",cost,quality,delivery\ncost,1,3,5\ncost,1/3,1,3\ndelivery,1/5,1/3,1")],
         "expert1.csv:3:1: error: the row label \"cost\" appears twice (first on line 2); expected one row per item",
         "expert1.csv:3:1: 错误: 行标签“cost”出现了两次（第 2 行已有）；每个项目只能有一行"),
        ([("expert1.csv", ",cost,quality,delivery\ncost,1,3,5\ndelivery,1/5,1/3,1")],
         "expert1.csv:1:3: error: no row is labelled \"quality\" (an item of the header); expected one row per item",
         "expert1.csv:1:3: 错误: 没有标签为“quality”的行（表头中的项目）；表头的每个项目都应有一行"),
    ]

    @Test("label mismatches in AHP files exit 1 with their exact line in both languages", arguments: ahpLabelCases)
    func ahpLabelErrors(files: [(name: String, text: String)], en: String, zh: String) throws {
        let folder = try makeTemporaryDirectory(prefix: "ticeval-ahp")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in files { try (file.text + "\n").write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8) }
        for (language, expected) in [("en", en), ("zh", zh)] {
            let result = try CLIRunner.run(["ahp"] + files.map(\.name) + ["--lang", language], in: folder)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == expected + "\n", "\(result.stderr)")
        }
    }

    @Test("--method sum-product (和积法) and a CSV that keeps λmax, CI, CR and the random-index table on every row")
    func sumProductCSV() throws {
        let path = try Self.write(",cost,quality,delivery\ncost,1,3,5\nquality,1/3,1,3\ndelivery,1/5,1/3,1")
        let result = try CLIRunner.run(["ahp", path, "--method", "sum-product", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(lines.first == ["label", "weight", "lambda_max", "ci", "cr", "ri", "random_index", "consistent", "method"])
        // AHPTests.sumProduct: w = (5113/8073, 701/2691, 857/8073), λmax = 1260080599681/414675523035, RI(3) = 0.58 (Saaty).
        #expect(lines.count == 4)
        #expect(isClose(Double(lines[1][1])!, 5113.0 / 8073, abs: 1e-15))
        #expect(isClose(Double(lines[2][2])!, 1260080599681.0 / 414675523035, abs: 1e-13))
        #expect(lines[3][5...] == ["0.58", "saaty", "true", "sum-product"])
    }
}
