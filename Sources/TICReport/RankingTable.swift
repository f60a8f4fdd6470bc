import TICIngest
import TICPolicy
import TICSupport

/// The rows of `ranking.csv`: `center_id,name,level,region,category,score,rank,category_rank,grade,
/// previous_grade,previous_status` then one column per dimension (its code in English, its name in Chinese). Every center of the
/// registry appears once: evaluated centers by rank, then the others with empty score and grade.
/// `previous_grade` and `previous_status` are the center's latest earlier cycle in history.csv
/// (empty without one).
/// With `--lang en`, level, category and grade are codes; with `zh`, Chinese labels. Scores are
/// written at full precision (``NumberText/shortest(_:)``), so that ranks and correlations
/// recomputed from the file are the evaluation's own; the terminal and report.html round them.
public enum RankingTable {
    /// The header row.
    public static func header(_ evaluation: Evaluation, language: Language) -> [String] {
        let fixed = language == .zh
            ? ["中心编号", "名称", "级别", "地区", "类别", "得分", "排名", "类别内排名", "等级", "上周期等级", "原状态"]
            : ["center_id", "name", "level", "region", "category", "score", "rank", "category_rank", "grade", "previous_grade", "previous_status"]
        return fixed + evaluation.scheme.dimensions.map { language == .zh ? $0.name : $0.code }
    }

    /// The data rows, in the order of ``Evaluation/centers``.
    public static func rows(_ evaluation: Evaluation, language: Language) -> [[String]] {
        evaluation.centers.map { c in
            let evaluated = c.participation == .evaluated
            let score: String = c.score.map(NumberText.shortest) ?? ""
            var row: [String] = [
                c.center.id, c.center.name,
                language == .zh ? c.center.level.zh : c.center.level.rawValue,
                c.center.region,
                language == .zh ? c.center.category.zh : c.center.category.rawValue,
                score,
                c.rank.map(String.init) ?? "",
                c.categoryRank.map(String.init) ?? "",
                c.grade.map { language == .zh ? $0.zh : $0.rawValue } ?? "",
                c.previousGrade.map { language == .zh ? $0.zh : $0.rawValue } ?? "",
                c.previousStatus.map { language == .zh ? $0.zh : $0.rawValue } ?? "",
            ]
            row += c.dimensionScores.map { (value: Double) -> String in evaluated ? NumberText.shortest(value) : "" }
            return row
        }
    }
}

/// The rows of `adjustments.csv`:
/// `center_id,name,grade,previous_grade,previous_status,decision,reason,clause,amount_rmb`, one per
/// center; the previous grade and status are the latest earlier cycle's in history.csv.
public enum AdjustmentsTable {
    /// The header row.
    public static func header(language: Language) -> [String] {
        language == .zh
            ? ["中心编号", "名称", "等级", "上周期等级", "原状态", "调整决定", "理由", "依据条款", "金额（元）"]
            : ["center_id", "name", "grade", "previous_grade", "previous_status", "decision", "reason", "clause", "amount_rmb"]
    }

    /// The data rows, in the order of ``Evaluation/centers``.
    public static func rows(_ evaluation: Evaluation, language: Language) -> [[String]] {
        evaluation.centers.map { c in
            [
                c.center.id, c.center.name,
                c.grade.map { language == .zh ? $0.zh : $0.rawValue } ?? "",
                c.previousGrade.map { language == .zh ? $0.zh : $0.rawValue } ?? "",
                c.previousStatus.map { language == .zh ? $0.zh : $0.rawValue } ?? "",
                c.decision.kind.label(language),
                c.decision.reason(language),
                c.decision.clause(language),
                c.decision.amountRMB.map { NumberText.decimal($0) } ?? "",
            ]
        }
    }
}
