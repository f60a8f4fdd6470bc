import TICSupport

/// The diagnostics of a workspace grouped as a terminal shows them: one line per distinct problem per
/// file and column, the first occurrence with the lines of the others (TICReport words them as
/// `…and 114 more rows: lines 3, 4, …`).
///
/// Problems are the same when they are the same ``IngestError`` case with the same severity, in the
/// same file and column; the first in file order is shown. `rejected.csv` still lists every one.
public struct DiagnosticDigest: Sendable {
    /// One shown problem and the ones like it.
    public struct Entry: Sendable {
        /// The first occurrence.
        public var first: Diagnostic
        /// The lines of the other occurrences, in file order.
        public var moreLines: [Int]
    }

    /// The entries, in the order of their first occurrences.
    public let entries: [Entry]

    /// Groups `diagnostics` (already in file order).
    public init(_ diagnostics: [Diagnostic]) {
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        for diagnostic in diagnostics {
            let location = diagnostic.location
            let kind = Mirror(reflecting: diagnostic.problem).children.first?.label ?? String(describing: diagnostic.problem)
            let key = "\(location.path)\u{1F}\(location.column)\u{1F}\(kind)\u{1F}\(diagnostic.severity.rawValue)"
            if let k = index[key] {
                entries[k].moreLines.append(location.line)
            } else {
                index[key] = entries.count
                entries.append(Entry(first: diagnostic, moreLines: []))
            }
        }
        self.entries = entries
    }
}
