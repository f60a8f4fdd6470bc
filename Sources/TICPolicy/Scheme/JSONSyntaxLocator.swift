/// Finds the line and column of a JSON syntax error, which `JSONDecoder` does not report.
///
/// A small recursive-descent scanner over the JSON5 that schemes use: objects with quoted or bare
/// keys, arrays, single- or double-quoted strings, numbers (with sign, hex, `Infinity`, `NaN`),
/// `true`/`false`/`null`, `//` and `/* */` comments and trailing commas. It only checks syntax.
struct JSONSyntaxLocator {
    /// A diagnostic at `$` saying the text is not valid JSON, with where and what was expected when found.
    static func diagnostic(for data: [UInt8]) -> SchemeDiagnostic {
        var scanner = JSONSyntaxLocator(bytes: data)
        guard let failure = scanner.firstFailure() else {
            return .error(at: "$", zh: "不是有效的 JSON", en: "not valid JSON")
        }
        let (line, column) = scanner.position(of: failure.offset)
        return .error(at: "$", zh: "不是有效的 JSON：第 \(line) 行第 \(column) 列应为\(failure.expected.zh)",
                      en: "not valid JSON: expected \(failure.expected.en) at line \(line), column \(column)")
    }

    struct Failure: Error {
        let offset: Int
        let expected: (zh: String, en: String)
    }

    /// The deepest nesting of objects and arrays scanned; deeper input is reported, not recursed
    /// into (the scanner is recursive, and 100,000 `[` would overflow the stack).
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// The first syntax error, or `nil` if the text is well formed.
    mutating func firstFailure() -> Failure? {
        do {
            try skipTrivia()
            try value()
            try skipTrivia()
            if index < bytes.count { throw Failure(offset: index, expected: ("文本结束", "end of input")) }
            return nil
        } catch let failure as Failure {
            return failure
        } catch {
            return nil
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 }
            else if byte & 0xC0 != 0x80 { column += 1 }   // UTF-8 continuation bytes are not characters
        }
        return (line, column)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func fail(_ zh: String, _ en: String) -> Failure { Failure(offset: index, expected: (zh, en)) }

    private mutating func skipTrivia() throws {
        while let byte = current {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                let start = index
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
                    index += 1
                }
                guard index + 1 < bytes.count else { throw Failure(offset: start, expected: ("注释结束 */", "end of comment */")) }
                index += 2
            default:
                return
            }
        }
    }

    private mutating func value() throws {
        guard let byte = current else { throw fail("一个值", "a value") }
        switch byte {
        case UInt8(ascii: "{"): try container(close: UInt8(ascii: "}"), keyed: true)
        case UInt8(ascii: "["): try container(close: UInt8(ascii: "]"), keyed: false)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): try string()
        default:
            let start = index
            while let next = current, Self.isWordByte(next) { index += 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            guard !word.isEmpty, Self.isLiteral(word) else {
                index = start
                throw fail("一个值", "a value")
            }
        }
    }

    private mutating func container(close: UInt8, keyed: Bool) throws {
        let closing = close == UInt8(ascii: "}") ? "}" : "]"
        guard depth < Self.maximumDepth else {
            throw fail("至多 \(Self.maximumDepth) 层嵌套", "at most \(Self.maximumDepth) levels of nesting")
        }
        depth += 1
        defer { depth -= 1 }
        index += 1
        try skipTrivia()
        if current == close { index += 1; return }
        while true {
            if keyed {
                try key()
                try skipTrivia()
                guard current == UInt8(ascii: ":") else { throw fail("“:”", "':'") }
                index += 1
                try skipTrivia()
            }
            try value()
            try skipTrivia()
            if current == UInt8(ascii: ",") {
                index += 1
                try skipTrivia()
                if current == close { index += 1; return }   // trailing comma
                continue
            }
            if current == close { index += 1; return }
            throw fail("“,” 或 “\(closing)”", "',' or '\(closing)'")
        }
    }

    private mutating func key() throws {
        if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") { return try string() }
        let start = index
        while let next = current, Self.isWordByte(next), next != UInt8(ascii: "+"), next != UInt8(ascii: "-"),
              next != UInt8(ascii: ".") { index += 1 }
        if index == start { throw fail("键名", "a key") }
    }

    private mutating func string() throws {
        let quote = bytes[index]
        let start = index
        index += 1
        while let byte = current, byte != quote {
            if byte == UInt8(ascii: "\n") { break }
            index += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        guard current == quote else { throw Failure(offset: start, expected: ("字符串结束引号", "a closing quote for this string")) }
        index += 1
    }

    /// Bytes of numbers, literals and bare keys (non-ASCII counts, for Chinese keys).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// `true`, `false`, `null`, or a JSON5 number.
    private static func isLiteral(_ word: String) -> Bool {
        if ["true", "false", "null"].contains(word) { return true }
        var body = Substring(word)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        if body == "Infinity" || body == "NaN" { return true }
        if body.lowercased().hasPrefix("0x") { return body.count > 2 && body.dropFirst(2).allSatisfy(\.isHexDigit) }
        return !body.isEmpty && body.first != "e" && body.first != "E" && Double(String(body)) != nil
    }
}
