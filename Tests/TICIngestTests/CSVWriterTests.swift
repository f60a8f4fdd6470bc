import Testing
@testable import TICIngest
import TICSupport

@Suite("CSVWriter")
struct CSVWriterTests {
    @Test("quotes a field exactly when RFC 4180 or trimming readers need it", arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("crlf\r\n", "\"crlf\r\n\""),
        (" leading", "\" leading\""),
        ("trailing ", "\"trailing \""),
        ("tab\t", "\"tab\t\""),
        ("inner space", "inner space"),
        ("四川省（示例）先进材料技术创新中心", "四川省（示例）先进材料技术创新中心"),
        ("全角逗号，不需要引号", "全角逗号，不需要引号"),
        ("-", "-"),
        ("无", "无"),
    ])
    func escaping(field: String, expected: String) {
        #expect(CSVWriter.escape(field) == expected)
        #expect(CSVWriter.needsQuotes(field) == (field != expected))
        #expect(!SpreadsheetSafety.needsApostrophe(field))
        #expect(CSVWriter.encode([[field]]) == Array((expected + "\n").utf8))
    }

    @Test("joins fields with commas and ends every row, the last included, with the line ending", arguments: CSVWriter.LineEnding.allCases)
    func rows(lineEnding: CSVWriter.LineEnding) {
        var writer = CSVWriter(options: .init(lineEnding: lineEnding))
        writer.writeRow(["center_id", "name", "note"])
        writer.writeRow(["SC-P-001", "a,b", ""])
        let end = lineEnding.text
        #expect(writer.bytes == Array("center_id,name,note\(end)SC-P-001,\"a,b\",\(end)".utf8))
        #expect(writer.rowCount == 2)
    }

    @Test("writes the UTF-8 byte order mark first when asked, once")
    func byteOrderMark() {
        let bytes = CSVWriter.encode([["名称"], ["值"]], options: .init(lineEnding: .crlf, byteOrderMark: true))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(bytes.dropFirst(3)) == Array("名称\r\n值\r\n".utf8))
        #expect(CSVWriter(options: .init(byteOrderMark: true)).bytes == CSVWriter.byteOrderMark)
        #expect(CSVWriter().bytes.isEmpty)
    }

    @Test("an empty row is an empty line")
    func emptyRow() {
        #expect(CSVWriter.encode([[String]()]) == Array("\n".utf8))
    }
}

@Suite("NumberText")
struct NumberTextTests {
    @Test("prints decimals compactly, rounded half away from zero, without exponent or locale", arguments: [
        (0.0, 2, "0"),
        (-0.0, 2, "0"),
        (1234.0, 2, "1234"),
        (1234.5, 2, "1234.5"),
        (1234.56, 2, "1234.56"),
        (1234.567, 2, "1234.57"),
        (0.125, 2, "0.13"),
        (-0.125, 2, "-0.13"),
        (-0.004, 2, "0"),
        (0.05, 2, "0.05"),
        (1e15, 2, "1000000000000000"),
        (123456789012.34, 2, "123456789012.34"),
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (0.1, 4, "0.1"),
        (1e-7, 4, "0"),
        (1e17, 2, "100000000000000000"),
        (Double.nan, 2, ""),
    ])
    func decimal(value: Double, digits: Int, expected: String) {
        #expect(NumberText.decimal(value, maximumFractionDigits: digits) == expected)
    }

    @Test("pads integers with zeros, sign first", arguments: [(7, 3, "007"), (123, 3, "123"), (1234, 3, "1234"), (-7, 3, "-007"), (0, 0, "0")])
    func zeroPadded(value: Int, width: Int, expected: String) {
        #expect(NumberText.zeroPadded(value, width: width) == expected)
    }

    @Test("shortest: every digit of the double, reading back as the same value; empty for NaN and infinities", arguments: [
        (67.83412965302871, "67.83412965302871"), (0.1 + 0.2, "0.30000000000000004"), (100.00000000000001, "100.00000000000001"),
        (91.5, "91.5"), (100, "100.0"), (-0.0, "0.0"), (1e-5, "1e-05"), (-2.5, "-2.5"), (.nan, ""), (.infinity, ""),
    ])
    func shortest(value: Double, expected: String) {
        let text = NumberText.shortest(value)
        #expect(text == expected)
        if value.isFinite { #expect(Double(text) == value) }
    }
}
