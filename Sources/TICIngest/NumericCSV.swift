#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import Dispatch

/// A fast reader for numeric CSV files such as annual reports: one identifier column, every other
/// column a number the way ``NumberParser`` reads it.
///
/// Same CSV and number rules as ``CSVReader`` and the workspace loader (RFC 4180 quoting, blank and
/// all-empty rows skipped, Excel numbers, missing markers); the difference is the output: one
/// column-major `ContiguousArray<Double>` allocated once from an upper bound on the row count (the
/// number of line breaks), with no per-row or per-cell allocation.
///
/// ```swift
/// let table = try NumericCSV.read(path: "Datasets/sample/reports/2024.csv")
/// table.columns[0]                       // "year"
/// table.withColumn(1) { $0.reduce(0, +) } // sum of the second numeric column
/// ```
///
/// - Complexity: O(bytes); memory is the file's bytes plus `8 × rows × columns` bytes.
public enum NumericCSV {
    /// Reads and parses the file at `path`.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - idColumn: the 0-based column kept as text (``NumericTable/ids``); every other column is numeric.
    ///   - encoding: as for ``CSVFile``.
    /// - Returns: the table; rows with the wrong number of fields are skipped with a
    ///   ``IngestError/fieldCount(_:expected:found:)`` diagnostic, cells that are not numbers are NaN
    ///   with a diagnostic naming the cell; a decoding note (``TextDecoder/Decoded/note``) comes first.
    /// - Throws: ``IngestError`` when the file cannot be read or decoded, is empty, or has an
    ///   unterminated quote.
    public static func read(path: String, idColumn: Int = 0, encoding: EncodingChoice = .auto) throws(IngestError) -> NumericTable {
        let bytes = try readBytes(path: path)
        // Plain ASCII without NUL bytes is what TextDecoder would return: it is parsed as read, and
        // the survey that counts its line breaks stands in for the decoder's scans.
        if encoding != .gb18030, let table = try bytes.withUnsafeBufferPointer({ (buffer) throws(IngestError) in
            try parse(bytes: buffer, path: path, idColumn: idColumn, onlyASCII: true)
        }) {
            return table
        }
        let decoded = try TextDecoder.decode(bytes, path: path, choice: encoding)
        let table = try parse(decoded.bytes, path: path, idColumn: idColumn)
        guard let note = decoded.note else { return table }
        return NumericTable(header: table.header, columns: table.columns, ids: table.ids, lines: table.lines,
                            values: table.values, diagnostics: [Diagnostic(note)] + table.diagnostics)
    }

    /// Parses decoded UTF-8 text (no BOM); `path` names it in diagnostics.
    ///
    /// Records without a quote go through a fused scan-and-parse loop (plain decimals are converted
    /// while the delimiters are found; any other cell goes to ``NumberParser/parse(_:)-(UnsafeBufferPointer<UInt8>)``);
    /// a record with a quote, the wrong number of fields or a blank line is re-read by the general
    /// RFC 4180 tokenizer, so results and diagnostics are those of ``CSVReader``.
    public static func parse(_ text: ContiguousArray<UInt8>, path: String, idColumn: Int = 0) throws(IngestError) -> NumericTable {
        try text.withUnsafeBufferPointer { (buffer) throws(IngestError) in
            // Without `onlyASCII` there is always a table.
            try parse(bytes: buffer, path: path, idColumn: idColumn, onlyASCII: false)!
        }
    }

    /// ``parse(_:path:idColumn:)`` on bytes the caller keeps alive; no byte at or past
    /// `buffer.count` is read. With `onlyASCII`, returns nil (having read nothing but a survey)
    /// when the bytes hold a byte ≥ 0x80 or a NUL, so the caller decodes them first.
    ///
    /// A text of at least 1 MiB is cut just after the first LF past its middle; a second thread
    /// surveys the second part (``TextSurvey``: line breaks, quotes, ASCII) while this one surveys
    /// the first, then, once the header is read and the storage allocated (one row per line
    /// break), reads the second part speculatively while this one reads the first. At its first
    /// record that needs the general tokenizer it stops, and that part is read again in order.
    static func parse(bytes buffer: UnsafeBufferPointer<UInt8>, path: String, idColumn: Int,
                      onlyASCII: Bool) throws(IngestError) -> NumericTable? {
        let mid = splitCandidate(buffer)
        let second = SecondPart()
        let group = DispatchGroup()
        if let mid {
            let job = UncheckedSendable(value: (second, buffer, mid))
            DispatchQueue.global().async(group: group) {
                let (second, buffer, mid) = job.value
                second.run(buffer, from: mid)
            }
        }
        // Whatever happens here, the second thread is released and joined before we return.
        var released = false
        defer {
            if mid != nil {
                if !released { second.go.signal() }
                group.wait()
            }
        }
        let firstSurvey = TextSurvey(buffer, 0..<(mid ?? buffer.count))
        var survey = firstSurvey
        if mid != nil {
            second.surveyed.wait()
            survey = survey + second.survey
        }
        if onlyASCII && (survey.nonASCII || survey.nul) { return nil }

        var state = ParseState(path: path, idColumn: idColumn, bound: 0)
        var storage = ContiguousArray<Double>()
        var structural: [Diagnostic] = []
        var spans = ContiguousArray<CSVRecord.Span>()
        var scratch = ContiguousArray<UInt8>()
        var position = 0
        var line = 1
        /// Reads records until `end` (a record boundary), or until the header has been read.
        func sequential(until end: Int) throws(IngestError) {
            while position < end {
                let header = state.header != nil
                if header {
                    state.fastRecords(buffer, position: &position, line: &line, until: end)
                    if position >= end { break }
                }
                let startLine = line
                let blank = try CSVReader.nextRecord(in: buffer, position: &position, line: &line, spans: &spans,
                                                     scratch: &scratch, path: path, warnings: &structural)
                if blank { continue }
                try spans.withUnsafeBufferPointer { (spanBuffer) throws(IngestError) in
                    try scratch.withUnsafeBufferPointer { (scratchBuffer) throws(IngestError) in
                        try state.general(CSVRecord(line: startLine, text: buffer, scratch: scratchBuffer, spans: spanBuffer))
                    }
                }
                if !header { break }  // the header: allocate, then look for a split of the rest
            }
        }
        try sequential(until: buffer.count)
        guard let header = state.header else { throw .emptyFile(path: path) }
        // No more data records than line breaks after the header (one more without a final break).
        let headerSurvey = TextSurvey(buffer, 0..<position)
        let last = buffer.count > position ? buffer[buffer.count - 1] : 0x0A
        storage = state.allocate(bound: survey.lineBreaks - headerSurvey.lineBreaks + (last == 0x0A || last == 0x0D ? 0 : 1))
        try storage.withUnsafeMutableBufferPointer { (out) throws(IngestError) in
            state.output = out.baseAddress
            defer { state.output = nil }
            // Two parts at once when the rest is large and has no quote (a quoted field may span lines).
            if let mid, mid > position, buffer.count - position >= 1 << 20, survey.quotes == headerSurvey.quotes {
                var later = state.continuation(rowOffset: state.rows + firstSurvey.lineBreaks - headerSurvey.lineBreaks)
                later.output = out.baseAddress
                second.state = later
                released = true
                second.go.signal()
                do throws(IngestError) {
                    while position < mid { try sequential(until: mid) }
                } catch {
                    group.wait()
                    throw error
                }
                group.wait()
                if second.succeeded, let later = second.state {
                    state.absorb(later, lineOffset: line - 1, storage: out.baseAddress!)
                    position = buffer.count
                }
            }
            while position < buffer.count { try sequential(until: buffer.count) }
        }
        return state.finish(header: header, storage: &storage, structural: structural)
    }

    /// Where a text of at least 1 MiB may be cut in two: just after the first LF past its middle.
    static func splitCandidate(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        guard p.count >= 1 << 20, let base = p.baseAddress else { return nil }
        let middle = p.count / 2
        guard let lf = memchr(base + middle, 0x0A, p.count - middle) else { return nil }
        let split = UnsafeRawPointer(lf) - UnsafeRawPointer(base) + 1
        return split < p.count ? split : nil
    }

    /// The second part of a text cut in two, and what its thread hands back.
    ///
    /// The thread surveys the part and signals `surveyed`, then waits for `go`: with a `state` set,
    /// it reads the part with the fast path only; without, it stops. The semaphores order every
    /// access to the fields between the two threads.
    final class SecondPart: @unchecked Sendable {
        let surveyed = DispatchSemaphore(value: 0)
        let go = DispatchSemaphore(value: 0)
        var survey = TextSurvey()
        var state: ParseState?
        var succeeded = false

        func run(_ buffer: UnsafeBufferPointer<UInt8>, from mid: Int) {
            survey = TextSurvey(buffer, mid..<buffer.count)
            surveyed.signal()
            go.wait()
            guard var later = state else { return }
            succeeded = later.readFast(buffer, from: mid)
            state = later
        }
    }

    /// What ``parse(_:path:idColumn:)`` accumulates.
    struct ParseState {
        let path: String
        let idColumn: Int
        /// Upper bound on the data rows: the stride of a column while reading.
        var bound: Int
        var header: [String]?
        var columns: [String] = []
        var width = 0
        var rows = 0
        var ids: [String] = []
        var lines = ContiguousArray<Int32>()
        var found: [Diagnostic] = []
        /// The column-major values (stride ``bound``), set while data rows are read.
        var output: UnsafeMutablePointer<Double>?
        /// The storage row of this reader's first row.
        var rowOffset = 0

        init(path: String, idColumn: Int, bound: Int) {
            self.path = path
            self.idColumn = idColumn
            self.bound = bound
        }

        /// A record from the general tokenizer: the header, or a data row.
        mutating func general(_ record: CSVRecord) throws(IngestError) {
            guard let head = header else {
                var names: [String] = []
                names.reserveCapacity(record.count)
                for i in 0..<record.count { names.append(record.string(i)) }
                guard idColumn >= 0 && idColumn < names.count else {
                    throw .missingColumn(FileLocation(path: path, line: record.line, column: names.count + 1),
                                         name: "column \(idColumn + 1)")
                }
                header = names
                width = names.count
                for (i, name) in names.enumerated() where i != idColumn { columns.append(name) }
                return
            }
            if record.count != width {
                var allEmpty = true
                for i in 0..<record.count where !record.isEmpty(i) { allEmpty = false; break }
                if allEmpty { return }
                found.append(Diagnostic(.fieldCount(FileLocation(path: path, line: record.line, column: 1),
                                                    expected: width, found: record.count)))
                return
            }
            var allEmpty = true
            var problems: [Diagnostic] = []
            var cell = output.map { $0 + (rowOffset + rows) }  // this row's value in the current column
            for i in 0..<width where i != idColumn {
                let value: Double
                switch record.number(i) {
                case .value(let v):
                    value = v
                    allEmpty = false
                case .missing:
                    value = .nan
                    if allEmpty && !record.isEmpty(i) { allEmpty = false }
                case .invalid(let reason):
                    value = .nan
                    allEmpty = false
                    problems.append(Diagnostic(WorkspaceLoader.invalid(
                        reason, location: FileLocation(path: path, line: record.line, column: i + 1),
                        column: head[i], text: record.string(i))))
                }
                guard let at = cell else { preconditionFailure("NumericCSV: a data row before the storage was allocated") }
                at.pointee = value
                cell = at + bound
            }
            if allEmpty && record.isEmpty(idColumn) { return }
            found.append(contentsOf: problems)
            ids.append(record.string(idColumn))
            lines.append(Int32(truncatingIfNeeded: record.line))
            rows += 1
        }

        /// Reads data records with ``fastRecord(_:position:line:powers:)`` from `position` until `end` or
        /// the first record that needs the general tokenizer (`position` is then at its start).
        mutating func fastRecords(_ p: UnsafeBufferPointer<UInt8>, position: inout Int, line: inout Int, until end: Int) {
            NumberParser.exactPowersOfTen.withUnsafeBufferPointer { powers in
                while position < end, fastRecord(p, position: &position, line: &line, powers: powers) {}
            }
        }

        /// Reads one data record without quotes directly from the bytes. Returns false (having
        /// kept nothing) when the record needs the general tokenizer: a quote, a field count
        /// other than the header's, no field at all (a blank line), or a cell that is not a number
        /// (the general path reports it).
        ///
        /// Plain decimals, `[-+]?d*(.d*)?` with at most 15 significant digits (the rules of
        /// `NumberParser.parsePlainDecimal`), are converted while the delimiters are found, eight
        /// bytes at a time (``DecimalDigits``), and rounded once: `Double(mantissa) / 10^decimals`
        /// (`powers`: `NumberParser.exactPowersOfTen`), exact operands, so correctly rounded
        /// (Clinger's fast path). Any other cell goes to
        /// ``NumberParser/parse(_:)-(UnsafeBufferPointer<UInt8>)``.
        @inline(__always)
        mutating func fastRecord(_ p: UnsafeBufferPointer<UInt8>, position: inout Int, line: inout Int,
                                 powers: UnsafeBufferPointer<Double>) -> Bool {
            guard let base = p.baseAddress, let output else { return false }
            let comma = UInt8(ascii: ","), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, quote = UInt8(ascii: "\"")
            let dot = UInt8(ascii: "."), minus = UInt8(ascii: "-"), plus = UInt8(ascii: "+")
            let count = p.count, width = self.width, idColumn = self.idColumn, bound = self.bound
            var cell = output + (rowOffset + rows)  // this row's value in the current column
            var q = position
            var idStart = q, idEnd = q
            var anyValue = false
            var field = 0
            var endedByBreak = false
            while true {
                let start = q
                if field == idColumn {
                    while q < count {
                        let b = base[q]
                        if b == comma || b == lf || b == cr { break }
                        if b == quote { return false }
                        q &+= 1
                    }
                    idStart = start
                    idEnd = q
                } else {
                    var word = DecimalDigits.word(base, at: q, count: count)
                    let first = UInt8(truncatingIfNeeded: word)
                    var negative = false
                    if first == minus || first == plus {
                        negative = first == minus
                        q &+= 1
                        word = DecimalDigits.word(base, at: q, count: count)
                    }
                    // The digits before and after the point, eight at a time; past 19 digits the
                    // mantissa may have wrapped and the cell goes to the general parser.
                    var (mantissa, run) = DecimalDigits.leading(word)
                    q &+= run
                    var digits = run
                    while run == 8 && digits <= 19 {
                        let next = DecimalDigits.leading(DecimalDigits.word(base, at: q, count: count))
                        mantissa = mantissa &* DecimalDigits.power(next.count) &+ next.value
                        run = next.count
                        q &+= run
                        digits &+= run
                    }
                    var decimals = 0
                    if q < count && base[q] == dot {
                        q &+= 1
                        repeat {
                            let next = DecimalDigits.leading(DecimalDigits.word(base, at: q, count: count))
                            mantissa = mantissa &* DecimalDigits.power(next.count) &+ next.value
                            run = next.count
                            q &+= run
                            decimals &+= run
                        } while run == 8 && digits &+ decimals <= 19
                        digits &+= decimals
                    }
                    let end = q < count ? base[q] : lf
                    var plain = true
                    if end != comma && end != lf && end != cr {
                        if end == quote { return false }
                        plain = false
                        q &+= 1
                        while q < count {
                            let b = base[q]
                            if b == comma || b == lf || b == cr { break }
                            if b == quote { return false }
                            q &+= 1
                        }
                    }
                    let value: Double
                    if plain && digits > 0 && digits <= 19 && mantissa < 1_000_000_000_000_000 {
                        // mantissa < 10^15 ≤ 2^53 and decimals ≤ 19: both operands exact.
                        let magnitude = Double(mantissa) / powers[decimals]
                        value = negative ? -magnitude : magnitude
                        anyValue = true
                    } else if q == start {
                        value = .nan
                    } else {
                        let text = UnsafeBufferPointer(rebasing: p[start..<q])
                        switch NumberParser.parse(text) {
                        case .value(let v):
                            value = v
                            anyValue = true
                        case .missing:
                            value = .nan
                            if !anyValue { for b in text where b != 0x20 && b != 0x09 { anyValue = true; break } }
                        case .invalid:
                            return false
                        }
                    }
                    cell.pointee = value
                    cell += bound
                }
                field &+= 1
                // What ends the field.
                if q >= count { break }
                if base[q] == comma {
                    q &+= 1
                    if field == width || q >= count { return false }
                    continue
                }
                if base[q] == cr && q &+ 1 < count && base[q &+ 1] == lf { q &+= 1 }
                q &+= 1
                endedByBreak = true
                break
            }
            guard field == width else { return false }
            let recordLine = line
            if endedByBreak { line &+= 1 }
            position = q
            let id = UnsafeBufferPointer(rebasing: p[idStart..<idEnd])
            if !anyValue && Self.trimmed(id).isEmpty { return true }  // an all-empty row is skipped
            ids.append(Self.trimmed(id))
            lines.append(Int32(truncatingIfNeeded: recordLine))
            rows &+= 1
            return true
        }

        /// The field as a string without leading and trailing ASCII spaces and tabs, a neutralized
        /// formula cell read back as its original text (as ``CSVRecord/string(_:)``).
        static func trimmed(_ raw: UnsafeBufferPointer<UInt8>) -> String {
            CSVRecord.text(raw)
        }

        /// Allocates the column-major values for at most `bound` rows (called once the header is read).
        /// Returns the storage; its values are written through ``output``.
        mutating func allocate(bound: Int) -> ContiguousArray<Double> {
            self.bound = bound
            ids.reserveCapacity(bound)
            lines.reserveCapacity(bound)
            let capacity = columns.count * bound
            return ContiguousArray(unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
        }

        /// A reader for a later part of the same file: same header, its rows from `rowOffset` on.
        func continuation(rowOffset: Int) -> ParseState {
            var next = ParseState(path: path, idColumn: idColumn, bound: bound)
            next.header = header
            next.columns = columns
            next.width = width
            next.rowOffset = rowOffset
            next.ids.reserveCapacity(bound - rowOffset)
            next.lines.reserveCapacity(bound - rowOffset)
            return next
        }

        /// Reads `p[from...]` with the fast path only, lines counted from 1; false at the first
        /// record it cannot read (the fast path keeps no diagnostic).
        mutating func readFast(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
            var position = from, line = 1
            fastRecords(p, position: &position, line: &line, until: p.count)
            return position == p.count
        }

        /// Appends the rows of `later` (read by ``readFast(_:from:)``), moving its values down to follow ours.
        mutating func absorb(_ later: ParseState, lineOffset: Int, storage: UnsafeMutablePointer<Double>) {
            let from = later.rowOffset, to = rowOffset + rows, count = later.rows
            if from != to, count > 0 {
                for c in 0..<columns.count {
                    memmove(storage + c * bound + to, storage + c * bound + from, count * MemoryLayout<Double>.stride)
                }
            }
            ids.append(contentsOf: later.ids)
            for line in later.lines { lines.append(line + Int32(truncatingIfNeeded: lineOffset)) }
            rows += count
        }

        /// Moves the columns of `storage` (from ``allocate(bound:)``) to stride `rows` and drops the unused capacity.
        func finish(header: [String], storage: inout ContiguousArray<Double>, structural: [Diagnostic]) -> NumericTable {
            let valueColumns = columns.count, rows = self.rows, bound = self.bound
            if rows < bound {
                storage.withUnsafeMutableBufferPointer { p in
                    for c in 1..<Swift.max(1, valueColumns) {
                        // Moving left never overwrites a column not yet moved (c·rows ≤ c·bound).
                        memmove(p.baseAddress! + c * rows, p.baseAddress! + c * bound, rows * MemoryLayout<Double>.stride)
                    }
                }
                storage.removeLast(storage.count - valueColumns * rows)
            }
            return NumericTable(header: header, columns: columns, ids: ids, lines: lines, values: storage,
                                diagnostics: structural + found)
        }
    }

    /// The whole file, read once into its final buffer (no intermediate `Data`).
    static func readBytes(path: String) throws(IngestError) -> ContiguousArray<UInt8> {
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            if errno == ENOENT { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, code: errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, code: errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, code: EISDIR) }
        let size = Int(info.st_size)
        var failure: Int32 = 0
        let bytes = ContiguousArray<UInt8>(unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let n = readSome(fd, buffer.baseAddress! + done, size - done)
                if n < 0 { if errno == EINTR { continue }; failure = errno; break }
                if n == 0 { break }
                done += n
            }
            count = done
        }
        if failure != 0 { throw .unreadable(path: path, code: failure) }
        return bytes
    }
}

/// A value handed to another thread by a caller that guarantees it is safe to (disjoint writes,
/// joined before use).
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
}

/// `read(2)`, named apart from ``NumericCSV/read(path:idColumn:encoding:)``.
private func readSome(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, buffer, count)
}
