import Foundation
import Testing
import TICIngest
import TICTestSupport
@testable import TICReport

/// Tables for papers (Tables/PaperTable*.swift): LaTeX with booktabs, and .docx through
/// `DocumentWriter` and `ZipWriter`.
@Suite struct PaperTableTests {
    static let weights = PaperTable(
        title: "Criterion weights (entropy)", header: ["criterion", "weight"],
        rows: [["price", "0.0719"], ["quality", "0.2622"], ["R&D_share 50% #1", "-0.1000"]], rightAligned: [1],
        notes: ["λmax = 3.0000  CR ≤ 0.1"])
    static let chinese = PaperTable(title: "指标权重（entropy）", header: ["指标", "权重"],
                                    rows: [["研发投入", "0.5000"], ["专利数", "0.5000"]], rightAligned: [1])

    @Test("LaTeX: booktabs rules in order, one row per line, text left and numbers right, the caption, the note below")
    func latexStructure() {
        let latex = PaperTable.latex([Self.weights])
        let lines = latex.split(separator: "\n").map(String.init)
        #expect(lines.first == "% ticeval tables: \\usepackage{booktabs} in the preamble.")
        #expect(!latex.contains("xeCJK"))   // no Chinese, no note about it
        let body = Array(lines.drop { $0 != "\\begin{table}[htbp]" })
        #expect(body == [
            "\\begin{table}[htbp]", "\\centering", "\\caption{Criterion weights (entropy)}",
            "\\begin{tabular}{lr}", "\\toprule",
            "criterion & weight \\\\",
            "\\midrule",
            "price & 0.0719 \\\\",
            "quality & 0.2622 \\\\",
            "R\\&D\\_share 50\\% \\#1 & $-$0.1000 \\\\",
            "\\bottomrule",
            "\\end{tabular}",
            "\\par\\smallskip{\\footnotesize $\\lambda$max = 3.0000  CR $\\leq$ 0.1}",
            "\\end{table}",
        ])
    }

    @Test("LaTeX escapes every special character", arguments: [
        ("a & b", "a \\& b"), ("50%", "50\\%"), ("$1", "\\$1"), ("#2", "\\#2"), ("x_1", "x\\_1"),
        ("{y}", "\\{y\\}"), ("~", "\\textasciitilde{}"), ("^", "\\textasciicircum{}"), ("a\\b", "a\\textbackslash{}b"),
        ("<|>", "\\textless{}\\textbar{}\\textgreater{}"), ("ρ τ-b κ", "$\\rho$ $\\tau$-b $\\kappa$"), ("5–95 %", "5--95 \\%"),
    ])
    func latexEscapes(text: String, expected: String) {
        #expect(PaperTable.latexText(text) == expected)
    }

    @Test("LaTeX with Chinese says which engine and package set it")
    func latexChinese() {
        let latex = PaperTable.latex([Self.chinese])
        #expect(latex.contains("% Chinese text: compile with XeLaTeX and \\usepackage{xeCJK} (or \\documentclass{ctexart}).\n"))
        #expect(latex.contains("研发投入 & 0.5000 \\\\\n"))
    }

    /// pdfLaTeX compiles the English tables in an article with booktabs (skipped where `pdflatex`
    /// is not installed: `apt-get install texlive-latex-recommended`).
    @Test("the LaTeX compiles with pdflatex and booktabs")
    func latexCompiles() throws {
        guard let pdflatex = ["/usr/bin/pdflatex", "/usr/local/bin/pdflatex", "/Library/TeX/texbin/pdflatex"]
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("skipped: pdflatex is not installed")
            return
        }
        try withTemporaryDirectory(prefix: "ticeval-latex") { dir in
            let two = PaperTable(title: "Pairs", header: ["scheme A", "ρ", "τ-b", "κ (linear)"],
                                 rows: [["a_1", "0.9000", "-0.8000", "1.0000"]], rightAligned: [1, 2, 3])
            let document = "\\documentclass{article}\n\\usepackage{booktabs}\n\\begin{document}\n"
                + PaperTable.latex([Self.weights, two]) + "\\end{document}\n"
            try document.write(to: dir.appendingPathComponent("tables.tex"), atomically: true, encoding: .utf8)
            let result = try ProcessRunner.run(URL(fileURLWithPath: pdflatex),
                                               arguments: ["-interaction=nonstopmode", "-halt-on-error", "tables.tex"], in: dir)
            #expect(result.status == 0, "\(result.stdout.suffix(2_000))")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("tables.pdf").path))
        }
    }

    @Test(".docx: the package parts, and document.xml parses to a table with the header and rows")
    func docxTable() throws {
        let bytes = PaperTable.docx([Self.weights, Self.chinese])
        let zip = try ZipArchive(bytes: bytes)
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml"] {
            #expect(zip.contains(part), "\(part)")
        }
        let document = try DocxDocument(xml: Data(try zip.contents(of: "word/document.xml")))
        #expect(document.tables.count == 2)
        #expect(document.tables[0] == [["criterion", "weight"], ["price", "0.0719"], ["quality", "0.2622"], ["R&D_share 50% #1", "-0.1000"]])
        #expect(document.tables[1] == [["指标", "权重"], ["研发投入", "0.5000"], ["专利数", "0.5000"]])
        #expect(document.paragraphs.contains("Criterion weights (entropy)"))
        #expect(document.paragraphs.contains("λmax = 3.0000  CR ≤ 0.1"))
        #expect(document.repeatedHeaderRows == 2)   // the header row of each table repeats on every page
        #expect(document.rightAlignedCells == 4 + 3)   // the number column, header included
        // Three-line style: rules above and below the table, one under the header, no inner grid.
        let xml = String(decoding: try zip.contents(of: "word/document.xml"), as: UTF8.self)
        #expect(!xml.contains("insideH") && !xml.contains("insideV"))
        #expect(xml.components(separatedBy: "<w:tblBorders><w:top w:val=\"single\" w:sz=\"12\"").count == 3)
        #expect(PaperTable.docx([Self.weights, Self.chinese]) == bytes)   // deterministic bytes
        #expect(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))   // A4 portrait: the columns fit
        // Twelve columns of 12-character cells do not fit across a portrait page: the page turns landscape.
        let wide = PaperTable(title: "wide", header: (1...12).map { "column \($0)" }, rows: [(1...12).map { _ in "0.1234567890" }],
                              rightAligned: Set(0..<12))
        let wideXML = String(decoding: try ZipArchive(bytes: PaperTable.docx([wide])).contents(of: "word/document.xml"), as: UTF8.self)
        #expect(wideXML.contains(#"w:orient="landscape""#))
    }

    @Test(".docx text: markup characters escaped, control characters as spaces")
    func docxEscape() throws {
        let table = PaperTable(title: "t", header: ["a<b>&\"c\"\u{1}\td"], rows: [], rightAligned: [])
        let zip = try ZipArchive(bytes: PaperTable.docx([table]))
        let document = try DocxDocument(xml: Data(try zip.contents(of: "word/document.xml")))
        #expect(document.tables == [[["a<b>&\"c\"  d"]]])
    }

    /// LibreOffice Writer opens the document and finds the cells' text (skipped where `soffice` is
    /// not installed).
    @Test("LibreOffice converts the .docx to text with the table's cells")
    func docxOpensInLibreOffice() throws {
        guard let soffice = LibreOffice.executable else {
            print("skipped: LibreOffice (soffice) is not installed")
            return
        }
        try withTemporaryDirectory(prefix: "ticeval-docx") { dir in
            let file = dir.appendingPathComponent("tables.docx")
            try Data(PaperTable.docx([Self.weights, Self.chinese])).write(to: file)
            let text = try LibreOffice.convertToText(file, in: dir, soffice: soffice)
            for cell in ["Criterion weights (entropy)", "criterion", "0.0719", "R&D_share 50% #1", "研发投入", "专利数"] {
                #expect(text.contains(cell), "\(cell) in \(text)")
            }
        }
    }
}
