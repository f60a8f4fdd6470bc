/// A minimal PDF 1.7 file (ISO 32000-1 §7.5): numbered objects, a cross-reference table with the
/// byte offset of each, and a trailer. No clock and no file identifier, so the same objects give
/// the same bytes. Streams are written uncompressed.
struct PDFDocument {
    private var bodies: [[UInt8]?] = []

    /// A new object number (1-based) whose body is set later.
    mutating func reserve() -> Int {
        bodies.append(nil)
        return bodies.count
    }

    /// Sets object `id`'s body.
    mutating func set(_ id: Int, _ body: [UInt8]) { bodies[id - 1] = body }
    mutating func set(_ id: Int, _ body: String) { set(id, Array(body.utf8)) }

    /// Adds an object and returns its number.
    mutating func add(_ body: String) -> Int {
        let id = reserve()
        set(id, body)
        return id
    }

    /// Adds a stream object: `dictionary` (without `/Length`) and `data`.
    mutating func addStream(_ dictionary: String, _ data: [UInt8]) -> Int {
        let id = reserve()
        set(id, Array("<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8) + data + Array("\nendstream".utf8))
        return id
    }

    /// The file: header, objects, xref table, trailer naming `root` and `info`.
    func bytes(root: Int, info: Int) -> [UInt8] {
        var out = Array("%PDF-1.7\n%".utf8) + [0xe2, 0xe3, 0xcf, 0xd3, 0x0a]
        var offsets: [Int] = []
        for (k, body) in bodies.enumerated() {
            offsets.append(out.count)
            out += Array("\(k + 1) 0 obj\n".utf8) + (body ?? Array("null".utf8)) + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(bodies.count + 1) /Root \(root) 0 R /Info \(info) 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(table.utf8)
    }

    /// A text string: UTF-16BE with a byte-order mark, in hexadecimal.
    static func textString(_ text: String) -> String {
        "<FEFF" + text.utf16.map(hex4).joined() + ">"
    }

    static func hex4(_ v: UInt16) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(v >> 12)], digits[Int(v >> 8 & 15)], digits[Int(v >> 4 & 15)], digits[Int(v & 15)]])
    }
}
