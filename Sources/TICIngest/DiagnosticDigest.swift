import TICSupport

/// The diagnostics of a workspace as a terminal shows them: one line per distinct problem per file
/// and column, the first occurrence with a count of the others (`…and 114 more rows: lines 3, 4, …`).
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

    /// The lines to print, in the given language.
    public func lines(_ language: Language) -> [String] {
        entries.map { entry in
            guard !entry.moreLines.isEmpty else { return entry.first.formatted(language) }
            let lines = Adaptation.lines(entry.moreLines, zh: language == .zh)
            return entry.first.formatted(language) + (language == .zh
                ? "（另有 \(entry.moreLines.count) 行同类问题：第 \(lines) 行）"
                : " (…and \(entry.moreLines.count) more row\(entry.moreLines.count == 1 ? "" : "s") like it: line \(lines))")
        }
    }
}

extension Workspace {
    /// What the terminal shows of reading the workspace: one line per file the reader adapted
    /// (``InputFile/adaptationLine(_:)``), then the problems (``DiagnosticDigest``).
    public func intakeLines(_ language: Language) -> [String] {
        files.compactMap { $0.adaptationLine(language) } + DiagnosticDigest(diagnostics).lines(language)
    }
}
