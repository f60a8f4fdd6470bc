import ArgumentParser
import TICPolicy
import TICScoring
import TICSupport

/// The comma-separated lists of `ticeval uncertainty`: the normalizations, missing-data policies and
/// aggregations each sample chooses from (the first is the nominal one), and the nominal weights.
/// A bad item is a usage error naming it and the values allowed.
enum UncertaintyFactorLists {
    /// `--normalizations scheme,minmax,…`: `scheme` (nil) is the scheme's own.
    static func normalizations(_ text: String) throws -> [NormalizationMethod?] {
        try items(text).map { name -> NormalizationMethod? in
            if name.trimmingCharacters(in: .whitespaces) == "scheme" { return nil }
            guard let method = NormalizationMethod(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown normalization '\(name)'; use scheme, \(NormalizationMethod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return method
        }
    }

    /// `--imputations scheme,center_mean,…`: `scheme` (nil) is the scheme's own; `error` is refused.
    static func imputations(_ text: String) throws -> [MissingDataPolicy?] {
        try items(text).map { name -> MissingDataPolicy? in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if trimmed == "scheme" { return nil }
            guard let policy = MissingDataPolicy(rawValue: trimmed), policy != .error else {
                throw ValidationError("unknown imputation '\(name)'; use scheme, center_mean, center_min, group_mean, zero")
            }
            return policy
        }
    }

    /// `--aggregations scheme,topsis,…`: `scheme` (nil) is the scheme's own (workspace) or the weighted
    /// sum (research); every method of `ticeval mcda` may be listed (`wsm` is `weighted_sum`).
    static func aggregations(_ text: String) throws -> [AggregationMethod?] {
        try items(text).map { name -> AggregationMethod? in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if trimmed == "scheme" { return nil }
            if trimmed == "wsm" { return .weightedSum }
            guard let method = AggregationMethod(rawValue: trimmed) else {
                throw ValidationError("unknown aggregation '\(name)'; use scheme, wsm (= weighted_sum), \(AggregationMethod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return method
        }
    }

    /// `--weights w1,w2,…`: numbers from 0 to ``ScoringLimits/maximumWeight``, at least one positive.
    static func weights(_ text: String, language lang: Language, option: String = "--weights") throws -> [Double] {
        let limit = NumberText.decimal(ScoringLimits.maximumWeight, maximumFractionDigits: 0)
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let values = try parts.enumerated().map { index, part in
            guard let value = Double(part), ScoringLimits.isUsableWeight(value) else {
                throw ValidationError(lang.pick("\(option) 第 \(index + 1) 项为 '\(part)'；应为 0 到 \(limit) 之间的数字，如 0.4,0.3,0.3",
                                                "\(option): item \(index + 1) is '\(part)'; expected numbers from 0 to \(limit) such as 0.4,0.3,0.3"))
            }
            return value
        }
        guard values.contains(where: { $0 > 0 }) else {
            throw ValidationError(lang.pick("\(option) 全为 0；应至少有一个正权重", "\(option): every weight is 0; expected at least one positive weight"))
        }
        return values
    }

    /// The items of a list (empty items dropped, as `split` does).
    private static func items(_ text: String) -> [Substring] { text.split(separator: ",") }
}
