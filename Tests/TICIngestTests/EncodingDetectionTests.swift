import Foundation
import Testing
@testable import TICIngest
import TICSupport

/// GB18030 byte pairs of the characters these tests write (as `iconv -f UTF-8 -t GB18030` gives
/// them). 未 CE B4, 约 D4 BC and 说 CB B5 are also valid two-byte UTF-8 ("δ", "Լ", "˵").
private let gbk: [Character: [UInt8]] = [
    "未": [0xCE, 0xB4], "来": [0xC0, 0xB4], "约": [0xD4, 0xBC], "说": [0xCB, 0xB5], "明": [0xC3, 0xF7],
    "中": [0xD6, 0xD0], "心": [0xD0, 0xC4], "甲": [0xBC, 0xD7], "名": [0xC3, 0xFB], "称": [0xB3, 0xC6],
    "备": [0xB1, 0xB8], "注": [0xD7, 0xA2], "项": [0xCF, 0xEE], "技": [0xBC, 0xBC], "术": [0xCA, 0xF5],
    "产": [0xB2, 0xFA], "业": [0xD2, 0xB5], "研": [0xD1, 0xD0], "究": [0xBE, 0xBF], "院": [0xD4, 0xBA],
]

/// `text` in GB18030 (ASCII as it is, Chinese from the table above).
private func gb(_ text: String) -> [UInt8] {
    text.flatMap { character -> [UInt8] in character.isASCII ? Array(String(character).utf8) : gbk[character]! }
}

@Suite("Encoding detection on the whole file (issue 13)")
struct EncodingDetectionTests {
    @Test("the premise: 未, 约 and 说 in GB18030 are valid UTF-8 bytes")
    func premise() {
        #expect(String(validating: gbk["未"]!, as: UTF8.self) == "δ")
        #expect(String(validating: gbk["约"]!, as: UTF8.self) == "Լ")
        #expect(String(validating: gbk["说"]!, as: UTF8.self) == "˵")
    }

    static let firstCharacterCases = [
        "名称,备注\n未来产业研究院,1\n",
        "名称,备注\n约20项技术,2\n",
        "名称,备注\n说明,3\n",
        "id,note\nC01,未\nC02,中心\n",
        "id,note\nC01,约\nC02,说\nC03,中心\n",
        "id,note\nC01,说,未,约\nC02,研究院\n",
    ]

    @Test("a GB18030 file whose first Chinese text is valid UTF-8 is read as GB18030", arguments: firstCharacterCases)
    func firstChineseIsValidUTF8(text: String) throws {
        let decoded = try TextDecoder.decode(ContiguousArray(gb(text)), path: "gb.csv")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.note == nil)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == text)
    }

    @Test("a UTF-8 line pasted into a GBK file is an error naming the line (GB18030 would accept its bytes)")
    func utf8LineInGBKFile() {
        // 中心 in UTF-8 (E4 B8 AD E5 BF 83) is also valid GB18030 (涓, a private-use character, 績).
        let bytes = gb("名称,备注\n甲,1\n") + Array("中心,2\n".utf8) + gb("研究院,3\n")
        #expect(throws: IngestError.mixedEncoding(FileLocation(path: "p.csv", line: 3, column: 1), line: .utf8, rest: .gb18030, text: "中心")) {
            _ = try TextDecoder.decode(ContiguousArray(bytes), path: "p.csv")
        }
        // --encoding gb18030 reads it anyway, as GB18030.
        #expect(throws: Never.self) { try TextDecoder.decode(ContiguousArray(bytes), path: "p.csv", choice: .gb18030) }
    }

    @Test("a UTF-8 line that GB18030 refuses, in a GBK file, is the same error")
    func utf8LineGB18030Refuses() {
        // 研究院 in UTF-8 is nine bytes: GB18030 stops at its last one.
        let bytes = gb("名称,备注\n甲,1\n") + Array("C02,研究院,2\n".utf8) + gb("中心,3\n")
        #expect(throws: IngestError.mixedEncoding(FileLocation(path: "p.csv", line: 3, column: 2), line: .utf8, rest: .gb18030, text: "研究院")) {
            _ = try TextDecoder.decode(ContiguousArray(bytes), path: "p.csv")
        }
    }

    @Test("GB18030 that is valid UTF-8 only as letters of other alphabets is read as GB18030 with a note")
    func mojibakeReadAsGB18030() throws {
        let text = "id,note\nC01,约\nC02,未\n"
        let decoded = try TextDecoder.decode(ContiguousArray(gb(text)), path: "m.csv")
        #expect(decoded.encoding == .gb18030)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == text)
        let note = try #require(decoded.note)
        #expect(note == .readAsGB18030(FileLocation(path: "m.csv", line: 2, column: 2), asUTF8: "Լ", asGB18030: "约"))
        #expect(note.isWarning)
        // Forced, it is UTF-8.
        let forced = try TextDecoder.decode(ContiguousArray(gb(text)), path: "m.csv", choice: .utf8)
        #expect(forced.encoding == .utf8 && forced.note == nil)
        #expect(String(decoding: forced.bytes, as: UTF8.self) == "id,note\nC01,Լ\nC02,δ\n")
    }

    @Test("UTF-8 with Chinese stays UTF-8 without a note; with a BOM, letters alone stay UTF-8 too")
    func utf8Stays() throws {
        let chinese = try TextDecoder.decode(ContiguousArray("id,note\nC01,Müller 中心\n".utf8), path: "u.csv")
        #expect(chinese.encoding == .utf8 && chinese.note == nil)
        let bom = try TextDecoder.decode(ContiguousArray([0xEF, 0xBB, 0xBF] + Array("id,note\nC01,Müller\n".utf8)), path: "u.csv")
        #expect(bom.encoding == .utf8BOM && bom.note == nil)
        let ascii = try TextDecoder.decode(ContiguousArray("id,note\nC01,x\n".utf8), path: "u.csv")
        #expect(ascii.encoding == .utf8 && ascii.note == nil)
    }

    @Test("UTF-8 without a BOM whose only non-ASCII letters are Latin is read as GB18030, with the note naming both readings")
    func latinUTF8IsAmbiguous() throws {
        let decoded = try TextDecoder.decode(ContiguousArray("id,rater\nC01,Müller\n".utf8), path: "r.csv")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.note == .readAsGB18030(FileLocation(path: "r.csv", line: 2, column: 2), asUTF8: "Müller", asGB18030: "M眉ller"))
    }

    @Test("bytes neither encoding accepts are an error where the longer reading stops, suggesting --encoding")
    func neither() {
        // GB18030 up to line 3, where 0xFF follows 中.
        #expect(throws: IngestError.unknownEncoding(FileLocation(path: "g.csv", line: 3, column: 2), readsAs: .gb18030)) {
            _ = try TextDecoder.decode(ContiguousArray(gb("名称,备注\n甲,1\nC02,中") + [0xFF] + gb(",2\n")), path: "g.csv")
        }
        // UTF-8 up to line 3.
        #expect(throws: IngestError.unknownEncoding(FileLocation(path: "u.csv", line: 3, column: 3), readsAs: .utf8)) {
            _ = try TextDecoder.decode(ContiguousArray(Array("名称,备注\n甲,1\nC02,2,".utf8) + [0xFF, 0x0A]), path: "u.csv")
        }
        // Nothing but ASCII before it.
        let error = IngestError.unknownEncoding(FileLocation(path: "a.csv", line: 2, column: 1), readsAs: nil)
        #expect(throws: error) {
            _ = try TextDecoder.decode(ContiguousArray(Array("a,b\n".utf8) + [0xFF, 0x0A]), path: "a.csv")
        }
    }

    @Test("a BOM makes the file UTF-8: invalid bytes after it are an error that names the BOM")
    func bomThenGB() {
        #expect(throws: IngestError.invalidEncoding(FileLocation(path: "b.csv", line: 1, column: 1), encoding: .utf8BOM)) {
            _ = try TextDecoder.decode(ContiguousArray([0xEF, 0xBB, 0xBF] + gb("名称,备注\n甲,1\n")), path: "b.csv")
        }
        #expect(throws: Never.self) { try TextDecoder.decode(ContiguousArray([0xEF, 0xBB, 0xBF] + gb("名称\n")), path: "b.csv", choice: .gb18030) }
    }

    @Test("--encoding gb18030 on UTF-8 that GB18030 refuses names the byte")
    func forcedGB18030() {
        #expect(throws: IngestError.invalidEncoding(FileLocation(path: "u.csv", line: 2, column: 2), encoding: .gb18030)) {
            _ = try TextDecoder.decode(ContiguousArray("id,name\nC01,研究院\n".utf8), path: "u.csv", choice: .gb18030)
        }
    }

    @Test("CSVTable and the report reader pass the note on as a warning")
    func notePassedOn() throws {
        let bytes = gb("id,x\n约,1\n")
        var diagnostics: [Diagnostic] = []
        let table = try CSVTable(file: CSVFile(bytes: ContiguousArray(bytes), path: "t.csv"), diagnostics: &diagnostics)
        #expect(table.rows == [["约", "1"]])
        #expect(diagnostics.map(\.severity) == [.warning])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-note-\(UUID().uuidString).csv")
        try Data(gb("center_id,year\n约,2024\n")).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let (report, found) = WorkspaceLoader().readReport(path: url.path, year: 2024, centerIDs: ["约"])
        #expect(report?.centerIDs == ["约"])
        #expect(found.map(\.problem) == [.readAsGB18030(FileLocation(path: url.path, line: 2, column: 1), asUTF8: "Լ", asGB18030: "约")])
    }
}
