import Foundation
import ArgumentParser
import TICScoring

/// The objective weighting methods of `ticeval weights` and `ticeval mcda --weights`, with the
/// defaults of pymcdm 1.4.0: entropy and standard deviation on the raw matrix, CRITIC on min-max of
/// every column as benefit (scikit-criteria's cost inversion on request).
enum ObjectiveWeighting: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Shannon entropy of `p = x/Σx`, `0·ln 0 = 0`; negative values are rejected.
    case entropy
    /// Criteria importance through intercriteria correlation.
    case critic
    /// Sample standard deviation (ddof = 1) of the raw columns.
    case stddev
    /// `1/m` for every criterion.
    case equal

    /// Weights of `matrix`.
    /// - Parameters:
    ///   - directions: used only by CRITIC with `criticInvertsCost`.
    ///   - criticInvertsCost: scikit-criteria 0.10's CRITIC, cost columns as `(max − x)/(max − min)`.
    /// - Throws: `ScoringError` (a negative value for entropy, a non-finite value).
    func weigh(_ matrix: Matrix, directions: [Direction], criticInvertsCost: Bool) throws(ScoringError) -> ComputedWeights {
        let result: WeightingResult
        switch self {
        case .entropy: result = try Weighting.entropy(matrix)
        case .critic:
            result = try Weighting.critic(matrix, directions: directions, variant: criticInvertsCost ? .invertCost : .pymcdm)
        case .stddev: result = try Weighting.standardDeviation(matrix)
        case .equal: return ComputedWeights(weights: Weighting.equal(count: matrix.columns), warnings: [])
        }
        return ComputedWeights(weights: result.weights, warnings: result.warnings)
    }
}

/// A weight vector and the warnings met computing it.
struct ComputedWeights: Sendable, Hashable {
    /// One weight per criterion.
    var weights: [Double]
    /// Constant columns, equal-weights fallback, …
    var warnings: [ScoringWarning]
}

/// `--weights` of `ticeval mcda`: an objective method by name, or explicit weights `w1,w2,…`.
enum WeightsChoice: Sendable, Hashable {
    /// Computed from the matrix.
    case method(ObjectiveWeighting)
    /// Given on the command line, used as given (like pymcdm).
    case explicit([Double])

    /// Parses a method name or a comma-separated list of non-negative numbers.
    /// - Throws: `ValidationError` naming the bad item and what was expected.
    init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let method = ObjectiveWeighting(rawValue: trimmed.lowercased()) {
            self = .method(method)
            return
        }
        let methods = ObjectiveWeighting.allCases.map(\.rawValue).joined(separator: "|")
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
