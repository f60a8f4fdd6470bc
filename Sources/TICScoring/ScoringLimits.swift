/// The ranges of input TICScoring computes with full accuracy; values beyond them are refused with
/// a located ``ScoringError`` instead of giving NaN, infinities or silently wrong results.
///
/// The limits leave room for every intermediate: a square of a value (vector norms, variances) is at
/// most 1e200, so a sum of squares stays finite for any realistic number of rows, and `x · ln x`
/// (entropy) and weighted distances (TOPSIS, VIKOR) stay far below `Double.greatestFiniteMagnitude`
/// (≈ 1.8e308). Real indicator data (counts, amounts in 万元, shares) is many orders of magnitude
/// inside them.
public enum ScoringLimits {
    /// The largest magnitude of a matrix value: 1e100. A finite value beyond it throws
    /// ``ScoringError/valueTooLarge(row:column:value:)``.
    public static let maximumMagnitude = 1e100
    /// The largest weight: 1e100. A larger one throws ``ScoringError/invalidWeight(index:value:)``.
    public static let maximumWeight = 1e100
    /// AHP judgements lie between `1/maximumJudgement` and `maximumJudgement` (10⁶; Saaty's scale is
    /// 1/9 to 9). Beyond that, the priorities span more than twelve orders of magnitude and λmax
    /// loses the accuracy that CI = (λmax − n)/(n − 1) needs; such a cell throws
    /// ``ScoringError/judgementOutOfRange(row:column:value:)``.
    public static let maximumJudgement = 1e6

    /// Whether `value` is finite and at most ``maximumMagnitude`` in magnitude (false for NaN).
    @inline(__always)
    public static func isWithinMagnitude(_ value: Double) -> Bool { abs(value) <= maximumMagnitude }

    /// Whether `weight` is a usable weight: finite, ≥ 0 and at most ``maximumWeight`` (false for NaN).
    @inline(__always)
    public static func isUsableWeight(_ weight: Double) -> Bool { weight >= 0 && weight <= maximumWeight }
}
