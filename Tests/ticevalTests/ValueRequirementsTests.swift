import Testing
import TICScoring
@testable import ticeval

// MARK: AHP and MCDA (issue 12)

/// The steps ``ValueRequirements`` names for a rejected value are exactly the steps that throw, for
/// every combination of `weights --method` and of `mcda --weights --method --normalization`, and
/// every option it advises accepts the value.
@Suite("Value requirements: the steps named for a value ≤ 0 are the ones that reject it")
struct ValueRequirementsTests {
    /// Criterion 0 holds `value` in its first row; every other cell is positive.
    static func matrix(_ value: Double) -> Matrix { Matrix(rows: [[value, 1], [3, 2], [5, 4]]) }

    /// Runs `mcda` as the command does; the scoring error, if any.
    static func mcdaError(_ value: Double, weights: WeightsChoice, method: MCDAMethod,
                          normalization: NormalizationMethod?, directions: [Direction]) -> ScoringError? {
        do {
            let computed = try CriterionWeights(choice: weights).compute(matrix(value), directions: directions, criticInvertsCost: false)
            _ = try MCDAScores(matrix(value), method: method, weights: computed.weights, directions: directions,
                               normalization: normalization, v: 0.5)
            return nil
        } catch {
            return error
        }
    }

    static let weightings: [WeightsChoice] = WeightingMethod.objective.map { .method($0) } + [.explicit([0.5, 0.5])]

    /// Every method with its default and each normalization it allows.
    static let configurations: [(MCDAMethod, NormalizationMethod?)] =
        MCDAMethod.allCases.flatMap { method in [(method, nil)] + method.allowedNormalizations.map { (method, $0) } }

    @Test("weights: only entropy rejects a negative value, and its advice is accepted", arguments: [-2.0, 0])
    func weights(value: Double) throws {
        for method in WeightingMethod.objective {
            var threw = false
            do { _ = try method.weigh(Self.matrix(value), directions: [.benefit, .benefit], criticInvertsCost: false) } catch {
                threw = true
                #expect(error == .negativeValue(row: 0, column: 0, value: value))
            }
            let rejections = ValueRequirements.weights(method, directions: [.benefit, .benefit]).rejections(of: value, column: 0)
            #expect(threw == !rejections.isEmpty, "\(method) \(value)")
            for rejection in rejections {
                #expect(rejection.option == "--method")
                for choice in rejection.choices {
                    let other = try #require(WeightingMethod(argument: choice))
                    #expect(throws: Never.self) { try other.weigh(Self.matrix(value), directions: [.benefit, .benefit], criticInvertsCost: false) }
                }
            }
        }
    }

    @Test("mcda: every weighting, method, normalization and direction, for a negative value and for 0",
          arguments: [Direction.benefit, .cost], [-2.0, 0])
    func mcda(direction: Direction, value: Double) throws {
        let directions = [direction, .benefit]
        for weights in Self.weightings {
            for (method, normalization) in Self.configurations {
                let error = Self.mcdaError(value, weights: weights, method: method, normalization: normalization, directions: directions)
                let requirements = ValueRequirements.mcda(weights: weights, method: method, normalization: normalization, directions: directions)
                let rejections = requirements.rejections(of: value, column: 0)
                let label = "\(weights) \(method) \(normalization.map(\.rawValue) ?? "default") \(direction) \(value)"
                #expect((error != nil) == !rejections.isEmpty, "\(label): \(String(describing: error))")
                if let error {
                    #expect(error == .negativeValue(row: 0, column: 0, value: value)
                            || error == .nonPositiveValue(row: 0, column: 0, value: value), "\(label): \(error)")
                }
                // Following the advice (each choice of one step, the first choice of the others) succeeds.
                for (index, rejection) in rejections.enumerated() {
                    #expect(!rejection.choices.isEmpty, "\(label)")
                    for choice in rejection.choices {
                        var (w, m, n) = (weights, method, normalization)
                        for (other, step) in rejections.enumerated() {
                            let picked = other == index ? choice : step.choices[0]
                            switch step.option {
                            case "--weights": w = .method(try #require(WeightingMethod(argument: picked)))
                            case "--method": (m, n) = (try #require(MCDAMethod(rawValue: picked)), nil)
                            default: n = try #require(NormalizationMethod(argument: picked))
                            }
                        }
                        #expect(Self.mcdaError(value, weights: w, method: m, normalization: n, directions: directions) == nil,
                                "\(label) → \(w) \(m) \(n.map(\.rawValue) ?? "default")")
                    }
                }
            }
        }
    }
}
