import ArgumentParser
import Foundation
import TICScoring

/// `--weights` of `ticeval mcda`: an objective method by the names of `ticeval weights --method`
/// (``ObjectiveWeightsMethod``: `entropy`, `entropy:spssau`, `critic`, `critic:inverted-cost`, `stddev`,
/// `equal`), or explicit weights `w1,w2,…`.
enum WeightsChoice: Sendable, Hashable {
    /// Computed from the matrix.
    case method(ObjectiveWeightsMethod)
    /// Given on the command line, used as given (like pymcdm).
    case explicit([Double])

    /// Parses a method name or a comma-separated list of non-negative numbers.
    /// - Throws: `ValidationError` naming the bad item and what was expected.
    init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let method = ObjectiveWeightsMethod(rawValue: trimmed.lowercased()) {
            self = .method(method)
            return
        }
        let methods = ObjectiveWeightsMethod.allCases.map(\.rawValue).joined(separator: "|")
        var weights: [Double] = []
        for (index, item) in trimmed.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let token = item.trimmingCharacters(in: .whitespaces)
            guard let value = Double(token), value.isFinite, value >= 0 else {
                throw ValidationError("--weights: item \(index + 1) is '\(token)'; expected \(methods) or a list of numbers ≥ 0 such as 0.5,0.3,0.2")
            }
            weights.append(value)
        }
        guard weights.contains(where: { $0 > 0 }) else {
            throw ValidationError("--weights: every weight is 0; expected at least one positive weight")
        }
        self = .explicit(weights)
    }
}
