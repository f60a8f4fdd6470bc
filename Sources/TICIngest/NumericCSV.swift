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
    ///   with a diagnostic naming the cell.
    /// - Throws: ``IngestError`` when the file cannot be read or decoded, is empty, or has an
    ///   unterminated quote.
    public static func read(path: String, idColumn: Int = 0, encoding: EncodingChoice = .auto) throws(IngestError) -> NumericTable {
        let bytes = try readBytes(path: path)
        let decoded = try TextDecoder.decode(bytes, path: path, choice: encoding)
        return try parse(decoded.bytes, path: path, idColumn: idColumn)
    }

    /// Parses decoded UTF-8 text (no BOM); `path` names it in diagnostics.
    ///
    /// Records without a quote go through a fused scan-and-parse loop (plain decimals are converted
    /// while the delimiters are found; any other cell goes to ``NumberParser/parse(_:)-(UnsafeBufferPointer<UInt8>)``);
    /// a record with a quote, the wrong number of fields or a blank line is re-read by the general
    /// RFC 4180 tokenizer, so results and diagnostics are those of ``CSVReader``.
    public static func parse(_ text: ContiguousArray<UInt8>, path: String, idColumn: Int = 0) throws(IngestError) -> NumericTable {
        var state = ParseState(path: path, idColumn: idColumn, bound: 0)
        var structural: [Diagnostic] = []
        var spans = ContiguousArray<CSVRecord.Span>()
        var scratch = ContiguousArray<UInt8>()
        try text.withUnsafeBufferPointer { (buffer) throws(IngestError) in
            var position = 0
            var line = 1
            /// Reads records until `end` (a record boundary).
            func sequential(until end: Int) throws(IngestError) {
                while position < end {
                    let start = position, startLine = line
                    if state.header != nil,
                       state.fastRecord(buffer, position: &position, line: &line) {
                        continue
                    }
                    position = start
                    line = startLine
                    let blank = try CSVReader.nextRecord(in: buffer, position: &position, line: &line, spans: &spans,
                                                         scratch: &scratch, path: path, warnings: &structural)
                    if blank { continue }
                    try spans.withUnsafeBufferPointer { (spanBuffer) throws(IngestError) in
                        try scratch.withUnsafeBufferPointer { (scratchBuffer) throws(IngestError) in
                            try state.general(CSVRecord(line: startLine, text: buffer, scratch: scratchBuffer, spans: spanBuffer))
                        }
                    }
                    if state.header != nil { break }  // the header: look for a split of the rest
                }
            }
            try sequential(until: buffer.count)
            if state.header != nil {
                // No more data records than line breaks after the header (one more without a final break).
                let last = buffer.count > position ? buffer[buffer.count - 1] : 0x0A
                state.allocate(bound: breaks(buffer, position..<buffer.count) + (last == 0x0A || last == 0x0D ? 0 : 1))
            }
            // A large rest without quotes is read in two halves at once; the second half is
            // speculative: at its first irregular record (or diagnostic) it is read again in order.
            if state.header != nil, let mid = splitPoint(buffer, from: position) {
                var storage = ContiguousArray<Double>()
                swap(&storage, &state.storage)
                defer { swap(&storage, &state.storage) }
                try storage.withUnsafeMutableBufferPointer { (out) throws(IngestError) in
                    let second = UnsafeMutablePointer<ParseState>.allocate(capacity: 1)
                    defer { second.deinitialize(count: 1).deallocate() }
                    second.initialize(to: state.continuation(rowOffset: state.rows + breaks(buffer, position..<mid)))
                    second.pointee.shared = out.baseAddress
                    state.shared = out.baseAddress
                    defer { state.shared = nil }
                    let job = UncheckedSendable(value: (second, buffer, mid))
                    let group = DispatchGroup()
                    let succeeded = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
                    defer { succeeded.deallocate() }
                    succeeded.initialize(to: false)
                    let flag = UncheckedSendable(value: succeeded)
                    DispatchQueue.global().async(group: group) {
                        let (second, buffer, mid) = job.value
                        flag.value.pointee = second.pointee.readFast(buffer, from: mid)
                    }
                    do throws(IngestError) {
                        while position < mid { try sequential(until: mid) }
                    } catch {
                        group.wait()
                        throw error
                    }
                    group.wait()
                    if succeeded.pointee {
                        state.absorb(second.pointee, lineOffset: line - 1, storage: out.baseAddress!)
                        position = buffer.count
                    }
                    while position < buffer.count { try sequential(until: buffer.count) }
                }
            } else {
                while position < buffer.count { try sequential(until: buffer.count) }
            }
        }
        guard let header = state.header else { throw .emptyFile(path: path) }
        return state.finish(header: header, structural: structural)
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
        var storage = ContiguousArray<Double>()
        /// When set, values go here (the storage of the reader that owns it) instead of `storage`.
        var shared: UnsafeMutablePointer<Double>?
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
            let bound = self.bound, width = self.width, idColumn = self.idColumn
            var problems: [Diagnostic] = []
            var values = ContiguousArray<Double>()
            swap(&values, &storage)
            defer { swap(&values, &storage) }
            let path = self.path, row = rowOffset + rows, shared = self.shared
            values.withUnsafeMutableBufferPointer { buffer in
                let out = shared ?? buffer.baseAddress!
                var c = 0
                for i in 0..<width where i != idColumn {
                    let value: Double
                    switch NumberParser.parse(record.bytes(i)) {
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
                    out[c * bound + row] = value
                    c += 1
                }
            }
            if allEmpty && record.isEmpty(idColumn) { return }
            found.append(contentsOf: problems)
            ids.append(record.string(idColumn))
            lines.append(Int32(truncatingIfNeeded: record.line))
            rows += 1
        }

        /// Reads one data record without quotes directly from the bytes. Returns false (having
        /// kept nothing) when the record needs the general tokenizer: a quote, a field count
        /// other than the header's, or no field at all (a blank line).
        mutating func fastRecord(_ p: UnsafeBufferPointer<UInt8>, position: inout Int, line: inout Int) -> Bool {
            let comma = UInt8(ascii: ","), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, quote = UInt8(ascii: "\"")
            let dot = UInt8(ascii: "."), minus = UInt8(ascii: "-"), plus = UInt8(ascii: "+")
            let count = p.count, width = self.width, idColumn = self.idColumn, bound = self.bound, row = rowOffset + rows
            let recordLine = line
            var q = position
            var idStart = q, idEnd = q
            var anyValue = false
            var field = 0
            var complete = false, endedByBreak = false
            var values = ContiguousArray<Double>()
            swap(&values, &storage)
            defer { swap(&values, &storage) }
            let path = self.path, names = header!
            var problems: [Diagnostic] = []
            let shared = self.shared
            let ok: Bool = values.withUnsafeMutableBufferPointer { buffer in
                let out = shared ?? buffer.baseAddress!
                var c = 0
                while true {
                    let start = q
                    if field == idColumn {
                        while q < count {
                            let b = p[q]
                            if b == comma || b == lf || b == cr { break }
                            if b == quote { return false }
                            q += 1
                        }
                        idStart = start
                        idEnd = q
                    } else {
                        // Fused scan and plain-decimal conversion (NumberParser.parsePlainDecimal's rules):
                        // `[-+]?d*(.d*)?` with a digit, at most 15 significant digits, at most 22 decimals.
                        var negative = false
                        if q < count && (p[q] == minus || p[q] == plus) { negative = p[q] == minus; q += 1 }
                        var mantissa: UInt64 = 0
                        var significant = 0
                        let integerStart = q
                        while q < count {
                            let d = p[q] &- 0x30
                            if d >= 10 { break }
                            mantissa = mantissa &* 10 &+ UInt64(d)
                            significant &+= mantissa != 0 ? 1 : 0  // digits from the first non-zero one
                            q += 1
                        }
                        var digits = q - integerStart, fraction = 0
                        if q < count && p[q] == dot {
                            q += 1
                            let fractionStart = q
                            while q < count {
                                let d = p[q] &- 0x30
                                if d >= 10 { break }
                                mantissa = mantissa &* 10 &+ UInt64(d)
                                significant &+= mantissa != 0 ? 1 : 0
                                q += 1
                            }
                            fraction = q - fractionStart
                            digits += fraction
                        }
                        var plain = true
                        if q < count {
                            let b = p[q]
                            if b == quote { return false }
                            if b != comma && b != lf && b != cr {
                                plain = false
                                q += 1
                                while q < count {
                                    let b = p[q]
                                    if b == comma || b == lf || b == cr { break }
                                    if b == quote { return false }
                                    q += 1
                                }
                            }
                        }
                        let value: Double
                        if q == start {
                            value = .nan
                        } else if plain && digits > 0 && significant <= 15 && fraction <= 22 {
                            var v = Double(mantissa)
                            if fraction > 0 { v /= NumberParser.exactPowersOfTen[fraction] }
                            value = negative ? -v : v
                            anyValue = true
                        } else {
                            let cell = UnsafeBufferPointer(rebasing: p[start..<q])
                            switch NumberParser.parse(cell) {
                            case .value(let v):
                                value = v
                                anyValue = true
                            case .missing:
                                value = .nan
                                if !anyValue { for b in cell where b != 0x20 && b != 0x09 { anyValue = true; break } }
                            case .invalid(let reason):
                                value = .nan
                                anyValue = true
                                problems.append(Diagnostic(WorkspaceLoader.invalid(
                                    reason, location: FileLocation(path: path, line: recordLine, column: field + 1),
                                    column: names[field], text: Self.trimmed(cell))))
                            }
                        }
                        out[c * bound + row] = value
                        c += 1
                    }
                    field += 1
                    // What ends the field.
                    if q >= count { complete = true; break }
                    if p[q] == comma {
                        q += 1
                        if field == width || q >= count { return false }
                        continue
                    }
                    if p[q] == cr && q + 1 < count && p[q + 1] == lf { q += 1 }
                    q += 1
                    complete = true
                    endedByBreak = true
                    break
                }
                return complete && field == width
            }
            guard ok else { return false }
            if endedByBreak { line += 1 }
            position = q
            let id = UnsafeBufferPointer(rebasing: p[idStart..<idEnd])
            if !anyValue && Self.trimmed(id).isEmpty { return true }  // an all-empty row is skipped
            found.append(contentsOf: problems)
            ids.append(Self.trimmed(id))
            lines.append(Int32(truncatingIfNeeded: recordLine))
            rows += 1
            return true
        }

        /// The field as a string without leading and trailing ASCII spaces and tabs (as ``CSVRecord/string(_:)``).
        static func trimmed(_ raw: UnsafeBufferPointer<UInt8>) -> String {
            var start = 0, end = raw.count
            while start < end, raw[start] == 0x20 || raw[start] == 0x09 { start += 1 }
            while end > start, raw[end - 1] == 0x20 || raw[end - 1] == 0x09 { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: raw[start..<end]), as: UTF8.self)
        }

        /// Allocates the column-major values for at most `bound` rows (called once the header is read).
        mutating func allocate(bound: Int) {
            self.bound = bound
            let capacity = (width - 1) * bound
            storage = ContiguousArray(unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
            ids.reserveCapacity(bound)
            lines.reserveCapacity(bound)
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
        /// record it cannot read or the first diagnostic.
        mutating func readFast(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
            var position = from, line = 1
            while position < p.count {
                guard fastRecord(p, position: &position, line: &line), found.isEmpty else { return false }
            }
            return true
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

        /// Moves the columns to stride `rows` and drops the unused capacity.
        mutating func finish(header: [String], structural: [Diagnostic]) -> NumericTable {
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

    /// Where to split `p[from...]` in two for reading both halves at once: just after the first LF
    /// past the middle; nil when the rest is under 1 MiB or holds a quote (a quoted field may span lines).
    static func splitPoint(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let rest = p.count - from
        guard rest >= 1 << 20, let base = p.baseAddress,
              memchr(base + from, Int32(UInt8(ascii: "\"")), rest) == nil else { return nil }
        let middle = from + rest / 2
        guard let lf = memchr(base + middle, 0x0A, p.count - middle) else { return nil }
        let split = UnsafeRawPointer(lf) - UnsafeRawPointer(base) + 1
        return split < p.count ? split : nil
    }

    /// The number of line breaks (LF, CR, or CR LF counted once) in `p[range]`.
    static func breaks(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = p.baseAddress else { return 0 }
        var count = 0
        for byte: UInt8 in [0x0A, 0x0D] {
            var position = range.lowerBound
            while position < range.upperBound,
                  let hit = memchr(base + position, Int32(byte), range.upperBound - position) {
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                // A CR followed by an LF in the range ends the same line as that LF.
                if byte == 0x0D && offset + 1 < range.upperBound && p[offset + 1] == 0x0A { count -= 1 }
                count += 1
                position = offset + 1
            }
        }
        return count
    }

    /// The whole file, read once into its final buffer (no intermediate `Data`).
    static func readBytes(path: String) throws(IngestError) -> ContiguousArray<UInt8> {
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            if errno == ENOENT { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "is a directory") }
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
        if failure != 0 { throw .unreadable(path: path, reason: String(cString: strerror(failure))) }
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
