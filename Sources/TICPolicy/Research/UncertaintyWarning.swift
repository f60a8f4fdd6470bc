/// Something an uncertainty analysis found that makes part of its output uninformative; the words
/// are TICReport's (`UncertaintyWarningText`), in `uncertainty.json` as `code` and the factor.
public enum UncertaintyWarning: Sendable, Hashable, Codable {
    /// Only one weight (one dimension or criterion): every sample's weights are `[1]`, so perturbing
    /// them cannot change any rank.
    case singleWeight(factor: String)

    /// A stable identifier, e.g. `single_weight`.
    public var code: String {
        switch self {
        case .singleWeight: "single_weight"
        }
    }
}
