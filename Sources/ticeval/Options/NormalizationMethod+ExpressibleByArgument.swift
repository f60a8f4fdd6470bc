import ArgumentParser
import TICScoring

/// `--normalization` of `ticeval mcda`: TICScoring's normalizations that pymcdm 1.4.0 has, cost
/// columns included (minmax, vector, max, sum, zscore); the scheme-only ones (goalposts, rank,
/// percentile) are not offered here.
extension NormalizationMethod: ExpressibleByArgument {
    /// The normalizations `mcda` offers, in `--help` order.
    static let pymcdm: [NormalizationMethod] = [.minmax, .vector, .max, .sum, .zscore]

    /// One of ``pymcdm`` by name.
    public init?(argument: String) {
        guard let method = NormalizationMethod(rawValue: argument), Self.pymcdm.contains(method) else { return nil }
        self = method
    }

    /// The names of ``pymcdm``, for `--help`.
    public static var allValueStrings: [String] { pymcdm.map(\.rawValue) }
}
