#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Decodes the bytes of a CSV file to UTF-8: strips a UTF-8 BOM, detects GB18030, refuses
/// UTF-16 and binary files.
public enum TextDecoder {
    /// Decoded text: UTF-8 bytes without a BOM, and the encoding they were read as.
    public struct Decoded: Sendable {
        /// UTF-8 bytes, byte-order mark removed.
        public var bytes: ContiguousArray<UInt8>
        /// The encoding of the file.
        public var encoding: TextEncoding
    }

    /// Decodes `bytes` read from `path` (the path is only used in errors).
    ///
    /// With `.auto`, valid UTF-8 is read as UTF-8; bytes that are not valid UTF-8 are read as
    /// GB18030, unless the file also holds valid multi-byte UTF-8 (then it mixes encodings, an error).
    /// - Throws: ``IngestError`` `.utf16`, `.nulByte`, `.invalidEncoding`, `.mixedEncoding`.
    public static func decode(_ bytes: ContiguousArray<UInt8>, path: String, choice: EncodingChoice = .auto) throws(IngestError) -> Decoded {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw .utf16(path: path)
        }
        var text = bytes
        var hadBOM = false
        if text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF {
            text.removeFirst(3)
            hadBOM = true
        }
        if let nul = firstNUL(text) {
            throw .nulByte(location(of: nul, in: text, path: path))
        }
        if choice == .gb18030 { return try fromGB18030(text, path: path) }
        let scan = scanUTF8(text)
        if scan.firstInvalid == nil {
            return Decoded(bytes: text, encoding: hadBOM ? .utf8BOM : .utf8)
        }
        let bad = scan.firstInvalid!
        if choice == .utf8 || hadBOM {
            throw .invalidEncoding(location(of: bad, in: text, path: path), encoding: .utf8)
        }
        if scan.validMultibyte > 0 {
            throw .mixedEncoding(location(of: bad, in: text, path: path))
        }
        return try fromGB18030(text, path: path)
    }

    private static func fromGB18030(_ text: ContiguousArray<UInt8>, path: String) throws(IngestError) -> Decoded {
        switch Iconv.gb18030ToUTF8(text) {
        case .converted(let utf8)?:
            return Decoded(bytes: utf8, encoding: .gb18030)
        case .invalid(let offset)?:
            throw .invalidEncoding(location(of: offset, in: text, path: path), encoding: .gb18030)
        case nil:
            throw .unreadable(path: path, reason: "this system's iconv has no GB18030 converter")
        }
    }

    /// Finds the first invalid UTF-8 sequence and counts valid multi-byte sequences before it.
    static func scanUTF8(_ text: ContiguousArray<UInt8>) -> (firstInvalid: Int?, validMultibyte: Int) {
        text.withUnsafeBufferPointer { buffer in
            var index = 0
            var multibyte = 0
            let count = buffer.count
            while index < count {
                // ASCII runs eight bytes at a time.
                while index + 8 <= count,
                      UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { break }
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                let length: Int
                var lower: UInt8 = 0x80
                var upper: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return (index, multibyte)
                }
                if index + length > count { return (index, multibyte) }
                let second = buffer[index + 1]
                if second < lower || second > upper { return (index, multibyte) }
                var k = 2
                while k < length {
                    if buffer[index + k] & 0xC0 != 0x80 { return (index, multibyte) }
                    k += 1
                }
                multibyte += 1
                index += length
            }
            return (nil, multibyte)
        }
    }

    /// The offset of the first NUL byte (`memchr`), if any.
    static func firstNUL(_ text: ContiguousArray<UInt8>) -> Int? {
        text.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }

    /// The line and column (in characters of the line, approximated by bytes) of a byte offset.
    static func location(of offset: Int, in text: ContiguousArray<UInt8>, path: String) -> FileLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset && index < text.count {
            let byte = text[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= text.count || text[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        // The column is the CSV field: count commas before the offset on this line.
        var column = 1
        var position = lineStart
        while position < offset && position < text.count {
            if text[position] == UInt8(ascii: ",") { column += 1 }
            position += 1
        }
        return FileLocation(path: path, line: line, column: column)
    }
}
