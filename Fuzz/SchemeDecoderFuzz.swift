import Foundation
import TICPolicy
import TICReport

/// libFuzzer entry: decodes arbitrary bytes as a scheme file (JSON5) and validates it, and words
/// every finding (TICReport) in both languages. Every
/// outcome must be a scheme or diagnostics; any decoded scheme, valid or not, must encode without
/// trapping (`jsonData()` is total); a valid scheme must re-encode to a valid one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let inspection = Scheme.inspect(bytes)
    for diagnostic in inspection.diagnostics { _ = diagnostic.formatted(.en); _ = diagnostic.formatted(.zh) }
    if let scheme = inspection.scheme {
        let encoded = scheme.jsonData()
        if !inspection.hasErrors {
            let again = Scheme.inspect(encoded)
            precondition(!again.hasErrors, "a valid scheme re-encodes to an invalid one: \(again.diagnostics)")
        }
    }
    return 0
}
