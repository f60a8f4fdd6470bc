/// `compare.json`: the run record, the schemes compared (presets or files, in order; on a decision
/// matrix the `--method` specs) and every pair's comparison. Before issue #30 the file was the bare array of pairs, now under `pairs`.
public struct ComparisonDocument: Sendable, Codable {
    /// The tool, command line and input hashes (workspace files and scheme files).
    public var run: RunRecord
    /// The `--scheme` values (or, on a decision matrix, the `--method` specs), in order.
    public var schemes: [String]
    /// Every pair (i < j), in order.
    public var pairs: [SchemeComparison]

    /// A document.
    public init(run: RunRecord, schemes: [String], pairs: [SchemeComparison]) {
        self.run = run
        self.schemes = schemes
        self.pairs = pairs
    }
}
