import TICSupport
/// A streaming RFC 4180 CSV reader that works on UTF-8 bytes: the tokenizer of ``CSVSource``.
///
/// - Quoted fields may hold commas, doubled quotes (`""`) and line breaks.
/// - Records end with LF, CRLF or a lone CR; blank lines (a record with one empty field) are
///   skipped, so trailing blank lines are harmless.
/// - ``CSVRecord/string(_:)`` and ``CSVRecord/number(_:)`` read a cell neutralized against formula
///   injection (`'=1`, see ``SpreadsheetSafety``) back as its original text.
/// - A quote inside an unquoted field, or text after a closing quote, is kept and reported as a
///   warning; a quote that is never closed is an error that stops the file.
///
/// Complexity: one pass over the bytes; memory is one record's field positions.
public enum CSVReader {
    /// Calls `body` for every non-blank record of `text` (UTF-8, no BOM), header included.
    ///
    /// - Parameters:
    ///   - text: the decoded file (see ``TextDecoder``).
    ///   - path: the file name used in diagnostics.
    ///   - warnings: receives stray-quote warnings.
    ///   - body: called with each record; the record is valid only during the call.
    /// - Throws: ``IngestError/unterminatedQuote(_:)`` with the line and field where the quote opened.
    public static func forEachRecord(
        in text: ContiguousArray<UInt8>,
        path: String,
        warnings: inout [Diagnostic],
        _ body: (CSVRecord) throws -> Void
    ) throws {
        var spans = ContiguousArray<TableRow.Span>()
        spans.reserveCapacity(64)
        var scratch = ContiguousArray<UInt8>()
        try text.withUnsafeBufferPointer { buffer in
            var position = 0
            var line = 1
            while position < buffer.count {
                let recordLine = line
                let blank = try nextRecord(in: buffer, position: &position, line: &line, spans: &spans,
                                           scratch: &scratch, path: path, warnings: &warnings)
                if blank { continue }
                try spans.withUnsafeBufferPointer { spanBuffer in
                    try scratch.withUnsafeBufferPointer { scratchBuffer in
                        try body(TableRow(path: path, line: recordLine, text: buffer, scratch: scratchBuffer, spans: spanBuffer))
                    }
                }
            }
        }
    }

    /// Splits the record that starts at `position` into `spans` (and `scratch` for unescaped
    /// quoted fields), advancing `position` past its line break and `line` by the lines it spans.
    /// Returns true for a blank record (one empty field), which callers skip.
    /// - Precondition: `position < buffer.count`.
    static func nextRecord(
        in buffer: UnsafeBufferPointer<UInt8>,
        position: inout Int,
        line: inout Int,
        spans: inout ContiguousArray<TableRow.Span>,
        scratch: inout ContiguousArray<UInt8>,
        path: String,
        warnings: inout [Diagnostic]
    ) throws(IngestError) -> Bool {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        let count = buffer.count
        spans.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        var endOfRecord = false
        while !endOfRecord {
            if position < count && buffer[position] == quote {
                let openLine = line
                let openField = spans.count + 1
                position += 1
                let start = position
                var end = position
                var usesScratch = false
                var scratchStart = 0
                while true {
                    if position >= count {
                        throw .unterminatedQuote(FileLocation(path: path, line: openLine, column: openField))
                    }
                    let byte = buffer[position]
                    if byte == quote {
                        if position + 1 < count && buffer[position + 1] == quote {
                            if !usesScratch {
                                usesScratch = true
                                scratchStart = scratch.count
                                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<position]))
                            }
                            scratch.append(quote)
                            position += 2
                            continue
                        }
                        end = position
                        position += 1
                        break
                    }
                    if byte == lf || (byte == cr && (position + 1 >= count || buffer[position + 1] != lf)) {
                        line += 1
                    }
                    if usesScratch { scratch.append(byte) }
                    position += 1
                }
                if position < count, buffer[position] != comma, buffer[position] != lf, buffer[position] != cr {
                    warnings.append(Diagnostic(.textAfterClosingQuote(FileLocation(path: path, line: line, column: spans.count + 1))))
                    if !usesScratch {
                        usesScratch = true
                        scratchStart = scratch.count
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
                    }
                    while position < count, buffer[position] != comma, buffer[position] != lf, buffer[position] != cr {
                        scratch.append(buffer[position])
                        position += 1
                    }
                }
                spans.append(usesScratch
                    ? TableRow.Span(start: scratchStart, end: scratch.count, inScratch: true)
                    : TableRow.Span(start: start, end: end, inScratch: false))
            } else {
                let start = position
                var warned = false
                while position < count {
                    let byte = buffer[position]
                    if byte == comma || byte == lf || byte == cr { break }
                    if byte == quote && !warned {
                        warned = true
                        warnings.append(Diagnostic(.strayQuote(FileLocation(path: path, line: line, column: spans.count + 1))))
                    }
                    position += 1
                }
                spans.append(TableRow.Span(start: start, end: position, inScratch: false))
            }
            // What ends the field.
            if position >= count {
                endOfRecord = true
            } else if buffer[position] == comma {
                position += 1
                if position >= count {
                    spans.append(TableRow.Span(start: position, end: position, inScratch: false))
                    endOfRecord = true
                }
            } else {
                if buffer[position] == cr, position + 1 < count, buffer[position + 1] == lf { position += 1 }
                position += 1
                line += 1
                endOfRecord = true
            }
        }
        return spans.count == 1 && spans[0].start == spans[0].end
    }
}
