import CZlib

/// Builds a zip container in memory, deflating each entry through the system zlib.
///
/// The output depends only on the entries and their order: every entry carries the same fixed
/// timestamp (1980-01-01 00:00, the earliest a zip can hold), no extra fields and no comments, so
/// the same entries give the same bytes with the same zlib.
///
/// ```swift
/// var zip = ZipWriter()
/// zip.add("hello.txt", Array("hello".utf8))
/// let bytes = zip.finish()
/// ```
public struct ZipWriter: Sendable {
    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    public init() {}

    /// Adds an entry, deflated at zlib's default level (stored when deflate would not save space).
    public mutating func add(_ name: String, _ contents: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = ZipChecksum.crc32(contents)
        let deflated = Self.deflate(contents)
        let method: UInt16 = deflated.count < contents.count ? 8 : 0
        let payload = method == 8 ? deflated : contents
        let offset = output.count
        // Local file header.
        append32(&output, 0x0403_4B50)
        append16(&output, 20)                 // version needed: 2.0
        append16(&output, 0x0800)             // flags: names are UTF-8
        append16(&output, method)
        append16(&output, 0)                  // time 00:00:00
        append16(&output, 0x0021)             // date 1980-01-01
        append32(&output, crc)
        append32(&output, UInt32(payload.count))
        append32(&output, UInt32(contents.count))
        append16(&output, UInt16(nameBytes.count))
        append16(&output, 0)                  // no extra field
        output += nameBytes
        output += payload
        // Central directory record.
        append32(&directory, 0x0201_4B50)
        append16(&directory, 20)              // made by: version 2.0, MS-DOS attributes
        append16(&directory, 20)
        append16(&directory, 0x0800)
        append16(&directory, method)
        append16(&directory, 0)
        append16(&directory, 0x0021)
        append32(&directory, crc)
        append32(&directory, UInt32(payload.count))
        append32(&directory, UInt32(contents.count))
        append16(&directory, UInt16(nameBytes.count))
        append16(&directory, 0)               // extra
        append16(&directory, 0)               // comment
        append16(&directory, 0)               // disk
        append16(&directory, 0)               // internal attributes
        append32(&directory, 0)               // external attributes
        append32(&directory, UInt32(offset))
        directory += nameBytes
        count += 1
    }

    /// The finished container.
    public func finish() -> [UInt8] {
        var bytes = output
        let directoryOffset = bytes.count
        bytes += directory
        append32(&bytes, 0x0605_4B50)
        append16(&bytes, 0)
        append16(&bytes, 0)
        append16(&bytes, UInt16(count))
        append16(&bytes, UInt16(count))
        append32(&bytes, UInt32(directory.count))
        append32(&bytes, UInt32(directoryOffset))
        append16(&bytes, 0)
        return bytes
    }

    /// Raw deflate (no zlib header), level 6, as zip method 8 expects.
    static func deflate(_ contents: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return contents }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(contents.count))) + 1
        var output = [UInt8](repeating: 0, count: bound)
        var input = contents
        input.append(0)   // a non-empty buffer to point at when the entry is empty
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(contents.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(bound)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return contents }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }
}

private func append16(_ bytes: inout [UInt8], _ value: UInt16) {
    bytes.append(UInt8(value & 0xFF))
    bytes.append(UInt8(value >> 8))
}

private func append32(_ bytes: inout [UInt8], _ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
}
