/// A documented, non-fatal outcome that the caller should surface (report, log, UI). Functions return
/// warnings alongside their results; TICScoring never prints.
public enum ScoringWarning: Sendable, Hashable {
    /// Every alternative has the same value in `column`; the column cannot discriminate.
    /// Normalization gives it the documented constant (min-max: `1` like pymcdm, z-score: `0`,
    /// percentile: `0.5`); CRITIC gives it weight 0; VIKOR drops its term.
    case constantColumn(column: Int)
    /// Every value of `column` is 0: entropy treats it as carrying no information (weight 0),
    /// vector/sum/max normalization give 0 for benefit.
    case allZeroColumn(column: Int)
    /// A weighted product (geometric aggregation) met `count` values ≤ 0 in `column`; they were
    /// replaced by `epsilon` before taking logarithms.
    case zeroInGeometricMean(column: Int, count: Int, epsilon: Double)
    /// Outlier treatment winsorised `points` rows of `column`.
    case winsorised(column: Int, points: [Int])
    /// Outlier treatment log-transformed `column` (winsorisation did not bring skew and kurtosis
    /// within limits, or `log` was requested).
    case logTransformed(column: Int)
    /// Too few values in `column` to compute skewness (3) or kurtosis (4): left untreated.
    case tooFewValuesForMoments(column: Int, count: Int)
    /// VIKOR: every alternative has the same `S` (group utility); its term in `Q` is 0.
    case constantGroupUtility
    /// VIKOR: every alternative has the same `R` (individual regret); its term in `Q` is 0.
    case constantIndividualRegret
    /// TOPSIS: alternative `row` coincides with both the ideal and the anti-ideal (every criterion
    /// constant), so `D⁺ + D⁻ = 0`; its closeness is set to 0.5.
    case degenerateCloseness(row: Int)
    /// An objective weighting found no variation at all (every column constant, all-zero, or a
    /// single alternative): the weights are undefined, so equal weights `1/m` are returned instead.
    case equalWeightsFallback(method: WeightingMethod)
    /// AHP: the consistency ratio `ratio` exceeds the customary 0.1 threshold.
    case inconsistentJudgements(ratio: Double)
    /// AHP power iteration stopped after `iterations` without reaching the tolerance.
    case eigenvectorNotConverged(iterations: Int)
}
