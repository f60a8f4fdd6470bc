/// Why a scheme could not be loaded.
///
/// A case holds facts, not sentences: TICReport words it (`SchemeError.message(_:)`).
public enum SchemeError: Error, Sendable, Hashable {
    /// The file could not be read.
    case unreadable(file: String, problem: FileProblem)
    /// The scheme has at least one error; `diagnostics` lists every error and warning found, in document order.
    case invalid(diagnostics: [SchemeDiagnostic])
    /// No preset has this name.
    case unknownPreset(name: String, available: [String])

    /// The errors only (warnings left out).
    public var errors: [SchemeDiagnostic] {
        if case .invalid(let diagnostics) = self { return diagnostics.filter(\.isError) }
        return []
    }

    /// Why a scheme file could not be read (TICReport words it).
    public enum FileProblem: Sendable, Hashable {
        /// Nothing exists at the path.
        case notFound
        /// The path is a folder.
        case isDirectory
        /// The file exists but this user may not read it.
        case permissionDenied
        /// Reading failed (an I/O error).
        case readFailed
    }
}
