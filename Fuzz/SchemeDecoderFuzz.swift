import Foundation
import TICPolicy

/// libFuzzer entry: decodes arbitrary bytes as a scheme file (JSON5) and validates it. Every
/// outcome must be a scheme or diagnostics; a valid scheme must re-encode and decode to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let inspection = Scheme.inspect(bytes)
    for diagnostic in inspection.diagnostics { _ = diagnostic.formatted(.en) }
    if let scheme = inspection.scheme, !inspection.hasErrors {
        let again = Scheme.inspect(scheme.jsonData())
        precondition(!again.hasErrors, "a valid scheme re-encodes to an invalid one: \(again.diagnostics)")
    }
    return 0
}
