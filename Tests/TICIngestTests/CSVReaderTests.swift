import Testing
@testable import TICIngest
import TICSupport

/// Parses `text` and returns the records as arrays of strings, with their start lines.
func parseCSV(_ text: String) throws -> (rows: [[String]], lines: [Int], warnings: [Diagnostic]) {
    var warnings: [Diagnostic] = []
    var rows: [[String]] = []
    var lines: [Int] = []
    try CSVReader.forEachRecord(in: ContiguousArray(text.utf8), path: "t.csv", warnings: &warnings) { record in
        rows.append((0..<record.count).map { String(decoding: record.bytes($0), as: UTF8.self) })
        lines.append(record.line)
    }
    return (rows, lines, warnings)
}

@Suite struct CSVReaderTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let input: String
        let rows: [[String]]
        let lines: [Int]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain LF", input: "a,b\n1,2\n", rows: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        Case(name: "CRLF", input: "a,b\r\n1,2\r\n", rows: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        Case(name: "lone CR", input: "a,b\r1,2\r", rows: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        Case(name: "no final newline", input: "a,b\n1,2", rows: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        Case(name: "trailing blank lines", input: "a,b\n1,2\n\n\r\n\n", rows: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        Case(name: "blank line inside keeps line numbers", input: "a\n\n1\n", rows: [["a"], ["1"]], lines: [1, 3]),
        Case(name: "quoted comma", input: "\"x,y\",2\n", rows: [["x,y", "2"]], lines: [1]),
        Case(name: "doubled quotes", input: "\"say \"\"hi\"\"\",2\n", rows: [["say \"hi\"", "2"]], lines: [1]),
        Case(name: "line break in quotes", input: "\"a\nb\",2\nc,3\n", rows: [["a\nb", "2"], ["c", "3"]], lines: [1, 3]),
        Case(name: "CRLF in quotes", input: "\"a\r\nb\",2\r\nc,3\r\n", rows: [["a\r\nb", "2"], ["c", "3"]], lines: [1, 3]),
        Case(name: "empty fields", input: ",,\n1,,3\n", rows: [["", "", ""], ["1", "", "3"]], lines: [1, 2]),
        Case(name: "trailing comma at end of file", input: "a,", rows: [["a", ""]], lines: [1]),
        Case(name: "empty quoted field", input: "\"\",1\n", rows: [["", "1"]], lines: [1]),
        Case(name: "Chinese text", input: "名称,值\n四川省（示例）中心,１２\n", rows: [["名称", "值"], ["四川省（示例）中心", "１２"]], lines: [1, 2]),
    ]

    @Test("parses RFC 4180 records", arguments: cases)
    func parses(_ c: Case) throws {
        let result = try parseCSV(c.input)
        #expect(result.rows == c.rows)
        #expect(result.lines == c.lines)
        #expect(result.warnings.isEmpty)
    }

    @Test("an unclosed quote is an error at the line and field where it opened")
    func unterminated() {
        #expect(throws: IngestError.unterminatedQuote(FileLocation(path: "t.csv", line: 2, column: 3))) {
            _ = try parseCSV("a,b,c\n1,2,\"oops\n4,5,6\n")
        }
    }

    @Test("a stray quote in an unquoted field is kept and warned about")
    func strayQuote() throws {
        let result = try parseCSV("a,b\n1,2\"3\n")
        #expect(result.rows[1] == ["1", "2\"3"])
        #expect(result.warnings == [Diagnostic(.strayQuote(FileLocation(path: "t.csv", line: 2, column: 2)))])
    }

    @Test("text after a closing quote is appended and warned about")
    func textAfterQuote() throws {
        let result = try parseCSV("\"ab\"cd,2\n")
        #expect(result.rows == [["abcd", "2"]])
        #expect(result.warnings == [Diagnostic(.textAfterClosingQuote(FileLocation(path: "t.csv", line: 1, column: 1)))])
    }

    @Test("header names are trimmed and matched case-insensitively; duplicates and empties reported")
    func header() throws {
        var diagnostics: [Diagnostic] = []
        let file = try CSVFile(bytes: ContiguousArray(" Center_ID , year ,year,\n1,2,3,4\n".utf8), path: "h.csv")
        let table = try CSVTable(file: file, diagnostics: &diagnostics)
        #expect(table.header.names == ["Center_ID", "year", "year", ""])
        #expect(table.header.column("center_id") == 0)
        #expect(diagnostics == [
            Diagnostic(.duplicateHeader(FileLocation(path: "h.csv", line: 1, column: 3), name: "year", firstColumn: 2)),
            Diagnostic(.emptyHeaderName(FileLocation(path: "h.csv", line: 1, column: 4))),
        ])
    }

    @Test("rows with the wrong number of fields are rejected with their line")
    func fieldCount() throws {
        var diagnostics: [Diagnostic] = []
        let file = try CSVFile(bytes: ContiguousArray("a,b\n1,2\n1,2,3\n,,\n".utf8), path: "f.csv")
        let table = try CSVTable(file: file, diagnostics: &diagnostics)
        #expect(table.rows == [["1", "2"]])
        #expect(table.rowsRejected == 1)
        #expect(diagnostics == [Diagnostic(.fieldCount(FileLocation(path: "f.csv", line: 3, column: 1), expected: 2, found: 3))])
    }
}
