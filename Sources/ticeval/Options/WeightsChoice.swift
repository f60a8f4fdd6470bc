import ArgumentParser
import Foundation
import TICScoring
import TICSupport

/// `--weights` of `ticeval mcda`, and the weights part of a `compare --method` spec: an objective
/// method by the names of `ticeval weights --method` (``ObjectiveWeightsMethod``: `entropy`,
/// `entropy:spssau`, `critic`, `critic:inverted-cost`, `stddev`, `equal`), explicit weights
/// `w1,w2,…`, AHP weights of a pairwise comparison file `ahp=FILE`, or subjective weights combined
/// with an objective method's, `combined:additive:α[:OBJECTIVE]=w1,w2,…` (as `ticeval weights
/// --method combined:additive:α --subjective w1,w2,… --objective OBJECTIVE`; OBJECTIVE defaults to entropy).
enum WeightsChoice: Sendable, Hashable {
    /// Computed from the matrix.
    case method(ObjectiveWeightsMethod)
    /// Given on the command line, used as given (like pymcdm).
    case explicit([Double])
    /// The AHP priority weights (principal eigenvector) of the pairwise comparison file at the path.
    case ahp(String)
    /// Subjective weights combined with an objective method's (``Weighting/combined(subjective:objective:rule:)``).
    case combined(multiplicative: Bool, alpha: Double, objective: ObjectiveWeightsMethod, subjective: [Double])

    /// The grammar, for messages and `--help`.
    static let grammar = "entropy, entropy:spssau, critic, critic:inverted-cost, stddev, equal, ahp=FILE, combined:additive:α[:OBJECTIVE]=w1,w2,… (or combined:multiplicative:…), or a list w1,w2,…"

    /// Parses a method name, `ahp=FILE`, `combined:…=…` or a comma-separated list of non-negative numbers.
    /// - Parameter option: the option or spec named in messages (`--weights`, `--method topsis:…`).
    /// - Throws: `ValidationError` naming the bad item and what was expected.
    init(parsing text: String, option: String = "--weights") throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let method = ObjectiveWeightsMethod(rawValue: trimmed.lowercased()) {
            self = .method(method)
            return
        }
        if trimmed.lowercased().hasPrefix("ahp=") {
            let path = String(trimmed.dropFirst(4))
            guard !path.isEmpty else {
                throw ValidationError("\(option): ahp= names no file; write ahp=PATH with a pairwise comparison CSV or .xlsx file (as ticeval ahp reads), e.g. ahp=pairwise.csv")
            }
            self = .ahp(path)
            return
        }
        if trimmed.lowercased().hasPrefix("combined:") {
            self = try Self.combined(trimmed, option: option)
            return
        }
        self = .explicit(try Self.list(trimmed, option: option))
    }

    /// `combined:RULE:α[:OBJECTIVE]=w1,w2,…`.
    private static func combined(_ text: String, option: String) throws -> WeightsChoice {
        let form = "combined:additive:α[:OBJECTIVE]=w1,w2,… or combined:multiplicative:α[:OBJECTIVE]=w1,w2,… (α in [0, 1]; OBJECTIVE entropy, entropy:spssau, critic, critic:inverted-cost or stddev; default entropy), e.g. combined:additive:0.5=0.4,0.3,0.3"
        guard let equals = text.firstIndex(of: "=") else {
            throw ValidationError("\(option): '\(text)' gives no subjective weights; expected \(form)")
        }
        let parts = text[..<equals].split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, parts[1] == "additive" || parts[1] == "multiplicative",
              let alpha = Double(parts[2]), alpha.isFinite, (0...1).contains(alpha) else {
            throw ValidationError("\(option): '\(text[..<equals])' is not a combination rule; expected \(form)")
        }
        var objective = ObjectiveWeightsMethod.entropy
        if parts.count == 4 {
            guard let named = ObjectiveWeightsMethod(rawValue: parts[3].lowercased()), named != .equal else {
                throw ValidationError("\(option): '\(parts[3])' is not an objective weighting method; expected \(form)")
            }
            objective = named
        }
        let subjective = try list(String(text[text.index(after: equals)...]), option: option)
        return .combined(multiplicative: parts[1] == "multiplicative", alpha: alpha, objective: objective, subjective: subjective)
    }

    /// A comma-separated list of non-negative numbers with at least one positive.
    private static func list(_ text: String, option: String) throws -> [Double] {
        var weights: [Double] = []
        for (index, item) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let token = item.trimmingCharacters(in: .whitespaces)
            guard let value = Double(token), value.isFinite, value >= 0 else {
                throw ValidationError("\(option): item \(index + 1) is '\(token)'; expected \(grammar), with numbers ≥ 0 such as 0.5,0.3,0.2")
            }
            weights.append(value)
        }
        guard weights.contains(where: { $0 > 0 }) else {
            throw ValidationError("\(option): every weight is 0; expected at least one positive weight")
        }
        return weights
    }

    /// The weights given on the command line (explicit, or a combination's subjective ones), if any.
    var givenWeights: [Double]? {
        switch self {
        case .explicit(let given), .combined(_, _, _, let given): given
        case .method, .ahp: nil
        }
    }

    /// The objective method computed from the data, if any (a combination's too).
    var objectiveMethod: ObjectiveWeightsMethod? {
        switch self {
        case .method(let method), .combined(_, _, let method, _): method
        case .explicit, .ahp: nil
        }
    }

    /// The files the weights are read from (an AHP pairwise file), for the run record.
    var files: [String] {
        if case .ahp(let path) = self { return [path] }
        return []
    }

    /// The name as reports show it: `entropy`, `given`, `ahp`, `combined:additive:0.5:entropy`.
    var label: String {
        switch self {
        case .method(let method): method.rawValue
        case .explicit: "given"
        case .ahp: "ahp"
        case .combined(let multiplicative, let alpha, let objective, _):
            "combined:\(multiplicative ? "multiplicative" : "additive"):\(NumberText.decimal(alpha, maximumFractionDigits: 9)):\(objective.rawValue)"
        }
    }
}
