import Foundation

/// Finds the line and column of a JSON syntax error, which `JSONDecoder` does not report for JSON5.
///
/// Comments and trailing commas are blanked out (offsets kept) and the text is parsed again by
/// `JSONSerialization`, whose message gives a character offset. JSON5 features other than comments
/// and trailing commas (unquoted keys, single quotes) may make the position point at them instead.
enum JSONSyntaxLocator {
    /// A diagnostic at `$` saying the text is not valid JSON, with `line L, column C` when found.
    static func diagnostic(for data: Data) -> SchemeDiagnostic {
        guard let (line, column) = locate(data) else {
            return .error(at: "$", zh: "不是有效的 JSON", en: "not valid JSON")
        }
        return .error(at: "$", zh: "不是有效的 JSON：第 \(line) 行第 \(column) 列附近有语法错误",
                      en: "not valid JSON: syntax error near line \(line), column \(column)")
    }

    /// 1-based line and column of the first syntax error, if one can be located.
    static func locate(_ data: Data) -> (line: Int, column: Int)? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.replaceSubrange(0..<3, with: [0x20, 0x20, 0x20]) }
        blankCommentsAndTrailingCommas(&bytes)
        let offset: Int
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            guard let range = text.range(of: "character ") else { return nil }
            let digits = text[range.upperBound...].prefix { $0.isNumber }
            guard let value = Int(digits) else { return nil }
            offset = min(value, bytes.count)
        }
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 }
            else if byte & 0xC0 != 0x80 { column += 1 }   // count characters, not UTF-8 continuation bytes
        }
        return (line, column)
    }

    /// Replaces `//` and `/* */` comments and commas before `]`/`}` by spaces, outside strings.
    static func blankCommentsAndTrailingCommas(_ bytes: inout [UInt8]) {
        let slash = UInt8(ascii: "/"), star = UInt8(ascii: "*"), newline = UInt8(ascii: "\n")
        let space = UInt8(ascii: " "), comma = UInt8(ascii: ","), backslash = UInt8(ascii: "\\")
        var index = 0
        var lastSignificant: Int? = nil
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let quote = byte
                index += 1
                while index < bytes.count, bytes[index] != quote {
                    index += bytes[index] == backslash ? 2 : 1
                }
                lastSignificant = min(index, bytes.count - 1)
                index += 1
                continue
            }
            if byte == slash, index + 1 < bytes.count, bytes[index + 1] == slash {
                while index < bytes.count, bytes[index] != newline { bytes[index] = space; index += 1 }
                continue
            }
            if byte == slash, index + 1 < bytes.count, bytes[index + 1] == star {
                bytes[index] = space; bytes[index + 1] = space
                index += 2
                while index < bytes.count, !(bytes[index] == star && index + 1 < bytes.count && bytes[index + 1] == slash) {
                    if bytes[index] != newline { bytes[index] = space }
                    index += 1
                }
                if index + 1 < bytes.count { bytes[index] = space; bytes[index + 1] = space }
                index += 2
                continue
            }
            if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}"), let last = lastSignificant, bytes[last] == comma {
                bytes[last] = space
            }
            if !(byte == space || byte == newline || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")) {
                lastSignificant = index
            }
            index += 1
        }
    }
}
