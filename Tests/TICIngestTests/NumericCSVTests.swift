import Foundation
import Testing
@testable import TICIngest

/// The slow, obviously right reading: the general tokenizer and ``NumberParser`` cell by cell.
private func reference(_ text: String, idColumn: Int = 0) throws -> (ids: [String], lines: [Int], columns: [[Double]], problems: Int) {
    var warnings: [Diagnostic] = []
    var header: [String]?
    var ids: [String] = [], lines: [Int] = []
    var columns: [[Double]] = []
    var problems = 0
    try CSVReader.forEachRecord(in: ContiguousArray(text.utf8), path: "t.csv", warnings: &warnings) { record in
        guard let head = header else {
            header = (0..<record.count).map { record.string($0) }
            columns = Array(repeating: [], count: record.count - 1)
            return
        }
        var allEmpty = true
        for i in 0..<record.count where !record.isEmpty(i) { allEmpty = false }
        if allEmpty { return }
        guard record.count == head.count else { problems += 1; return }
        var c = 0
        for i in 0..<record.count where i != idColumn {
            switch record.number(i) {
            case .value(let v): columns[c].append(v)
            case .missing: columns[c].append(.nan)
            case .invalid: columns[c].append(.nan); problems += 1
            }
            c += 1
        }
        ids.append(record.string(idColumn))
        lines.append(record.line)
    }
    return (ids, lines, columns, problems + warnings.count)
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

    @Test("a missing file is reported")
    func missingFile() {
        #expect(throws: IngestError.fileNotFound(path: "/nonexistent/x.csv")) {
            try NumericCSV.read(path: "/nonexistent/x.csv")
        }
    }
}
