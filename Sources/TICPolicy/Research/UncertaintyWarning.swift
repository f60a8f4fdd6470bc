/// Something an uncertainty analysis found that makes part of its output uninformative; the words
/// are TICReport's (`UncertaintyWarningText`), in `uncertainty.json` as `code` and the factor.
public enum UncertaintyWarning: Sendable, Hashable, Codable {
    /// Only one weight (one dimension or criterion): every sample's weights are `[1]`, so perturbing
    /// them cannot change any rank.
    case singleWeight(factor: String)
    /// Sobol indices on the mean absolute rank change with a first-order index above the total one
    /// (`S1 > ST`), impossible in theory (S_i ≤ S_Ti): the estimates are noisy.
    case firstOrderAboveTotal(factors: [String])
    /// Sobol indices on the mean absolute rank change with a negative first-order index, impossible in
    /// theory (S_i ≥ 0): an estimation error, to be read as about 0.
    case negativeFirstOrder(factors: [String])

    /// A stable identifier, e.g. `single_weight`.
    public var code: String {
        switch self {
        case .singleWeight: "single_weight"
        case .firstOrderAboveTotal: "first_order_above_total"
        case .negativeFirstOrder: "negative_first_order"
        }
    }

    /// The cautions the Sobol indices on the mean absolute rank change call for (factors in order;
    /// NaN indices are left out).
    public static func cautions(_ sensitivity: UncertaintyResult.Sensitivity) -> [UncertaintyWarning] {
        let x = sensitivity.meanAbsoluteRankChange
        var above: [String] = [], negative: [String] = []
        for (k, factor) in sensitivity.factors.enumerated() where k < x.firstOrder.count {
            if x.firstOrder[k] > x.total[k] { above.append(factor) }
            if x.firstOrder[k] < 0 { negative.append(factor) }
        }
        return (above.isEmpty ? [] : [.firstOrderAboveTotal(factors: above)]) + (negative.isEmpty ? [] : [.negativeFirstOrder(factors: negative)])
    }
}
