import TICPolicy
import TICSupport

/// The words of an uncertainty warning, in Chinese and English, printed as `warning: message` on
/// standard error.
extension UncertaintyWarning {
    /// A one-line message in the given language.
    public func message(_ language: Language) -> String {
        switch self {
        case .singleWeight(let factor):
            return language.pick(
                "只有一个权重（\(factor)）：每个样本的权重都是 1，扰动权重不会改变任何排名；请比较多个维度或指标，或改变归一化、集成方法",
                "only one weight (\(factor)): every sample's weight is 1, so perturbing the weights cannot change any rank; compare several dimensions or criteria, or vary the normalization or aggregation")
        }
    }
}
