import TICIngest
import TICScoring

/// The user-facing text of a ``ScoringError`` met by a researcher command, in Chinese or English,
/// naming the criterion (or compared item) and saying what was expected. The location is added by
/// the caller, which knows the file.
struct ScoringErrorText: Sendable {
    /// The error.
    let error: ScoringError
    /// Criterion names (decision matrices) or item labels (pairwise matrices), by zero-based column.
    let names: [String]
    /// What the command's steps accept, to name the step that rejected a value ≤ 0 and the options
    /// to choose instead; `nil` gives a message that names no step.
    let requirements: ValueRequirements?

    init(_ error: ScoringError, names: [String], requirements: ValueRequirements? = nil) {
        self.error = error
        self.names = names
        self.requirements = requirements
    }

    /// The message, without location.
    func message(_ language: Language) -> String {
        let zh = language == .zh
        switch error {
        case .nonFiniteValue(_, let column, let value):
            return zh ? "“\(name(column))”的值 \(value) 不是有限数字；应为有限数字"
                      : "\"\(name(column))\" holds \(value); expected a finite number"
        case .negativeValue(_, let column, let value):
            return rejected(column: column, value: value, fallback: .nonNegative, language: language)
        case .nonPositiveValue(_, let column, let value):
            return rejected(column: column, value: value, fallback: .positive, language: language)
        case .invalidGoalposts(let column, let floor, let ceiling):
            return zh ? "“\(name(column))”的下限 \(show(floor)) 应小于上限 \(show(ceiling))"
                      : "\"\(name(column))\": expected a floor below the ceiling, found \(show(floor)) and \(show(ceiling))"
        case .invalidWeight(let index, let value):
            return zh ? "“\(name(index))”的权重为 \(value)；应为 ≥ 0 的有限数字"
                      : "the weight of \"\(name(index))\" is \(value); expected a finite number ≥ 0"
        case .zeroWeightSum(let count):
            return zh ? "\(count) 个权重全为 0；应至少有一个正权重" : "all \(count) weights are 0; expected at least one positive weight"
        case .notSquare(let rows, let columns):
            return zh ? "判断矩阵为 \(rows) 行 × \(columns) 列；应为方阵（n × n）"
                      : "the pairwise matrix is \(rows) × \(columns); expected a square n × n matrix"
        case .nonPositiveJudgement(let row, let column, let value):
            return zh ? "“\(name(row))”对“\(name(column))”的判断为 \(show(value))；应为正数（如 3 或 1/3）"
                      : "the judgement of \"\(name(row))\" over \"\(name(column))\" is \(show(value)); expected a positive number such as 3 or 1/3"
        case .notReciprocal(let row, let column, let value, let transposed):
            return zh ? "判断不互反：“\(name(row))”对“\(name(column))”为 \(show(value))，而反向为 \(show(transposed))；应为 \(reciprocal(value))"
                      : "not reciprocal: \"\(name(row))\" over \"\(name(column))\" is \(show(value)) but the transposed cell is \(show(transposed)); expected \(reciprocal(value))"
        case .diagonalNotOne(let index, let value):
            return zh ? "对角线上“\(name(index))”与自身的比较为 \(show(value))；应为 1"
                      : "the diagonal cell of \"\(name(index))\" is \(show(value)); expected 1"
        case .expertSizeMismatch(_, let size, let expected):
            return zh ? "判断矩阵为 \(size) × \(size)，第一个专家的矩阵为 \(expected) × \(expected)；群组 AHP 要求所有矩阵大小相同"
                      : "the matrix is \(size) × \(size) but the first expert's is \(expected) × \(expected); group AHP expects matrices of one size"
        case .noExperts:
            return zh ? "没有判断矩阵；应至少给出一个文件" : "no pairwise matrix; expected at least one file"
        case .randomIndexUnavailable(let size):
            return zh ? "所选随机一致性指标表没有 n = \(size) 的值；请用 --ri tummala-ling 或 donegan-dodd（到 n = 15）"
                      : "the chosen random index table has no value for n = \(size); use --ri tummala-ling or donegan-dodd (up to n = 15)"
        case .invalidParameter(let name, let value):
            return zh ? "参数 \(name) = \(value) 超出范围" : "the parameter \(name) = \(value) is out of range"
        }
    }

    /// `"y" has the negative value -3; A and B expect values ≥ 0; use X and Y, or shift the column`:
    /// every step of the command that rejects the value, and what to choose instead. Without
    /// ``requirements`` (or when none rejects it) only the `fallback` bound is stated.
    private func rejected(column: Int, value: Double, fallback: ValueRequirements.Domain, language: Language) -> String {
        let zh = language == .zh
        let lead = value < 0 ? (zh ? "“\(name(column))”含负数 \(show(value))" : "\"\(name(column))\" has the negative value \(show(value))")
                             : (zh ? "“\(name(column))”的值为 \(show(value))" : "\"\(name(column))\" has the value \(show(value))")
        let rejections = requirements?.rejections(of: value, column: column) ?? []
        guard !rejections.isEmpty else {
            let bound = fallback == .positive ? "> 0" : "≥ 0"
            return zh ? "\(lead)；应为 \(bound) 的值" : "\(lead); expected values \(bound)"
        }
        var needs: [String] = []
        for domain in [ValueRequirements.Domain.nonNegative, .positive] {
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

    private func name(_ index: Int) -> String {
        index >= 0 && index < names.count ? names[index] : "#\(index + 1)"
    }

    /// Whole numbers without `.0` (`-2`, `3`), others at full precision.
    private func show(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// `1/3` for 3, `3` for 1/3 (when whole), else the decimal reciprocal.
    private func reciprocal(_ value: Double) -> String {
        guard value > 0 else { return "1/x" }
        if value == value.rounded() { return "1/\(Int(value))" }
        let inverse = 1 / value
        if abs(inverse - inverse.rounded()) < 1e-9 { return String(Int(inverse.rounded())) }
        return inverse.description
    }
}
