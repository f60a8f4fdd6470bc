/// First-order and total Sobol indices of d factors on one output, with optional bootstrap
/// intervals (5th and 95th percentiles of the bootstrap estimates, as COINr's `Si_q5`, `Si_q95`,
/// `STi_q5`, `STi_q95`).
public struct SobolIndices: Sendable, Hashable, Codable {
    /// Variance of the output over the A and B runs (sample variance, ddof = 1).
    public var variance: Double
    /// First-order indices S_i (Saltelli et al. 2010 estimator); NaN when the variance is 0.
    public var firstOrder: [Double]
    /// Total indices S_Ti (Jansen 1999 estimator); NaN when the variance is 0.
    public var total: [Double]
    /// Bootstrap 5th percentile of S_i (empty without bootstrap).
    public var firstOrderLow: [Double]
    /// Bootstrap 95th percentile of S_i.
    public var firstOrderHigh: [Double]
    /// Bootstrap 5th percentile of S_Ti.
    public var totalLow: [Double]
    /// Bootstrap 95th percentile of S_Ti.
    public var totalHigh: [Double]

    public init(variance: Double, firstOrder: [Double], total: [Double], firstOrderLow: [Double] = [],
                firstOrderHigh: [Double] = [], totalLow: [Double] = [], totalHigh: [Double] = []) {
        self.variance = variance
        self.firstOrder = firstOrder
        self.total = total
        self.firstOrderLow = firstOrderLow
        self.firstOrderHigh = firstOrderHigh
        self.totalLow = totalLow
        self.totalHigh = totalHigh
    }
}
