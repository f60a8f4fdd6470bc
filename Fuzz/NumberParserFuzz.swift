import TICIngest

/// libFuzzer entry: parses arbitrary bytes as a cell. A value must be finite, and a plain ASCII
/// decimal the parser accepts must equal what `Double(_:)` makes of it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: data, count: size)
    let result = NumberParser.parse(buffer)
    if case .value(let v) = result {
        precondition(v.isFinite, "non-finite value from \(Array(buffer))")
        let text = String(decoding: buffer, as: UTF8.self)
        if buffer.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }),
           let reference = Double(text) {
            precondition(reference == v, "\(text): parsed \(v), Double says \(reference)")
        }
    }
    // The String entry point agrees with the bytes one on valid UTF-8.
    if let text = String(validatingUTF8: buffer.map { CChar(bitPattern: $0) } + [0]), text.utf8.count == size {
        precondition(NumberParser.parse(text) == result, "String and byte parsing differ")
    }
    return 0
}
