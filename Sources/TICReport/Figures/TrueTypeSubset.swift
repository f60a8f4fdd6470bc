/// A TrueType font cut down to the glyphs a figure uses: `glyf` keeps their outlines (and the
/// components of composite glyphs, and glyph 0), every other glyph becomes empty, so glyph ids do
/// not change; `loca` is rewritten in the long format; `head`, `hhea`, `maxp`, `hmtx`, `cvt `,
/// `fpgm` and `prep` (the tables PDF 32000-1 §9.9 asks of an embedded TrueType font), `cmap` and
/// `OS/2` are copied.
/// Table checksums and `head.checkSumAdjustment` follow the OpenType specification.
struct TrueTypeSubset {
    let font: OpenTypeFont
    let data: [UInt8]
    let tables: [String: Range<Int>]

    static let keptTables = ["OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"]

    func bytes(keeping requested: Set<UInt16>) throws(FigureFailure.FontProblem) -> [UInt8] {
        let reader = ByteReader(data)
        guard let head = tables["head"], let loca = tables["loca"], let glyf = tables["glyf"] else { throw .missingTable }
        let longOffsets = try reader.i16(head.lowerBound + 50) == 1
        let count = font.glyphCount
        func offset(_ g: Int) throws(FigureFailure.FontProblem) -> Int {
            longOffsets ? try reader.u32(loca.lowerBound + 4 * g) : 2 * (try reader.u16(loca.lowerBound + 2 * g))
        }
        func outline(_ g: Int) throws(FigureFailure.FontProblem) -> Range<Int> {
            let start = try offset(g), end = try offset(g + 1)
            guard start <= end, glyf.lowerBound + end <= glyf.upperBound else { throw .damaged }
            return (glyf.lowerBound + start)..<(glyf.lowerBound + end)
        }
        // The closure under composite components.
        var kept = Set<Int>([0])
        var pending = requested.map(Int.init).filter { $0 < count }
        while let g = pending.popLast() {
            guard kept.insert(g).inserted || g == 0 else { continue }
            let range = try outline(g)
            guard range.count >= 10, try reader.i16(range.lowerBound) < 0 else { continue }
            var at = range.lowerBound + 10
            while true {
                let flags = try reader.u16(at), component = try reader.u16(at + 2)
                if component < count && !kept.contains(component) { pending.append(component) }
                at += 4 + (flags & 0x0001 != 0 ? 4 : 2)
                if flags & 0x0008 != 0 { at += 2 } else if flags & 0x0040 != 0 { at += 4 } else if flags & 0x0080 != 0 { at += 8 }
                if flags & 0x0020 == 0 { break }
            }
        }
        var newGlyf: [UInt8] = [], newLoca: [UInt8] = []
        for g in 0..<count {
            Self.append32(&newLoca, newGlyf.count)
            if kept.contains(g) {
                newGlyf += data[try outline(g)]
                while newGlyf.count % 4 != 0 { newGlyf.append(0) }
            }
        }
        Self.append32(&newLoca, newGlyf.count)
        var newHead = Array(data[head])
        guard newHead.count >= 54 else { throw .damaged }
        newHead[8...11] = [0, 0, 0, 0]
        newHead[50...51] = [0, 1]
        var contents: [String: [UInt8]] = ["glyf": newGlyf, "loca": newLoca, "head": newHead]
        for tag in Self.keptTables where contents[tag] == nil {
            if let range = tables[tag] { contents[tag] = Array(data[range]) }
        }
        return Self.assemble(contents)
    }

    /// An sfnt file of `tables` (sorted by tag), with checksums and head.checkSumAdjustment.
    static func assemble(_ tables: [String: [UInt8]]) -> [UInt8] {
        let tags = tables.keys.sorted()
        var out: [UInt8] = []
        append32(&out, 0x0001_0000)
        var power = 1, exponent = 0
        while power * 2 <= tags.count { power *= 2; exponent += 1 }
        for v in [tags.count, power * 16, exponent, tags.count * 16 - power * 16] { append16(&out, v) }
        var offset = 12 + 16 * tags.count
        var headOffset = 0
        for tag in tags {
            let table = tables[tag]!
            out += Array(tag.utf8)
            append32(&out, checksum(table))
            append32(&out, offset)
            append32(&out, table.count)
            if tag == "head" { headOffset = offset }
            offset += (table.count + 3) / 4 * 4
        }
        for tag in tags {
            out += tables[tag]!
            while out.count % 4 != 0 { out.append(0) }
        }
        let adjustment = (0xB1B0_AFBA &- checksum(out)) & 0xffff_ffff
        var patch: [UInt8] = []
        append32(&patch, adjustment)
        out[(headOffset + 8)...(headOffset + 11)] = patch[0...3]
        return out
    }

    static func checksum(_ bytes: [UInt8]) -> Int {
        var sum: UInt32 = 0
        var k = 0
        while k < bytes.count {
            var word: UInt32 = 0
            for j in 0..<4 { word = word << 8 | UInt32(k + j < bytes.count ? bytes[k + j] : 0) }
            sum = sum &+ word
            k += 4
        }
        return Int(sum)
    }

    static func append16(_ out: inout [UInt8], _ v: Int) { out += [UInt8(v >> 8 & 0xff), UInt8(v & 0xff)] }
    static func append32(_ out: inout [UInt8], _ v: Int) {
        out += [UInt8(v >> 24 & 0xff), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)]
    }
}

/// The charset of a CID-keyed CFF table (Adobe Technical Note #5176, §§ 4–8, 13): the CID of each
/// glyph, so a PDF can address glyphs by CID.
enum CompactFontCharset {
    static func cids(_ reader: ByteReader, _ table: Range<Int>, glyphCount: Int) throws(FigureFailure.FontProblem) -> [UInt16] {
        let base = table.lowerBound
        let headerSize = try reader.u8(base + 2)
        let nameIndexEnd = try indexEnd(reader, at: base + headerSize)
        // The first Top DICT of the Top DICT INDEX.
        let count = try reader.u16(nameIndexEnd)
        guard count >= 1 else { throw .unsupportedOutlines }
        let offSize = try reader.u8(nameIndexEnd + 2)
        let dataStart = nameIndexEnd + 3 + (count + 1) * offSize - 1
        let first = try offsetValue(reader, at: nameIndexEnd + 3, size: offSize)
        let second = try offsetValue(reader, at: nameIndexEnd + 3 + offSize, size: offSize)
        var at = dataStart + first
        let end = dataStart + second
        var operands: [Int] = []
        var charset: Int?
        var cidKeyed = false
        while at < end {
            let b0 = try reader.u8(at)
            switch b0 {
            case 0...21:
                var op = b0
                at += 1
                if b0 == 12 { op = 1200 + (try reader.u8(at)); at += 1 }
                if op == 15, let v = operands.last { charset = v }
                if op == 1230 { cidKeyed = true }
                operands = []
            case 28: operands.append(try reader.i16(at + 1)); at += 3
            case 29: operands.append(Int(Int32(truncatingIfNeeded: try reader.u32(at + 1)))); at += 5
            case 30:
                at += 1
                while true {
                    let b = try reader.u8(at)
                    at += 1
                    if b & 0x0f == 0x0f || b >> 4 == 0x0f { break }
                }
                operands.append(0)
            case 32...246: operands.append(b0 - 139); at += 1
            case 247...250: operands.append((b0 - 247) * 256 + (try reader.u8(at + 1)) + 108); at += 2
            case 251...254: operands.append(-(b0 - 251) * 256 - (try reader.u8(at + 1)) - 108); at += 2
            default: throw .damaged
            }
        }
        guard cidKeyed, let charset, charset > 2 else { throw .unsupportedOutlines }
        var cids = [UInt16](repeating: 0, count: glyphCount)
        let format = try reader.u8(base + charset)
        var position = base + charset + 1
        var g = 1
        switch format {
        case 0:
            while g < glyphCount { cids[g] = UInt16(try reader.u16(position)); position += 2; g += 1 }
        case 1, 2:
            while g < glyphCount {
                let firstCID = try reader.u16(position)
                let left = format == 1 ? try reader.u8(position + 2) : try reader.u16(position + 2)
                position += format == 1 ? 3 : 4
                for k in 0...left where g < glyphCount && firstCID + k <= 0xffff {
                    cids[g] = UInt16(firstCID + k)
                    g += 1
                }
            }
        default:
            throw .damaged
        }
        return cids
    }

    private static func indexEnd(_ reader: ByteReader, at start: Int) throws(FigureFailure.FontProblem) -> Int {
        let count = try reader.u16(start)
        if count == 0 { return start + 2 }
        let offSize = try reader.u8(start + 2)
        let last = try offsetValue(reader, at: start + 3 + count * offSize, size: offSize)
        return start + 3 + (count + 1) * offSize - 1 + last
    }

    private static func offsetValue(_ reader: ByteReader, at: Int, size: Int) throws(FigureFailure.FontProblem) -> Int {
        guard (1...4).contains(size) else { throw .damaged }
        var v = 0
        for k in 0..<size { v = v << 8 | (try reader.u8(at + k)) }
        return v
    }
}
