import ArgumentParser
import TICIngest
import TICScoring

/// The weights `ticeval mcda` uses: computed by an objective method, or given and checked for length.
struct CriterionWeights: Sendable {
    let choice: WeightsChoice

    /// Checks explicit weights against the criteria.
    /// - Throws: `ValidationError` (exit 2) when their count differs from the criteria count.
    static func resolve(_ choice: WeightsChoice, criteria: [String]) throws -> CriterionWeights {
        if case .explicit(let given) = choice, given.count != criteria.count {
            throw ValidationError("--weights has \(given.count) numbers but the matrix has \(criteria.count) criteria (\(criteria.joined(separator: ", "))); expected one weight per criterion")
        }
        return CriterionWeights(choice: choice)
    }

    /// `entropy`, `critic`, … or `given`.
    var label: String {
        switch choice {
        case .method(let method): return method.rawValue
        case .explicit: return "given"
        }
    }

    /// The weight vector for `matrix`.
    func compute(_ matrix: Matrix, directions: [Direction], criticInvertsCost: Bool) throws(ScoringError) -> ComputedWeights {
        switch choice {
        case .method(let method):
            return try (criticInvertsCost && method == .critic ? .criticInvertedCost : method).weigh(matrix, directions: directions)
        case .explicit(let given): return ComputedWeights(weights: given, warnings: [])
        }
    }
}
