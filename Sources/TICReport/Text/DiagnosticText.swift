import TICIngest
import TICSupport

/// A diagnostic is printed as its problem: `path:line:column: error: message`.
extension Diagnostic {
    /// `path:line:column: error: message` (compiler style), in the given language: the problem as
    /// every ``LocalizedProblem`` is printed (its severity is the problem's own).
    public func formatted(_ language: Language) -> String { problem.formatted(language) }
}

extension DiagnosticDigest {
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
