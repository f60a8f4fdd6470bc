import TICSupport
/// A problem found while reading input, with its severity; TICReport prints it as
/// `path:line:column: error: message` (`Diagnostic.formatted(_:)`).
public struct Diagnostic: Sendable, Hashable, Comparable {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The data cannot be used as it is: validation exits with status 1.
        case error
        /// The data can be used; the user should look.
        case warning
    }

    /// Error or warning.
    public let severity: Severity
    /// What is wrong, and where.
    public let problem: IngestError

    /// A diagnostic with the problem's own severity (``IngestError/isWarning``).
    public init(_ problem: IngestError) {
        self.problem = problem
        self.severity = problem.isWarning ? .warning : .error
    }

    /// Where the problem is.
    public var location: FileLocation { problem.location }

    /// Orders by file, line and column.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool { a.location < b.location }
}
