import Foundation

/// One changed cell of an outlier treatment.
public struct TreatedPoint: Sendable, Hashable {
    /// How the value was changed.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Replaced by the next lower value (high outlier).
        case winsorizedHigh = "winsorized_high"
        /// Replaced by the next higher value (low outlier).
        case winsorizedLow = "winsorized_low"
        /// Log-transformed with the rest of its column.
        case logTransformed = "log_transformed"
    }
    /// Row (alternative) of the cell.
    public var row: Int
    /// Column (indicator) of the cell.
    public var column: Int
    /// The value before treatment.
    public var original: Double
    /// The value after treatment.
    public var treated: Double
    /// What happened.
    public var kind: Kind
}

/// A treated matrix and every point that changed.
public struct OutlierTreatmentResult: Sendable, Hashable {
    /// The treated matrix (same shape); never NaN or infinite.
    public var matrix: Matrix
    /// Changed cells, column by column; a log-transformed column lists all its cells.
    public var points: [TreatedPoint]
    /// Columns that were log-transformed.
    public var logTransformedColumns: [Int]
    /// Per column summaries: ``ScoringWarning/winsorised(column:points:)``,
    /// ``ScoringWarning/logTransformed(column:)``, constant columns and too-short columns.
    public var warnings: [ScoringWarning]
}

/// Outlier treatment before normalization, following COINr's `Treat()` / `qTreat()` defaults.
///
/// A column "fails" when `|skewness| ≥ skewThreshold` (2) **and** `kurtosis ≥ kurtosisThreshold` (3.5)
/// (COINr's `check_SkewKurt` passes on `|skew| < 2 OR kurt < 3.5`),
/// with COINr's `skew()`/`kurt()`: the sample skewness and excess kurtosis of e1071 `type = 2`
/// (the Excel/SAS definitions):
/// `G1 = √(n(n−1))/(n−2) · (√n Σd³ / (Σd²)^{3/2})`,
/// `G2 = ((n+1)(r − 3) + 6)(n−1)/((n−2)(n−3))` with `r = n Σd⁴/(Σd²)²`, `d = x − mean`.
/// `winsorize`: while the column fails and fewer than `winsorizationLimit` (5) points were changed,
/// the most extreme value on the side of the skew (high if skew ≥ 0) is replaced by the next value
/// (tied extremes move together, as in COINr). If the column still fails, the winsorisation is
/// discarded and COINr's `log_CT` is applied to the original column instead:
/// `ln(x − min + 0.01·(max − min))`. `log`: failing columns get `log_CT` directly.
/// Source: COINr 1.1 (Becker, JRC), `R/treat.R` — `Treat.numeric`, `winsorise`, `log_CT`, `skew`, `kurt`;
/// OECD/JRC *Handbook on Constructing Composite Indicators* (2008), §3.
///
/// Semantics: NaN/infinity throw ``ScoringError/nonFiniteValue(row:column:value:)``; a constant
/// column is left as it is (+ ``ScoringWarning/constantColumn(column:)``); a column with fewer than
/// 4 values cannot have a kurtosis and is left as it is (+ ``ScoringWarning/tooFewValuesForMoments(column:count:)``).
public enum OutlierTreatment {

    /// Thresholds and limits, COINr's defaults.
    public struct Options: Sendable, Hashable, Codable {
        /// Absolute skewness threshold (COINr `skew_thresh`, 2).
        public var skewThreshold: Double
        /// Excess kurtosis threshold (COINr `kurt_thresh`, 3.5).
        public var kurtosisThreshold: Double
        /// Maximum number of points winsorised per column (COINr `winmax`, 5).
        public var winsorizationLimit: Int

        /// COINr's defaults unless overridden.
        public init(skewThreshold: Double = 2, kurtosisThreshold: Double = 3.5, winsorizationLimit: Int = 5) {
            self.skewThreshold = skewThreshold
            self.kurtosisThreshold = kurtosisThreshold
            self.winsorizationLimit = winsorizationLimit
        }
    }

    /// Treats every column of `matrix` with `method`.
    public static func treat(
        _ matrix: Matrix, method: OutlierMethod, options: Options = Options()
    ) throws(ScoringError) -> OutlierTreatmentResult {
        try matrix.validateFinite()
        var result = OutlierTreatmentResult(matrix: matrix, points: [], logTransformedColumns: [], warnings: [])
        guard method != .none else { return result }
        let n = matrix.rows
        for j in 0..<matrix.columns {
            let original = matrix.column(j)
            if n < 4 {
                if n > 0 { result.warnings.append(.tooFewValuesForMoments(column: j, count: n)) }
                continue
            }
            if original.allSatisfy({ $0 == original[0] }) {
                result.warnings.append(.constantColumn(column: j))
                continue
            }
            guard fails(original, options) else { continue }
            if method == .winsorize {
                var x = original
                var changed: [Int: TreatedPoint.Kind] = [:]
                while fails(x, options) && changed.count < options.winsorizationLimit {
                    let high = (skewness(x) ?? 0) >= 0
                    let extreme = high ? x.max()! : x.min()!
                    let others = x.filter { $0 != extreme }
                    guard let next = high ? others.max() : others.min() else { break }
                    for i in 0..<n where x[i] == extreme {
                        x[i] = next
                        changed[i] = high ? .winsorizedHigh : .winsorizedLow
                    }
                }
                if !fails(x, options) {
                    let rows = changed.keys.sorted()
                    for i in rows {
                        result.matrix[i, j] = x[i]
                        result.points.append(TreatedPoint(row: i, column: j, original: original[i],
                                                          treated: x[i], kind: changed[i]!))
                    }
                    result.warnings.append(.winsorised(column: j, points: rows))
                    continue
                }
            }
            let transformed = logCT(original)
            result.matrix.setColumn(j, to: transformed)
            for i in 0..<n {
                result.points.append(TreatedPoint(row: i, column: j, original: original[i],
                                                  treated: transformed[i], kind: .logTransformed))
            }
            result.logTransformedColumns.append(j)
            result.warnings.append(.logTransformed(column: j))
        }
        return result
    }

    /// Sample skewness, e1071 `type = 2` (COINr `skew()`, Excel `SKEW`). `nil` for fewer than 3
    /// values or a constant vector; NaN/infinite input gives an unspecified (non-trapping) result.
    public static func skewness(_ x: [Double]) -> Double? {
        let n = Double(x.count)
        guard x.count >= 3 else { return nil }
        let mean = x.reduce(0, +) / n
        var m2 = 0.0, m3 = 0.0
        for v in x {
            let d = v - mean
            m2 += d * d
            m3 += d * d * d
        }
        guard m2 > 0 else { return nil }
        let g1 = n.squareRoot() * m3 / pow(m2, 1.5)
        return g1 * (n * (n - 1)).squareRoot() / (n - 2)
    }

    /// Sample excess kurtosis, e1071 `type = 2` (COINr `kurt()`, Excel `KURT`). `nil` for fewer than
    /// 4 values or a constant vector.
    public static func kurtosis(_ x: [Double]) -> Double? {
        let n = Double(x.count)
        guard x.count >= 4 else { return nil }
        let mean = x.reduce(0, +) / n
        var m2 = 0.0, m4 = 0.0
        for v in x {
            let d = v - mean
            let d2 = d * d
            m2 += d2
            m4 += d2 * d2
        }
        guard m2 > 0 else { return nil }
        let r = n * m4 / (m2 * m2)
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))
    }

    /// COINr `log_CT`: `ln(x − min + 0.01·(max − min))`; a constant vector is returned unchanged.
    public static func logCT(_ x: [Double]) -> [Double] {
        guard let lo = x.min(), let hi = x.max(), hi > lo else { return x }
        let shift = 0.01 * (hi - lo)
        return x.map { log($0 - lo + shift) }
    }

    /// COINr `check_SkewKurt` negated: it passes when `|skew| < threshold OR kurtosis < threshold`,
    /// so a column fails when `|skew| ≥ skewThreshold AND kurtosis ≥ kurtosisThreshold`.
    static func fails(_ x: [Double], _ options: Options) -> Bool {
        guard let s = skewness(x), let k = kurtosis(x) else { return false }
        return !(abs(s) < options.skewThreshold || k < options.kurtosisThreshold)
    }
}
