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
        case .firstOrderAboveTotal(let factors):
            return language.pick(
                "Sobol 指数：\(factors.joined(separator: "、")) 的一阶指数 S1 大于总指数 ST，理论上 S1 ≤ ST，这是估计误差；请增大 --samples 并参看 5–95 % 区间",
                "Sobol indices: S1 exceeds ST for \(factors.joined(separator: ", ")), but S1 ≤ ST in theory, so this is estimation error; increase --samples and read the 5–95 % intervals")
        case .negativeFirstOrder(let factors):
            return language.pick(
                "Sobol 指数：\(factors.joined(separator: "、")) 的一阶指数 S1 为负，理论上 S1 ≥ 0，这是估计误差，应视为约等于 0；请增大 --samples 并参看 5–95 % 区间",
                "Sobol indices: S1 is negative for \(factors.joined(separator: ", ")), but S1 ≥ 0 in theory, so this is estimation error to be read as about 0; increase --samples and read the 5–95 % intervals")
        }
    }
}
