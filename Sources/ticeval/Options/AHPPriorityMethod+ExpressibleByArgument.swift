import ArgumentParser
import TICScoring

/// `--method eigenvector|geometric|sum-product` of `ticeval ahp`: TICScoring's priority methods under their
/// command-line names, which the JSON output repeats.
extension AHPPriorityMethod: ExpressibleByArgument {
    /// `eigenvector`, `geometric` (normalized row geometric means) or `sum-product` (和积法).
    var argumentName: String {
        switch self {
        case .eigenvector: "eigenvector"
        case .geometricMean: "geometric"
        case .sumProduct: "sum-product"
        }
    }

    /// The method named `argument`.
    public init?(argument: String) {
        guard let method = Self.allCases.first(where: { $0.argumentName == argument }) else { return nil }
        self = method
    }

    /// The command-line names, for `--help`.
    public static var allValueStrings: [String] { allCases.map(\.argumentName) }

    /// The command-line name, for `--help`.
    public var defaultValueDescription: String { argumentName }

    /// None: `--help` lists the names on one line, as for the other enums.
    public static var allValueDescriptions: [String: String] { [:] }
}
