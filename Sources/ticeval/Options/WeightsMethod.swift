import ArgumentParser
import TICPolicy
import TICScoring
import TICSupport

/// `--method` of `ticeval weights`: one name per convention (Guides/Research.md, `ticeval weights`).
///
/// - `entropy`: pymcdm 1.4.0 `entropy_weights` (`p = x/Σx`, `0·ln 0 = 0`, negatives rejected);
/// - `entropy:spssau`: SPSSAU's entropy method, a column with a value ≤ 0 first shifted by `|min| + 0.01`;
/// - `critic`: pymcdm 1.4.0 `critic_weights` (min-max of every column as a benefit);
/// - `critic:inverted-cost`: scikit-criteria 0.10 `CRITIC`, cost columns (from `--types`) inverted first;
/// - `stddev`, `equal`;
/// - `combined:additive:α`, `combined:multiplicative:α`: `--subjective` weights combined with the
///   `--objective` method's (``Weighting/combined(subjective:objective:rule:)``), as a scheme's `combined`.
enum WeightsMethod: Hashable, Sendable, ExpressibleByArgument {
    /// An objective method or `equal`.
    case objective(ObjectiveWeightsMethod)
    /// Subjective and objective weights combined.
    case combined(multiplicative: Bool, alpha: Double)

    init?(argument: String) {
        if let method = ObjectiveWeightsMethod(rawValue: argument) {
            self = .objective(method)
            return
        }
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts[0] == "combined", parts[1] == "additive" || parts[1] == "multiplicative",
              let alpha = Double(parts[2]), alpha.isFinite, (0...1).contains(alpha) else { return nil }
        self = .combined(multiplicative: parts[1] == "multiplicative", alpha: alpha)
    }

    /// The name as given on the command line (`combined:additive:0.5`).
    var name: String {
        switch self {
        case .objective(let method): method.rawValue
        case .combined(let multiplicative, let alpha):
            "combined:\(multiplicative ? "multiplicative" : "additive"):\(NumberText.decimal(alpha, maximumFractionDigits: 9))"
        }
    }

    static var allValueStrings: [String] {
        ObjectiveWeightsMethod.allCases.map(\.rawValue) + ["combined:additive:α", "combined:multiplicative:α"]
    }

    var defaultValueDescription: String { name }
}

/// The objective conventions `ticeval weights` offers by name (and `equal`); see ``WeightsMethod``.
enum ObjectiveWeightsMethod: String, CaseIterable, Sendable, ExpressibleByArgument {
    case entropy
    case entropySPSSAU = "entropy:spssau"
    case critic
    case criticInvertedCost = "critic:inverted-cost"
    case stddev
    case equal

    /// The TICScoring method behind the name.
    var method: WeightingMethod {
        switch self {
        case .entropy, .entropySPSSAU: .entropy
        case .critic, .criticInvertedCost: .critic
        case .stddev: .stddev
        case .equal: .equal
        }
    }

    /// Whether the formula reads the criterion directions (`--types`); the others would ignore them.
    var usesDirections: Bool { convention?.usesDirections ?? false }

    /// The scheme convention of the same name (every case but `equal`).
    var convention: ObjectiveWeighting? { ObjectiveWeighting(rawValue: rawValue) }

    /// The weights of `matrix`: through ``ObjectiveWeighting/weigh(_:directions:)``, the call a scheme
    /// makes, so a name gives the same numbers here and in a scheme.
    func weigh(_ matrix: Matrix, directions: [Direction]) throws(ScoringError) -> ComputedWeights {
        guard let convention else { return ComputedWeights(weights: Weighting.equal(count: matrix.columns), warnings: []) }
        let result = try convention.weigh(matrix, directions: directions)
        return ComputedWeights(weights: result.weights, warnings: result.warnings)
    }
}
