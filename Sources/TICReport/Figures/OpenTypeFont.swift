import Foundation

/// A TrueType or OpenType font file (or one face of a `.ttc` collection), read for embedding in a
/// PDF: glyph ids from the `cmap` (formats 4 and 12), advances from `hmtx`, metrics from `head`,
/// `hhea` and `OS/2`, and the outlines: a `glyf` table (subset on embedding) or a CID-keyed `CFF `
/// table (embedded whole, with its charset mapping glyphs to CIDs).
///
/// Reading never traps on a damaged file: a table outside the file or a missing table is a
/// ``FigureFailure/unreadableFont(path:reason:)``.
public struct OpenTypeFont: Sendable {
    /// How the glyphs are drawn.
    public enum Outlines: Sendable, Hashable {
        /// `glyf`/`loca` (embedded as FontFile2, subset).
        case trueType
        /// A CID-keyed `CFF ` table (embedded as FontFile3 /CIDFontType0C).
        case compactCID
    }

    /// The file.
    public let path: String
    /// The PostScript name (name id 6), letters, digits and `-` only.
    public let postScriptName: String
    /// The outline format.
    public let outlines: Outlines
    /// Font units per em.
    let unitsPerEm: Int
    /// xMin, yMin, xMax, yMax in font units.
    let boundingBox: [Int]
    let ascent: Int, descent: Int, capHeight: Int
    let glyphCount: Int

    private let data: [UInt8]
    private let tables: [String: Range<Int>]
    private let horizontalMetrics: Int
    private let cmap: (format: Int, offset: Int)
    /// CFF only: the CID of each glyph (from the charset).
    private let cids: [UInt16]

    /// Reads `path`; for a collection, the face whose PostScript name marks the region `preferring`
    /// (`SC`: `NotoSansCJKsc-Regular`, `SourceHanSansSC-Regular`), else the first.
    public init(path: String, preferring: String = "SC") throws(FigureFailure) {
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw .unreadableFont(path: path, reason: .cannotRead)
        }
        let bytes = [UInt8](contents)
        do {
            self = try Self.parse(bytes, path: path, preferring: preferring)
        } catch let reason {
            throw .unreadableFont(path: path, reason: reason)
        }
    }

    private init(path: String, data: [UInt8], tables: [String: Range<Int>]) throws(FigureFailure.FontProblem) {
        self.path = path
        self.data = data
        self.tables = tables
        let reader = ByteReader(data)
        guard let head = tables["head"], let hhea = tables["hhea"], let hmtx = tables["hmtx"], let maxp = tables["maxp"],
              let cmapTable = tables["cmap"] else { throw .missingTable }
        unitsPerEm = max(16, try reader.u16(head.lowerBound + 18))
        boundingBox = try [36, 38, 40, 42].map { offset throws(FigureFailure.FontProblem) in try reader.i16(head.lowerBound + offset) }
        ascent = try reader.i16(hhea.lowerBound + 4)
        descent = try reader.i16(hhea.lowerBound + 6)
        horizontalMetrics = try reader.u16(hhea.lowerBound + 34)
        glyphCount = try reader.u16(maxp.lowerBound + 4)
        guard horizontalMetrics >= 1, hmtx.count >= 4 * horizontalMetrics else { throw .damaged }
        if let os2 = tables["OS/2"], os2.count >= 90, try reader.u16(os2.lowerBound) >= 2 {
            capHeight = try reader.i16(os2.lowerBound + 88)
        } else {
            capHeight = ascent
        }
        cmap = try Self.cmapSubtable(reader, cmapTable)
        postScriptName = Self.name(reader, tables["name"], id: 6) ?? "Font"
        if tables["glyf"] != nil, tables["loca"] != nil {
            outlines = .trueType
            cids = []
        } else if let cff = tables["CFF "] {
            outlines = .compactCID
            cids = try CompactFontCharset.cids(reader, cff, glyphCount: glyphCount)
        } else {
            throw .unsupportedOutlines
        }
    }

    private static func parse(_ data: [UInt8], path: String, preferring: String) throws(FigureFailure.FontProblem) -> OpenTypeFont {
        let reader = ByteReader(data)
        guard data.count >= 12 else { throw .damaged }
        if try reader.tag(0) == "ttcf" {
            let count = try reader.u32(8)
            guard count >= 1, count <= 256 else { throw .damaged }
            var faces: [OpenTypeFont] = []
            for k in 0..<count {
                let face = try OpenTypeFont(path: path, data: data, tables: tableDirectory(reader, at: reader.u32(12 + 4 * k)))
                let name = face.postScriptName.lowercased(), wanted = preferring.lowercased()
                if name.contains("cjk\(wanted)") || name.contains("\(wanted)-") || name.hasSuffix(wanted) { return face }
                faces.append(face)
            }
            return faces[0]
        }
        return try OpenTypeFont(path: path, data: data, tables: tableDirectory(reader, at: 0))
    }

    private static func tableDirectory(_ reader: ByteReader, at offset: Int) throws(FigureFailure.FontProblem) -> [String: Range<Int>] {
        let count = try reader.u16(offset + 4)
        var tables: [String: Range<Int>] = [:]
        for k in 0..<count {
            let record = offset + 12 + 16 * k
            let start = try reader.u32(record + 8), length = try reader.u32(record + 12)
            guard start + length <= reader.bytes.count else { throw .damaged }
            tables[try reader.tag(record)] = start..<(start + length)
        }
        return tables
    }

    /// The best Unicode subtable: (3,10) or (0,4+) format 12, else a format 4 one.
    private static func cmapSubtable(_ reader: ByteReader, _ table: Range<Int>) throws(FigureFailure.FontProblem) -> (format: Int, offset: Int) {
        let count = try reader.u16(table.lowerBound + 2)
        var best: (format: Int, offset: Int)?
        for k in 0..<count {
            let record = table.lowerBound + 4 + 8 * k
            let platform = try reader.u16(record), encoding = try reader.u16(record + 2)
            let offset = table.lowerBound + (try reader.u32(record + 4))
            let format = try reader.u16(offset)
            let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
            guard unicode, format == 4 || format == 12 else { continue }
            if best == nil || (format == 12 && best!.format == 4) { best = (format, offset) }
        }
        guard let best else { throw .noUnicodeMap }
        return best
    }

    private static func name(_ reader: ByteReader, _ table: Range<Int>?, id: Int) -> String? {
        guard let table, let count = try? reader.u16(table.lowerBound + 2), let strings = try? reader.u16(table.lowerBound + 4) else { return nil }
        for k in 0..<count {
            let record = table.lowerBound + 6 + 12 * k
            guard let platform = try? reader.u16(record), let nameID = try? reader.u16(record + 6), nameID == id,
                  let length = try? reader.u16(record + 8), let offset = try? reader.u16(record + 10) else { continue }
            let start = table.lowerBound + strings + offset
            guard start + length <= reader.bytes.count else { continue }
            let raw = Array(reader.bytes[start..<(start + length)])
            let text = platform == 1 ? String(decoding: raw, as: UTF8.self)
                : String(decoding: stride(from: 0, to: raw.count - 1, by: 2).map { UInt16(raw[$0]) << 8 | UInt16(raw[$0 + 1]) }, as: UTF16.self)
            let clean = String(text.unicodeScalars.filter { ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || $0 == "-" }.map(Character.init))
            if !clean.isEmpty { return clean }
        }
        return nil
    }

    /// The glyph of `scalar`, or nil when the font has none.
    public func glyph(for scalar: Unicode.Scalar) -> UInt16? {
        let reader = ByteReader(data)
        let c = Int(scalar.value)
        if cmap.format == 12 {
            guard let groups = try? reader.u32(cmap.offset + 12) else { return nil }
            var low = 0, high = groups - 1
            while low <= high {
                let mid = (low + high) / 2, record = cmap.offset + 16 + 12 * mid
                guard let start = try? reader.u32(record), let end = try? reader.u32(record + 4) else { return nil }
                if c < start { high = mid - 1 } else if c > end { low = mid + 1 } else {
                    guard let first = try? reader.u32(record + 8) else { return nil }
                    let g = first + c - start
                    return g > 0 && g < glyphCount ? UInt16(g) : nil
                }
            }
            return nil
        }
        guard c <= 0xffff, let segments2 = try? reader.u16(cmap.offset + 6) else { return nil }
        let ends = cmap.offset + 14, starts = ends + segments2 + 2, deltas = starts + segments2, ranges = deltas + segments2
        for k in 0..<(segments2 / 2) {
            guard let end = try? reader.u16(ends + 2 * k), c <= end else { continue }
            guard let start = try? reader.u16(starts + 2 * k), c >= start,
                  let delta = try? reader.u16(deltas + 2 * k), let range = try? reader.u16(ranges + 2 * k) else { return nil }
            var g: Int
            if range == 0 {
                g = (c + delta) & 0xffff
            } else {
                guard let raw = try? reader.u16(ranges + 2 * k + range + 2 * (c - start)), raw != 0 else { return nil }
                g = (raw + delta) & 0xffff
            }
            return g > 0 && g < glyphCount ? UInt16(g) : nil
        }
        return nil
    }

    /// The advance of `glyph` in font units.
    func advance(of glyph: UInt16) -> Int {
        guard let hmtx = tables["hmtx"] else { return 0 }
        let k = min(Int(glyph), horizontalMetrics - 1)
        return (try? ByteReader(data).u16(hmtx.lowerBound + 4 * k)) ?? 0
    }

    /// The code a PDF content stream uses for `glyph`: the glyph id (TrueType, CIDToGIDMap
    /// /Identity) or the glyph's CID (CFF).
    func code(for glyph: UInt16) -> UInt16 {
        outlines == .compactCID && Int(glyph) < cids.count ? cids[Int(glyph)] : glyph
    }

    /// The characters of `texts` the font has no glyph for, in order of first appearance.
    public func missingCharacters(in texts: [String]) -> [Character] {
        var missing: [Character] = []
        for text in texts {
            for scalar in text.unicodeScalars where glyph(for: scalar) == nil && !scalar.properties.isWhitespace {
                let character = Character(scalar)
                if !missing.contains(character) { missing.append(character) }
            }
        }
        return missing
    }

    /// The bytes to embed: a TrueType font whose `glyf` keeps only `glyphs` (and the glyphs their
    /// composites use, and glyph 0), glyph ids unchanged; the `CFF ` table as it is for CFF fonts.
    func embeddedProgram(keeping glyphs: Set<UInt16>) throws(FigureFailure.FontProblem) -> [UInt8] {
        switch outlines {
        case .compactCID:
            return Array(data[tables["CFF "]!])
        case .trueType:
            return try TrueTypeSubset(font: self, data: data, tables: tables).bytes(keeping: glyphs)
        }
    }
}

/// Big-endian reads that throw instead of trapping outside the bytes.
struct ByteReader {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u8(_ at: Int) throws(FigureFailure.FontProblem) -> Int {
        guard at >= 0, at < bytes.count else { throw .damaged }
        return Int(bytes[at])
    }
    func u16(_ at: Int) throws(FigureFailure.FontProblem) -> Int {
        guard at >= 0, at + 2 <= bytes.count else { throw .damaged }
        return Int(bytes[at]) << 8 | Int(bytes[at + 1])
    }
    func i16(_ at: Int) throws(FigureFailure.FontProblem) -> Int {
        let v = try u16(at)
        return v >= 0x8000 ? v - 0x10000 : v
    }
    func u32(_ at: Int) throws(FigureFailure.FontProblem) -> Int {
        guard at >= 0, at + 4 <= bytes.count else { throw .damaged }
        return Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
    }
    func tag(_ at: Int) throws(FigureFailure.FontProblem) -> String {
        guard at >= 0, at + 4 <= bytes.count else { throw .damaged }
        return String(decoding: bytes[at..<(at + 4)], as: UTF8.self)
    }
}
