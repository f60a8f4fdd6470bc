import Foundation

// Lenient decoding: while a scheme is decoded, every field error is recorded with its JSON path
// in a sink found in `Decoder.userInfo`, and decoding goes on with a neutral value, so one run
// reports every error. Without a sink (a plain `JSONDecoder`), errors are thrown as usual.

/// Collects diagnostics while a scheme is decoded. Used by one decoding call at a time.
final class SchemeDiagnosticSink: @unchecked Sendable {
    private(set) var diagnostics: [SchemeDiagnostic] = []

    func record(_ diagnostic: SchemeDiagnostic) { diagnostics.append(diagnostic) }

    func record(_ error: DecodingError) { diagnostics.append(SchemeDiagnostic(decodingError: error)) }
}

/// Thrown by a lenient `init(from:)` that has recorded why it cannot build a value; the enclosing
/// `lenient` decode reads the value as absent without recording anything more.
struct SchemeValueAlreadyReported: Error {}

extension CodingUserInfoKey {
    /// Where the scheme decoder finds its `SchemeDiagnosticSink`.
    static let schemeDiagnostics = CodingUserInfoKey(rawValue: "ticeval.scheme.diagnostics")!
}

/// Any key, to list the keys an object really has.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { self.stringValue = "\(intValue)"; self.intValue = intValue }
}

extension Decoder {
    /// The sink of a lenient scheme decoding, if this is one.
    var schemeSink: SchemeDiagnosticSink? { userInfo[.schemeDiagnostics] as? SchemeDiagnosticSink }

    /// Reports every key the object has but `Keys` does not know (typos such as `normalisation`) as
    /// an error at its JSON path, suggesting the nearest known key (see ``SchemeKeySuggestion``).
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) {
        guard let sink = schemeSink,
              let container = try? container(keyedBy: AnyCodingKey.self) else { return }
        let known = Keys.allCases.map(\.stringValue)
        let knownSet = Set(known)
        for key in container.allKeys where !knownSet.contains(key.stringValue) {
            sink.record(SchemeDiagnostic.unknownKey(key.stringValue, known: known, at: SchemePath.render(codingPath + [key])))
        }
    }

    /// ``rejectUnknownKeys(_:)`` under the name the `init(from:)`s call (from when unknown keys were
    /// warnings); kept so branches that add scheme keys merge without touching every call.
    func warnUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) { rejectUnknownKeys(keys) }
}

extension SchemeDiagnostic {
    /// `unknown key 'x'; did you mean 'y'?`, or the list of known keys when none is close.
    static func unknownKey(_ key: String, known: [String], at path: String) -> SchemeDiagnostic {
        if let nearest = SchemeKeySuggestion.nearest(to: key, among: known) {
            return .error(at: path, zh: "未知的键 “\(key)”；是否应为 “\(nearest)”？",
                          en: "unknown key '\(key)'; did you mean '\(nearest)'?")
        }
        let list = known.joined(separator: ", ")
        return .error(at: path, zh: "未知的键 “\(key)”；可用的键：\(list)", en: "unknown key '\(key)'; known keys: \(list)")
    }
}

extension KeyedDecodingContainer {
    /// Decodes an optional value; a bad value is recorded (lenient decoding) and read as absent.
    func lenient<T: Decodable>(_ type: T.Type, forKey key: Key, sink: SchemeDiagnosticSink?) throws -> T? {
        do {
            return try decodeIfPresent(type, forKey: key)
        } catch let error as DecodingError {
            guard let sink else { throw error }
            sink.record(error)
            return nil
        } catch is SchemeValueAlreadyReported where sink != nil {
            return nil
        } catch {
            // JSONDecoder reports some bad values (e.g. 1.5 for an integer) with an internal error type.
            guard let sink else { throw error }
            let (zh, en) = SchemeDiagnostic.describe(type)
            sink.record(.error(at: SchemePath.render(codingPath + [key]), zh: "类型错误：应为\(zh)", en: "wrong type: expected \(en)"))
            return nil
        }
    }

    /// Decodes a required value; a missing or bad value is recorded and `fallback` is returned.
    func required<T: Decodable>(_ type: T.Type, forKey key: Key, sink: SchemeDiagnosticSink?, fallback: T) throws -> T {
        if let sink, !contains(key) {
            sink.record(.error(at: SchemePath.render(codingPath + [key]),
                               zh: "缺少必填项", en: "missing required key"))
            return fallback
        }
        guard let sink else { return try decode(type, forKey: key) }
        return try lenient(type, forKey: key, sink: sink) ?? fallback
    }

    /// Decodes a keyword (a string naming an enum case) with a message that lists the allowed values.
    func keyword<E: RawRepresentable & CaseIterable>(_ type: E.Type, forKey key: Key, sink: SchemeDiagnosticSink?) throws -> E?
    where E.RawValue == String {
        guard let text = try lenient(String.self, forKey: key, sink: sink) else { return nil }
        if let value = E(rawValue: text) { return value }
        let path = SchemePath.render(codingPath + [key])
        let diagnostic = SchemeDiagnostic.unknownKeyword(text, of: type, at: path)
        guard let sink else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: diagnostic.en)
        }
        sink.record(diagnostic)
        return nil
    }

    /// Decodes a list of keywords; each bad entry is recorded at its index and skipped.
    func keywords<E: RawRepresentable & CaseIterable>(_ type: E.Type, forKey key: Key, sink: SchemeDiagnosticSink?) throws -> [E]?
    where E.RawValue == String {
        guard let texts = try lenient([String].self, forKey: key, sink: sink) else { return nil }
        var values: [E] = []
        for (index, text) in texts.enumerated() {
            if let value = E(rawValue: text) { values.append(value); continue }
            let path = SchemePath.index(SchemePath.render(codingPath + [key]), index)
            let diagnostic = SchemeDiagnostic.unknownKeyword(text, of: type, at: path)
            guard let sink else {
                throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: diagnostic.en)
            }
            sink.record(diagnostic)
        }
        return values
    }
}

extension SchemeDiagnostic {
    /// `unknown value "x"; expected one of: a, b, c`.
    static func unknownKeyword<E: RawRepresentable & CaseIterable>(_ text: String, of type: E.Type, at path: String) -> SchemeDiagnostic
    where E.RawValue == String {
        let list = E.allCases.map(\.rawValue).joined(separator: ", ")
        return .error(at: path, zh: "未知取值 “\(text)”；可选：\(list)",
                      en: "unknown value '\(text)'; expected one of: \(list)")
    }

    /// Turns a `DecodingError` into a diagnostic at the JSON path of its coding path.
    init(decodingError error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            let (zh, en) = Self.describe(type)
            self = .error(at: SchemePath.render(context.codingPath), zh: "类型错误：应为\(zh)", en: "wrong type: expected \(en)")
        case .valueNotFound(let type, let context):
            let (zh, en) = Self.describe(type)
            self = .error(at: SchemePath.render(context.codingPath), zh: "不能为 null：应为\(zh)", en: "null is not allowed: expected \(en)")
        case .keyNotFound(let key, let context):
            self = .error(at: SchemePath.render(context.codingPath + [key]), zh: "缺少必填项", en: "missing required key")
        case .dataCorrupted(let context):
            let detail = context.debugDescription
            self = .error(at: SchemePath.render(context.codingPath), zh: "数据无效：\(detail)", en: "invalid value: \(detail)")
        @unknown default:
            self = .error(at: "$", zh: "无法解码", en: "cannot decode the document")
        }
    }

    /// Words for a Swift type in a JSON document.
    static func describe(_ type: Any.Type) -> (zh: String, en: String) {
        let name = String(describing: type)
        if type == String.self { return ("字符串", "a string") }
        if type == Bool.self { return ("true 或 false", "true or false") }
        if type == Int.self { return ("整数", "an integer") }
        if type == Double.self || type == Float.self { return ("数字", "a number") }
        if name.hasPrefix("Array") { return ("数组", "an array") }
        if name.hasPrefix("Dictionary") || name.hasPrefix("Scheme") || name.hasSuffix("Rules")
            || name.hasSuffix("Spec") || name.hasSuffix("Weighting") { return ("对象", "an object") }
        // Other scheme values (keywords, judgments, …) say what they expect in their own messages;
        // a Swift type name never reaches the user.
        return ("文档所述形式的值（见 Guides/Schemes.md）", "a value of the documented form (see Guides/Schemes.md)")
    }
}
