import Foundation
import Testing
import TICReport
import TICTestSupport
@testable import ticeval

/// `--figures FOLDER` and `--font FILE` (Options/FigureOptions.swift) end to end on `weights`.
@Suite struct FigureOptionsTests: MatrixCommandFixtures {
    @Test("weights --figures writes a standalone SVG and, with a font, a PDF; the terminal output is unchanged")
    func weightsFigures() throws {
        let path = try Self.write(Self.matrix)
        try withTemporaryDirectory { url in
            let folder = url.appendingPathComponent("figures").path
            let plain = try CLIRunner.run(["weights", path, "--lang", "en", "--format", "csv"])
            let result = try CLIRunner.run(["weights", path, "--lang", "en", "--format", "csv", "--method", "combined:additive:0.5",
                                            "--subjective", "1,1,1,1", "--figures", folder] + (FigurePDFFont.path.map { ["--font", $0] } ?? []))
            let svg = try String(contentsOfFile: "\(folder)/weights-combined-additive-0.5.svg", encoding: .utf8)
            #expect(svg.hasPrefix("<?xml") && svg.contains("xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(svg.contains(">price<") && svg.contains(">service<"))
            if !FigureFonts.installedFonts().isEmpty {
                #expect(result.status == 0, "\(result.stderr)")
                let pdf = try #require(FileManager.default.contents(atPath: "\(folder)/weights-combined-additive-0.5.pdf"))
                #expect(pdf.starts(with: Array("%PDF-1.7".utf8)))
            } else {
                // No font at all: the SVG is there, the run fails and says which font to install.
                #expect(result.status == 1 && result.stderr.contains("fonts-noto-cjk"))
            }
            #expect(plain.stdout.split(separator: "\n").first == result.stdout.split(separator: "\n").first)
        }
    }

    @Test("--figures naming the --out folder is a usage error")
    func figuresInOut() throws {
        let result = try CLIRunner.run(["compare", "--scheme", "sichuan-2022", "--scheme", "hunan-2020", "--out", "/tmp/x-out", "--figures", "/tmp/x-out/"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--figures"))
    }

    @Test("--font without --figures is a usage error")
    func fontAlone() throws {
        let result = try CLIRunner.run(["weights", try Self.write(Self.matrix), "--font", "/nonexistent.ttf"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--figures"))
    }
}

/// A Latin TrueType font of this machine, if any.
enum FigurePDFFont {
    static let path = FigureFonts.installedFonts().first { $0.hasSuffix(".ttf") }
}
