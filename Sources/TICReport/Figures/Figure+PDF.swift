import Foundation
import TICSupport

extension Figure {
    /// A one-page PDF 1.7 of the figure, `width × height` points, with `font` embedded as a
    /// Type 0 font (Identity-H; CIDFontType2 with a subset FontFile2 for TrueType, CIDFontType0
    /// with FontFile3 /CIDFontType0C for CFF), its widths and a ToUnicode map so the text can be
    /// searched and copied. No date is written: the same figure and font give the same bytes.
    ///
    /// - Throws: ``FigureFailure/missingGlyphs(path:characters:)`` when the font lacks a character
    ///   of the figure; ``FigureFailure/unreadableFont(path:reason:)`` when it cannot be subset.
    public func pdf(font: OpenTypeFont) throws(FigureFailure) -> [UInt8] {
        let missing = font.missingCharacters(in: texts)
        guard missing.isEmpty else { throw .missingGlyphs(path: font.path, characters: missing) }
        var used: [UInt16: UInt32] = [:]  // glyph → first Unicode scalar drawn with it
        var content = "q\n"
        for mark in marks { content += pdfOperators(mark, font: font, used: &used) }
        content += "Q\n"

        var document = PDFDocument()
        let catalog = document.reserve(), pages = document.reserve(), page = document.reserve()
        let contents = document.addStream("", Array(content.utf8))
        var resources = "<< >>"
        if !used.isEmpty {
            let fontObject = try embed(font, used: used, in: &document)
            resources = "<< /Font << /F1 \(fontObject) 0 R >> >>"
        }
        document.set(catalog, "<< /Type /Catalog /Pages \(pages) 0 R >>")
        document.set(pages, "<< /Type /Pages /Kids [\(page) 0 R] /Count 1 >>")
        document.set(page, "<< /Type /Page /Parent \(pages) 0 R /MediaBox [0 0 \(Self.n(width)) \(Self.n(height))] /Resources \(resources) /Contents \(contents) 0 R >>")
        let info = document.add("<< /Title \(PDFDocument.textString(title)) /Producer (ticeval) >>")
        return document.bytes(root: catalog, info: info)
    }

    private func embed(_ font: OpenTypeFont, used: [UInt16: UInt32], in document: inout PDFDocument) throws(FigureFailure) -> Int {
        let glyphs = used.keys.sorted()
        let program: [UInt8]
        do {
            program = try font.embeddedProgram(keeping: Set(glyphs))
        } catch let reason {
            throw .unreadableFont(path: font.path, reason: reason)
        }
        // A subset tag (six capitals) derived from the glyphs used, as §9.6.4 asks of a subset font.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for g in glyphs { hash = (hash ^ UInt64(g)) &* 0x100_0000_01b3 }
        var tag = ""
        for k in 0..<6 { tag.append(Character(Unicode.Scalar(UInt8(65 + (hash >> (5 * UInt64(k))) % 26)))) }
        let name = font.outlines == .trueType ? "\(tag)+\(font.postScriptName)" : font.postScriptName
        let scale = 1000.0 / Double(font.unitsPerEm)
        func units(_ v: Int) -> String { NumberText.decimal(Double(v) * scale, maximumFractionDigits: 0) }

        let file: Int
        switch font.outlines {
        case .trueType: file = document.addStream("/Length1 \(program.count)", program)
        case .compactCID: file = document.addStream("/Subtype /CIDFontType0C", program)
        }
        let box = font.boundingBox.map(units).joined(separator: " ")
        let fileKey = font.outlines == .trueType ? "FontFile2" : "FontFile3"
        let descriptor = document.add("<< /Type /FontDescriptor /FontName /\(name) /Flags 32 /FontBBox [\(box)] /ItalicAngle 0 /Ascent \(units(font.ascent)) /Descent \(units(font.descent)) /CapHeight \(units(font.capHeight)) /StemV 80 /\(fileKey) \(file) 0 R >>")
        let byCode = glyphs.map { (code: font.code(for: $0), glyph: $0) }.sorted { $0.code < $1.code }
        let widths = byCode.map { "\($0.code) [\(units(font.advance(of: $0.glyph)))]" }.joined(separator: " ")
        let subtype = font.outlines == .trueType ? "CIDFontType2" : "CIDFontType0"
        let gidMap = font.outlines == .trueType ? " /CIDToGIDMap /Identity" : ""
        let descendant = document.add("<< /Type /Font /Subtype /\(subtype) /BaseFont /\(name) /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor \(descriptor) 0 R /DW 1000 /W [\(widths)]\(gidMap) >>")
        var cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        for start in stride(from: 0, to: byCode.count, by: 100) {
            let chunk = byCode[start..<min(start + 100, byCode.count)]
            cmap += "\(chunk.count) beginbfchar\n"
            for entry in chunk {
                let scalar = Unicode.Scalar(used[entry.glyph]!) ?? " "
                cmap += "<\(PDFDocument.hex4(entry.code))> <\(String(scalar).utf16.map(PDFDocument.hex4).joined())>\n"
            }
            cmap += "endbfchar\n"
        }
        cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        let toUnicode = document.addStream("", Array(cmap.utf8))
        return document.add("<< /Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H /DescendantFonts [\(descendant) 0 R] /ToUnicode \(toUnicode) 0 R >>")
    }

    /// The content-stream operators of one mark; y is flipped (PDF's origin is at the bottom left).
    private func pdfOperators(_ mark: FigureMark, font: OpenTypeFont, used: inout [UInt16: UInt32]) -> String {
        let n = Self.n
        func fill(_ c: FigureColour) -> String { "\(Self.component(c.red)) \(Self.component(c.green)) \(Self.component(c.blue)) rg\n" }
        func stroke(_ s: FigureStroke) -> String {
            "\(Self.component(s.colour.red)) \(Self.component(s.colour.green)) \(Self.component(s.colour.blue)) RG \(n(s.width)) w [\(s.dash.map(n).joined(separator: " "))] 0 d\n"
        }
        func paint(_ f: FigureColour?, _ s: FigureStroke?) -> String { f != nil && s != nil ? "B\n" : f != nil ? "f\n" : s != nil ? "S\n" : "n\n" }
        switch mark {
        case .rectangle(let x, let y, let w, let h, let f, let s):
            return (f.map(fill) ?? "") + (s.map(stroke) ?? "") + "\(n(x)) \(n(height - y - h)) \(n(w)) \(n(h)) re\n" + paint(f, s)
        case .line(let x1, let y1, let x2, let y2, let s):
            return stroke(s) + "\(n(x1)) \(n(height - y1)) m \(n(x2)) \(n(height - y2)) l S\n"
        case .circle(let cx, let cy, let r, let f, let s):
            // Four Bézier quarter arcs, κ = 4(√2 − 1)/3.
            let k = 0.552_284_749_8 * r, y = height - cy
            var path = "\(n(cx + r)) \(n(y)) m\n"
            path += "\(n(cx + r)) \(n(y + k)) \(n(cx + k)) \(n(y + r)) \(n(cx)) \(n(y + r)) c\n"
            path += "\(n(cx - k)) \(n(y + r)) \(n(cx - r)) \(n(y + k)) \(n(cx - r)) \(n(y)) c\n"
            path += "\(n(cx - r)) \(n(y - k)) \(n(cx - k)) \(n(y - r)) \(n(cx)) \(n(y - r)) c\n"
            path += "\(n(cx + k)) \(n(y - r)) \(n(cx + r)) \(n(y - k)) \(n(cx + r)) \(n(y)) c\n"
            return (f.map(fill) ?? "") + (s.map(stroke) ?? "") + path + paint(f, s)
        case .text(let t):
            var codes = ""
            var advance = 0
            for scalar in t.string.unicodeScalars {
                // A space the font lacks (a no-break space) is drawn as its plain space, never as .notdef.
                let glyph = font.glyph(for: scalar) ?? (scalar.properties.isWhitespace ? font.glyph(for: " ") : nil) ?? 0
                if used[glyph] == nil { used[glyph] = scalar.value }
                advance += font.advance(of: glyph)
                codes += PDFDocument.hex4(font.code(for: glyph))
            }
            let width = Double(advance) * t.size / Double(font.unitsPerEm)
            let shift = t.anchor == .start ? 0 : t.anchor == .middle ? width / 2 : width
            let angle = -t.rotation * .pi / 180
            let (cosine, sine) = (cos(angle), sin(angle))
            let x = t.x - shift * cosine, y = height - t.y - shift * sine
            return fill(t.colour) + "BT /F1 \(n(t.size)) Tf \(Self.n4(cosine)) \(Self.n4(sine)) \(Self.n4(-sine)) \(Self.n4(cosine)) \(n(x)) \(n(y)) Tm <\(codes)> Tj ET\n"
        }
    }

    private static func component(_ c: UInt8) -> String { NumberText.decimal(Double(c) / 255, maximumFractionDigits: 3) }
    private static func n4(_ v: Double) -> String { NumberText.decimal(v, maximumFractionDigits: 4) }
}
