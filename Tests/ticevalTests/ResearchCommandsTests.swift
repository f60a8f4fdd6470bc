import Foundation
import Testing
import TICTestSupport
import TICScoring
@testable import ticeval

/// End-to-end runs of `ticeval weights`, `ticeval mcda` and `ticeval ahp` on small matrices, checked
/// against pymcdm 1.4.0 (numpy 2.4.6, Python 3.11). The expected numbers below were printed by
/// pymcdm for the same matrices; each block names the call. Tolerance: 1e-12 absolute for weights
/// and scores (the two differ only in the last bits), 1e-10 for AHP (pymcdm uses `numpy.linalg.eig`,
/// ticeval power iteration to 1e-12).
@Suite struct ResearchCommandsTests {

    // MARK: - Fixtures

    /// Five alternatives, four criteria; pymcdm `types = [-1, 1, 1, 1]` (price is a cost).
    static let matrix = """
        alt,price,quality,delivery,service
        A1,250,16,12,5
        A2,200,16,8,3
        A3,300,32,16,4
        A4,275,24,10,2
        A5,225,20,14,6
        """

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

    /// Writes `text` to a fresh temporary file and returns its path.
    static func write(_ text: String, name: String = "m.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-research-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The CSV output as rows of fields, header dropped.
    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Column `index` of the CSV output as numbers.
    static func numbers(_ csv: String, column index: Int = 1) -> [Double] {
        rows(csv).map { Double($0[index]) ?? .nan }
    }

    /// The JSON output as a dictionary.
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: - weights

    /// pymcdm 1.4.0 `weights.entropy_weights(M)`, `critic_weights(M)`, `standard_deviation_weights(M)`.
    static let pymcdmWeights: [(String, [Double])] = [
        ("entropy", [0.07186568320367134, 0.26222772676722456, 0.2017499941153404, 0.46415659591376374]),
        ("critic", [0.23477909967583896, 0.23817705317570165, 0.15278558942241996, 0.37425825772603943]),
        ("stddev", [0.7755977803328847, 0.13133048602716904, 0.06204782242663078, 0.03102391121331539]),
        ("equal", [0.25, 0.25, 0.25, 0.25]),
    ]

    @Test("weights match pymcdm 1.4.0", arguments: pymcdmWeights)
    func weightsMatchPymcdm(method: String, expected: [Double]) throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["weights", path, "--method", method, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("criterion,weight\nprice,"))
        let weights = Self.numbers(result.stdout)
        expectClose(weights, expected, abs: 1e-12, "\(weights)")
    }

    @Test("weights JSON names the method and the criteria")
    func weightsJSON() throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["weights", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.json(result.stdout)
        #expect(object["method"] as? String == "entropy")
        #expect(object["criteria"] as? [String] == ["price", "quality", "delivery", "service"])
        expectClose(try #require(object["weights"] as? [Double]), Self.pymcdmWeights[0].1, abs: 1e-12)
    }

    @Test("scikit-criteria's CRITIC inverts the cost columns and so changes the weights")
    func criticInvertCost() throws {
        let path = try Self.write(Self.matrix)
        let plain = try CLIRunner.run(["weights", path, "--method", "critic", "--types=-1,1,1,1", "--format", "csv"])
        let inverted = try CLIRunner.run(["weights", path, "--method", "critic", "--types=-1,1,1,1", "--critic-invert-cost", "--format", "csv"])
        #expect(plain.status == 0 && inverted.status == 0, "\(inverted.stderr)")
        expectClose(Self.numbers(plain.stdout), Self.pymcdmWeights[1].1, abs: 1e-12)
        #expect(!isClose(Self.numbers(inverted.stdout), Self.pymcdmWeights[1].1, abs: 1e-3))
        #expect(abs(Self.numbers(inverted.stdout).reduce(0, +) - 1) < 1e-12)
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

    // MARK: - mcda

    /// pymcdm 1.4.0, weights `entropy_weights(M)`, types `[-1, 1, 1, 1]`; `method(M, w, types)` and
    /// `method.rank(p)`: `TOPSIS()`, `TOPSIS(normalizations.vector_normalization)`, `VIKOR()`,
    /// `WSM()` (sum normalization), `WSM(normalizations.minmax_normalization)`, `WPM()`.
    static let pymcdmScores: [([String], [Double], [Int])] = [
        (["--method", "topsis"],
         [0.5433515371628597, 0.2213053958261697, 0.6245475958404315, 0.21788842345695644, 0.7085448009870772], [3, 4, 2, 5, 1]),
        (["--method", "topsis", "--normalization", "vector"],
         [0.5961470577074384, 0.22039593785065845, 0.58907735434702, 0.17812848295136824, 0.7577386866363948], [2, 4, 3, 5, 1]),
        (["--method", "vikor"],
         [0.35105347675918985, 0.7830928807907658, 0.10171392740502741, 0.9893852684494676, 0.0], [3, 4, 2, 5, 1]),
        (["--method", "wsm"],
         [0.20931924892489673, 0.1529739769782622, 0.23606304601560665, 0.151114894971753, 0.2505288331094814], [3, 4, 2, 5, 1]),
        (["--method", "wsm", "--normalization", "minmax"],
         [0.48492528559482867, 0.1879048321821123, 0.6960560188394468, 0.19951778271336523, 0.7349252855948287], [3, 5, 2, 4, 1]),
        (["--method", "wpm"],
         [0.20473618395198884, 0.15123772563185484, 0.23156214774688455, 0.14246710703237914, 0.24555823438248983], [3, 4, 2, 5, 1]),
        // pymcdm `TOPSIS()(M, [0.4, 0.3, 0.2, 0.1], types)` and `VIKOR(v=0.3)` with the same weights.
        (["--method", "topsis", "--weights", "0.4,0.3,0.2,0.1"],
         [0.3861008601533019, 0.5211347406974133, 0.4745101969430629, 0.32944576585340946, 0.5875738379673827], [4, 2, 3, 5, 1]),
        (["--method", "vikor", "--weights", "0.4,0.3,0.2,0.1", "--v", "0.3"],
         [0.5307692307692307, 0.48461538461538445, 0.7692307692307692, 0.6000000000000002, 0.0], [3, 2, 5, 4, 1]),
    ]

    @Test("mcda scores and ranks match pymcdm 1.4.0", arguments: pymcdmScores)
    func mcdaMatchesPymcdm(options: [String], scores: [Double], ranks: [Int]) throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["mcda", path, "--types=-1,1,1,1", "--format", "csv"] + options)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("alternative,score,rank\nA1,"))
        expectClose(Self.numbers(result.stdout), scores, abs: 1e-12, "\(result.stdout)")
        #expect(Self.rows(result.stdout).map { Int($0[2]) ?? 0 } == ranks)
    }

    @Test("--types accepts 1/-1, benefit/cost and max/min, with or without '='",
          arguments: [["--types=-1,1,1,1"], ["--types", "-1,1,1,1"], ["--types", "cost,benefit,benefit,benefit"],
                      ["--types", "min,max,max,max"], ["--types=Cost, max, 1, benefit"]])
    func typeSpellings(types: [String]) throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["mcda", path, "--format", "csv"] + types)
        #expect(result.status == 0, "\(result.stderr)")
        expectClose(Self.numbers(result.stdout), Self.pymcdmScores[0].1, abs: 1e-12)
    }

    @Test("mcda, weights and uncertainty parse --types with the one CriterionTypes parser")
    func oneTypesParser() throws {
        let expected: [Direction] = [.cost, .benefit, .benefit, .cost, .benefit]
        for spelling in [["--types=-1,1,max,min,benefit"], ["--types", "Cost, +1, max, -1, benefit"]] {
            let mcda = try #require(try TICEval.parseAsRoot(["mcda", "m.csv"] + spelling) as? MCDA)
            let weights = try #require(try TICEval.parseAsRoot(["weights", "m.csv"] + spelling) as? Weights)
            let uncertainty = try #require(try TICEval.parseAsRoot(["uncertainty", "m.csv"] + spelling) as? Uncertainty)
            #expect(mcda.types?.directions == expected)
            #expect(weights.types?.directions == expected)
            #expect(uncertainty.types?.directions == expected)
        }
    }

    @Test("usage problems exit 2 with a message naming what was expected",
          arguments: [
            (["--types=-1,1,1"], "--types has 3 items but the matrix has 4 criteria"),
            (["--types=1,up,1,1"], "expected 1/-1, benefit/cost or max/min"),
            (["--method", "electre"], "electre"),
            (["--weights", "0.5,0.5"], "--weights has 2 numbers but the matrix has 4 criteria"),
            (["--weights", "0.5,x,0.2,0.1"], "expected entropy|critic|stddev|equal or a list of numbers"),
            (["--weights", "0.5,-0.5,0.2,0.1"], "a list of numbers ≥ 0"),
            (["--method", "vikor", "--normalization", "minmax"], "--normalization does not apply to --method vikor"),
            (["--method", "topsis", "--normalization", "sum"], "expected minmax or vector"),
            (["--method", "wpm", "--normalization", "minmax"], "expected sum"),
            (["--method", "topsis", "--v", "0.3"], "--v applies only to --method vikor"),
            (["--method", "vikor", "--v", "1.5"], "--v must be in [0, 1]"),
          ])
    func usageErrors(options: [String], message: String) throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["mcda", path, "--format", "csv"] + options)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: ticeval mcda <matrix>"), "\(result.stderr)")
    }

    @Test("wrong-length --types exits 2 for weights too")
    func weightsTypesLength() throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["weights", path, "--method", "critic", "--critic-invert-cost", "--types=-1,1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--types has 2 items but the matrix has 4 criteria"))
    }

    @Test("WPM rejects a value ≤ 0 at its cell (pymcdm's sum normalization needs x > 0)")
    func wpmZero() throws {
        let path = try Self.write("alt,x,y\nA,1,2\nB,0,3")
        let result = try CLIRunner.run(["mcda", path, "--method", "wpm", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(path):3:2: error: \"x\" has the value 0; --method wpm"), "\(result.stderr)")
    }

    @Test("mcda JSON carries the method, weights and rows; the table has fixed decimals")
    func mcdaJSONAndTable() throws {
        let path = try Self.write(Self.matrix)
        let json = try CLIRunner.run(["mcda", path, "--types=-1,1,1,1", "--method", "vikor", "--format", "json"])
        let object = try Self.json(json.stdout)
        #expect(object["method"] as? String == "vikor")
        #expect(object["order"] as? String == "lower_is_better")
        expectClose(try #require(object["weights"] as? [Double]), Self.pymcdmWeights[0].1, abs: 1e-12)
        let alternatives = try #require(object["alternatives"] as? [[String: Any]])
        #expect(alternatives.map { $0["rank"] as? Int } == [3, 4, 2, 5, 1])
        let table = try CLIRunner.run(["mcda", path, "--types=-1,1,1,1", "--format", "table", "--lang", "en"])
        #expect(table.stdout.contains("A5           0.7085     1"), "\(table.stdout)")
    }

    @Test("a constant column is reported once on standard error and the run still succeeds")
    func constantColumnWarning() throws {
        let path = try Self.write("alt,x,y,z\nA,1,2,5\nB,2,3,5\nC,4,1,5")
        let result = try CLIRunner.run(["mcda", path, "--method", "vikor", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "\"z\" is constant").count == 2, "\(result.stderr)")
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

    // MARK: - ahp

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
        #expect(labelled.stdout.hasPrefix("label,weight\na,"))
        #expect(bare.stdout.hasPrefix("label,weight\n1,"))
        #expect(Self.numbers(labelled.stdout) == Self.numbers(bare.stdout))
        expectClose(Self.numbers(bare.stdout), Self.pymcdmAHP[0].1, abs: 1e-10)
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

    @Test("--help says how to write a list that starts with a minus")
    func help() throws {
        let result = try CLIRunner.run(["mcda", "--help"])
        #expect(result.stdout.replacingOccurrences(of: "\n", with: " ").contains("--types=-1,1"))
    }
}

// MARK: AHP and MCDA (issue 12)

/// Group AHP aligns the experts' matrices by label and a file's rows to its header (exact lines for
/// the mismatches); a negative or zero value names the weighting, method and normalization in use
/// and advises options valid for the command.
extension ResearchCommandsTests {
    /// The README's expert1 and expert2, with the items named as there.
    static let expert1 = ",cost,quality,delivery\ncost,1,3,5\nquality,1/3,1,3\ndelivery,1/5,1/3,1"
    static let expert2 = ",cost,quality,delivery\ncost,1,5,3\nquality,1/5,1,1/2\ndelivery,1/3,2,1"
    /// expert1's judgements with the items in another order.
    static let expert1Permuted = ",delivery,cost,quality\ndelivery,1,1/5,1/3\ncost,5,1,3\nquality,3,1/3,1"
    /// expert2's judgements with the header in another order and the rows in a third one.
    static let expert2Permuted = ",quality,delivery,cost\ndelivery,2,1,1/3\ncost,5,3,1\nquality,1,1/2,1/5"
    /// The README's `ticeval ahp expert1.csv --ri tummala-ling` (pymcdm 1.4.0 `AHP`, to 1e-10).
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

    @Test("group AHP with a permuted second expert equals the README's expert1 + expert2 (pymcdm values)")
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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-ahp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in files { try (file.text + "\n").write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8) }
        for (language, expected) in [("en", en), ("zh", zh)] {
            let result = try CLIRunner.run(["ahp"] + files.map(\.name) + ["--lang", language], in: folder)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == expected + "\n", "\(result.stderr)")
        }
    }

    /// `mcda`/`weights` options, the matrix, and the exact line for a value the run rejects.
    /// `neg`: y = -3 on line 3; `zero`: x = 0 on line 3.
    static let valueCases: [(arguments: [String], matrix: String, expected: String)] = [
        (["weights"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --method entropy (the default; p = x/Σx) expects values ≥ 0; use --method critic, stddev or equal, or shift the column"),
        (["mcda"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --weights entropy (the default; p = x/Σx) expects values ≥ 0; use --weights critic, stddev or equal, or shift the column"),
        (["mcda", "--method", "wsm"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --weights entropy (the default; p = x/Σx) and --method wsm --normalization sum (wsm's default; x/Σx) expect values ≥ 0; use --weights critic, stddev or equal and --normalization minmax, vector or zscore, or shift the column"),
        (["mcda", "--method", "wsm", "--normalization", "max"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --weights entropy (the default; p = x/Σx) and --method wsm --normalization max (x/max) expect values ≥ 0; use --weights critic, stddev or equal and --normalization minmax, vector or zscore, or shift the column"),
        (["mcda", "--method", "wsm", "--normalization", "max", "--weights", "critic"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --method wsm --normalization max (x/max) expects values ≥ 0; use --normalization minmax, vector or zscore, or shift the column"),
        (["mcda", "--method", "wsm", "--normalization", "sum", "--weights", "0.5,0.5"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --method wsm --normalization sum (x/Σx) expects values ≥ 0; use --normalization minmax, vector or zscore, or shift the column"),
        (["mcda", "--method", "wsm", "--types=-1,1", "--weights", "stddev"], "zero",
         "m.csv:3:2: error: \"x\" has the value 0; --method wsm --normalization sum (wsm's default; (1/x)/Σ(1/x) for a cost column) expects values > 0; use --normalization minmax, vector, max or zscore, or shift the column"),
        (["mcda", "--method", "wpm"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --weights entropy (the default; p = x/Σx) expects values ≥ 0 and --method wpm (sum normalization, then a weighted product) expects values > 0; use --weights critic, stddev or equal and --method topsis or vikor, or shift the column"),
        (["mcda", "--method", "wpm", "--weights", "equal"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --method wpm (sum normalization, then a weighted product) expects values > 0; use --method topsis or vikor, or shift the column"),
        (["mcda", "--method", "wpm"], "zero",
         "m.csv:3:2: error: \"x\" has the value 0; --method wpm (sum normalization, then a weighted product) expects values > 0; use --method wsm, topsis or vikor, or shift the column"),
    ]

    @Test("a value a step rejects names the weighting, method and normalization in use and valid advice", arguments: valueCases)
    func rejectedValueMessages(arguments: [String], matrix: String, expected: String) throws {
        let text = matrix == "neg" ? "alt,x,y\nA,1,2\nB,2,-3\nC,4,1" : "alt,x,y\nA,1,2\nB,0,3\nC,4,1"
        let path = try Self.write(text)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let result = try CLIRunner.run([arguments[0], "m.csv"] + arguments.dropFirst() + ["--lang", "en"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == expected + "\n", "\(result.stderr)")
        // Every option the advice names is accepted by the command: following it succeeds.
        let advice = try #require(expected.components(separatedBy: "; use ").last?.components(separatedBy: ", or shift").first)
        var followed = Array(arguments.dropFirst())
        for part in advice.components(separatedBy: " and ") {
            let words = part.split(separator: " ").map(String.init)   // "--weights critic, stddev or equal"
            let option = words[0], value = words[1].trimmingCharacters(in: CharacterSet(charactersIn: ","))
            if let index = followed.firstIndex(of: option) { followed[index + 1] = value } else { followed += [option, value] }
        }
        let rerun = try CLIRunner.run([arguments[0], "m.csv"] + followed, in: folder)
        #expect(rerun.status == 0, "\(followed): \(rerun.stderr)")
    }

    @Test("the Chinese line of a rejected value names the same options")
    func rejectedValueChinese() throws {
        let path = try Self.write("alt,x,y\nA,1,2\nB,2,-3\nC,4,1")
        let result = try CLIRunner.run(["mcda", path, "--method", "wsm", "--normalization", "max"])
        #expect(result.stderr == "\(path):3:3: 错误: “y”含负数 -3；--weights entropy（默认；熵权法 p = x/Σx）和 --method wsm --normalization max（x/max）要求值 ≥ 0；可改用 --weights critic、stddev 或 equal 并改用 --normalization minmax、vector 或 zscore，或先平移该列\n", "\(result.stderr)")
    }

    @Test("negative values are accepted where the README says so",
          arguments: [["weights", "--method", "critic"], ["weights", "--method", "stddev"],
                      ["mcda", "--weights", "critic"], ["mcda", "--method", "topsis", "--normalization", "vector", "--weights", "stddev"],
                      ["mcda", "--method", "vikor", "--weights", "equal"],
                      ["mcda", "--method", "wsm", "--normalization", "minmax", "--weights", "critic"],
                      ["mcda", "--method", "wsm", "--normalization", "vector", "--weights", "critic"],
                      ["mcda", "--method", "wsm", "--normalization", "zscore", "--weights", "0.5,0.5"]])
    func negativesAccepted(arguments: [String]) throws {
        let path = try Self.write("alt,x,y\nA,1,2\nB,2,-3\nC,4,1")
        let result = try CLIRunner.run([arguments[0], path] + arguments.dropFirst() + ["--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("nan"))
    }
}
