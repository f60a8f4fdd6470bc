import Foundation
import Testing
import TICIngest
import TICSupport

/// The researcher files (decision matrix, pairwise matrix, weight samples) read from an .xlsx
/// workbook through the same table sources as a workspace: the same values as the CSV, and every
/// location naming the sheet and cell.
@Suite struct ResearchWorkbookTests {
    static func workbook(_ rows: [[WorkbookWriter.Cell]], sheet: String = "数据") -> [UInt8] {
        WorkbookWriter(sheets: [.init(name: sheet, rows: rows)]).bytes()
    }

    @Test("a decision matrix sheet reads as its CSV twin; a bad cell is sheet!cell")
    func decisionMatrix() throws {
        let csv = try DecisionMatrixFile(file: CSVFile(bytes: ContiguousArray("alt,price,quality\nA1,250,16\nA2,200,32\n".utf8), path: "m.csv"))
        let source = try XLSXSource(bytes: Self.workbook([[.text("alt"), .text("price"), .text("quality")],
                                                          [.text("A1"), .number(250), .number(16)],
                                                          [.text("A2"), .number(200), .number(32)]]), path: "m.xlsx")
        let sheet = try DecisionMatrixFile(source: source)
        #expect(sheet.values == csv.values && sheet.criteria == csv.criteria && sheet.alternatives == csv.alternatives)
        #expect(sheet.location(row: 1, column: 1).description == "m.xlsx:数据!C3")
        let bad = try XLSXSource(bytes: Self.workbook([[.text("alt"), .text("price")], [.text("A1"), .text("n/a")]]), path: "m.xlsx")
        let error = #expect(throws: IngestError.self) { _ = try DecisionMatrixFile(source: bad) }
        #expect(error?.location.description == "m.xlsx:数据!B2")
    }

    @Test("a pairwise matrix and weight samples read from a sheet; their locations name it")
    func pairwiseAndSamples() throws {
        let pairwise = try PairwiseMatrixFile(source: XLSXSource(bytes: Self.workbook([
            [.empty, .text("a"), .text("b")], [.text("b"), .text("1/3"), .number(1)], [.text("a"), .number(1), .number(3)],
        ]), path: "p.xlsx"))
        #expect(pairwise.labels == ["a", "b"] && pairwise.rows == [[1, 3], [1.0 / 3, 1]])
        #expect(pairwise.locations[0][1].description == "p.xlsx:数据!C3")
        let samples = try WeightSamplesFile(source: XLSXSource(bytes: Self.workbook([
            [.text("w1"), .text("w2")], [.number(0.5), .number(0.5)], [.number(0.2), .number(0.8)],
        ]), path: "w.xlsx"), columns: 2, maximumWeight: 1e100)
        #expect(samples.rows == 2 && samples.values == [0.5, 0.5, 0.2, 0.8])
        let bad = try XLSXSource(bytes: Self.workbook([[.number(0.5), .number(0.5)], [.number(0.2), .text("x")]]), path: "w.xlsx")
        let error = #expect(throws: IngestError.self) { _ = try WeightSamplesFile(source: bad, columns: 2, maximumWeight: 1e100) }
        #expect(error?.location.description == "w.xlsx:数据!B2")
    }
}
