import TICIngest
import TICScoring
import TICSupport

/// Which values the steps of one `ticeval weights` or `ticeval mcda` run accept, each step named by
/// the options that chose it, so that a rejected value is reported with every step it fails and
/// with advice that is valid for that command.
///
/// | step | accepts |
/// |---|---|
/// | weighting `entropy` (p = x/Σx) | values ≥ 0 |
/// | weighting `critic`, `stddev`, `equal`, explicit weights | any finite value |
/// | `wsm` with `max` normalization (x/max) | values ≥ 0 |
/// | `wsm` with `sum` normalization (x/Σx; cost (1/x)/Σ(1/x); wsm's default) | values ≥ 0; > 0 in a cost column |
/// | `wsm` with `minmax`, `vector` or `zscore`; `topsis`; `vikor` | any finite value |
/// | `wpm` (sum normalization, then a weighted product) | values > 0 |
///
/// These mirror the checks of `Weighting.entropy`, `Normalization.normalize` and
/// `Aggregation.weightedProduct`, which throw; this type only names what threw.
struct ValueRequirements: Sendable {
    /// The values a step accepts.
    enum Domain: Sendable, Hashable {
        case any, nonNegative, positive

        /// Whether `value` is accepted.
        func admits(_ value: Double) -> Bool {
            switch self {
            case .any: return true
            case .nonNegative: return value >= 0
            case .positive: return value > 0
            }
        }
    }

    /// A step that rejects a value: what it is, the values it needs, and the options to choose instead.
    struct Rejection: Sendable {
        let domain: Domain
        let step: (zh: String, en: String)
        /// The option to change instead (`--weights`, `--normalization`, `--method`).
        let option: String
        /// The values of `option` that accept the value; empty when none does.
        let choices: [String]

        /// `--weights critic, stddev or equal` (`--weights critic、stddev 或 equal`); `nil` without choices.
        func advice(_ language: Language) -> String? {
            guard let last = choices.last else { return nil }
            let head = choices.dropLast()
            guard !head.isEmpty else { return "\(option) \(last)" }
            return language == .zh ? "\(option) \(head.joined(separator: "、")) 或 \(last)"
                                   : "\(option) \(head.joined(separator: ", ")) or \(last)"
        }
    }

    /// The option that chooses the weighting: `--method` for `weights`, `--weights` for `mcda`.
    private let weightingFlag: String
    /// The objective weighting in use; `nil` for explicit weights.
    private let weighting: WeightingMethod?
    /// `mcda` only: the method in use.
    private let method: MCDAMethod?
    /// `mcda` only: `--normalization` as given (`nil`: the method's default).
    private let normalization: NormalizationMethod?
    /// One direction per criterion.
    private let directions: [Direction]

    /// The requirements of `ticeval weights --method method`.
    static func weights(_ method: WeightingMethod?, directions: [Direction]) -> ValueRequirements {
        ValueRequirements(weightingFlag: "--method", weighting: method, method: nil, normalization: nil, directions: directions)
    }

    /// The requirements of `ticeval mcda --weights weights --method method [--normalization normalization]`.
    static func mcda(weights: WeightsChoice, method: MCDAMethod, normalization: NormalizationMethod?,
                     directions: [Direction]) -> ValueRequirements {
        let weighting: WeightingMethod?
        // entropy:spssau shifts what plain entropy would reject, so it sets no domain of its own.
        if let chosen = weights.objectiveMethod, chosen != .entropySPSSAU { weighting = chosen.method } else { weighting = nil }
        return ValueRequirements(weightingFlag: "--weights", weighting: weighting, method: method,
                                 normalization: normalization, directions: directions)
    }

    /// The steps that reject `value` in criterion `column`, weighting first; empty when none does.
    func rejections(of value: Double, column: Int) -> [Rejection] {
        let direction = column < directions.count ? directions[column] : .benefit
        var result: [Rejection] = []
        if let weighting, !Self.domain(of: weighting).admits(value) {
            let others = WeightingMethod.objective.filter { Self.domain(of: $0).admits(value) }.map(\.rawValue)
            result.append(Rejection(
                domain: Self.domain(of: weighting),
                step: (zh: "\(weightingFlag) \(weighting.rawValue)（默认；熵权法 p = x/Σx）",
                       en: "\(weightingFlag) \(weighting.rawValue) (the default; p = x/Σx)"),
                option: weightingFlag, choices: others))
        }
        guard let method else { return result }
        let domain = Self.domain(of: method, normalization: normalization, direction: direction)
        guard !domain.admits(value) else { return result }
        switch method {
        case .wpm:
            let others = MCDAMethod.allCases.filter {
                $0 != .wpm && Self.domain(of: $0, normalization: nil, direction: direction).admits(value)
            }
            result.append(Rejection(domain: domain,
                                    step: (zh: "--method wpm（先按 sum 归一化，再加权乘积）",
                                           en: "--method wpm (sum normalization, then a weighted product)"),
                                    option: "--method", choices: others.map(\.rawValue)))
        case .wsm, .topsis, .vikor:
            let used = normalization ?? method.defaultNormalization ?? .sum
            let others = method.allowedNormalizations.filter { Self.domain(of: $0, direction: direction).admits(value) }
            let isDefault = normalization == nil
            let formula = used == .max ? "x/max" : (direction == .benefit ? "x/Σx" : "(1/x)/Σ(1/x)")
            let zhNote = (isDefault ? "\(method.rawValue) 的默认；" : "") + (direction == .benefit ? "" : "成本型列按 ") + formula
            let enNote = (isDefault ? "\(method.rawValue)'s default; " : "") + formula + (direction == .benefit ? "" : " for a cost column")
            result.append(Rejection(domain: domain,
                                    step: (zh: "--method \(method.rawValue) --normalization \(used.rawValue)（\(zhNote)）",
                                           en: "--method \(method.rawValue) --normalization \(used.rawValue) (\(enNote))"),
                                    option: "--normalization", choices: others.map(\.rawValue)))
        }
        return result
    }

    // MARK: - What each step accepts

    private static func domain(of weighting: WeightingMethod) -> Domain {
        weighting == .entropy ? .nonNegative : .any
    }

    private static func domain(of normalization: NormalizationMethod, direction: Direction) -> Domain {
        switch normalization {
        case .max: return .nonNegative
        case .sum: return direction == .benefit ? .nonNegative : .positive
        case .minmax, .vector, .zscore: return .any
        case .goalposts, .rank, .percentile: return .any  // not offered by `mcda`
        }
    }

    private static func domain(of method: MCDAMethod, normalization: NormalizationMethod?, direction: Direction) -> Domain {
        switch method {
        case .wpm: return .positive
        case .wsm: return domain(of: normalization ?? method.defaultNormalization ?? .sum, direction: direction)
        case .topsis, .vikor: return .any
        }
    }
}

extension ValueRequirements {
    /// `"y" has the negative value -3; A and B expect values ≥ 0; use X and Y, or shift the column`:
    /// every step of the command that rejects the value, and what to choose instead; nil when no
    /// step of this command rejects it (the generic bound is then stated).
    func message(name: String, value: Double, column: Int, language: Language) -> String? {
        let zh = language == .zh
        let rejections = rejections(of: value, column: column)
        guard !rejections.isEmpty else { return nil }
        let shown = value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : value.description
        let lead = value < 0 ? (zh ? "“\(name)”含负数 \(shown)" : "\"\(name)\" has the negative value \(shown)")
                             : (zh ? "“\(name)”的值为 \(shown)" : "\"\(name)\" has the value \(shown)")
        var needs: [String] = []
        for domain in [Domain.nonNegative, .positive] {
            let steps = rejections.filter { $0.domain == domain }.map { zh ? $0.step.zh : $0.step.en }
            guard !steps.isEmpty else { continue }
            let bound = domain == .positive ? "> 0" : "≥ 0"
            needs.append(zh ? "\(steps.joined(separator: "和 "))要求值 \(bound)"
                            : "\(steps.joined(separator: " and ")) \(steps.count == 1 ? "expects" : "expect") values \(bound)")
        }
        let instead = rejections.compactMap { $0.advice(language) }
        let advice = zh ? (instead.isEmpty ? "请先平移该列" : "可改用 \(instead.joined(separator: " 并改用 "))，或先平移该列")
                        : (instead.isEmpty ? "shift the column" : "use \(instead.joined(separator: " and ")), or shift the column")
        return zh ? "\(lead)；\(needs.joined(separator: "，"))；\(advice)"
                  : "\(lead); \(needs.joined(separator: " and ")); \(advice)"
    }
}
