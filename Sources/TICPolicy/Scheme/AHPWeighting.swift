/// AHP weights from one or several experts' pairwise comparison matrices (Saaty 1980).
///
/// Row and column `i` of every matrix stand for the `i`-th child (dimension or indicator) in the
/// order of the scheme; `criteria`, when given, names them so a reader can check the order.
/// The structural checks (square, size, positive, reciprocal) are made by `SchemeValidator`; the
/// consistency ratio is checked through the validator's `consistencyRatio` function.
public struct AHPWeighting: Sendable, Hashable {
    /// Which random-index table the consistency ratio uses.
    public enum RandomIndex: String, Sendable, Hashable, Codable, CaseIterable {
        /// Saaty (1980).
        case saaty
        /// Tummala & Ling (1998).
        case tummalaLing = "tummala-ling"
        /// Donegan & Dodd (1991).
        case doneganDodd = "donegan-dodd"
    }

    /// How several experts are combined.
    public enum ExpertAggregation: String, Sendable, Hashable, Codable, CaseIterable {
        /// Element-wise geometric mean of the judgments, then one priority vector (AIJ).
        case judgments
        /// One priority vector per expert, then their geometric mean, renormalized (AIP).
        case priorities
    }

    /// One matrix per expert; each is n×n where n is the number of children.
    public var matrices: [[[AHPJudgment]]]
    /// Optional child codes naming the rows, in order.
    public var criteria: [String]?
    /// Accept a consistency ratio above 0.1 (reported as a warning instead of an error).
    public var allowInconsistent: Bool
    /// Random-index table for the consistency ratio.
    public var randomIndex: RandomIndex
    /// How several experts combine (ignored for one expert).
    public var expertAggregation: ExpertAggregation

    /// Creates an AHP specification.
    public init(matrices: [[[AHPJudgment]]], criteria: [String]? = nil, allowInconsistent: Bool = false,
                randomIndex: RandomIndex = .saaty, expertAggregation: ExpertAggregation = .judgments) {
        self.matrices = matrices
        self.criteria = criteria
        self.allowInconsistent = allowInconsistent
        self.randomIndex = randomIndex
        self.expertAggregation = expertAggregation
    }

    /// The matrices as numbers (NaN where a cell could not be parsed).
    public var numericMatrices: [[[Double]]] { matrices.map { $0.map { $0.map(\.value) } } }
}
