import TICReport

/// A JSON document with keys in a fixed order and numbers at full precision (shortest round-trip
/// `Double.description`), rendered with two-space indentation; arrays of scalars stay on one line.
indirect enum JSONValue: Sendable {
    /// A string, escaped on output.
    case string(String)
    /// A real number at full precision; NaN or infinity is written as `null`.
    case number(Double)
    /// A whole number.
    case integer(Int)
    /// `true` or `false`.
    case bool(Bool)
    /// An array.
    case array([JSONValue])
    /// An object with its members in this order.
    case object([(String, JSONValue)])

    /// The document followed by a newline, laid out by TICReport's writer (`.readable`).
    func rendered() -> String {
        var writer = JSONStreamWriter(layout: .readable)
        write(to: &writer)
        writer.finish()
        return String(decoding: writer.sink, as: UTF8.self)
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// Streams the value; an array of scalars stays on one line.
    func write<Sink>(to writer: inout JSONStreamWriter<Sink>) throws(Sink.Failure) {
        switch self {
        case .string(let text): try writer.string(text)
        case .number(let number): try writer.number(number)
        case .integer(let integer): try writer.integer(integer)
        case .bool(let flag): try writer.bool(flag)
        case .array(let items):
            try writer.beginArray(inline: items.allSatisfy(\.isScalar))
            for item in items { try item.write(to: &writer) }
            try writer.endArray()
        case .object(let members):
            try writer.beginObject()
            for (key, value) in members {
                try writer.key(key)
                try value.write(to: &writer)
            }
            try writer.endObject()
        }
    }
}
