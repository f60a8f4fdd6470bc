import Foundation
import Testing
@testable import TICIngest

/// The zip container under .xlsx: written and read back through the system zlib, and every
/// refusal a hostile or mistaken file should get.
@Suite("Zip container: round trip, determinism and refusals")
struct ZipArchiveTests {
    static func archive(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var writer = ZipWriter()
        for (name, contents) in entries { writer.add(name, contents) }
        return writer.finish()
    }

    @Test("entries read back exactly: empty, incompressible (stored), repetitive (deflated), UTF-8 names")
    func roundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = Array(String(repeating: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", count: 500).utf8)
        let bytes = Self.archive([("empty", []), ("noise.bin", noise), ("xl/worksheets/sheet1.xml", text), ("数据/说明.txt", Array("中文".utf8))])
        let archive = try ZipArchive(bytes: bytes)
        #expect(archive.entries.map(\.name) == ["empty", "noise.bin", "xl/worksheets/sheet1.xml", "数据/说明.txt"])
        #expect(try archive.contents(of: "empty") == [])
        #expect(try archive.contents(of: "noise.bin") == noise)
        #expect(try archive.contents(of: "xl/worksheets/sheet1.xml") == text)
        #expect(try archive.contents(of: "数据/说明.txt") == Array("中文".utf8))
        // The repetitive part was deflated (the whole archive is far smaller than it), the noise stored.
        #expect(bytes.count < text.count / 4 + noise.count + 1024)
        #expect(throws: ZipProblem.missingEntry("xl/workbook.xml")) { try archive.contents(of: "xl/workbook.xml") }
    }

    @Test("the same entries give the same bytes (fixed timestamps, no extra fields)")
    func deterministic() {
        let entries = [("a.xml", Array("<a>1</a>".utf8)), ("b.xml", Array(repeating: 0x41, count: 10_000))]
        #expect(Self.archive(entries) == Self.archive(entries))
        // 1980-01-01 00:00 in the first local header: time 0, date 0x0021.
        let bytes = Self.archive(entries)
        #expect(Array(bytes[10..<14]) == [0, 0, 0x21, 0])
    }

    @Test("a compound document (.xls, .et, encrypted .xlsx) is told apart from a damaged zip")
    func compoundDocument() {
        let cfb: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        #expect(throws: ZipProblem.compoundDocument) { try ZipArchive(bytes: cfb) }
        #expect(throws: WorkbookProblem.container(.compoundDocument)) { try Workbook(bytes: cfb) }
        #expect(throws: ZipProblem.notZip) { try ZipArchive(bytes: Array("center_id,year\nA,2023\n".utf8)) }
        #expect(throws: ZipProblem.notZip) { try ZipArchive(bytes: []) }
    }

    @Test("a file cut short or with a damaged entry is refused, never read as fewer rows")
    func damaged() throws {
        let text = Array(String(repeating: "0123456789abcdef", count: 400).utf8)
        let bytes = Self.archive([("xl/workbook.xml", text)])
        // Cut before the central directory ends: no end record.
        #expect(throws: ZipProblem.notZip) { try ZipArchive(bytes: Array(bytes.prefix(bytes.count - 10))) }
        // A byte flipped inside the compressed data: inflate fails or the CRC disagrees.
        var flipped = bytes
        flipped[30 + "xl/workbook.xml".utf8.count + 5] ^= 0xFF
        let archive = try ZipArchive(bytes: flipped)
        #expect(throws: ZipProblem.corrupt(entry: "xl/workbook.xml")) { try archive.contents(of: "xl/workbook.xml") }
        // The encryption flag on the central record.
        var encrypted = bytes
        let central = try #require(Self.find([0x50, 0x4B, 0x01, 0x02], in: encrypted))
        encrypted[central + 8] |= 1
        #expect(throws: ZipProblem.encrypted(entry: "xl/workbook.xml")) {
            try ZipArchive(bytes: encrypted).contents(of: "xl/workbook.xml")
        }
        // An unknown compression method (e.g. 12, bzip2).
        var method = bytes
        method[central + 10] = 12
        #expect(throws: ZipProblem.unsupportedMethod(entry: "xl/workbook.xml", method: 12)) {
            try ZipArchive(bytes: method).contents(of: "xl/workbook.xml")
        }
    }

    @Test("a zip bomb is refused before it is inflated: ratio, entry size and total size caps")
    func bombs() throws {
        let zeros = [UInt8](repeating: 0, count: 8 << 20)
        let bytes = Self.archive([("xl/workbook.xml", zeros)])
        // 8 MiB of zeros deflate to about 8 KiB: a ratio near 1,000.
        #expect(throws: ZipProblem.compressionRatio(entry: "xl/workbook.xml", limit: 500)) {
            try ZipArchive(bytes: bytes).contents(of: "xl/workbook.xml")
        }
        let small = ZipLimits(entryBytes: 1 << 20, totalBytes: 1 << 30, ratio: 100_000, ratioFloor: 1 << 20)
        #expect(throws: ZipProblem.entryTooLarge(entry: "xl/workbook.xml", limit: 1 << 20)) {
            try ZipArchive(bytes: bytes, limits: small).contents(of: "xl/workbook.xml")
        }
        let total = ZipLimits(entryBytes: 16 << 20, totalBytes: 4 << 20, ratio: 100_000, ratioFloor: 1 << 20)
        #expect(throws: WorkbookProblem.container(.archiveTooLarge(limit: 4 << 20))) {
            try Workbook(bytes: bytes, limits: total)
        }
        // Under generous limits the same entry inflates to exactly its bytes.
        let generous = ZipLimits(entryBytes: 16 << 20, totalBytes: 1 << 30, ratio: 100_000, ratioFloor: 1 << 20)
        #expect(try ZipArchive(bytes: bytes, limits: generous).contents(of: "xl/workbook.xml") == zeros)
    }

    @Test("a zip that is not a workbook, and XML with a document type declaration, are refused")
    func notWorkbooks() {
        #expect(throws: WorkbookProblem.notAWorkbook) { try Workbook(bytes: Self.archive([("word/document.xml", Array("<w/>".utf8))])) }
        let doctype = """
            <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><workbook><sheets><sheet name="&e;" r:id="rId1"/></sheets></workbook>
            """
        #expect(throws: WorkbookProblem.xml(.documentTypeDeclaration(part: "xl/workbook.xml"))) {
            try Workbook(bytes: Self.archive([("xl/workbook.xml", Array(doctype.utf8))]))
        }
        let entity = #"<workbook><sheets><sheet name="&e;"/></sheets></workbook>"#
        #expect(throws: WorkbookProblem.xml(.unknownEntity(part: "xl/workbook.xml", name: "e"))) {
            try Workbook(bytes: Self.archive([("xl/workbook.xml", Array(entity.utf8))]))
        }
        let unclosed = #"<workbook><sheets><sheet name="a"#
        #expect(throws: WorkbookProblem.xml(.malformed(part: "xl/workbook.xml", offset: 31))) {
            try Workbook(bytes: Self.archive([("xl/workbook.xml", Array(unclosed.utf8))]))
        }
    }

    @Test("a minimal hand-written workbook: shared strings with rich runs and phonetic text, CDATA, character references")
    func handWritten() throws {
        let workbook = #"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><x:workbookPr date1904="1"/>
            <x:sheets><x:sheet name="数据" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>
            """#
        let rels = #"<Relationships><Relationship Id="rId7" Target="/xl/worksheets/data.xml" Type="w"/></Relationships>"#
        let strings = #"<sst><si><r><t>研发</t></r><r><t xml:space="preserve">经费 </t></r><rPh><t>ケンキュウ</t></rPh></si><si><t>&#x4E2D;&#20013;</t></si></sst>"#
        let sheet = #"""
            <worksheet><sheetData>
            <row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2" t="s"><v>1</v></c><c r="E2" t="str"><f>A1</f><v><![CDATA[a<b]]></v></c></row>
            <row><c><v>1</v></c><c t="n"><v> 2.5 </v></c></row>
            </sheetData></worksheet>
            """#
        let bytes = Self.archive([
            ("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(rels.utf8)),
            ("xl/sharedStrings.xml", Array(strings.utf8)), ("xl/worksheets/data.xml", Array(sheet.utf8)),
        ])
        let read = try Workbook(bytes: bytes).worksheet(named: nil)
        #expect(read.name == "数据")
        #expect(read.rows.map(\.number) == [2, 3])
        #expect(read.rows[0].cells == [
            SpreadsheetCell(column: 2, value: .text("研发经费 "), format: nil),
            SpreadsheetCell(column: 4, value: .text("中中"), format: nil),
            SpreadsheetCell(column: 5, value: .text("a<b"), format: nil),
        ])
        #expect(read.rows[1].cells.map(\.column) == [1, 2])
        #expect(read.rows[1].cells.map(\.value) == [.number(1), .number(2.5)])
    }

    @Test("cell references out of order or malformed are refused with the reference")
    func badReferences() {
        let workbook = #"<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>"#
        let rels = #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#
        for (sheet, reference) in [(#"<sheetData><row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row></sheetData>"#, "A1"),
                                   (#"<sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData>"#, "1A"),
                                   (#"<sheetData><row r="3"/><row r="2"><c r="A2"><v>1</v></c></row></sheetData>"#, "2")] {
            let bytes = Self.archive([("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(rels.utf8)),
                                      ("xl/worksheets/sheet1.xml", Array(sheet.utf8))])
            #expect(throws: WorkbookProblem.badCellReference(sheet: "S", reference: reference)) {
                try Workbook(bytes: bytes).worksheet(named: nil)
            }
        }
    }

    /// Found by the xlsx-reader fuzzer: a cell's end tag after its row had ended, and nested cell
    /// tags, used to repeat a cell (columns must strictly increase in a row).
    @Test("stray and nested cell tags never repeat a cell or a row")
    func strayTags() throws {
        let workbook = #"<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>"#
        let rels = #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#
        let sheet = #"<sheetData><row r="1"><c r="A1"><c r="B1"><v>2</v></c><v>1</v></c></row></c><row r="2"><c r="A2"><v>3</v></c></row></row></sheetData>"#
        let bytes = Self.archive([("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(rels.utf8)),
                                  ("xl/worksheets/sheet1.xml", Array(sheet.utf8))])
        let read = try Workbook(bytes: bytes).worksheet(named: nil)
        #expect(read.rows.map(\.number) == [1, 2])
        #expect(read.rows[0].cells.map(\.column) == [2])
        #expect(read.rows[1].cells.map(\.value) == [.number(3)])
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<(start + needle.count)]) == needle { return start }
        return nil
    }
}
