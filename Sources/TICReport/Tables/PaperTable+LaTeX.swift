import TICIngest

extension PaperTable {
    /// `tables` as LaTeX `table` environments with booktabs rules (`\toprule`, `\midrule`,
    /// `\bottomrule`), text columns left-aligned and number columns right-aligned, the notes as
    /// small paragraphs under the table. The text is escaped (`& % $ # _ { } ~ ^ \ < > |`), the Greek
    /// letters and signs of our headers (ρ, τ, κ, λ, ≤, –, …) become math or dashes, and a minus
    /// in a number becomes a math minus.
    ///
    /// The first lines are comments naming the packages: `booktabs` always; when any cell holds
    /// Chinese, XeLaTeX with `xeCJK` (or the `ctexart` class), since pdfLaTeX cannot set it.
    public static func latex(_ tables: [PaperTable]) -> String {
        let cells = tables.flatMap { [$0.title] + $0.header + $0.rows.flatMap { $0 } + $0.notes }
        var text = "% ticeval tables: \\usepackage{booktabs} in the preamble.\n"
        if cells.contains(where: containsCJK) {
            text += "% Chinese text: compile with XeLaTeX and \\usepackage{xeCJK} (or \\documentclass{ctexart}).\n"
        }
        for table in tables { text += "\n" + table.latexEnvironment() }
        return text
    }

    /// One `table` environment.
    func latexEnvironment() -> String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        let spec = (0..<columns).map { rightAligned.contains($0) ? "r" : "l" }.joined()
        func line(_ cells: [String], numeric: Bool) -> String {
            let padded = cells + Array(repeating: "", count: max(0, columns - cells.count))
            return padded.enumerated().map { index, cell in
                numeric && rightAligned.contains(index) ? Self.latexNumber(cell) : Self.latexText(cell)
            }.joined(separator: " & ") + " \\\\\n"
        }
        var text = "\\begin{table}[htbp]\n\\centering\n\\caption{\(Self.latexText(title))}\n"
        text += "\\begin{tabular}{\(spec)}\n\\toprule\n"
        text += line(header, numeric: false)
        text += "\\midrule\n"
        for row in rows { text += line(row, numeric: true) }
        text += "\\bottomrule\n\\end{tabular}\n"
        for note in notes { text += "\\par\\smallskip{\\footnotesize \(Self.latexText(note))}\n" }
        return text + "\\end{table}\n"
    }

    /// A number cell: a leading minus as `$-$`, the rest as text.
    static func latexNumber(_ cell: String) -> String {
        if cell.hasPrefix("-") || cell.hasPrefix("−") { return "$-$" + latexText(String(cell.dropFirst())) }
        if cell.hasPrefix("+") { return "$+$" + latexText(String(cell.dropFirst())) }
        return latexText(cell)
    }

    /// Text with LaTeX's special characters escaped and our few non-ASCII signs spelled for pdfLaTeX.
    static func latexText(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": out += "\\" + String(character)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "<": out += "\\textless{}"
            case ">": out += "\\textgreater{}"
            case "|": out += "\\textbar{}"
            case "\n", "\r", "\t": out += " "
            default: out += latexSymbols[character] ?? String(character)
            }
        }
        return out
    }

    /// Signs in our headers and notes that pdfLaTeX's default input encoding cannot set.
    static let latexSymbols: [Character: String] = [
        "ρ": "$\\rho$", "τ": "$\\tau$", "κ": "$\\kappa$", "λ": "$\\lambda$", "α": "$\\alpha$",
        "σ": "$\\sigma$", "μ": "$\\mu$", "Σ": "$\\Sigma$", "≤": "$\\leq$", "≥": "$\\geq$",
        "±": "$\\pm$", "×": "$\\times$", "·": "$\\cdot$", "→": "$\\to$", "…": "\\ldots{}",
        "–": "--", "—": "---", "−": "$-$", "’": "'", "≈": "$\\approx$",
    ]

    /// Whether `text` holds a CJK character (Han, kana, Hangul, full-width punctuation).
    static func containsCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FA1F: true
            default: false
            }
        }
    }
}
