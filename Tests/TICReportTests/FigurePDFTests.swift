import Foundation
import Testing
@testable import TICReport
import TICSupport
import TICTestSupport

/// The PDF figures: structure (header, xref offsets), embedded fonts (FontFile2/FontFile3 for every
/// font, no Type 3), determinism. Skipped with a message when the machine has no font to embed.
@Suite struct FigurePDFTests {
    static let latinFont = FigureFonts.installedFonts().first { $0.hasSuffix(".ttf") }
    static let cjkFont: String? = try? FigureFonts.font(for: ["方案比较"], path: nil).path

    /// The first index of `needle` in `bytes` at or after `from`.
    static func find(_ needle: String, in bytes: [UInt8], from: Int = 0) -> Int? {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return nil }
        var k = from
        while k <= bytes.count - n.count {
            if bytes[k] == n[0] && Array(bytes[k..<(k + n.count)]) == n { return k }
            k += 1
        }
        return nil
    }

    /// The objects of a PDF by number (a font program's stream left out),
    /// checked against the cross-reference table: every offset must point at `N 0 obj`.
    static func objects(_ pdf: [UInt8]) throws -> [Int: String] {
        let tailStart = max(0, pdf.count - 64)
        let tail = String(decoding: pdf[tailStart...], as: UTF8.self)
        let startxref = try #require(tail.range(of: "startxref\n", options: .backwards))
        let xrefOffset = try #require(Int(tail[startxref.upperBound...].prefix { $0.isNumber }))
        let xref = String(decoding: pdf[xrefOffset...], as: UTF8.self)
        #expect(xref.hasPrefix("xref\n0 "))
        let lines = xref.split(separator: "\n", omittingEmptySubsequences: false)
        let count = try #require(Int(lines[1].split(separator: " ")[1]))
        var objects: [Int: String] = [:]
        for k in 1..<count {
            let entry = lines[2 + k]
            #expect(entry.count == 19 && entry.hasSuffix(" 00000 n "))  // 20 bytes with the newline
            let offset = try #require(Int(entry.prefix(10)))
            let header = Array("\(k) 0 obj\n".utf8)
            #expect(Array(pdf[offset..<(offset + header.count)]) == header, "xref entry \(k) points at the wrong byte")
            let end = try #require(find("\nendobj\n", in: pdf, from: offset))
            // A large stream (a font program) is left out; small ones (contents, ToUnicode) are kept.
            let body = end - offset < 65_536 ? end : (find(">>\nstream\n", in: Array(pdf[offset..<min(end, offset + 4096)])).map { offset + $0 + 9 } ?? end)
            objects[k] = String(decoding: pdf[offset..<body], as: UTF8.self)
        }
        #expect(xref.contains("/Size \(count) "))
        return objects
    }

    /// Checks the structure and fonts of `pdf`; returns the objects.
    @discardableResult
    static func checkFonts(_ pdf: [UInt8]) throws -> [Int: String] {
        #expect(Array(pdf.prefix(8)) == Array("%PDF-1.7".utf8))
        let objects = try objects(pdf)
        let fonts = objects.values.filter { $0.contains("/Type /Font") }
        #expect(!fonts.isEmpty)
        #expect(!objects.values.contains { $0.contains("/Type3") })
        // Every descriptor embeds its font program, and every CID font has a descriptor.
        let descriptors = objects.values.filter { $0.contains("/Type /FontDescriptor") }
        #expect(descriptors.count == fonts.filter { $0.contains("/CIDFontType") }.count)
        for descriptor in descriptors {
            // The font program: a stream object, named by the descriptor.
            let pattern = /\/FontFile[23] (\d+) 0 R/
            let match = descriptor.firstMatch(of: pattern)
            let number = try #require(match.flatMap { Int($0.1) })
            let program = try #require(objects[number])
            #expect(program.contains("stream"))
        }
        #expect(fonts.filter { $0.contains("/Subtype /Type0") }.allSatisfy { $0.contains("/ToUnicode") && $0.contains("/Identity-H") })
        #expect(!objects.values.contains { $0.contains("/CreationDate") })
        return objects
    }

    @Test("a PDF figure: header, correct xref offsets, a TrueType subset embedded as FontFile2, no Type 3, same bytes twice",
          .enabled(if: latinFont != nil, "no TrueType font on this machine: install fonts-dejavu-core to run this test"))
    func trueType() throws {
        let font = try OpenTypeFont(path: try #require(Self.latinFont))
        let figure = ResearchFigures.heatmap(labels: ["A & B", "<C>", "D", "E"], values: FigureTests.heatmapValues, coefficient: "Spearman ρ", language: .en)
        let pdf = try figure.pdf(font: font)
        let objects = try Self.checkFonts(pdf)
        #expect(objects.values.contains { $0.contains("/FontFile2 ") })
        #expect(objects.values.contains { $0.contains("/Subtype /CIDFontType2") && $0.contains("/CIDToGIDMap /Identity") })
        #expect(try figure.pdf(font: font) == pdf)
        // The subset is a TrueType font whose kept glyphs still have outlines, and much smaller than the file.
        let program = try font.embeddedProgram(keeping: [try #require(font.glyph(for: "0"))])
        try withTemporaryDirectory { url in
            let folder = url.path
            let path = "\(folder)/subset.ttf"
            #expect(FileManager.default.createFile(atPath: path, contents: Data(program)))
            let subset = try OpenTypeFont(path: path)
            _ = subset  // the tables parse
        }
        let size = try FileManager.default.attributesOfItem(atPath: font.path)[.size] as? Int ?? 0
        #expect(pdf.count < size / 2)
        // The ToUnicode map lets the text be copied: "0.998" is in it digit by digit.
        #expect(objects.values.contains { $0.contains("beginbfchar") && $0.contains("<0039>") && $0.contains("<002E>") })
    }

    @Test("a Chinese figure's PDF embeds a CJK font (FontFile2 or FontFile3) and no Type 3",
          .enabled(if: cjkFont != nil, "no CJK font on this machine: install fonts-noto-cjk to run this test"))
    func chinese() throws {
        let font = try FigureFonts.font(for: ["方案比较"], path: nil)
        let figure = ResearchFigures.heatmap(labels: ["方案一", "方案二", "方案三"], values: [[1, 0, 0], [0.998, 1, 0], [0.5, 0.7, 1]],
                                             coefficient: "Spearman ρ", language: .zh)
        let pdf = try figure.pdf(font: font)
        try Self.checkFonts(pdf)
        #expect(try figure.pdf(font: font) == pdf)
    }

    @Test("a font without a glyph the figure needs is an error naming the characters; the SVGs are still written",
          .enabled(if: latinFont != nil, "no TrueType font on this machine: install fonts-dejavu-core to run this test"))
    func missingGlyph() throws {
        let latin = try #require(Self.latinFont)
        let font = try OpenTypeFont(path: latin)
        guard font.glyph(for: "方") == nil else { return }  // a font with CJK glyphs cannot show the error
        let figure = ResearchFigures.weights(criteria: ["方案"], weights: [1], method: "equal", language: .en)
        #expect(throws: FigureFailure.missingGlyphs(path: latin, characters: ["方", "案"])) { try figure.pdf(font: font) }
        let (files, failure) = FigureSet([("w", figure)]).files(fontPath: latin)
        #expect(files.map(\.name) == ["w.svg"])
        let message = try #require(failure).message(.en)
        #expect(message.contains("fonts-noto-cjk") && message.contains("--font") && message.contains(latin))
    }

    @Test("an unreadable font file is an error that names it")
    func badFont() throws {
        try withTemporaryDirectory { url in
            let folder = url.path
            let path = "\(folder)/bad.ttf"
            #expect(FileManager.default.createFile(atPath: path, contents: Data([0, 1, 0, 0, 0, 9, 0, 0])))
            #expect(throws: FigureFailure.unreadableFont(path: path, reason: .damaged)) { try OpenTypeFont(path: path) }
            #expect(throws: FigureFailure.unreadableFont(path: "\(folder)/none.ttf", reason: .cannotRead)) { try OpenTypeFont(path: "\(folder)/none.ttf") }
        }
    }
}
