/// Element ids built from user data (center ids) through a safe encoding: `c-` followed by the
/// lowercase hex of the id's UTF-8 bytes, so `SC-P-001` becomes `c-53432d502d303031`. Any id,
/// whatever characters it holds, gives a valid, unique HTML id and URL fragment.
public enum AnchorID {
    /// The card id of a center.
    public static func center(_ id: String) -> String { "c-" + hex(id) }

    /// The lowercase hex of the UTF-8 bytes.
    public static func hex(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
