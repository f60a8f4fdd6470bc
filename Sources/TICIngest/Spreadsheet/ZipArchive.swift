import CZlib

/// Why a zip container (an .xlsx workbook) could not be read. Each case carries what a clerk needs
/// to act: the entry (a part of the workbook) and the number that was out of bounds.
public enum ZipProblem: Error, Sendable, Hashable {
    /// The file starts with the compound-document signature `D0 CF 11 E0`: an Excel 97–2003 `.xls`,
    /// a WPS `.et`, or an encrypted (password-protected) workbook. Save it as .xlsx or CSV.
    case compoundDocument
    /// No end-of-central-directory record: the file is not a zip container (or is cut short).
    case notZip
    /// A record points outside the file: the file was cut short or damaged.
    case truncated(entry: String?)
    /// The container uses zip64 records (a workbook over 4 GiB or 65,535 parts).
    case zip64
    /// An entry is encrypted.
    case encrypted(entry: String)
    /// An entry uses a compression method other than stored (0) or deflate (8).
    case unsupportedMethod(entry: String, method: Int)
    /// An entry's compressed data is damaged (inflate failed, sizes or checksum disagree).
    case corrupt(entry: String)
    /// An entry would expand beyond the size limit (bytes).
    case entryTooLarge(entry: String, limit: Int)
    /// The entries together would expand beyond the total limit (bytes).
    case archiveTooLarge(limit: Int)
    /// An entry expands more than `limit` times its compressed size: a zip bomb, not a workbook.
    case compressionRatio(entry: String, limit: Int)
    /// A part the workbook needs is missing.
    case missingEntry(String)
}

/// Caps that keep a hostile container from exhausting memory. The defaults are far above what
/// a department's workbook needs (a 100,000-row sheet of 40 columns is about 100 MB of XML) and far
/// below what a zip bomb expands to.
public struct ZipLimits: Sendable, Hashable {
    /// Bytes one entry may expand to.
    public var entryBytes: Int
    /// Bytes all entries read may expand to together.
    public var totalBytes: Int
    /// Times an entry of more than ``ratioFloor`` bytes may expand relative to its compressed size.
    public var ratio: Int
    /// Entries smaller than this may have any ratio (a short XML part compresses very well).
    public var ratioFloor: Int

    public init(entryBytes: Int = 512 << 20, totalBytes: Int = 1 << 30, ratio: Int = 500, ratioFloor: Int = 1 << 20) {
        self.entryBytes = entryBytes
        self.totalBytes = totalBytes
        self.ratio = ratio
        self.ratioFloor = ratioFloor
    }

    public static let standard = ZipLimits()
}

/// A zip container read from memory: its central directory, and each entry inflated on demand
/// through the system zlib. Only what .xlsx files use is supported: stored and deflated entries, no
/// zip64, no encryption; every refusal is a ``ZipProblem``.
///
/// ```swift
/// let archive = try ZipArchive(bytes: Array(data))
/// let workbook = try archive.contents(of: "xl/workbook.xml")
/// ```
public struct ZipArchive: Sendable {
    /// One entry of the central directory.
    public struct Entry: Sendable, Hashable {
        public var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        public var size: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    /// The entries in central-directory order.
    public let entries: [Entry]
    let limits: ZipLimits
    private let index: [String: Int]

    /// Reads the central directory of `bytes`.
    /// - Throws: ``ZipProblem`` when the bytes are not a zip container this reader supports.
    public init(bytes: [UInt8], limits: ZipLimits = .standard) throws(ZipProblem) {
        if bytes.count >= 8, bytes[0] == 0xD0, bytes[1] == 0xCF, bytes[2] == 0x11, bytes[3] == 0xE0 {
            throw .compoundDocument
        }
        self.bytes = bytes
        self.limits = limits
        let end = try Self.endOfCentralDirectory(bytes)
        let count = Int(Self.u16(bytes, end + 10))
        let directorySize = Int(Self.u32(bytes, end + 12))
        let directoryOffset = Int(Self.u32(bytes, end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF { throw .zip64 }
        guard directoryOffset + directorySize <= end else { throw .truncated(entry: nil) }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var offset = directoryOffset
        for _ in 0..<count {
            guard offset + 46 <= end, Self.u32(bytes, offset) == 0x0201_4B50 else { throw .truncated(entry: nil) }
            let nameLength = Int(Self.u16(bytes, offset + 28))
            let extraLength = Int(Self.u16(bytes, offset + 30))
            let commentLength = Int(Self.u16(bytes, offset + 32))
            guard offset + 46 + nameLength <= end else { throw .truncated(entry: nil) }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(
                name: name,
                method: Int(Self.u16(bytes, offset + 10)),
                flags: Int(Self.u16(bytes, offset + 8)),
                crc: Self.u32(bytes, offset + 16),
                compressedSize: Int(Self.u32(bytes, offset + 20)),
                size: Int(Self.u32(bytes, offset + 24)),
                localHeaderOffset: Int(Self.u32(bytes, offset + 42))
            )
            if entry.compressedSize == 0xFFFF_FFFF || entry.size == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
                throw .zip64
            }
            entries.append(entry)
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where index[entry.name] == nil { index[entry.name] = position }
        self.index = index
    }

    /// Whether the container has an entry named `name` (names are case-sensitive, as in OOXML).
    public func contains(_ name: String) -> Bool { index[name] != nil }

    /// The inflated bytes of entry `name`.
    /// - Throws: ``ZipProblem`` when it is missing, damaged, encrypted or beyond the limits.
    public func contents(of name: String) throws(ZipProblem) -> [UInt8] {
        guard let position = index[name] else { throw .missingEntry(name) }
        return try contents(of: entries[position])
    }

    /// The inflated bytes of `entry`, checked against its size and CRC-32.
    public func contents(of entry: Entry) throws(ZipProblem) -> [UInt8] {
        if entry.flags & 1 != 0 { throw .encrypted(entry: entry.name) }
        guard entry.method == 0 || entry.method == 8 else {
            throw .unsupportedMethod(entry: entry.name, method: entry.method)
        }
        if entry.size > limits.entryBytes { throw .entryTooLarge(entry: entry.name, limit: limits.entryBytes) }
        if entry.size > limits.ratioFloor, entry.size / max(entry.compressedSize, 1) > limits.ratio {
            throw .compressionRatio(entry: entry.name, limit: limits.ratio)
        }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, Self.u32(bytes, header) == 0x0403_4B50 else {
            throw .truncated(entry: entry.name)
        }
        let dataStart = header + 30 + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard dataStart + entry.compressedSize <= bytes.count else { throw .truncated(entry: entry.name) }
        let output: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.size else { throw .corrupt(entry: entry.name) }
            output = Array(bytes[dataStart..<(dataStart + entry.size)])
        } else {
            output = try Self.inflate(bytes, from: dataStart, count: entry.compressedSize, size: entry.size, entry: entry.name)
        }
        guard ZipChecksum.crc32(output) == entry.crc else { throw .corrupt(entry: entry.name) }
        return output
    }

    /// Reads several entries, counting their sizes against the total limit.
    /// - Throws: ``ZipProblem/archiveTooLarge(limit:)`` when they would expand beyond it.
    public func checkTotal(_ names: [String]) throws(ZipProblem) {
        var total = 0
        for name in names {
            guard let position = index[name] else { continue }
            total += entries[position].size
            if total > limits.totalBytes { throw .archiveTooLarge(limit: limits.totalBytes) }
        }
    }

    /// Raw inflate of `count` bytes at `from` into exactly `size` bytes; the stream must end there.
    private static func inflate(_ bytes: [UInt8], from start: Int, count: Int, size: Int, entry: String) throws(ZipProblem) -> [UInt8] {
        // One spare byte so that an empty entry still has a buffer to point at.
        var output = [UInt8](repeating: 0, count: size + 1)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt(entry: entry)
        }
        defer { inflateEnd(&stream) }
        let status: Int32 = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
                stream.avail_in = uInt(count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(size)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        output.removeLast()
        guard status == Z_STREAM_END, Int(stream.total_out) == size else { throw .corrupt(entry: entry) }
        return output
    }

    private static func endOfCentralDirectory(_ bytes: [UInt8]) throws(ZipProblem) -> Int {
        guard bytes.count >= 22 else { throw .notZip }
        // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var position = bytes.count - 22
        while position >= lowest {
            if bytes[position] == 0x50, u32(bytes, position) == 0x0605_4B50 { return position }
            position -= 1
        }
        throw .notZip
    }

    static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}

/// CRC-32 as zip stores it, through the system zlib.
enum ZipChecksum {
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            var crc: uLong = CZlib.crc32(0, nil, 0)
            var offset = 0
            // zlib takes a 32-bit length; feed large buffers in pieces.
            while offset < buffer.count {
                let piece = min(buffer.count - offset, 1 << 30)
                crc = CZlib.crc32(crc, buffer.baseAddress! + offset, uInt(piece))
                offset += piece
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }
}
