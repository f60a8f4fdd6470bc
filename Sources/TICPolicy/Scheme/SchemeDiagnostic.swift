/// One finding about a scheme file: where it is (a JSON path such as
/// `dimensions[2].indicators[0].weight`), how serious it is, and what it is (a ``SchemeFinding``,
/// which TICReport words in Chinese and English and prints compiler style, `path: error: message`).
public struct SchemeDiagnostic: Sendable, Hashable {
    /// Whether the finding stops the scheme from being used.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The scheme cannot be used until this is fixed.
        case error
        /// The scheme is usable; the finding says what was assumed or changed (e.g. weights normalized).
        case warning
    }

    /// `error` or `warning`.
    public var severity: Severity
    /// The JSON path of the offending value, `$` for the whole document.
    public var path: String
    /// What is wrong, or what was assumed.
    public var finding: SchemeFinding

    /// Creates a diagnostic.
    public init(_ severity: Severity, at path: String, _ finding: SchemeFinding) {
        self.severity = severity
        self.path = path.isEmpty ? "$" : path
        self.finding = finding
    }

    /// An error at `path`.
    public static func error(at path: String, _ finding: SchemeFinding) -> SchemeDiagnostic {
        SchemeDiagnostic(.error, at: path, finding)
    }

    /// A warning at `path`.
    public static func warning(at path: String, _ finding: SchemeFinding) -> SchemeDiagnostic {
        SchemeDiagnostic(.warning, at: path, finding)
    }

    /// Whether this is an error (not a warning).
    public var isError: Bool { severity == .error }
}

extension SchemeDiagnostic {
    /// Sorts diagnostics as their paths appear in a printed scheme: metadata, defaults, weights,
    /// dimensions by index, aggregation, grading; ties keep their order.
    static func inDocumentOrder(_ diagnostics: [SchemeDiagnostic]) -> [SchemeDiagnostic] {
        diagnostics.enumerated()
            .map { (key: sortKey($0.element.path) + [$0.offset], diagnostic: $0.element) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map(\.diagnostic)
    }

    private static let topLevelOrder = ["$", "name", "title", "title_en", "source", "version", "description",
                                        "description_en", "cycle_years", "defaults", "dimension_weights",
                                        "dimensions", "aggregation", "grading"]

    /// Top-level key rank, then every array index along the path.
    private static func sortKey(_ path: String) -> [Int] {
        let head = path.prefix { $0 != "." && $0 != "[" }
        var key = [topLevelOrder.firstIndex(of: String(head)) ?? topLevelOrder.count]
        var digits = ""
        var inIndex = false
        for character in path.dropFirst(head.count) {
            if character == "[" { inIndex = true; digits = "" }
            else if character == "]" { inIndex = false; key.append(Int(digits) ?? 0) }
            else if inIndex { digits.append(character) }
        }
        return key
    }
}
