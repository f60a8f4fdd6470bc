import TICSupport

/// The sentences of `ticeval compare` on a decision matrix, where the rankings are methods' and
/// have no grades: the same words in the terminal and in compare.html.
public enum ComparisonText {
    /// What a comparison of methods on a decision matrix computes, and that the grade columns are
    /// absent (not zero) because a decision matrix has no grades.
    public static func ungradedComparison(topK: Int, language lang: Language) -> String {
        lang.pick(
            "每对方法在决策矩阵的全部备选方案上比较：ρ、τ-b、r_w、WS 基于得分的平均秩（1 = 最好）；前 \(topK) 重合率基于排名。决策矩阵没有等级，故不计算等级变化比例与加权 κ（compare.json 中为 null，compare.csv 中为空），不是 0。",
            "Each pair of methods is compared on every alternative of the decision matrix: ρ, τ-b, r_w and WS on mid-ranks by score (1 = best); top-\(topK) overlap on the ranks. A decision matrix has no grades, so the grade-change share and weighted κ are not computed (null in compare.json, empty in compare.csv), not zero.")
    }
}
