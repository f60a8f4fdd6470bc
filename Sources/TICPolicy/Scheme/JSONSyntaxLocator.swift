/// Finds the line and column of a JSON syntax error, which `JSONDecoder` does not report, and what
/// `JSONDecoder` accepts silently: duplicate keys (it keeps one value) and non-finite numbers.
///
/// A small recursive-descent scanner over the JSON5 that schemes use: objects with quoted or bare
/// keys, arrays, single- or double-quoted strings, numbers (with sign, hex, `Infinity`, `NaN`),
/// `true`/`false`/`null`, `//` and `/* */` comments and trailing commas. It checks syntax and, on the
/// way, follows the JSON path of every value.
struct JSONSyntaxLocator {
    /// A diagnostic at `$` saying the text is not valid JSON, with where and what was expected when found.
    static func diagnostic(for data: [UInt8]) -> SchemeDiagnostic {
        var scanner = JSONSyntaxLocator(bytes: data)
        guard let failure = scanner.firstFailure() else {
            return .error(at: "$", .notValidJSON)
        }
        let (line, column) = scanner.position(of: failure.offset)
        return .error(at: "$", .invalidJSON(line: line, column: column, expected: failure.expected))
    }

    /// Errors for what a well-formed document holds but a scheme must not: a key given twice in one
    /// object, and a number that is NaN, an infinity or too large for a `Double` (`1e999`), each at its
    /// JSON path. Empty for a document with a syntax error (the decoder reports that).
    static func contentDiagnostics(for data: [UInt8]) -> [SchemeDiagnostic] {
        var scanner = JSONSyntaxLocator(bytes: data)
        guard scanner.firstFailure() == nil else { return [] }
        var diagnostics: [SchemeDiagnostic] = []
        for duplicate in scanner.duplicateKeys {
            let (line, column) = scanner.position(of: duplicate.offset)
            let (firstLine, firstColumn) = scanner.position(of: duplicate.firstOffset)
            diagnostics.append(.error(at: duplicate.path, .duplicateKey(duplicate.key, line: line, column: column,
                                                                        firstLine: firstLine, firstColumn: firstColumn)))
        }
        for number in scanner.nonFiniteNumbers {
            diagnostics.append(.error(at: number.path, number.overflows ? .numberTooLarge(literal: number.literal) : .nanOrInfinity))
        }
        return diagnostics
    }

    struct Failure: Error {
        let offset: Int
        let expected: SchemeFinding.JSONExpectation
    }

    /// A key that appears a second time in one object.
    struct DuplicateKey {
        let path: String
        let key: String
        let offset: Int
        let firstOffset: Int
    }

    /// A number literal that is not a finite `Double`.
    struct NonFiniteNumber {
        let path: String
        let literal: String
        /// Written as digits but too large (`1e999`), rather than `NaN` or `Infinity`.
        let overflows: Bool
    }

    /// The deepest nesting of objects and arrays scanned; deeper input is reported, not recursed
    /// into (the scanner is recursive, and 100,000 `[` would overflow the stack).
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    /// The path of the value being scanned.
    private var path: [AnyCodingKey] = []
    private(set) var duplicateKeys: [DuplicateKey] = []
    private(set) var nonFiniteNumbers: [NonFiniteNumber] = []

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
            if index < bytes.count { throw Failure(offset: index, expected: .endOfInput) }
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

    private func fail(_ expected: SchemeFinding.JSONExpectation) -> Failure { Failure(offset: index, expected: expected) }

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
                guard index + 1 < bytes.count else { throw Failure(offset: start, expected: .endOfComment) }
                index += 2
            default:
                return
            }
        }
    }

    private mutating func value() throws {
        guard let byte = current else { throw fail(.value) }
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
                throw fail(.value)
            }
            if let overflows = Self.nonFinite(word) {
                nonFiniteNumbers.append(NonFiniteNumber(path: SchemePath.render(path), literal: word, overflows: overflows))
            }
        }
    }

    private mutating func container(close: UInt8, keyed: Bool) throws {
        let closing: Character = close == UInt8(ascii: "}") ? "}" : "]"
        guard depth < Self.maximumDepth else {
            throw fail(.nestingLimit(depth: Self.maximumDepth))
        }
        depth += 1
        defer { depth -= 1 }
        index += 1
        try skipTrivia()
        if current == close { index += 1; return }
        var seen: [String: Int] = [:]
        var element = 0
        while true {
            if keyed {
                let start = index
                let name = try key()
                if let first = seen[name] {
                    duplicateKeys.append(DuplicateKey(path: SchemePath.render(path + [AnyCodingKey(stringValue: name)]),
                                                      key: name, offset: start, firstOffset: first))
                } else {
                    seen[name] = start
                }
                path.append(AnyCodingKey(stringValue: name))
                try skipTrivia()
                guard current == UInt8(ascii: ":") else { throw fail(.colon) }
                index += 1
                try skipTrivia()
            } else {
                path.append(AnyCodingKey(intValue: element)!)
                element += 1
            }
            try value()
            path.removeLast()
            try skipTrivia()
            if current == UInt8(ascii: ",") {
                index += 1
                try skipTrivia()
                if current == close { index += 1; return }   // trailing comma
                continue
            }
            if current == close { index += 1; return }
            throw fail(.commaOr(closing: closing))
        }
    }

    /// Scans a key and returns its name (escapes in quoted keys resolved).
    private mutating func key() throws -> String {
        if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
            let start = index
            try string()
            return Self.unquoted(bytes[(start + 1)..<(index - 1)])
        }
        let start = index
        while let next = current, Self.isWordByte(next), next != UInt8(ascii: "+"), next != UInt8(ascii: "-"),
              next != UInt8(ascii: ".") { index += 1 }
        if index == start { throw fail(.key) }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func string() throws {
        let quote = bytes[index]
        let start = index
        index += 1
        while let byte = current, byte != quote {
            if byte == UInt8(ascii: "\n") { break }
            index += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        guard current == quote else { throw Failure(offset: start, expected: .closingQuote) }
        index += 1
    }

    /// The text of a quoted string's body with its escapes resolved (`\"`, `\\`, `\n`, `\u0041`, …);
    /// an escape it does not know stands for the escaped character.
    static func unquoted(_ body: ArraySlice<UInt8>) -> String {
        guard body.contains(UInt8(ascii: "\\")) else { return String(decoding: body, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        let text = Array(String(decoding: body, as: UTF8.self).unicodeScalars)
        var k = 0
        var pendingHigh: UInt32?
        while k < text.count {
            let scalar = text[k]
            k += 1
            guard scalar == "\\", k < text.count else { scalars.append(scalar); continue }
            let escaped = text[k]
            k += 1
            switch escaped {
            case "n": scalars.append("\n")
            case "t": scalars.append("\t")
            case "r": scalars.append("\r")
            case "b": scalars.append("\u{8}")
            case "f": scalars.append("\u{C}")
            case "0": scalars.append("\u{0}")
            case "u" where k + 4 <= text.count:
                let hex = String(String.UnicodeScalarView(text[k..<(k + 4)]))
                guard let code = UInt32(hex, radix: 16) else { scalars.append(escaped); continue }
                k += 4
                if (0xD800...0xDBFF).contains(code) { pendingHigh = code; continue }
                if (0xDC00...0xDFFF).contains(code), let high = pendingHigh {
                    pendingHigh = nil
                    if let pair = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)) { scalars.append(pair) }
                    continue
                }
                if let decoded = Unicode.Scalar(code) { scalars.append(decoded) }
            default: scalars.append(escaped)
            }
        }
        return String(scalars)
    }

    /// Bytes of numbers, literals and bare keys (non-ASCII counts, for Chinese keys).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// For a number literal that is not a finite `Double`: `true` when it is written with digits but
    /// overflows (`1e999`), `false` for `NaN` and `Infinity`; `nil` for a finite number or another literal.
    private static func nonFinite(_ word: String) -> Bool? {
        var body = Substring(word)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        if body == "Infinity" || body == "NaN" { return false }
        guard let first = body.first, first.isNumber || first == "." else { return nil }
        if body.lowercased().hasPrefix("0x") { return nil }   // hexadecimal integers overflow to a large finite value
        guard let value = Double(String(body)) else { return nil }
        return value.isFinite ? nil : true
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
