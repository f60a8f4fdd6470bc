import Foundation

/// JSON that can sit inside `<script type="application/json">`: `<`, `>`, `&`, U+2028 and U+2029
/// are written as `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`, so no data can close the
/// script element or open a comment, and the text is also valid JavaScript.
public enum ScriptJSON {
    /// The escaped JSON text of an encodable value (sorted keys, so byte-identical for equal values).
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        var writer = JSONStreamWriter(layout: .compact)
        try writer.encode(value)
        writer.finish()
        return escaped(String(decoding: writer.sink, as: UTF8.self))
    }

    /// Replaces the five characters that matter inside a script element with JSON escapes.
    public static func escaped(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
