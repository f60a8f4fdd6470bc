/// How Monte Carlo samples perturb the nominal weights w (on the simplex, Σw = 1).
///
/// - `dirichlet(concentration: c)`: w' ~ Dirichlet(c·w), drawn as independent gammas
///   G_j ~ Γ(c·w_j, 1) normalized, w'_j = G_j / Σ G_k. **Unbiased on the simplex**: E[w'_j] = w_j
///   exactly, Var[w'_j] = w_j(1 − w_j)/(c + 1), so c sets the spread (c = 100 gives a standard
///   deviation of about √(w/101)). A zero nominal weight stays zero. Source: Kotz, Balakrishnan &
///   Johnson, *Continuous Multivariate Distributions* vol. 1 (2000), ch. 49; gamma draws by
///   Marsaglia & Tsang (2000).
/// - `uniform(fraction: f)`: w'_j = w_j·(1 + f·(2U_j − 1)), U_j ~ U(0, 1), then renormalized to sum 1
///   (COINr's `get_noisy_weights` noise, which COINr renormalizes at aggregation). **Biased**: the
///   ratio E[w_j(1+εU_j)/Σ_k w_k(1+εU_k)] ≠ w_j in general; small weights are pulled up and large
///   ones down (for f = 0.5 and w = (0.7, 0.3) the mean of w'_1 is ≈ 0.694, not 0.7).
public enum WeightPerturbation: Sendable, Hashable {
    /// Dirichlet with α = c·w: unbiased on the simplex.
    case dirichlet(concentration: Double)
    /// Uniform ±f relative noise, then renormalized: biased.
    case uniform(fraction: Double)

    /// The largest Dirichlet concentration c accepted: 10⁶ (a standard deviation of about
    /// √(w/10⁶), already far below any meaningful perturbation); larger values only risk overflow.
    public static let maximumConcentration = 1e6

    /// Parses `dirichlet:c` (0 < c ≤ ``maximumConcentration``) or `uniform:f` (0 < f ≤ 1), the CLI's
    /// `--weight-noise`; nil when malformed.
    public init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let value = Double(parts[1]), value.isFinite, value > 0 else { return nil }
        switch parts[0] {
        case "dirichlet" where value <= Self.maximumConcentration: self = .dirichlet(concentration: value)
        case "uniform" where value <= 1: self = .uniform(fraction: value)
        default: return nil
        }
    }

    /// `dirichlet:c` or `uniform:f`.
    public var argument: String {
        switch self {
        case .dirichlet(let c): "dirichlet:\(c)"
        case .uniform(let f): "uniform:\(f)"
        }
    }
}
