/// Variance-based global sensitivity analysis (Sobol indices) with the Saltelli design and the
/// estimators COINr uses (`SA_sample`, `SA_estimate`), written generically over a model of d
/// independent inputs.
///
/// Design (N base rows, N(d+2) runs, in this order): the N rows of A, the N rows of B, then for
/// each factor i the N rows of A_B⁽ⁱ⁾ = A with column i taken from B.
///
/// Estimators, with f_A, f_B, f_ABi the outputs and V = var(f_A ∪ f_B) (ddof = 1):
/// - first order (Saltelli et al. 2010, Table 2 (b)): S_i = (1/N) Σ f_B (f_ABi − f_A) / V;
/// - total (Jansen 1999; Saltelli et al. 2010, Table 2 (f)): S_Ti = (1/2N) Σ (f_A − f_ABi)² / V.
/// Bootstrap: B resamples of the N rows with replacement (V kept fixed, as COINr), the 5th and 95th
/// percentiles (numpy linear = R type 7) of the resampled estimates. COINr resamples each factor's
/// terms independently; here one row resample serves every factor (same marginal distribution).
///
/// Sources: Saltelli, Annoni, Azzini, Campolongo, Ratto & Tarantola, "Variance based sensitivity
/// analysis of model output. Design and estimator for the total sensitivity index", *Computer
/// Physics Communications* 181(2), 2010; Jansen, "Analysis of variance designs for model output",
/// *Computer Physics Communications* 117, 1999; COINr `SA_estimate` (Becker, JRC).
public enum Sobol {
    /// Row `run` of the Saltelli design as (base row, column swapped from B or nil, from B?).
    /// Runs 0..<N read A, N..<2N read B, then factor i's block reads A with column i from B.
    public static func designRow(_ run: Int, baseSamples n: Int) -> (row: Int, swappedFactor: Int?, fromB: Bool) {
        if run < n { return (run, nil, false) }
        if run < 2 * n { return (run - n, nil, true) }
        let k = run - 2 * n
        return (k % n, k / n, false)
    }

    /// The indices from the N(d+2) outputs of the design, in design order.
    ///
    /// - Parameters:
    ///   - outputs: f over the design (`count == N(d+2)`).
    ///   - baseSamples: N ≥ 2.
    ///   - factors: d ≥ 1.
    ///   - bootstrap: resamples for the intervals (0: none).
    ///   - rng: draws the bootstrap resamples (index = high 64 bits of `next() × N`, bias < N/2⁶⁴).
    /// - Complexity: O(d·N·(1 + bootstrap)).
    public static func indices(
        outputs: [Double], baseSamples n: Int, factors d: Int, bootstrap: Int = 0,
        using rng: inout some RandomNumberGenerator
    ) -> SobolIndices {
        precondition(n >= 2 && d >= 1, "Sobol.indices: N ≥ 2 and d ≥ 1")
        precondition(outputs.count == n * (d + 2), "Sobol.indices: \(outputs.count) outputs, expected N(d+2) = \(n * (d + 2))")
        // Variance of A ∪ B.
        var mean = 0.0
        for k in 0..<(2 * n) { mean += outputs[k] }
        mean /= Double(2 * n)
        var variance = 0.0
        for k in 0..<(2 * n) { let e = outputs[k] - mean; variance += e * e }
        variance /= Double(2 * n - 1)

        // Per-row terms: first[i][r] = f_B (f_ABi − f_A), total[i][r] = (f_A − f_ABi)².
        var first = [Double](repeating: 0, count: d * n), total = first
        for i in 0..<d {
            for r in 0..<n {
                let a = outputs[r], b = outputs[n + r], ab = outputs[(2 + i) * n + r]
                first[i * n + r] = b * (ab - a)
                total[i * n + r] = (a - ab) * (a - ab)
            }
        }
        func estimate(_ rows: [Int]?) -> (s: [Double], st: [Double]) {
            var s = [Double](repeating: 0, count: d), st = s
            for i in 0..<d {
                var sf = 0.0, stt = 0.0
                if let rows {
                    for r in rows { sf += first[i * n + r]; stt += total[i * n + r] }
                } else {
                    for r in 0..<n { sf += first[i * n + r]; stt += total[i * n + r] }
                }
                s[i] = variance > 0 ? sf / Double(n) / variance : .nan
                st[i] = variance > 0 ? stt / Double(2 * n) / variance : .nan
            }
            return (s, st)
        }
        let point = estimate(nil)
        var result = SobolIndices(variance: variance, firstOrder: point.s, total: point.st)
        guard bootstrap > 0 else { return result }
        var bs = [[Double]](repeating: [], count: d), bst = bs
        var rows = [Int](repeating: 0, count: n)
        for _ in 0..<bootstrap {
            for k in 0..<n { rows[k] = Int(rng.next().multipliedFullWidth(by: UInt64(n)).high) }
            let e = estimate(rows)
            for i in 0..<d { bs[i].append(e.s[i]); bst[i].append(e.st[i]) }
        }
        func q(_ values: [Double], _ p: Double) -> Double {
            values.contains { $0.isNaN } ? .nan : Quantile.linear(sorted: values.sorted(), p)
        }
        result.firstOrderLow = bs.map { q($0, 0.05) }
        result.firstOrderHigh = bs.map { q($0, 0.95) }
        result.totalLow = bst.map { q($0, 0.05) }
        result.totalHigh = bst.map { q($0, 0.95) }
        return result
    }

    /// Sobol indices of a model of d inputs, each uniform on [0, 1) and independent: builds the
    /// Saltelli design from `rng`, evaluates `model` N(d+2) times, and estimates.
    ///
    /// ```swift
    /// // Ishigami on [−π, π]³: S ≈ (0.314, 0.442, 0), S_T ≈ (0.558, 0.442, 0.244)
    /// let r = Sobol.analyze(factors: 3, baseSamples: 20_000, using: &rng) { u in
    ///     let x = u.map { -Double.pi + 2 * Double.pi * $0 }
    ///     return sin(x[0]) + 7 * pow(sin(x[1]), 2) + 0.1 * pow(x[2], 4) * sin(x[0])
    /// }
    /// ```
    public static func analyze(
        factors d: Int, baseSamples n: Int, bootstrap: Int = 0,
        using rng: inout some RandomNumberGenerator, model: ([Double]) -> Double
    ) -> SobolIndices {
        var a = [[Double]](), b = [[Double]]()
        for _ in 0..<n {
            a.append((0..<d).map { _ in Double(rng.next() >> 11) * 0x1p-53 })
            b.append((0..<d).map { _ in Double(rng.next() >> 11) * 0x1p-53 })
        }
        var outputs = [Double]()
        outputs.reserveCapacity(n * (d + 2))
        for run in 0..<(n * (d + 2)) {
            let (row, swapped, fromB) = designRow(run, baseSamples: n)
            var x = fromB ? b[row] : a[row]
            if let i = swapped { x[i] = b[row][i] }
            outputs.append(model(x))
        }
        return indices(outputs: outputs, baseSamples: n, factors: d, bootstrap: bootstrap, using: &rng)
    }
}
