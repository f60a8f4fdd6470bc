import Foundation
import Testing
import TICTestSupport
import TICScoring
@testable import ticeval

// MARK: AHP and MCDA (issue 12)

/// The steps ``ValueRequirements`` names for a rejected value are exactly the steps that throw, for
/// every combination of `weights --method` and of `mcda --weights --method --normalization`, and
/// every option it advises accepts the value.
@Suite("Value requirements: the steps named for a value ≤ 0 are the ones that reject it")
struct ValueRequirementsTests: MatrixCommandFixtures {
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

    static let weightings: [WeightsChoice] = ObjectiveWeightsMethod.allCases.map { .method($0) } + [.explicit([0.5, 0.5])]

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
                            case "--weights": w = .method(try #require(ObjectiveWeightsMethod(rawValue: picked)))
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

    // MARK: - The lines the commands print (issue 12)

    /// `mcda`/`weights` options, the matrix, and the exact line for a value the run rejects.
    /// `neg`: y = -3 on line 3; `zero`: x = 0 on line 3.
    static let valueCases: [(arguments: [String], matrix: String, expected: String)] = [
        (["weights"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --method entropy (the default; p = x/Σx) expects values ≥ 0; use --method critic, stddev or equal, or shift the column"),
        (["mcda"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --weights entropy (the default; p = x/Σx) expects values ≥ 0; use --weights critic, stddev or equal, or shift the column"),
        (["mcda", "--method", "wsm"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --weights entropy (the default; p = x/Σx) and --method wsm --normalization sum (wsm's default; x/Σx) expect values ≥ 0; use --weights critic, stddev or equal and --normalization minmax, vector or zscore, or shift the column"),
        (["mcda", "--method", "wsm", "--normalization", "max"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --weights entropy (the default; p = x/Σx) and --method wsm --normalization max (x/max) expect values ≥ 0; use --weights critic, stddev or equal and --normalization minmax, vector or zscore, or shift the column"),
        (["mcda", "--method", "wsm", "--normalization", "max", "--weights", "critic"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --method wsm --normalization max (x/max) expects values ≥ 0; use --normalization minmax, vector or zscore, or shift the column"),
        (["mcda", "--method", "wsm", "--normalization", "sum", "--weights", "0.5,0.5"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --method wsm --normalization sum (x/Σx) expects values ≥ 0; use --normalization minmax, vector or zscore, or shift the column"),
        (["mcda", "--method", "wsm", "--types=-1,1", "--weights", "stddev"], "zero",
         "m.csv:3:2: error: \"x\" has the value 0; --method wsm --normalization sum (wsm's default; (1/x)/Σ(1/x) for a cost column) expects values > 0; use --normalization minmax, vector, max or zscore, or shift the column"),
        (["mcda", "--method", "wpm"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --weights entropy (the default; p = x/Σx) expects values ≥ 0 and --method wpm (sum normalization, then a weighted product) expects values > 0; use --weights critic, stddev or equal and --method topsis or vikor, or shift the column"),
        (["mcda", "--method", "wpm", "--weights", "equal"], "neg",
         "m.csv:3:3: error: \"y\" has the negative value -3; --method wpm (sum normalization, then a weighted product) expects values > 0; use --method topsis or vikor, or shift the column"),
        (["mcda", "--method", "wpm"], "zero",
         "m.csv:3:2: error: \"x\" has the value 0; --method wpm (sum normalization, then a weighted product) expects values > 0; use --method wsm, topsis or vikor, or shift the column"),
    ]

    @Test("a value a step rejects names the weighting, method and normalization in use and valid advice", arguments: valueCases)
    func rejectedValueMessages(arguments: [String], matrix: String, expected: String) throws {
        let text = matrix == "neg" ? "alt,x,y\nA,1,2\nB,2,-3\nC,4,1" : "alt,x,y\nA,1,2\nB,0,3\nC,4,1"
        let path = try Self.write(text)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let result = try CLIRunner.run([arguments[0], "m.csv"] + arguments.dropFirst() + ["--lang", "en"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == expected + "\n", "\(result.stderr)")
        // Every option the advice names is accepted by the command: following it succeeds.
        let advice = try #require(expected.components(separatedBy: "; use ").last?.components(separatedBy: ", or shift").first)
        var followed = Array(arguments.dropFirst())
        for part in advice.components(separatedBy: " and ") {
            let words = part.split(separator: " ").map(String.init)   // "--weights critic, stddev or equal"
            let option = words[0], value = words[1].trimmingCharacters(in: CharacterSet(charactersIn: ","))
            if let index = followed.firstIndex(of: option) { followed[index + 1] = value } else { followed += [option, value] }
        }
        let rerun = try CLIRunner.run([arguments[0], "m.csv"] + followed, in: folder)
        #expect(rerun.status == 0, "\(followed): \(rerun.stderr)")
    }

    @Test("the Chinese line of a rejected value names the same options")
    func rejectedValueChinese() throws {
        let path = try Self.write("alt,x,y\nA,1,2\nB,2,-3\nC,4,1")
        let result = try CLIRunner.run(["mcda", path, "--method", "wsm", "--normalization", "max"])
        #expect(result.stderr == "\(path):3:3: 错误: “y”含负数 -3；--weights entropy（默认；熵权法 p = x/Σx）和 --method wsm --normalization max（x/max）要求值 ≥ 0；可改用 --weights critic、stddev 或 equal 并改用 --normalization minmax、vector 或 zscore，或先平移该列\n", "\(result.stderr)")
    }

    @Test("negative values are accepted where Guides/Research.md says so",
          arguments: [["weights", "--method", "critic"], ["weights", "--method", "stddev"],
                      ["mcda", "--weights", "critic"], ["mcda", "--method", "topsis", "--normalization", "vector", "--weights", "stddev"],
                      ["mcda", "--method", "vikor", "--weights", "equal"],
                      ["mcda", "--method", "wsm", "--normalization", "minmax", "--weights", "critic"],
                      ["mcda", "--method", "wsm", "--normalization", "vector", "--weights", "critic"],
                      ["mcda", "--method", "wsm", "--normalization", "zscore", "--weights", "0.5,0.5"]])
    func negativesAccepted(arguments: [String]) throws {
        let path = try Self.write("alt,x,y\nA,1,2\nB,2,-3\nC,4,1")
        let result = try CLIRunner.run([arguments[0], path] + arguments.dropFirst() + ["--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("nan"))
    }
}
