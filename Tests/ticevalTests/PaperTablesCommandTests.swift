import Foundation
import Testing
import TICIngest
import TICSupport
import TICTestSupport

/// Tables for papers end to end (Guides/Research.md, "Tables for papers"): `--format latex` and
/// `--docx FILE` of the research commands, and the full-precision CSV beside the rounded tables.
@Suite struct PaperTablesCommandTests: MatrixCommandFixtures {
    /// The tables of a written .docx.
    static func docxTables(_ path: String) throws -> DocxDocument {
        let zip = try ZipArchive(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        return try DocxDocument(xml: Data(try zip.contents(of: "word/document.xml")))
    }

    @Test("weights --format latex: a booktabs table with the terminal's four decimals; --docx the same cells")
    func weightsLatexAndDocx() throws {
        let path = try Self.write(Self.matrix)
        let docx = (path as NSString).deletingLastPathComponent + "/weights.docx"
        let result = try CLIRunner.run(["weights", path, "--format", "latex", "--docx", docx, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        // pymcdm 1.4.0 entropy_weights of the suppliers matrix: 0.0719, 0.2622, 0.2017, 0.4642 (SupplierPeerTests).
        #expect(result.stdout.contains("""
            \\caption{Criterion weights (entropy)}
            \\begin{tabular}{lr}
            \\toprule
            criterion & weight \\\\
            \\midrule
            price & 0.0719 \\\\
            quality & 0.2622 \\\\
            delivery & 0.2017 \\\\
            service & 0.4642 \\\\
            \\bottomrule
            """), "\(result.stdout)")
        let document = try Self.docxTables(docx)
        #expect(document.tables == [[["criterion", "weight"], ["price", "0.0719"], ["quality", "0.2622"],
                                     ["delivery", "0.2017"], ["service", "0.4642"]]])
        // The CSV keeps every digit: the table rounds, the numbers do not change.
        let csv = try CLIRunner.run(["weights", path, "--format", "csv"])
        let json = try CLIRunner.run(["weights", path, "--format", "json"])
        let digits = Self.rows(csv.stdout).map { $0[1] }
        #expect(json.stdout.contains("\"weights\": [" + digits.joined(separator: ", ") + "]"), "\(digits)")   // every digit, as JSON
        expectClose(Self.numbers(csv.stdout), [0.07186568320367134, 0.26222772676722456, 0.2017499941153404, 0.46415659591376374], abs: 1e-12)
    }

    @Test("mcda and ahp --format latex: scores and ranks; the AHP consistency line as the table's note")
    func mcdaAndAHPLatex() throws {
        let path = try Self.write(Self.matrix)
        let mcda = try CLIRunner.run(["mcda", path, "--types=-1,1,1,1", "--format", "latex", "--lang", "en"])
        #expect(mcda.status == 0, "\(mcda.stderr)")
        // pymcdm 1.4.0 TOPSIS with entropy weights (SupplierPeerTests.methods): A1 0.5434, rank 3.
        #expect(mcda.stdout.contains("\\caption{TOPSIS scores and ranks (weights: entropy)}"))
        #expect(mcda.stdout.contains("\\begin{tabular}{lrr}"))
        #expect(mcda.stdout.contains("A1 & 0.5434 & 3 \\\\\n"))
        let pairwise = try Self.write("item,a,b,c\na,1,3,5\nb,1/3,1,3\nc,1/5,1/3,1", name: "p.csv")
        let ahp = try CLIRunner.run(["ahp", pairwise, "--format", "latex", "--lang", "en"])
        #expect(ahp.status == 0, "\(ahp.stderr)")
        #expect(ahp.stdout.contains("\\end{tabular}\n\\par\\smallskip{\\footnotesize $\\lambda$max = "))
        #expect(ahp.stdout.contains("consistent (CR $\\leq$ 0.1)"))
    }

    @Test("--docx refuses to overwrite the input matrix, before any output")
    func docxNeverAnInput() throws {
        let path = try Self.write(Self.matrix)
        let result = try CLIRunner.run(["weights", path, "--docx", path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.matrix + "\n")
    }

    @Test("uncertainty --format latex: the rank-interval and Sobol tables; --docx holds both")
    func uncertaintyLatex() throws {
        let path = try Self.write(Self.matrix)
        let out = (path as NSString).deletingLastPathComponent
        let result = try CLIRunner.run(["uncertainty", path, "--types=-1,1,1,1", "--samples", "64", "--sensitivity", "--bootstrap", "0",
                                        "--out", out + "/u", "--format", "latex", "--docx", out + "/u.docx", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "\\toprule").count == 3)
        #expect(result.stdout.contains("id & name & nominal & mean & p5 & median & p95 & P(top 10) \\\\"))
        #expect(result.stdout.contains("factor & S1 & S1 5--95 \\% & ST & ST 5--95 \\% \\\\"))
        let document = try Self.docxTables(out + "/u.docx")
        #expect(document.tables.count == 2)
        #expect(document.tables[0].count == 6)   // header + five alternatives
    }

    @Test("compare: compare.csv at full precision, the LaTeX table with four decimals, the same ρ")
    func compareFullPrecision() throws {
        try withTemporaryDirectory(prefix: "ticeval-compare-tables") { dir in
            let result = try CLIRunner.run(["compare", Fixtures.sampleWorkspace.path, "--scheme", "sichuan-2022", "--scheme", "hunan-2020",
                                            "--out", dir.path + "/c", "--format", "latex", "--lang", "en"])
            #expect(result.status == 0, "\(result.stderr)")
            let csv = String(decoding: try Data(contentsOf: dir.appendingPathComponent("c/compare.csv")), as: UTF8.self)
            let row = try #require(Self.rows(csv).first)
            let rho = try #require(Double(row[3]))
            let json = String(decoding: try Data(contentsOf: dir.appendingPathComponent("c/compare.json")), as: UTF8.self)
            #expect(json.contains("\"spearman\" : \(row[3]),"), "\(row[3])")   // every digit, as compare.json has it
            #expect(row[3].count > 6)
            #expect(result.stdout.contains("sichuan-2022 & hunan-2020 & 112 & \(NumberText.fixed(rho, fractionDigits: 4)) & "), "\(result.stdout)")
        }
    }
}
