import TICIngest
import TICReport

/// libFuzzer entry: decodes arbitrary bytes as a CSV file (every encoding path), reads every
/// record and every cell as a string and as a number, then loads it as a table. Any trap,
/// sanitizer report or non-finite parsed value is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = ContiguousArray(UnsafeBufferPointer(start: data, count: size))
    for choice in [EncodingChoice.auto, .utf8, .gb18030] {
        guard let file = try? CSVFile(bytes: bytes, path: "fuzz.csv", encoding: choice) else { continue }
        var warnings: [Diagnostic] = []
        var lastLine = 0
        try? CSVReader.forEachRecord(in: file.text, path: file.path, warnings: &warnings) { record in
            precondition(record.line > lastLine, "record lines must increase")
            lastLine = record.line
            for i in 0..<record.count {
                _ = record.string(i)
                if case .value(let v) = record.number(i) { precondition(v.isFinite, "non-finite number") }
            }
        }
        var diagnostics: [Diagnostic] = []
        if let table = try? CSVTable(file: file, diagnostics: &diagnostics) {
            precondition(table.rows.count == table.lines.count)
            for row in table.rows { precondition(row.count == table.header.names.count) }
        }
        for d in diagnostics + warnings {
            precondition(d.location.line >= 1 && d.location.column >= 1)
            _ = d.formatted(.en)
            _ = d.formatted(.zh)
        }
    }
    return 0
}
