import TICIngest
import TICScoring
import TICSupport

/// The user-facing text of a ``ScoringError``, in Chinese or English, naming the criterion (or
/// compared item) and saying what was expected. The location is added by the caller, which knows the
/// file (a researcher command) or the scheme path (an evaluation). Numbers are printed as written
/// (`3`, `0.5`, `1.7e+308`); a NaN or an infinity is described in words, never printed.
public struct ScoringErrorText: Sendable {
    /// The error.
    public let error: ScoringError
    /// Criterion names (decision matrices) or item labels (pairwise matrices), by zero-based column.
    public let names: [String]
    /// Words for a value ≤ 0 that a step rejected, naming the command's own steps and the options to
    /// choose instead (the CLI knows them): `(name, value, column, language)`, or nil for the bound alone.
    public let rejectionText: (@Sendable (String, Double, Int, Language) -> String?)?

    /// The text of `error`; `names` name its columns (`#k` for a column without a name).
    public init(_ error: ScoringError, names: [String], rejectionText: (@Sendable (String, Double, Int, Language) -> String?)? = nil) {
        self.error = error
        self.names = names
        self.rejectionText = rejectionText
    }

    /// The message, without location.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch error {
        case .nonFiniteValue(_, let column, let value):
            let what = value.isNaN ? (zh: "NaN（非数字）", en: "NaN (not a number)") : (zh: "无穷大", en: "an infinity")
            return zh ? "“\(name(column))”的值为\(what.zh)；应为有限数字"
                      : "\"\(name(column))\" holds \(what.en); expected a finite number"
        case .valueTooLarge(_, let column, let value):
            return zh ? "“\(name(column))”的值 \(show(value)) 过大；可计算的值须在 ±\(show(ScoringLimits.maximumMagnitude)) 以内（请换用更大的单位，如万元）"
                      : "\"\(name(column))\" has the value \(show(value)), too large to compute with; values must lie within ±\(show(ScoringLimits.maximumMagnitude)) (use a larger unit, e.g. 万元)"
        case .negativeValue(_, let column, let value):
            return rejected(column: column, value: value, positive: false, language: language)
        case .nonPositiveValue(_, let column, let value):
            return rejected(column: column, value: value, positive: true, language: language)
        case .invalidGoalposts(let column, let floor, let ceiling):
            return zh ? "“\(name(column))”的下限 \(show(floor)) 应小于上限 \(show(ceiling))"
                      : "\"\(name(column))\": expected a floor below the ceiling, found \(show(floor)) and \(show(ceiling))"
        case .invalidWeight(let index, let value):
            let limit = show(ScoringLimits.maximumWeight)
            return zh ? "“\(name(index))”的权重为 \(show(value))；应为 0 到 \(limit) 之间的有限数字"
                      : "the weight of \"\(name(index))\" is \(show(value)); expected a finite number from 0 to \(limit)"
        case .zeroWeightSum(let count):
            return zh ? "\(count) 个权重全为 0；应至少有一个正权重" : "all \(count) weights are 0; expected at least one positive weight"
        case .notSquare(let rows, let columns):
            return zh ? "判断矩阵为 \(rows) 行 × \(columns) 列；应为方阵（n × n）"
                      : "the pairwise matrix is \(rows) × \(columns); expected a square n × n matrix"
        case .nonPositiveJudgement(let row, let column, let value):
            return zh ? "“\(name(row))”对“\(name(column))”的判断为 \(show(value))；应为正数（如 3 或 1/3）"
                      : "the judgement of \"\(name(row))\" over \"\(name(column))\" is \(show(value)); expected a positive number such as 3 or 1/3"
        case .judgementOutOfRange(let row, let column, let value):
            let limit = show(ScoringLimits.maximumJudgement)
            return zh ? "“\(name(row))”对“\(name(column))”的判断为 \(show(value))，超出 1/\(limit) 到 \(limit) 的范围（Saaty 标度为 1/9 到 9）"
                      : "the judgement of \"\(name(row))\" over \"\(name(column))\" is \(show(value)), outside 1/\(limit) to \(limit) (Saaty's scale is 1/9 to 9)"
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
            return zh ? "参数 \(name) = \(show(value)) 超出范围" : "the parameter \(name) = \(show(value)) is out of range"
        case .insufficientMemory(let alternatives, let bytes):
            let size = bytes.map { NumberText.decimal(Double($0) / 1e9, maximumFractionDigits: 1) } ?? "∞"
            return zh ? "\(alternatives) 个对象的排名分布需要约 \(size) GB 内存，系统无法提供；请减少对象数量"
                      : "the rank distribution of \(alternatives) alternatives needs about \(size) GB of memory, more than the system can provide; analyse fewer alternatives"
        case .criteriaMatrixTooLarge(let criteria, let bytes):
            let size = bytes.map { NumberText.decimal(Double($0) / 1e9, maximumFractionDigits: 1) } ?? "∞"
            return zh ? "CRITIC 需要 \(criteria) × \(criteria) 的相关系数矩阵，约 \(size) GB 内存，系统无法提供；请减少指标（列）数量，或改用 entropy、stddev 或 equal"
                      : "CRITIC needs a \(criteria) × \(criteria) correlation matrix, about \(size) GB of memory, more than the system can provide; use fewer criteria (columns), or entropy, stddev or equal"
        }
    }

    /// `"y" has the negative value -3; …`: the command's own words when it gives them, else the bound.
    private func rejected(column: Int, value: Double, positive: Bool, language: Language) -> String {
        if let text = rejectionText?(name(column), value, column, language) { return text }
        let zh = language == .zh
        let lead = value < 0 ? (zh ? "“\(name(column))”含负数 \(show(value))" : "\"\(name(column))\" has the negative value \(show(value))")
                             : (zh ? "“\(name(column))”的值为 \(show(value))" : "\"\(name(column))\" has the value \(show(value))")
        let bound = positive ? "> 0" : "≥ 0"
        return zh ? "\(lead)；应为 \(bound) 的值" : "\(lead); expected values \(bound)"
    }

    private func name(_ index: Int) -> String {
        index >= 0 && index < names.count ? names[index] : "#\(index + 1)"
    }

    /// Whole numbers without `.0` (`-2`, `3`), others at full precision; NaN and infinities in words.
    private func show(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-∞" : "∞" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// `1/3` for 3, `3` for 1/3 (when whole), else the decimal reciprocal.
    private func reciprocal(_ value: Double) -> String {
        guard value > 0, value.isFinite else { return "1/x" }
        if value == value.rounded() { return "1/\(show(value))" }
        let inverse = 1 / value
        if inverse.isFinite, abs(inverse - inverse.rounded()) < 1e-9 { return show(inverse.rounded()) }
        return show(inverse)
    }
}

/// TICScoring holds no prose: its errors are worded here, with columns named `#k` (a caller that
/// knows the names and the file uses ``ScoringErrorText`` and places the message itself).
extension ScoringError: LocalizedProblem {
    /// None: TICScoring sees a matrix, not a file.
    public var fileLocation: FileLocation? { nil }

    /// The message with columns numbered, in the given language.
    public func message(_ language: Language) -> String {
        ScoringErrorText(self, names: []).message(language)
    }
}
