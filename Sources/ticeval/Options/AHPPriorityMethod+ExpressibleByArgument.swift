import ArgumentParser
import TICScoring

/// `--method eigenvector|geometric` of `ticeval ahp`: TICScoring's priority methods under their
/// command-line names, which the JSON output repeats.
extension AHPPriorityMethod: ExpressibleByArgument {
    /// `eigenvector` or `geometric` (normalized row geometric means).
    var argumentName: String { self == .eigenvector ? "eigenvector" : "geometric" }

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
