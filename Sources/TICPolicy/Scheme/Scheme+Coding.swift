import Foundation

extension Scheme {
    /// Reads a scheme from JSON (comments, trailing commas and other JSON5 allowed) and validates it.
    /// Never throws: every problem is a diagnostic with its JSON path.
    /// - Parameters:
    ///   - data: UTF-8 JSON text.
    ///   - validator: the checks to run (e.g. with an AHP consistency function).
    public static func inspect(_ data: Data, validator: SchemeValidator = SchemeValidator()) -> SchemeInspection {
        guard String(data: data, encoding: .utf8) != nil else {
            return SchemeInspection(scheme: nil, diagnostics: [
                .error(at: "$", .notUTF8),
            ])
        }
        // Duplicate keys and non-finite numbers, which JSONDecoder accepts without a word.
        let content = JSONSyntaxLocator.contentDiagnostics(for: [UInt8](data))
        let sink = SchemeDiagnosticSink()
        for diagnostic in content { sink.record(diagnostic) }
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        decoder.userInfo[.schemeDiagnostics] = sink
        let decoded: Scheme
        do {
            decoded = try decoder.decode(Scheme.self, from: data)
        } catch let error as DecodingError {
            var diagnostic = SchemeDiagnostic(decodingError: error)
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                diagnostic = JSONSyntaxLocator.diagnostic(for: [UInt8](data))
            }
            return SchemeInspection(scheme: nil, diagnostics: SchemeDiagnostic.inDocumentOrder(sink.diagnostics + [diagnostic]))
        } catch {
            return SchemeInspection(scheme: nil, diagnostics: sink.diagnostics + [
                .error(at: "$", .notASchemeFile),
            ])
        }
        // A value reported while decoding (missing or invalid) is not reported again by the validator,
        // nor is the object or array that holds it; a value the scan reported (a duplicate key, a
        // non-finite number) is not reported again by the decoder at the same path.
        let scanned = Set(content.map(\.path))
        let decoding = sink.diagnostics.filter { diagnostic in
            !(scanned.contains(diagnostic.path) && !content.contains(diagnostic))
        }
        let reported = decoding.filter(\.isError).map(\.path)
        let checks = validator.validate(decoded).filter { check in
            !(check.isError && reported.contains { Self.path(check.path, contains: $0) })
        }
        let diagnostics = SchemeDiagnostic.inDocumentOrder(decoding + checks)
        return SchemeInspection(scheme: decoded.normalizingExplicitWeights(), diagnostics: diagnostics)
    }

    /// Reads and validates a scheme; its explicit weights come back normalized to sum 1.
    /// - Throws: `SchemeError.invalid` with every diagnostic when there is at least one error.
    public static func decode(from data: Data, validator: SchemeValidator = SchemeValidator()) throws(SchemeError) -> Scheme {
        let inspection = inspect(data, validator: validator)
        guard let scheme = inspection.scheme, !inspection.hasErrors else {
            throw SchemeError.invalid(diagnostics: inspection.diagnostics)
        }
        return scheme
    }

    /// Reads and validates a scheme file (UTF-8 JSON with comments allowed).
    /// - Throws: `SchemeError.unreadable` when the file cannot be read, `SchemeError.invalid` on any error.
    public static func load(from url: URL, validator: SchemeValidator = SchemeValidator()) throws(SchemeError) -> Scheme {
        try decode(from: try readFile(url), validator: validator)
    }

    /// Reads a scheme file and inspects it (see `inspect(_:validator:)`).
    /// - Throws: `SchemeError.unreadable` when the file cannot be read.
    public static func inspect(fileAt url: URL, validator: SchemeValidator = SchemeValidator()) throws(SchemeError) -> SchemeInspection {
        inspect(try readFile(url), validator: validator)
    }

    /// Whether `inner` is `outer` or lies inside it (`a.b` contains `a.b[0].c`, not `a.bc`).
    static func path(_ outer: String, contains inner: String) -> Bool {
        guard inner.hasPrefix(outer) else { return false }
        let rest = inner.dropFirst(outer.count)
        return rest.isEmpty || rest.hasPrefix(".") || rest.hasPrefix("[")
    }

    private static func readFile(_ url: URL) throws(SchemeError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw SchemeError.unreadable(file: url.path, problem: .notFound)
        }
        if isDirectory.boolValue { throw SchemeError.unreadable(file: url.path, problem: .isDirectory) }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw SchemeError.unreadable(file: url.path, problem: .permissionDenied)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SchemeError.unreadable(file: url.path, problem: .readFailed)
        }
        return data
    }

    /// The scheme as pretty-printed JSON with sorted keys and a final newline: the same scheme always
    /// gives the same bytes, and decoding them gives back an equal scheme. Arrays of plain values
    /// (a matrix row, a list of codes) are kept on one line so AHP matrices read as matrices.
    ///
    /// Total: a number that is NaN or infinite (only in a scheme that has not passed validation) is
    /// written as the JSON5 literal `NaN`, `Infinity` or `-Infinity`, which reads back as the same value.
    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var text: String
        if let data = try? encoder.encode(self) {
            text = String(decoding: data, as: UTF8.self)
        } else {
            // Non-finite numbers: encoded as marker strings, then turned into JSON5 literals.
            let marker = "\u{1}ticeval-non-finite-"
            encoder.nonConformingFloatEncodingStrategy = .convertToString(
                positiveInfinity: marker + "Infinity", negativeInfinity: marker + "-Infinity", nan: marker + "NaN")
            guard let data = try? encoder.encode(self) else { return Data("{}\n".utf8) }  // unreachable: only floats fail
            text = String(decoding: data, as: UTF8.self)
            for literal in ["-Infinity", "Infinity", "NaN"] {
                text = text.replacingOccurrences(of: "\"\\u0001ticeval-non-finite-\(literal)\"", with: literal)
            }
        }
        return Data((Self.collapsingScalarArrays(text) + "\n").utf8)
    }

    /// Puts every array whose elements are all scalars on one line: `[\n  1,\n  2\n]` → `[1, 2]`.
    /// Works on `JSONEncoder`'s pretty output, where each element has its own line.
    static func collapsingScalarArrays(_ json: String) -> String {
        let lines = json.split(separator: "\n", omittingEmptySubsequences: false)
        var output: [Substring] = []
        output.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasSuffix("[") else { output.append(line); index += 1; continue }
            var items: [Substring] = []
            var end = index + 1
            var scalarsOnly = true
            while end < lines.count {
                let trimmed = lines[end].drop { $0 == " " }
                if trimmed == "]" || trimmed == "]," { break }
                if trimmed.hasPrefix("[") || trimmed.hasPrefix("{") || trimmed.hasSuffix("[") || trimmed.hasSuffix("{") {
                    scalarsOnly = false
                    break
                }
                items.append(trimmed.hasSuffix(",") ? trimmed.dropLast() : trimmed)
                end += 1
            }
            guard scalarsOnly, end < lines.count, !items.isEmpty else { output.append(line); index += 1; continue }
            let closing = lines[end].drop { $0 == " " }
            output.append(line + items.joined(separator: ", ") + closing)
            index = end + 1
        }
        return output.joined(separator: "\n")
    }

    /// `jsonData()` as a string.
    public func jsonString() -> String { String(decoding: jsonData(), as: UTF8.self) }
}
