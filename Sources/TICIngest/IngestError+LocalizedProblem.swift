import TICSupport

/// A reading problem is printed at its `path:line:column`, as an error or a warning.
extension IngestError: LocalizedProblem {
    /// ``location``: every reading problem has one.
    public var fileLocation: FileLocation? { location }
}
