import TICScoring

/// How the weights of one level are set: the dimensions of a scheme (`dimension_weights`) or the
/// indicators of one dimension (`indicator_weights`).
///
/// JSON is an object with a `method`:
/// ```json
/// {"method": "explicit"}                       // the children's own "weight" fields
/// {"method": "equal"}
/// {"method": "entropy"}                        // or "entropy:spssau", "critic", "critic:inverted-cost", "stddev"
/// {"method": "ahp", "matrices": [[[1, 3], ["1/3", 1]]], "random_index": "saaty"}
/// {"method": "combined", "alpha": 0.6, "subjective": {"method": "explicit"}, "objective": "critic", "form": "additive"}
/// ```
/// When the key is left out, the level is `explicit` if any child has a `weight`, else `equal`.
public indirect enum WeightSpec: Sendable, Hashable {
    /// The children's `weight` fields, normalized to sum 1 (a warning when they did not).
    case explicit
    /// Every child the same weight.
    case equal
    /// Weights computed from the data.
    case objective(ObjectiveWeighting)
    /// Analytic hierarchy process.
    case ahp(AHPWeighting)
    /// Subjective and objective weights combined.
    case combined(CombinedWeighting)

    /// The `TICScoring` method; `nil` for explicit weights.
    public var method: WeightingMethod? {
        switch self {
        case .explicit: nil
        case .equal: .equal
        case .objective(let objective): objective.method
        case .ahp: .ahp
        case .combined: .combined
        }
    }

    /// Whether the children's `weight` fields are used (explicit, or combined with explicit subjective weights).
    public var usesExplicitWeights: Bool {
        switch self {
        case .explicit: true
        case .combined(let combined): combined.subjective.usesExplicitWeights
        default: false
        }
    }

    /// The method keyword in JSON.
    var keyword: Keyword {
        switch self {
        case .explicit: .explicit
        case .equal: .equal
        case .objective(.entropy): .entropy
        case .objective(.entropySPSSAU): .entropySPSSAU
        case .objective(.critic): .critic
        case .objective(.criticInvertedCost): .criticInvertedCost
        case .objective(.stddev): .stddev
        case .ahp: .ahp
        case .combined: .combined
        }
    }

    /// The spellings of `method`; the objective ones are ``ObjectiveWeighting``'s.
    enum Keyword: String, CaseIterable {
        case explicit, equal, entropy
        case entropySPSSAU = "entropy:spssau"
        case critic
        case criticInvertedCost = "critic:inverted-cost"
        case stddev, ahp, combined
    }
}

extension WeightSpec: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case method
        case matrices, criteria
        case allowInconsistent = "allow_inconsistent"
        case randomIndex = "random_index"
        case expertAggregation = "expert_aggregation"
        case alpha, subjective, objective, form
    }

    /// Decodes leniently; keys that belong to another method are warned about, unknown keys are errors.
    public init(from decoder: any Decoder) throws {
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let keyword = try c.keyword(Keyword.self, forKey: .method, sink: sink) else {
            // Unknown (already recorded) or missing: the level falls back to its default method.
            guard let sink else { _ = try c.decode(String.self, forKey: .method); throw SchemeValueAlreadyReported() }
            if !c.contains(.method) {
                sink.record(.error(at: SchemePath.render(c.codingPath + [CodingKeys.method]),
                                   .missingKeyword(expected: Keyword.allCases.map(\.rawValue))))
            }
            throw SchemeValueAlreadyReported()
        }
        var allowed: [CodingKeys] = [.method]
        switch keyword {
        case .explicit: self = .explicit
        case .equal: self = .equal
        case .entropy: self = .objective(.entropy)
        case .entropySPSSAU: self = .objective(.entropySPSSAU)
        case .critic: self = .objective(.critic)
        case .criticInvertedCost: self = .objective(.criticInvertedCost)
        case .stddev: self = .objective(.stddev)
        case .ahp:
            allowed += [.matrices, .criteria, .allowInconsistent, .randomIndex, .expertAggregation]
            self = .ahp(AHPWeighting(
                matrices: try c.required([[[AHPJudgment]]].self, forKey: .matrices, sink: sink, fallback: []),
                criteria: try c.lenient([String].self, forKey: .criteria, sink: sink),
                allowInconsistent: try c.lenient(Bool.self, forKey: .allowInconsistent, sink: sink) ?? false,
                randomIndex: try c.keyword(AHPWeighting.RandomIndex.self, forKey: .randomIndex, sink: sink) ?? .saaty,
                expertAggregation: try c.keyword(AHPWeighting.ExpertAggregation.self, forKey: .expertAggregation, sink: sink) ?? .judgments))
        case .combined:
            allowed += [.alpha, .subjective, .objective, .form]
            self = .combined(CombinedWeighting(
                alpha: try c.lenient(Double.self, forKey: .alpha, sink: sink) ?? 0.5,
                subjective: try c.lenient(WeightSpec.self, forKey: .subjective, sink: sink) ?? .explicit,
                objective: try c.keyword(ObjectiveWeighting.self, forKey: .objective, sink: sink) ?? .entropy,
                form: try c.keyword(CombinedWeighting.Form.self, forKey: .form, sink: sink) ?? .additive))
        }
        if let sink, let all = try? decoder.container(keyedBy: AnyCodingKey.self) {
            let names = Set(allowed.map(\.stringValue))
            let known = Set(CodingKeys.allCases.map(\.stringValue))
            for key in all.allKeys where !names.contains(key.stringValue) {
                guard known.contains(key.stringValue) else {
                    // Not a key of any method: a typo, an error with the nearest key of this method.
                    sink.record(SchemeDiagnostic.unknownKey(key.stringValue, known: allowed.map(\.stringValue),
                                                            at: SchemePath.render(c.codingPath + [key])))
                    continue
                }
                sink.record(.warning(at: SchemePath.render(c.codingPath + [key]),
                                     .keyNotForMethod(key: key.stringValue, method: keyword.rawValue)))
            }
        }
    }

    /// Encodes `method` and the parameters of that method, all of them explicitly.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(keyword.rawValue, forKey: .method)
        switch self {
        case .explicit, .equal, .objective:
            break
        case .ahp(let ahp):
            try c.encode(ahp.matrices, forKey: .matrices)
            try c.encodeIfPresent(ahp.criteria, forKey: .criteria)
            try c.encode(ahp.allowInconsistent, forKey: .allowInconsistent)
            try c.encode(ahp.randomIndex, forKey: .randomIndex)
            try c.encode(ahp.expertAggregation, forKey: .expertAggregation)
        case .combined(let combined):
            try c.encode(combined.alpha, forKey: .alpha)
            try c.encode(combined.subjective, forKey: .subjective)
            try c.encode(combined.objective, forKey: .objective)
            try c.encode(combined.form, forKey: .form)
        }
    }
}
