#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

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
    public static func parse(_ text: ContiguousArray<UInt8>, path: String, idColumn: Int = 0) throws(IngestError) -> NumericTable {
        let bound = recordBound(text)
        var header: [String]?
        var columns: [String] = []
        var ids: [String] = []
        var lines = ContiguousArray<Int32>()
        var found: [Diagnostic] = []
        var structural: [Diagnostic] = []
        var width = 0
        var rows = 0
        // Column-major with stride `bound` while reading; compacted to stride `rows` at the end.
        var storage = ContiguousArray<Double>()
        do {
            try CSVReader.forEachRecord(in: text, path: path, warnings: &structural) { record in
                guard let head = header else {
                    var names: [String] = []
                    names.reserveCapacity(record.count)
                    for i in 0..<record.count { names.append(record.string(i)) }
                    guard idColumn >= 0 && idColumn < names.count else {
                        throw IngestError.missingColumn(FileLocation(path: path, line: record.line, column: names.count + 1),
                                                        name: "column \(idColumn + 1)")
                    }
                    header = names
                    width = names.count
                    for (i, name) in names.enumerated() where i != idColumn { columns.append(name) }
                    storage = ContiguousArray(unsafeUninitializedCapacity: Swift.max(0, width - 1) * bound) { _, count in
                        count = Swift.max(0, width - 1) * bound
                    }
                    ids.reserveCapacity(bound)
                    lines.reserveCapacity(bound)
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
                let row = rows
                var allEmpty = true
                storage.withUnsafeMutableBufferPointer { out in
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
                            found.append(Diagnostic(WorkspaceLoader.invalid(
                                reason, location: FileLocation(path: path, line: record.line, column: i + 1),
                                column: head[i], text: record.string(i))))
                        }
                        out[c * bound + row] = value
                        c += 1
                    }
                }
                if allEmpty && record.isEmpty(idColumn) { return }
                ids.append(record.string(idColumn))
                lines.append(Int32(truncatingIfNeeded: record.line))
                rows += 1
            }
        } catch let error as IngestError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        guard let header else { throw .emptyFile(path: path) }
        let valueColumns = columns.count
        if rows < bound {
            storage.withUnsafeMutableBufferPointer { p in
                for c in 1..<Swift.max(1, valueColumns) {
                    // Moving left never overwrites a column not yet moved (c·rows ≤ c·bound).
                    let source = p.baseAddress! + c * bound, target = p.baseAddress! + c * rows
                    target.update(from: source, count: rows)
                }
            }
            storage.removeLast(storage.count - valueColumns * rows)
        }
        return NumericTable(header: header, columns: columns, ids: ids, lines: lines, values: storage,
                            diagnostics: structural + found)
    }

    /// One more than the number of line breaks: no file has more records than that.
    static func recordBound(_ text: ContiguousArray<UInt8>) -> Int {
        text.withUnsafeBufferPointer { p in
            var breaks = 0
            var previousCR = false
            for byte in p {
                // LF, CR and CR LF each end one line.
                if byte == 0x0A { breaks &+= previousCR ? 0 : 1; previousCR = false }
                else if byte == 0x0D { breaks &+= 1; previousCR = true }
                else { previousCR = false }
            }
            return breaks + 1
        }
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

/// `read(2)`, named apart from ``NumericCSV/read(path:idColumn:encoding:)``.
private func readSome(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, buffer, count)
}
