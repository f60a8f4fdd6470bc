/// The outcome of reading a scheme without throwing: the scheme when it could be decoded (with its
/// explicit weights normalized), and every diagnostic, errors and warnings, in document order.
public struct SchemeInspection: Sendable, Hashable {
    /// The decoded scheme; `nil` when the text is not valid JSON or not a JSON object.
    /// Present even when `hasErrors`, for tools that show what was read.
    public var scheme: Scheme?
    /// Every error and warning.
    public var diagnostics: [SchemeDiagnostic]

    /// Creates an inspection result.
    public init(scheme: Scheme?, diagnostics: [SchemeDiagnostic]) {
        self.scheme = scheme
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { scheme == nil || diagnostics.contains(where: \.isError) }

    /// The errors only.
    public var errors: [SchemeDiagnostic] { diagnostics.filter(\.isError) }

    /// The warnings only.
    public var warnings: [SchemeDiagnostic] { diagnostics.filter { !$0.isError } }
}
