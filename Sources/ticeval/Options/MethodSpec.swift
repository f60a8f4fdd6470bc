import ArgumentParser
import Foundation
import TICIngest
import TICScoring

/// A `--method` spec of `ticeval compare` on a decision matrix: one MCDA method with its weights,
/// written `METHOD[@OPTION]:WEIGHTS`, and ranked exactly as `ticeval mcda --method METHOD
/// [--normalization N | --v V] --weights WEIGHTS` ranks (the same code path, ``MCDAOutcome``).
///
/// - METHOD: `wsm`, `wpm`, `topsis` or `vikor` (``MCDAMethod``);
/// - OPTION: a normalization the method allows (`topsis@vector`, `wsm@minmax`), or VIKOR's
///   `v=0.3` (`vikor@v=0.3`); none: the method's pymcdm default;
/// - WEIGHTS: everything after the first colon, in the grammar of `mcda --weights`
///   (``WeightsChoice``): `entropy`, `entropy:spssau`, `critic`, `critic:inverted-cost`, `stddev`,
///   `equal`, `ahp=FILE`, `combined:additive:0.5=0.4,0.3,0.3`, or `0.4,0.3,0.3`. Method names have
///   no colon, so a weighting name with one (`entropy:spssau`) needs no quoting:
///   `topsis:entropy:spssau` is TOPSIS with SPSSAU's entropy weights.
///
/// ```swift
/// let spec = try MethodSpec(parsing: "vikor@v=0.3:ahp=pairwise.csv")
/// // spec.method == .vikor, spec.v == 0.3, spec.weights == .ahp("pairwise.csv")
/// ```
struct MethodSpec: Sendable, Hashable {
    /// The spec as written (trimmed): the label of its ranking in every output.
    let text: String
    /// The aggregation method.
    let method: MCDAMethod
    /// The normalization after `@`, if any.
    let normalization: NormalizationMethod?
    /// VIKOR's `v` after `@v=`, if any.
    let v: Double?
    /// The weights.
    let weights: WeightsChoice

    /// The grammar, for messages and `--help`.
    static let grammar = "METHOD[@OPTION]:WEIGHTS, e.g. topsis:entropy, vikor:ahp=pairwise.csv, wsm:0.4,0.3,0.3, topsis@vector:entropy:spssau, vikor@v=0.3:critic"

    /// Parses a spec.
    /// - Throws: `ValidationError` naming the spec, the part that is wrong and what to write instead.
    init(parsing raw: String) throws {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let methods = MCDAMethod.allCases.map(\.rawValue).joined(separator: ", ")
        guard let colon = text.firstIndex(of: ":") else {
            throw ValidationError("--method '\(text)' names no weights; write \(Self.grammar) (METHOD one of \(methods); WEIGHTS as ticeval mcda --weights)")
        }
        let head = text[..<colon].lowercased()
        let name = head.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let method = MCDAMethod(rawValue: name[0]) else {
            throw ValidationError("--method '\(text)': unknown method '\(name[0])'; expected \(methods), written \(Self.grammar)")
        }
        var normalization: NormalizationMethod?
        var v: Double?
        if name.count == 2 {
            let option = name[1]
            if method == .vikor {
                guard option.hasPrefix("v="), let value = Double(option.dropFirst(2)), value.isFinite, (0...1).contains(value) else {
                    throw ValidationError("--method '\(text)': '@\(option)' is not VIKOR's option; expected vikor@v=V with V in [0, 1], e.g. vikor@v=0.3:entropy")
                }
                v = value
            } else {
                let allowed = method.allowedNormalizations
                guard let chosen = NormalizationMethod(rawValue: option), allowed.contains(chosen) else {
                    throw ValidationError("--method '\(text)': '@\(option)' is not a normalization of \(method.rawValue); expected \(allowed.map { "\(method.rawValue)@\($0.rawValue)" }.joined(separator: " or ")), or no @ for the default")
                }
                normalization = chosen
            }
        }
        self.text = text
        self.method = method
        self.normalization = normalization
        self.v = v
        self.weights = try WeightsChoice(parsing: String(text[text.index(after: colon)...]), option: "--method '\(text)'")
    }

    /// The weights checked against the matrix's criteria (counts, an AHP file's labels).
    /// - Throws: `ValidationError` naming the spec; ``CommandFailure`` at a bad cell of an AHP file.
    func resolvedWeights(criteria: [String], types: CriterionTypes?, encoding: EncodingChoice) throws -> CriterionWeights {
        if weights.objectiveMethod == .criticInvertedCost && types == nil {
            throw ValidationError("--method '\(text)': critic:inverted-cost needs --types to know the cost columns, e.g. --types=1,-1,1")
        }
        return try CriterionWeights.resolve(weights, criteria: criteria, option: "--method '\(text)'", encoding: encoding)
    }
}
