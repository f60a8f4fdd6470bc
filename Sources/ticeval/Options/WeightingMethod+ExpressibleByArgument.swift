import ArgumentParser
import TICScoring

/// `--method` of `ticeval weights` and the method names of `ticeval mcda --weights`: TICScoring's
/// objective weighting methods of a decision matrix (`ahp` and `combined` are not offered here).
extension WeightingMethod: ExpressibleByArgument {
    /// The methods the researcher commands offer, in `--help` order.
    static let objective: [WeightingMethod] = [.entropy, .critic, .stddev, .equal]

    /// One of ``objective`` by name.
    public init?(argument: String) {
        guard let method = WeightingMethod(rawValue: argument), Self.objective.contains(method) else { return nil }
        self = method
    }

    /// The names of ``objective``, for `--help`.
    public static var allValueStrings: [String] { objective.map(\.rawValue) }
}
