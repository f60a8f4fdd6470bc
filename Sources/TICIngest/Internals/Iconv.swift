#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// The one place ingestion calls iconv(3): GB18030 → UTF-8.
enum Iconv {
    /// The result of a conversion: the UTF-8 bytes, or the offset of the first byte that
    /// is not valid GB18030.
    enum Outcome {
        case converted(ContiguousArray<UInt8>)
        case invalid(byteOffset: Int)
    }

    /// Converts GB18030 bytes to UTF-8. Returns `nil` when iconv has no GB18030 converter.
    ///
    /// The input is read in place (iconv's `char **` is never written through).
    static func gb18030ToUTF8(_ input: UnsafeBufferPointer<UInt8>) -> Outcome? {
        let descriptor = iconv_open("UTF-8", "GB18030")
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(descriptor) }
        guard let inBase = input.baseAddress, !input.isEmpty else { return .converted([]) }
        // A GB18030 character of 1, 2 or 4 bytes becomes 1, at most 3, or at most 4 UTF-8 bytes,
        // so 1.5× is enough; E2BIG still grows the output rather than trusting that.
        var output = ContiguousArray<UInt8>(repeating: 0, count: input.count + input.count / 2 + 16)
        var produced = 0
        var consumed = 0
        while true {
            let (status, readNow, wroteNow, errorCode) = output.withUnsafeMutableBufferPointer { outBuffer in
                let inStart = UnsafeMutableRawPointer(mutating: inBase + consumed).assumingMemoryBound(to: CChar.self)
                let outStart = UnsafeMutableRawPointer(outBuffer.baseAddress! + produced).assumingMemoryBound(to: CChar.self)
                var inPointer: UnsafeMutablePointer<CChar>? = inStart
                var inLeft = input.count - consumed
                var outPointer: UnsafeMutablePointer<CChar>? = outStart
                var outLeft = outBuffer.count - produced
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                let code = status == -1 ? errno : 0
                return (status, inPointer! - inStart, outPointer! - outStart, code)
            }
            consumed += readNow
            produced += wroteNow
            if status != -1 { break }
            if errorCode == E2BIG {
                output.append(contentsOf: repeatElement(0, count: output.count))
                continue
            }
            return .invalid(byteOffset: consumed)
        }
        output.removeLast(output.count - produced)
        return .converted(output)
    }

    /// Converts `input[range]`; see ``gb18030ToUTF8(_:)``. Offsets are relative to the range.
    static func gb18030ToUTF8(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Outcome? {
        gb18030ToUTF8(UnsafeBufferPointer(rebasing: input[range]))
    }
}
