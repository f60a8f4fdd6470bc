import TICIngest

/// libFuzzer entry: the .xlsx reader. An input whose first byte is even is read as a whole
/// workbook (zip container first); otherwise the rest is a sheet's XML, wrapped in a minimal
/// workbook by ticeval's own zip writer so that the XML scanner and the sheet reader are reached
/// on every run. Every cell's displayed text is computed. Any trap or sanitizer report is a bug;
/// every refusal must be a ``WorkbookProblem``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = ZipLimits(entryBytes: 4 << 20, totalBytes: 8 << 20, ratio: 200, ratioFloor: 64 << 10)
    let bytes: [UInt8]
    if input[0] % 2 == 0 {
        bytes = input
    } else {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array(#"<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>"#.utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8))
        zip.add("xl/sharedStrings.xml", Array("<sst><si><t>a</t></si><si><r><t>b</t></r></si></sst>".utf8))
        zip.add("xl/worksheets/sheet1.xml", Array(input.dropFirst()))
        bytes = zip.finish()
    }
    guard let workbook = try? Workbook(bytes: bytes, limits: limits) else { return 0 }
    for sheet in workbook.sheets {
        guard let read = try? workbook.worksheet(named: sheet.name) else { continue }
        var last = 0
        for row in read.rows {
            precondition(row.number > last && !row.cells.isEmpty, "rows must increase and hold cells")
            last = row.number
            var column = 0
            for cell in row.cells {
                precondition(cell.column > column, "cells must increase")
                column = cell.column
                _ = cell.displayedText
            }
        }
    }
    return 0
}
