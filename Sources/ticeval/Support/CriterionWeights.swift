import ArgumentParser
import Foundation
import TICIngest
import TICScoring

/// The weights `ticeval mcda --weights` and each `ticeval compare --method` spec use: computed by an
/// objective method, given (checked for length), read from an AHP pairwise file (matched to the
/// criteria), or given weights combined with an objective method's.
struct CriterionWeights: Sendable {
    let choice: WeightsChoice
    /// `ahp=FILE`: the file's priority weights in criterion order, with its warnings.
    private var ahpWeights: ComputedWeights?

    /// Weights of `choice`, unchecked (an `ahp=FILE` choice needs ``resolve(_:criteria:option:encoding:)``).
    init(choice: WeightsChoice) { self.choice = choice }

    /// Checks the choice against the criteria and reads an AHP file.
    /// - Parameters:
    ///   - option: how messages name the argument (`--weights`, `--method vikor:ahp=p.csv`).
    ///   - encoding: of an AHP pairwise CSV file.
    /// - Throws: `ValidationError` (exit 2) when a weight count differs from the criteria count, an
    ///   AHP file is missing or compares other items; ``CommandFailure`` (exit 1) at the bad cell of
    ///   an AHP file.
    static func resolve(_ choice: WeightsChoice, criteria: [String], option: String = "--weights",
                        encoding: EncodingChoice = .auto) throws -> CriterionWeights {
        if let given = choice.givenWeights, given.count != criteria.count {
            throw ValidationError("\(option) has \(given.count) numbers but the matrix has \(criteria.count) criteria (\(criteria.joined(separator: ", "))); expected one weight per criterion")
        }
        var resolved = CriterionWeights(choice: choice)
        if case .ahp(let path) = choice {
            resolved.ahpWeights = try ahp(path, criteria: criteria, option: option, encoding: encoding)
        }
        return resolved
    }

    /// The AHP weights of `path` (principal eigenvector, Saaty's RI) in the order of `criteria`: a
    /// labelled matrix is matched by name, a bare one by position.
    private static func ahp(_ path: String, criteria: [String], option: String, encoding: EncodingChoice) throws -> ComputedWeights {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ValidationError("\(option): the pairwise comparison file '\(path)' is not found; write ahp=PATH with an existing CSV or .xlsx file holding the \(criteria.count) × \(criteria.count) judgements between \(criteria.joined(separator: ", ")) (as ticeval ahp reads)")
        }
        let outcome = try AHPOutcome(paths: [path], encoding: encoding, method: .eigenvector, randomIndex: .saaty)
        let weights = outcome.result.weights
        let bare = outcome.labels == (1...max(outcome.labels.count, 1)).map { String($0) }
        if bare && !criteria.allSatisfy({ outcome.labels.contains($0) }) {
            guard weights.count == criteria.count else {
                throw ValidationError("\(option): '\(path)' compares \(weights.count) items but the matrix has \(criteria.count) criteria (\(criteria.joined(separator: ", "))); expected a \(criteria.count) × \(criteria.count) pairwise matrix")
            }
            return ComputedWeights(weights: weights, warnings: outcome.result.warnings)
        }
        var index: [String: Int] = [:]
        for (i, label) in outcome.labels.enumerated() { index[label] = i }
        let missing = criteria.filter { index[$0] == nil }
        guard missing.isEmpty, outcome.labels.count == criteria.count else {
            let extra = outcome.labels.filter { !criteria.contains($0) }
            throw ValidationError("\(option): '\(path)' compares \(outcome.labels.joined(separator: ", ")) but the matrix's criteria are \(criteria.joined(separator: ", "))"
                + (missing.isEmpty ? "" : " (missing: \(missing.joined(separator: ", ")))") + (extra.isEmpty ? "" : " (not criteria: \(extra.joined(separator: ", ")))")
                + "; expected the matrix's criteria as the pairwise file's labels, in any order, or a bare \(criteria.count) × \(criteria.count) matrix")
        }
        return ComputedWeights(weights: criteria.map { weights[index[$0]!] }, warnings: outcome.result.warnings)
    }

    /// `entropy`, `critic`, … `given`, `ahp` or `combined:…`.
    var label: String { choice.label }

    /// The weight vector for `matrix`.
    func compute(_ matrix: Matrix, directions: [Direction], criticInvertsCost: Bool) throws(ScoringError) -> ComputedWeights {
        switch choice {
        case .method(let method):
            return try (criticInvertsCost && method == .critic ? .criticInvertedCost : method).weigh(matrix, directions: directions)
        case .explicit(let given): return ComputedWeights(weights: given, warnings: [])
        case .ahp: return ahpWeights ?? ComputedWeights(weights: [], warnings: [])
        case .combined(let multiplicative, let alpha, let objective, let given):
            return try Self.combined(given, with: objective.weigh(matrix, directions: directions),
                                     multiplicative: multiplicative, alpha: alpha)
        }
    }

    /// `given` (subjective) weights combined with `objective`'s by the additive or multiplicative rule
    /// (``Weighting/combined(subjective:objective:rule:)``), the objective method's warnings kept.
    static func combined(_ given: [Double], with objective: ComputedWeights, multiplicative: Bool, alpha: Double) throws(ScoringError) -> ComputedWeights {
        ComputedWeights(weights: try Weighting.combined(subjective: given, objective: objective.weights,
                                                        rule: multiplicative ? .multiplicative(alpha: alpha) : .additive(alpha: alpha)),
                        warnings: objective.warnings)
    }
}
