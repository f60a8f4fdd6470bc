import Foundation

/// Similarity of two rankings of the same alternatives (1 = best), with the formulas of pymcdm's
/// `pymcdm.correlations` (Kizielewicz, Shekhovtsov & Sałabun, *SoftwareX* 22, 2023), computed here
/// from the formulas, not from their code.
///
/// Inputs are rank vectors of equal length n ≥ 2 (ties as mid-ranks, e.g. 2.5); fewer than two
/// alternatives, or a vector with every rank equal, gives NaN where a denominator vanishes.
public enum RankCorrelation {

    /// Spearman's ρ as the Pearson correlation of the ranks, `cov(x, y)/(σ_x σ_y)` with population
    /// moments (pymcdm `spearman`); with untied ranks it equals `1 − 6Σd²/(n(n² − 1))`.
    /// Source: Spearman, *Am. J. Psychol.* 15, 1904.
    /// - Complexity: O(n).
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "RankCorrelation.spearman: \(x.count) vs \(y.count) ranks")
        let n = Double(x.count)
        guard x.count >= 2 else { return .nan }
        var mx = 0.0, my = 0.0
        for i in x.indices { mx += x[i]; my += y[i] }
        mx /= n; my /= n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let a = x[i] - mx, b = y[i] - my
            sxy += a * b; sxx += a * a; syy += b * b
        }
        let d = (sxx * syy).squareRoot()
        return d > 0 ? sxy / d : .nan
    }

    /// Weighted Spearman `r_w = 1 − 6Σ(x_i − y_i)²((n − x_i + 1) + (n − y_i + 1)) / (n⁴ + n³ − n² − n)`:
    /// disagreements near the top weigh more (pymcdm `weighted_spearman`).
    /// Source: Dancelli, Manisera & Vezzoli, "On two classes of weighted rank correlation measures
    /// deriving from the Spearman's ρ", 2013; Sałabun & Urbaniak, ICCS 2020, LNCS 12138, eq. (3).
    public static func weightedSpearman(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "RankCorrelation.weightedSpearman: \(x.count) vs \(y.count) ranks")
        let n = Double(x.count)
        guard x.count >= 2 else { return .nan }
        var s = 0.0
        for i in x.indices {
            let d = x[i] - y[i]
            s += d * d * ((n - x[i] + 1) + (n - y[i] + 1))
        }
        return 1 - 6 * s / (n * n * n * n + n * n * n - n * n - n)
    }

    /// The WS rank similarity coefficient `WS = 1 − Σ 2^(−x_i) · |x_i − y_i| / max(|1 − x_i|, |n − x_i|)`
    /// (pymcdm `rank_similarity_coef`). Asymmetric: `x` is the reference ranking; a change at the
    /// top position costs most. Source: Sałabun & Urbaniak, "A new coefficient of rankings
    /// similarity in decision-making problems", ICCS 2020, LNCS 12138, eq. (6).
    public static func rankSimilarity(reference x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "RankCorrelation.rankSimilarity: \(x.count) vs \(y.count) ranks")
        let n = Double(x.count)
        guard x.count >= 2 else { return .nan }
        var s = 0.0
        for i in x.indices {
            let d = Swift.max(abs(1 - x[i]), abs(n - x[i]))
            s += pow(2, -x[i]) * abs(x[i] - y[i]) / d
        }
        return 1 - s
    }

    /// Kendall's τ-b, `(C − D)/√((n₀ − n₁)(n₀ − n₂))`: C, D concordant and discordant pairs,
    /// n₀ = n(n−1)/2, n₁ and n₂ the pairs tied in x and in y (scipy `kendalltau`, variant `b`).
    /// Without ties it equals τ-a, which is what pymcdm's `kendall_tau` computes
    /// (`2/(n(n−1)) Σ sign(x_i − x_j) sign(y_i − y_j)`). NaN when either ranking is constant.
    /// Source: Kendall, "The treatment of ties in ranking problems", *Biometrika* 33(3), 1945.
    /// - Complexity: O(n²).
    public static func kendallTauB(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "RankCorrelation.kendallTauB: \(x.count) vs \(y.count) ranks")
        let n = x.count
        guard n >= 2 else { return .nan }
        var s = 0, untiedX = 0, untiedY = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let a = sign(x[i] - x[j]), b = sign(y[i] - y[j])
                s += a * b
                if a != 0 { untiedX += 1 }
                if b != 0 { untiedY += 1 }
            }
        }
        guard untiedX > 0, untiedY > 0 else { return .nan }
        return Double(s) / (Double(untiedX) * Double(untiedY)).squareRoot()
    }

    /// Share of the top k of `x` (rank ≤ k) that is also in the top k of `y`: |T_x ∩ T_y| / |T_x|.
    /// With ties at the boundary a top set may hold more than k alternatives. NaN when T_x is empty.
    public static func topKOverlap(_ x: [Double], _ y: [Double], k: Int) -> Double {
        precondition(x.count == y.count, "RankCorrelation.topKOverlap: \(x.count) vs \(y.count) ranks")
        let limit = Double(k)
        var top = 0, both = 0
        for i in x.indices where x[i] <= limit {
            top += 1
            if y[i] <= limit { both += 1 }
        }
        return top > 0 ? Double(both) / Double(top) : .nan
    }

    private static func sign(_ v: Double) -> Int { v > 0 ? 1 : v < 0 ? -1 : 0 }

}
