/// Agreement between two gradings on an ordinal scale.
public enum WeightedKappa {
    /// How disagreement between categories i and j is weighted.
    public enum Weights: String, Sendable, Hashable, Codable, CaseIterable {
        /// w_ij = |i − j| / (K − 1).
        case linear
        /// w_ij = (i − j)² / (K − 1)².
        case quadratic
    }

    /// Cohen's weighted κ = 1 − Σ w_ij O_ij / Σ w_ij E_ij, with O the observed joint proportions of
    /// the categories (0..<categories) and E_ij = (row share i)·(column share j).
    ///
    /// Matches scikit-learn's `cohen_kappa_score(a, b, weights="linear", labels=range(K))`; pass the
    /// full scale (scikit-learn without `labels` uses only the categories present). NaN when the
    /// expected disagreement is 0 (e.g. both gradings constant and equal) or the input is empty.
    /// Source: Cohen, "Weighted kappa", *Psychological Bulletin* 70(4), 1968.
    /// - Precondition: equal lengths; every value in 0..<categories; categories ≥ 2.
    public static func kappa(_ a: [Int], _ b: [Int], categories: Int, weights: Weights = .linear) -> Double {
        precondition(a.count == b.count, "WeightedKappa: \(a.count) vs \(b.count) gradings")
        precondition(categories >= 2, "WeightedKappa: at least two categories")
        let n = a.count
        guard n > 0 else { return .nan }
        var observed = [Double](repeating: 0, count: categories * categories)
        var rows = [Double](repeating: 0, count: categories), columns = rows
        for k in 0..<n {
            precondition((0..<categories).contains(a[k]) && (0..<categories).contains(b[k]), "WeightedKappa: category out of range")
            observed[a[k] * categories + b[k]] += 1
            rows[a[k]] += 1
            columns[b[k]] += 1
        }
        var disagreement = 0.0, expected = 0.0
        let scale = Double(categories - 1)
        for i in 0..<categories {
            for j in 0..<categories {
                let d = Double(abs(i - j)) / scale
                let w = weights == .linear ? d : d * d
                disagreement += w * observed[i * categories + j] / Double(n)
                expected += w * rows[i] * columns[j] / Double(n * n)
            }
        }
        return expected > 0 ? 1 - disagreement / expected : .nan
    }
}
