import Foundation

// Lenient decoding: while a scheme is decoded, every field error is recorded with its JSON path
// in a sink found in `Decoder.userInfo`, and decoding goes on with a neutral value, so one run
// reports every error. Without a sink (a plain `JSONDecoder`), errors are thrown as usual; their
// `debugDescription` names the finding (`unknownValue("coin", …)`), text for the programmer: users
// read findings through `Scheme.inspect`, worded by TICReport.

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
    /// An unknown key, with the nearest known key when one is close (see ``SchemeKeySuggestion``).
    static func unknownKey(_ key: String, known: [String], at path: String) -> SchemeDiagnostic {
        .error(at: path, .unknownKey(key, nearest: SchemeKeySuggestion.nearest(to: key, among: known), known: known))
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
            sink.record(.error(at: SchemePath.render(codingPath + [key]), .wrongType(expected: SchemeDiagnostic.valueKind(type))))
            return nil
        }
    }

    /// Decodes a required value; a missing or bad value is recorded and `fallback` is returned.
    func required<T: Decodable>(_ type: T.Type, forKey key: Key, sink: SchemeDiagnosticSink?, fallback: T) throws -> T {
        if let sink, !contains(key) {
            sink.record(.error(at: SchemePath.render(codingPath + [key]), .missingKey))
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
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "\(diagnostic.finding)")
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
                throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "\(diagnostic.finding)")
            }
            sink.record(diagnostic)
        }
        return values
    }
}

extension SchemeDiagnostic {
    /// A keyword that is not a case of `E`, with the cases' spellings.
    static func unknownKeyword<E: RawRepresentable & CaseIterable>(_ text: String, of type: E.Type, at path: String) -> SchemeDiagnostic
    where E.RawValue == String {
        .error(at: path, .unknownValue(text, expected: E.allCases.map(\.rawValue)))
    }

    /// Turns a `DecodingError` into a diagnostic at the JSON path of its coding path.
    init(decodingError error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            self = .error(at: SchemePath.render(context.codingPath), .wrongType(expected: Self.valueKind(type)))
        case .valueNotFound(let type, let context):
            self = .error(at: SchemePath.render(context.codingPath), .nullNotAllowed(expected: Self.valueKind(type)))
        case .keyNotFound(let key, let context):
            self = .error(at: SchemePath.render(context.codingPath + [key]), .missingKey)
        case .dataCorrupted(let context):
            self = .error(at: SchemePath.render(context.codingPath), .invalidValue(detail: context.debugDescription))
        @unknown default:
            self = .error(at: "$", .undecodable)
        }
    }

    /// The kind of JSON value a Swift type is read from.
    static func valueKind(_ type: Any.Type) -> SchemeFinding.ValueKind {
        let name = String(describing: type)
        if type == String.self { return .string }
        if type == Bool.self { return .boolean }
        if type == Int.self { return .integer }
        if type == Double.self || type == Float.self { return .number }
        if name.hasPrefix("Array") { return .array }
        if name.hasPrefix("Dictionary") || name.hasPrefix("Scheme") || name.hasSuffix("Rules")
            || name.hasSuffix("Spec") || name.hasSuffix("Weighting") { return .object }
        // Other scheme values (keywords, judgments, …) say what they expect in their own messages;
        // a Swift type name never reaches the user.
        return .documented
    }
}
