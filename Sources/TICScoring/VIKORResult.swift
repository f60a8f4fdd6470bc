/// VIKOR output per alternative. All three measures are lower-is-better.
public struct VIKORResult: Sendable, Hashable {
    /// Group utility `S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f⁻_j)`.
    public var s: [Double]
    /// Individual regret `R_i = max_j w_j (f*_j − f_ij)/(f*_j − f⁻_j)`.
    public var r: [Double]
    /// Compromise index `Q_i = v (S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*)`, in [0, 1].
    public var q: [Double]
    /// Constant columns, constant `S`, constant `R`.
    public var warnings: [ScoringWarning]
}

extension VIKORResult {
    /// The compromise solution of Opricovic & Tzeng (2004), step 5: row indices, best first.
    ///
    /// Alternatives are ordered by `Q` (ties by row). With `DQ = 1/(n − 1)`:
    /// - C1 "acceptable advantage": `Q(a₂) − Q(a₁) ≥ DQ`;
    /// - C2 "acceptable stability": `a₁` is also best (minimal) by `S` or by `R`.
    /// Both hold → `[a₁]`; only C2 fails → `[a₁, a₂]`; C1 fails → `a₁ … a_M`, the longest prefix
    /// with `Q(a_M) − Q(a₁) < DQ`. One alternative → `[0]`; none → `[]`.
    /// Source: Opricovic & Tzeng, *EJOR* 156(2), 2004, p. 448.
    public var compromiseSolution: [Int] {
        let n = q.count
        guard n > 1 else { return n == 1 ? [0] : [] }
        let order = Ranking.sortedIndices(q, order: .lowerIsBetter)
        let dq = 1 / Double(n - 1)
        let first = order[0], second = order[1]
        let advantage = q[second] - q[first] >= dq
        let stable = s[first] == s.min()! || r[first] == r.min()!
        if advantage && stable { return [first] }
        if advantage { return [first, second] }
        var set = [first]
        for k in order.dropFirst() where q[k] - q[first] < dq { set.append(k) }
        return set
    }
}
