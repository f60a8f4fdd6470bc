import Foundation
import Testing
@testable import TICIngest
import TICSupport

/// The slow, obviously right reading: the general tokenizer and ``NumberParser`` cell by cell,
/// with the diagnostics ``NumericCSV`` promises (the tokenizer's warnings, then field-count and
/// cell problems in file order).
private func reference(_ text: String, idColumn: Int = 0) throws
    -> (ids: [String], lines: [Int], columns: [[Double]], problems: Int, diagnostics: [Diagnostic]) {
    var warnings: [Diagnostic] = []
    var header: [String]?
    var ids: [String] = [], lines: [Int] = []
    var columns: [[Double]] = []
    var found: [Diagnostic] = []
    try CSVReader.forEachRecord(in: ContiguousArray(text.utf8), path: "t.csv", warnings: &warnings) { record in
        guard let head = header else {
            header = (0..<record.count).map { record.string($0) }
            columns = Array(repeating: [], count: record.count - 1)
            return
        }
        var allEmpty = true
        for i in 0..<record.count where !record.isEmpty(i) { allEmpty = false }
        if allEmpty { return }
        guard record.count == head.count else {
            found.append(Diagnostic(.fieldCount(FileLocation(path: "t.csv", line: record.line, column: 1),
                                                expected: head.count, found: record.count)))
            return
        }
        var c = 0
        for i in 0..<record.count where i != idColumn {
            switch record.number(i) {
            case .value(let v): columns[c].append(v)
            case .missing: columns[c].append(.nan)
            case .invalid(let reason):
                columns[c].append(.nan)
                found.append(Diagnostic(WorkspaceLoader.invalid(
                    reason, location: FileLocation(path: "t.csv", line: record.line, column: i + 1),
                    column: head[i], text: record.string(i))))
            }
            c += 1
        }
        ids.append(record.string(idColumn))
        lines.append(record.line)
    }
    return (ids, lines, columns, found.count + warnings.count, warnings + found)
}

/// Parses `text` placed at the very end of a readable page that is followed by an inaccessible
/// one, so that reading a byte past the end of the text crashes the test.
private func parseGuarded(_ text: String, idColumn: Int = 0) throws -> NumericTable {
    let bytes = Array(text.utf8)
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let size = (bytes.count / page + 2) * page
    let region = try #require(mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANON, -1, 0))
    try #require(region != MAP_FAILED)
    defer { munmap(region, size) }
    try #require(mprotect(region + (size - page), page, PROT_NONE) == 0)
    let start = region.assumingMemoryBound(to: UInt8.self) + (size - page - bytes.count)
    bytes.withUnsafeBufferPointer { start.update(from: $0.baseAddress!, count: $0.count) }
    return try #require(try NumericCSV.parse(bytes: UnsafeBufferPointer(start: start, count: bytes.count), path: "t.csv",
                                             idColumn: idColumn, onlyASCII: false))
}

/// Checks `table` against ``reference(_:idColumn:)``: ids, lines, every value bit for bit, diagnostics.
private func expectMatchesReference(_ table: NumericTable, _ input: String, idColumn: Int = 0,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
    let expected = try reference(input, idColumn: idColumn)
    #expect(table.ids == expected.ids, sourceLocation: sourceLocation)
    #expect(table.lines.map(Int.init) == expected.lines, sourceLocation: sourceLocation)
    #expect(table.diagnostics == expected.diagnostics, sourceLocation: sourceLocation)
    #expect(table.values.count == table.rowCount * table.columns.count, sourceLocation: sourceLocation)
    for c in 0..<table.columns.count {
        let got = table.withColumn(c) { Array($0) }
        #expect(got.count == expected.columns[c].count, sourceLocation: sourceLocation)
        for (row, (a, b)) in zip(got, expected.columns[c]).enumerated()
        where !(a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)) {
            Issue.record("column \(c) row \(row): \(a) (bits \(a.bitPattern)), expected \(b)", sourceLocation: sourceLocation)
            return
        }
    }
}

@Suite struct NumericCSVTests {
    static let inputs: [String] = [
        "id,a,b\nx,1,2.5\ny,-3,+4\n",
        "id,a,b\r\nx,1,2\r\ny,3,4",
        "id,a,b\rx,1,2\ry,3,4\r",
        "id,a,b\nx,,\n,,\n\n y ,0.1,1e3\n",
        "id,a,b\nx,\"1,234.5\",2\ny,12.5%,１２\nz,-,N/A\n",
        "id,a,b\nx,1\ny,1,2,3\nz,5,6\n",
        "id,a,b\nx,abc,#DIV/0!\ny,2023-01-05,inf\n",
        "id,a,b\n\"q\nq\",1,2\nr,3,4\n",
        "id,a,b\nx,1234567890123456789,0.1234567890123456\ny,007,.5\nz,1.,5.5.5\n",
        "id,a,b\nx,1,2,\ny,3,4\n",
        "id,a,b\nx,1 , 2\ny,a\"b,4\n",
        "id,a,b\nx,1,2",
    ]

    @Test("the fast path reads what the general tokenizer and NumberParser read", arguments: inputs)
    func matchesReference(_ input: String) throws {
        try expectMatchesReference(try parseGuarded(input), input)
        let expected = try reference(input)
        let table = try NumericCSV.parse(ContiguousArray(input.utf8), path: "t.csv")
        #expect(table.ids == expected.ids)
        #expect(table.lines.map(Int.init) == expected.lines)
        #expect(table.diagnostics.count == expected.problems)
        for c in 0..<table.columns.count {
            let got = table.withColumn(c) { Array($0) }
            #expect(got.count == expected.columns[c].count)
            for (a, b) in zip(got, expected.columns[c]) {
                #expect(a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN))
            }
        }
    }

    /// More than 1 MiB, so the two halves are read at once; `defect` goes into the first half,
    /// then into the second (where it stops the speculative read).
    static func large(defect: String, at rows: Set<Int> = [20_000, 50_000]) -> String {
        var text = "id,a,b,c\n"
        var k = 0
        while text.utf8.count < 1_300_000 {
            if rows.contains(k) { text += defect }
            text += "R\(k),\(k % 997).\(k % 100),\(k * 7 % 1000),\(k % 3 == 0 ? "" : "-\(k % 50)")\n"
            k += 1
        }
        return text
    }

    @Test("the two halves of a large file read as one", arguments: [
        "", "X,abc,1,2\n", "\n", ",,,\n", "Y,1,2\n", "Z, 5 ,1e3,7%\n", "W,1,2,3\r\n",
    ])
    func largeFile(_ defect: String) throws {
        let input = Self.large(defect: defect)
        #expect(input.utf8.count > 1 << 20)
        let expected = try reference(input)
        let table = try NumericCSV.parse(ContiguousArray(input.utf8), path: "t.csv")
        #expect(table.ids == expected.ids)
        #expect(table.lines.map(Int.init) == expected.lines)
        #expect(table.diagnostics.count == expected.problems)
        for c in 0..<table.columns.count {
            let got = table.withColumn(c) { Array($0) }
            #expect(got.count == expected.columns[c].count)
            #expect(zip(got, expected.columns[c]).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) })
        }
    }

    @Test("a large CRLF file (Excel on Windows) reads as its LF twin, with exact row storage")
    func largeCRLF() throws {
        let lf = Self.large(defect: "", at: [])
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try NumericCSV.parse(ContiguousArray(lf.utf8), path: "t.csv")
        let b = try NumericCSV.parse(ContiguousArray(crlf.utf8), path: "t.csv")
        #expect(a.ids == b.ids)
        #expect(a.lines == b.lines)
        #expect(a.values.count == a.rowCount * a.columns.count)
        #expect(zip(a.values, b.values).allSatisfy { $0.bitPattern == $1.bitPattern })
    }

    @Test("column-major values, header and missing cells")
    func layout() throws {
        let table = try NumericCSV.parse(ContiguousArray("center_id,year,x\nA,2024,1.5\nB,2024,\n".utf8), path: "t.csv")
        #expect(table.header == ["center_id", "year", "x"])
        #expect(table.columns == ["year", "x"])
        #expect(table.rowCount == 2)
        #expect(Array(table.values.prefix(3)) == [2024, 2024, 1.5])
        #expect(table.values[3].isNaN)
    }

    @Test("an invalid cell names its line and column")
    func invalidCell() throws {
        let table = try NumericCSV.parse(ContiguousArray("id,a\nx,1\ny,abc\n".utf8), path: "t.csv")
        #expect(table.diagnostics == [Diagnostic(.invalidNumber(FileLocation(path: "t.csv", line: 3, column: 2), column: "a", text: "abc"))])
    }

    @Test("an unterminated quote stops the file")
    func unterminated() {
        #expect(throws: IngestError.unterminatedQuote(FileLocation(path: "t.csv", line: 2, column: 2))) {
            try NumericCSV.parse(ContiguousArray("id,a\nx,\"1\n".utf8), path: "t.csv")
        }
    }

    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], name: String = "numeric.csv") throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("NumericCSVTests-\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test("read: plain ASCII is parsed in place, with or without a BOM, as parse reads it", arguments: [false, true])
    func readASCII(large: Bool) throws {
        let text = large ? Self.large(defect: "", at: []) : "id,a,b\nx,1,2.5\ny,-3,\n"
        let path = try Self.temporaryFile(Array(text.utf8))
        let withBOM = try Self.temporaryFile([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path); try? FileManager.default.removeItem(atPath: withBOM) }
        let parsed = try NumericCSV.parse(ContiguousArray(text.utf8), path: path)
        for table in [try NumericCSV.read(path: path), try NumericCSV.read(path: withBOM)] {
            #expect(table.ids == parsed.ids)
            #expect(table.lines == parsed.lines)
            #expect(zip(table.values, parsed.values).allSatisfy { $0.bitPattern == $1.bitPattern })
            #expect(table.diagnostics.isEmpty)
        }
    }

    @Test("read: text that is not ASCII is decoded first, also when only the second half holds it")
    func readNonASCII() throws {
        var text = Self.large(defect: "", at: [])
        text += "中心,1,2,3\n"
        let utf8 = try Self.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: utf8) }
        let table = try NumericCSV.read(path: utf8)
        #expect(table.ids.last == "中心")
        #expect(table.rowCount == (try NumericCSV.parse(ContiguousArray(text.utf8), path: utf8)).rowCount)

        let fixtures = try ["utf8", "gb18030"].map { try NumericCSV.read(path: FixtureEncodingTests.fixture("reports-2023-\($0).csv")) }
        #expect(fixtures[0].ids == fixtures[1].ids)
        #expect(fixtures[0].rowCount > 10)
        #expect(zip(fixtures[0].values, fixtures[1].values).allSatisfy { $0.bitPattern == $1.bitPattern })
    }

    @Test("read: a NUL byte or UTF-16 is refused as the decoder refuses it, in either half")
    func readRefused() throws {
        let large = Self.large(defect: "", at: [])
        let nulLate = try Self.temporaryFile(Array(large.utf8) + Array("z,1,\u{0}2,3\n".utf8))
        let nulEarly = try Self.temporaryFile(Array("id,a\nx,\u{0}\n".utf8))
        let utf16 = try Self.temporaryFile([0xFF, 0xFE] + Array("id,a\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        defer { for path in [nulLate, nulEarly, utf16] { try? FileManager.default.removeItem(atPath: path) } }
        let lines = large.reduce(into: 0) { count, character in if character == "\n" { count += 1 } }
        #expect(throws: IngestError.nulByte(FileLocation(path: nulLate, line: lines + 1, column: 3))) {
            try NumericCSV.read(path: nulLate)
        }
        #expect(throws: IngestError.nulByte(FileLocation(path: nulEarly, line: 2, column: 2))) {
            try NumericCSV.read(path: nulEarly)
        }
        #expect(throws: IngestError.utf16(path: utf16)) { try NumericCSV.read(path: utf16) }
    }

    @Test("a missing file is reported")
    func missingFile() {
        #expect(throws: IngestError.fileNotFound(path: "/nonexistent/x.csv")) {
            try NumericCSV.read(path: "/nonexistent/x.csv")
        }
    }

    // MARK: - The eight-bytes-at-a-time number path

    /// A plain decimal: `sign`, `integer` digits, then (when `fraction` is set) a point and that
    /// many digits; the leading digit is 0 about one time in four.
    static func plainNumber(integer: Int, fraction: Int?, sign: String, rng: inout SplitMix64) -> String {
        var text = sign
        for i in 0..<integer {
            let digit = i == 0 && rng.next() % 4 == 0 ? 0 : rng.next() % 10
            text += String(digit)
        }
        if let fraction {
            text += "."
            for _ in 0..<fraction { text += String(rng.next() % 10) }
        }
        return text
    }

    /// Every length of 0…20 digits before and after the point, with and without a sign.
    static let plainNumbers: [String] = {
        var rng = SplitMix64(seed: 42)
        var cells: [String] = []
        for integer in 0...20 {
            for fraction in [nil] + Array(0...20) as [Int?] where integer + (fraction ?? 0) > 0 {
                for sign in ["", "-", "+"] {
                    cells.append(plainNumber(integer: integer, fraction: fraction, sign: sign, rng: &rng))
                }
            }
        }
        // Leading zeros that the significant-digit count must skip, and exact boundaries.
        cells += ["0", "-0", "00000000", "000000000000000000001", "0.000000000000000000001234",
                  "999999999999999", "1000000000000000", "9999999999999999", "0.999999999999999",
                  "123456789012345.6", "12345678.12345678", "99999999", "100000000", "18446744073709551615",
                  "18446744073709551616", "0000000000000000000000000000001.5", "7.", ".7", "-.7", "+7."]
        return cells
    }()

    @Test("plain numbers of 1…20 digits read bit for bit as Double(String), LF, CRLF and at the end")
    func plainNumbersBitForBit() throws {
        let cells = Self.plainNumbers
        for ending in ["\n", "\r\n", "\r"] {
            for finalBreak in [true, false] {
                var text = "id,a,b,c"
                for (i, cell) in cells.enumerated() {
                    text += (i % 3 == 0 ? "\(ending)R\(i / 3)," : ",") + cell
                }
                let pad = (3 - cells.count % 3) % 3
                text += String(repeating: ",1", count: pad)
                if finalBreak { text += ending }
                let table = try parseGuarded(text)
                #expect(table.diagnostics.isEmpty)
                try #require(table.rowCount == (cells.count + pad) / 3)
                for (i, cell) in cells.enumerated() {
                    let got = table.values[(i % 3) * table.rowCount + i / 3]
                    let expected = try #require(Double(cell), "\(cell)")
                    #expect(got.bitPattern == expected.bitPattern, "\(cell): \(got), expected \(expected)")
                }
                try expectMatchesReference(table, text)
            }
        }
    }

    @Test("a number that ends the file, alone or after others, is read without reading past the end")
    func numberAtTheEnd() throws {
        for cell in Self.plainNumbers + ["", "-", "1e5", "12%", "abc", " 5", "5 "] {
            for text in ["id,a\nx,\(cell)", "id,a,b\nx,1,\(cell)", "a,id\n\(cell),x", "id,a\nx,\(cell)\n",
                         "id,a\r\nx,\(cell)\r\n", "id,a\nx,\(cell)\r"] {
                let table = try parseGuarded(text, idColumn: text.hasPrefix("a,id") ? 1 : 0)
                try expectMatchesReference(table, text, idColumn: text.hasPrefix("a,id") ? 1 : 0)
                if let expected = Double(cell), let got = table.values.last {
                    #expect(got.bitPattern == expected.bitPattern, "\(cell) in \(text.debugDescription)")
                }
            }
        }
    }

    @Test("cells that are not plain decimals go to the general parser", arguments: [
        "\"1,234\"", "\"1,234.5\"", "12%", "12.5%", "1e5", "-1.5E-3", " 5", "5 ", " 5 ", "\t7", "1.2.3", "--", "-",
        "+", ".", "-.", "N/A", "无", "abc", "0x10", "１２", "－３", "1 000", "#DIV/0!", "2023-01-05", "inf", "nan",
        "1e999", "5.5.5", "12a", "a12", "\"7\"", "\"\"", "1\"2",
    ])
    func notPlain(_ cell: String) throws {
        let text = "id,a,b\nx,\(cell),1.5\ny,2,\(cell)\nz,3.25,4\n"
        try expectMatchesReference(try parseGuarded(text), text)
        let noBreak = "id,a,b\nx,1,\(cell)"
        try expectMatchesReference(try parseGuarded(noBreak), noBreak)
    }

    /// Random rows of a numeric CSV: plain numbers of every shape and, at `oddity` per mille of
    /// the cells and a tenth of that of the records, a cell, record or line ending that needs the
    /// general tokenizer or parser. Each row starts with a line break.
    static func randomRows(width: Int, idColumn: Int, ending: String, rows: Int, oddity: UInt64,
                           rng: inout SplitMix64) -> String {
        let endings = ["\n", "\r\n", "\r"]
        let odd = ["", "", " ", "-", "N/A", "12%", "1e3", "\"1,234\"", "abc", "\"5\"", "1.2.3", "+", ".", " 7 ",
                   "2023-01-05", "#N/A", "1\"2", "１２"]
        func cell() -> String {
            let r = rng.next() % 1000
            if r < oddity { return odd[Int(rng.next() % UInt64(odd.count))] }
            let long = r >= 900
            let integer = Int(rng.next() % (long ? 21 : 7))
            let fraction: Int? = rng.next() % 2 == 0 ? nil : Int(rng.next() % (long ? 21 : 4))
            let sign = ["", "", "", "-", "+"][Int(rng.next() % 5)]
            if integer + (fraction ?? 0) == 0 { return rng.next() % 2 == 0 ? "0" : "" }
            return plainNumber(integer: integer, fraction: fraction, sign: sign, rng: &rng)
        }
        var text = ""
        for row in 0..<rows {
            let r = rng.next() % 10_000
            text += r < oddity ? endings[Int(rng.next() % 3)] : ending
            switch r {
            case 0..<(oddity / 4): continue  // a blank line
            case (oddity / 4)..<(oddity / 2): text += String(repeating: ",", count: width - 1); continue  // all empty
            case (oddity / 2)..<(3 * oddity / 4):  // one field too many
                text += "S\(row)," + (0..<width).map { _ in cell() }.joined(separator: ","); continue
            case (3 * oddity / 4)..<oddity: text += "S\(row),1"; continue  // too few (unless two wide)
            default: break
            }
            text += (0..<width).map { $0 == idColumn ? (rng.next() % 30 == 0 ? "" : "C\(row)") : cell() }
                .joined(separator: ",")
        }
        return text
    }

    /// A random numeric CSV of 2…7 columns and `rows` rows (see ``randomRows``).
    static func randomCSV(rng: inout SplitMix64, rows: Int, oddity: UInt64 = 80) -> (text: String, idColumn: Int) {
        let width = 2 + Int(rng.next() % 6)
        let idColumn = Int(rng.next() % UInt64(width))
        let ending = ["\n", "\r\n", "\r"][Int(rng.next() % 3)]
        var text = (0..<width).map { $0 == idColumn ? "id" : "v\($0)" }.joined(separator: ",")
        text += randomRows(width: width, idColumn: idColumn, ending: ending, rows: rows, oddity: oddity, rng: &rng)
        if rng.next() % 2 == 0 { text += ending }
        return (text, idColumn)
    }

    @Test("random numeric CSVs read as the general tokenizer and NumberParser read them", arguments: 0..<8)
    func randomFiles(_ seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9)
        for _ in 0..<40 {
            let (text, idColumn) = Self.randomCSV(rng: &rng, rows: Int(rng.next() % 60))
            try expectMatchesReference(try parseGuarded(text, idColumn: idColumn), text, idColumn: idColumn)
        }
    }

    @Test("a large random file, read in two halves, matches the reference and ends without over-reading",
          arguments: [(1, 0), (2, 0), (3, 2)] as [(UInt64, UInt64)])
    func randomLargeFile(_ seed: UInt64, oddity: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let width = 6, idColumn = Int(seed % 6)
        var text = (0..<width).map { $0 == idColumn ? "id" : "v\($0)" }.joined(separator: ",")
        while text.utf8.count < 1_300_000 {
            text += Self.randomRows(width: width, idColumn: idColumn, ending: seed == 2 ? "\r\n" : "\n",
                                    rows: 1_000, oddity: oddity, rng: &rng)
        }
        #expect(text.utf8.count > 1 << 20)
        try expectMatchesReference(try parseGuarded(text, idColumn: idColumn), text, idColumn: idColumn)
    }
}
