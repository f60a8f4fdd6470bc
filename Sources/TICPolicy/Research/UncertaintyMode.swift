/// What an uncertainty analysis varies (``UncertaintyAnalysis``); written as `workspace` or
/// `research` in `uncertainty.json`.
public enum UncertaintyMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// A workspace evaluated under a scheme: the dimension weights are perturbed and every sample
    /// is graded.
    case workspace
    /// A plain decision matrix: the criterion weights are perturbed (or replayed).
    case research
}
