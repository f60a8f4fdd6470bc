/// Quantiles of samples, with numpy's default definition.
public enum Quantile {
    /// The `p`-quantile (0 ≤ p ≤ 1) of values already sorted ascending, by numpy's default
    /// `method="linear"` (Hyndman & Fan 1996, definition 7; also R's default `type = 7`):
    /// with h = (N − 1)·p, lo = ⌊h⌋, the result is `x[lo] + (h − lo)·(x[lo+1] − x[lo])`.
    ///
    /// Empty input gives NaN; one value gives that value. NaN is not expected.
    /// Source: Hyndman & Fan, "Sample quantiles in statistical packages", *The American
    /// Statistician* 50(4), 1996; numpy `percentile` documentation.
    public static func linear(sorted values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        return linear(count: values.count, p) { values[$0] }
    }

    /// The same definition over a sorted sequence given by its element accessor (`value(k)` for
    /// k in 0..<count): used to read percentiles from a rank histogram without expanding it.
    public static func linear(count: Int, _ p: Double, value: (Int) -> Double) -> Double {
        precondition(p >= 0 && p <= 1, "Quantile.linear: p = \(p) outside 0…1")
        guard count > 0 else { return .nan }
        let h = Double(count - 1) * p
        let lo = Int(h.rounded(.down))
        let fraction = h - Double(lo)
        let a = value(lo)
        guard fraction > 0, lo + 1 < count else { return a }
        let b = value(lo + 1)
        return a + fraction * (b - a)
    }
}
