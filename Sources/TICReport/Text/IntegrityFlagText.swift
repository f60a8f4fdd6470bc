import TICPolicy
import TICSupport

/// The words of an ``IntegrityFlag``: its evidence in one sentence, in Chinese or English (the
/// to-verify table and the HTML report say the same thing).
extension IntegrityFlag {
    /// The evidence in one sentence, in the given language.
    public func evidence(_ language: Language) -> String {
        let v = NumberText.decimal(value), r = NumberText.decimal(reference), m = NumberText.decimal(measure)
        let t = NumberText.decimal(threshold)
        switch kind {
        case .yearOverYearJump:
            let y0 = referenceYear.map(String.init) ?? "?"
            return language.pick("\(indicator)：\(y0) 年 \(r) → \(year) 年 \(v)，变化 \(m) 倍（阈值 \(t) 倍）；来源 \(source)",
                                 "\(indicator): \(r) in \(y0) → \(v) in \(year), a factor of \(m) (threshold \(t)); source \(source)")
        case .impossibleRelation:
            let other = otherIndicator ?? "?"
            return language.pick("\(year) 年 \(indicator) = \(v) 大于 \(other) = \(r)，不可能成立；来源 \(source)",
                                 "\(year): \(indicator) = \(v) exceeds \(other) = \(r), which cannot be; source \(source)")
        case .shareOutOfRange:
            return language.pick("\(year) 年 \(indicator) = \(v) 不在 0–1 之间；来源 \(source)",
                                 "\(year): \(indicator) = \(v) is outside 0–1; source \(source)")
        case .peerOutlier:
            return language.pick("\(year) 年 \(indicator) = \(v)，同类中位数 \(r)，稳健 z 值 \(m)（阈值 \(t)）；来源 \(source)",
                                 "\(year): \(indicator) = \(v) against a peer median of \(r), robust z = \(m) (threshold \(t)); source \(source)")
        }
    }
}
