#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import TICSupport

/// Decodes the bytes of a CSV file to UTF-8: strips a UTF-8 BOM, tells UTF-8 from GB18030 on the
/// whole file, refuses UTF-16 and binary files.
public enum TextDecoder {
    /// Decoded text: UTF-8 bytes without a BOM, the encoding they were read as, and a note when
    /// that encoding was chosen against another reading of the bytes.
    public struct Decoded: Sendable {
        /// UTF-8 bytes, byte-order mark removed.
        public var bytes: ContiguousArray<UInt8>
        /// The encoding of the file.
        public var encoding: TextEncoding
        /// A warning about the choice (``IngestError/readAsGB18030(_:asUTF8:asGB18030:)``), if any.
        public var note: IngestError?
    }

    /// Decodes `bytes` read from `path` (the path is only used in errors).
    ///
    /// With `.auto` the encoding is decided on the whole file:
    /// - a UTF-8 byte-order mark makes it UTF-8 (an invalid byte after it is an error);
    /// - valid UTF-8 throughout is UTF-8, unless it holds no character from U+0800 up (no
    ///   Chinese, only letters of other alphabets such as "δ" or "ĳ") and reads as Chinese in
    ///   GB18030: then it is GB18030 whose byte pairs happen to be valid UTF-8 (未 = CE B4), read
    ///   as GB18030 with a ``IngestError/readAsGB18030(_:asUTF8:asGB18030:)`` note;
    /// - otherwise valid GB18030 throughout is GB18030, unless a line of it reads as Chinese
    ///   UTF-8 (a row pasted from a UTF-8 file): an ``IngestError/mixedEncoding(_:line:rest:text:)`` error;
    /// - otherwise the first byte that neither encoding accepts is an error: the line's encoding
    ///   when the line is whole in the other one (``IngestError/mixedEncoding(_:line:rest:text:)``),
    ///   else ``IngestError/unknownEncoding(_:readsAs:)``.
    ///
    /// `.utf8` and `.gb18030` read the file as that encoding without these checks (a BOM is still
    /// skipped): `.gb18030` reads a GBK file with a line that looks like UTF-8, `.utf8` a file the
    /// detection reads as GB18030 with the note.
    ///
    /// ```swift
    /// let gbk: ContiguousArray<UInt8> = [0xCE, 0xB4, 0xC0, 0xB4, 0x0A]   // 未来 in GB18030; CE B4 alone is valid UTF-8
    /// try TextDecoder.decode(gbk, path: "a.csv").encoding                // .gb18030
    /// ```
    ///
    /// - Throws: ``IngestError`` `.utf16`, `.nulByte`, `.invalidEncoding`, `.mixedEncoding`,
    ///   `.unknownEncoding`, and `.unreadable` when iconv has no GB18030 converter.
    /// - Complexity: one UTF-8 pass for a UTF-8 file; for a GB18030 file, the UTF-8 pass up to
    ///   the first invalid byte, the conversion, and a pass over the lines that hold non-ASCII bytes.
    public static func decode(_ bytes: ContiguousArray<UInt8>, path: String, choice: EncodingChoice = .auto) throws(IngestError) -> Decoded {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw .utf16(path: path)
        }
        let hadBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let text = hadBOM ? ContiguousArray(bytes[3...]) : bytes
        if let nul = firstNUL(text) {
            throw .nulByte(location(of: nul, in: text, path: path))
        }
        return try text.withUnsafeBufferPointer { (buffer) throws(IngestError) -> Decoded in
            if choice == .gb18030 {
                switch try convert(buffer, path: path) {
                case .converted(let utf8): return Decoded(bytes: utf8, encoding: .gb18030)
                case .invalid(let offset):
                    throw .invalidEncoding(location(of: offset, in: buffer, path: path), encoding: .gb18030)
                }
            }
            let scan = UTF8Validation.scan(buffer)
            let utf8: TextEncoding = hadBOM ? .utf8BOM : .utf8
            if choice == .utf8 || hadBOM {
                if let bad = scan.firstInvalid { throw .invalidEncoding(location(of: bad, in: buffer, path: path), encoding: utf8) }
                return Decoded(bytes: text, encoding: utf8)
            }
            guard let invalidUTF8 = scan.firstInvalid else {
                if let first = scan.firstMultibyte, !scan.hasLongSequence,
                   let gb = chineseGB18030(buffer, firstNonASCII: first, path: path) {
                    return gb
                }
                return Decoded(bytes: text, encoding: .utf8)
            }
            return try detectGB18030(buffer, invalidUTF8: invalidUTF8, utf8Multibyte: scan.firstMultibyte != nil, path: path)
        }
    }

    /// A text that is not UTF-8 (its first invalid byte at `invalidUTF8`): GB18030 when the whole
    /// text is, and no line of it is Chinese UTF-8; otherwise the error at the first byte neither
    /// encoding accepts.
    private static func detectGB18030(_ buffer: UnsafeBufferPointer<UInt8>, invalidUTF8: Int, utf8Multibyte: Bool,
                                      path: String) throws(IngestError) -> Decoded {
        switch try convert(buffer, path: path) {
        case .converted(let utf8):
            if let pasted = UTF8Validation.firstChineseLine(buffer) {
                throw .mixedEncoding(location(of: pasted, in: buffer, path: path), line: .utf8, rest: .gb18030,
                                     text: cellText(buffer, at: pasted, as: .utf8))
            }
            return Decoded(bytes: utf8, encoding: .gb18030)
        case .invalid(let invalidGB18030):
            // The first byte neither accepts is where the longer of the two readings stops.
            if invalidUTF8 >= invalidGB18030 {
                let line = lineRange(buffer, containing: invalidUTF8)
                if case .converted? = Iconv.gb18030ToUTF8(buffer, line) {
                    let first = firstNonASCII(buffer, line)
                    throw .mixedEncoding(location(of: first, in: buffer, path: path), line: .gb18030, rest: .utf8,
                                         text: cellText(buffer, at: first, as: .gb18030))
                }
                throw .unknownEncoding(location(of: invalidUTF8, in: buffer, path: path), readsAs: utf8Multibyte ? .utf8 : nil)
            }
            let line = lineRange(buffer, containing: invalidGB18030)
            if UTF8Validation.isValid(buffer, line) {
                let first = firstNonASCII(buffer, line)
                throw .mixedEncoding(location(of: first, in: buffer, path: path), line: .utf8, rest: .gb18030,
                                     text: cellText(buffer, at: first, as: .utf8))
            }
            throw .unknownEncoding(location(of: invalidGB18030, in: buffer, path: path), readsAs: .gb18030)
        }
    }

    /// A valid UTF-8 text without a character from U+0800 up, decoded as GB18030 when that gives
    /// Chinese (a character of U+3000–U+9FFF), with the note that says so; nil otherwise (also
    /// when iconv has no GB18030 converter: the text is UTF-8 then).
    private static func chineseGB18030(_ buffer: UnsafeBufferPointer<UInt8>, firstNonASCII: Int, path: String) -> Decoded? {
        guard case .converted(let gb)? = Iconv.gb18030ToUTF8(buffer) else { return nil }
        // Valid UTF-8 output: a byte E3–E9 is always the lead byte of a U+3000–U+9FFF character.
        guard gb.contains(where: { (0xE3...0xE9).contains($0) }) else { return nil }
        let note = IngestError.readAsGB18030(location(of: firstNonASCII, in: buffer, path: path),
                                             asUTF8: cellText(buffer, at: firstNonASCII, as: .utf8),
                                             asGB18030: cellText(buffer, at: firstNonASCII, as: .gb18030))
        return Decoded(bytes: gb, encoding: .gb18030, note: note)
    }

    private static func convert(_ buffer: UnsafeBufferPointer<UInt8>, path: String) throws(IngestError) -> Iconv.Outcome {
        guard let outcome = Iconv.gb18030ToUTF8(buffer) else {
            throw .unreadable(path: path, code: ENOSYS)
        }
        return outcome
    }

    // MARK: - Places in the bytes

    /// The offset of the first NUL byte (`memchr`), if any.
    static func firstNUL(_ text: ContiguousArray<UInt8>) -> Int? {
        text.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }

    /// The offset of the first LF or CR at or after `start`, or the end of the buffer.
    static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress, start < buffer.count else { return buffer.count }
        var end = buffer.count
        if let lf = memchr(base + start, 0x0A, end - start) { end = UnsafeRawPointer(lf) - UnsafeRawPointer(base) }
        if let cr = memchr(base + start, 0x0D, end - start) { end = UnsafeRawPointer(cr) - UnsafeRawPointer(base) }
        return end
    }

    /// The line (without its break) that holds `offset`.
    static func lineRange(_ buffer: UnsafeBufferPointer<UInt8>, containing offset: Int) -> Range<Int> {
        var start = offset
        while start > 0, buffer[start - 1] != 0x0A, buffer[start - 1] != 0x0D { start -= 1 }
        return start..<lineEnd(buffer, from: offset)
    }

    /// The first byte ≥ 0x80 of `range` (its end when there is none).
    static func firstNonASCII(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        range.first { buffer[$0] >= 0x80 } ?? range.upperBound
    }

    /// The CSV cell around `offset` (between commas, quotes and line breaks), decoded as
    /// `encoding` for a message; undecodable bytes become U+FFFD.
    static func cellText(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, as encoding: TextEncoding) -> String {
        func isDelimiter(_ byte: UInt8) -> Bool { byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D }
        var start = offset
        while start > 0, !isDelimiter(buffer[start - 1]) { start -= 1 }
        var end = offset
        while end < buffer.count, !isDelimiter(buffer[end]) { end += 1 }
        let cell = UnsafeBufferPointer(rebasing: buffer[start..<end])
        if encoding == .gb18030, case .converted(let utf8)? = Iconv.gb18030ToUTF8(cell) {
            return String(decoding: utf8, as: UTF8.self)
        }
        return String(decoding: cell, as: UTF8.self)
    }

    /// The line and column of a byte offset: the column is the CSV field (commas before the
    /// offset on its line, plus one).
    static func location(of offset: Int, in text: UnsafeBufferPointer<UInt8>, path: String) -> FileLocation {
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
        var column = 1
        var position = lineStart
        while position < offset && position < text.count {
            if text[position] == UInt8(ascii: ",") { column += 1 }
            position += 1
        }
        return FileLocation(path: path, line: line, column: column)
    }

    static func location(of offset: Int, in text: ContiguousArray<UInt8>, path: String) -> FileLocation {
        text.withUnsafeBufferPointer { location(of: offset, in: $0, path: path) }
    }
}
