import Foundation

/// Row-wise kernels over a row-major matrix whose columns need no target transform, eight columns
/// at a time (`SIMD8<Double>`), the leftover columns one by one. Rows are split over two threads
/// from `parallelRows` rows on (the machine has two cores); each thread writes only its own rows.
/// `parts` overrides the split (tests compare one and two ranges).
///
/// Per-column results (extrema, sums of squares) are exact or summed in the same order as a scalar
/// loop; per-row sums are summed lane-wise, so they may differ from a scalar sum in the last bits.
enum RowKernels {
    typealias Lane = SIMD8<Double>

    /// From this many rows on, the row loop runs on two threads.
    static let parallelRows = 4_096

    /// How many row ranges the kernels use by default: two (one per core) from `parallelRows` rows on.
    /// Below that the second thread's start-up costs more than it saves.
    static func defaultParts(_ n: Int) -> Int { n >= parallelRows ? 2 : 1 }

    @inline(__always)
    static func load(_ p: UnsafePointer<Double>) -> Lane {
        UnsafeRawPointer(p).loadUnaligned(as: Lane.self)
    }

    /// The first `8 · (m / 8)` values as lanes.
    static func lanes(_ values: ContiguousArray<Double>) -> ContiguousArray<Lane> {
        let chunks = values.count / 8
        var result = ContiguousArray<Lane>(repeating: Lane(), count: chunks)
        for k in 0..<chunks {
            for l in 0..<8 { result[k][l] = values[8 * k + l] }
        }
        return result
    }

    /// Calls `body` for `parts` row ranges covering `0..<n` (concurrently when more than one) and
    /// returns its results in row order.
    static func forRowRanges<Summary>(_ n: Int, parts: Int, _ body: @Sendable (Range<Int>) -> Summary) -> [Summary] {
        precondition(parts >= 1, "RowKernels.forRowRanges: \(parts) parts")
        if parts == 1 { return [body(0..<n)] }
        return [Summary](unsafeUninitializedCapacity: parts) { buffer, count in
            let results = SendablePointer(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: parts) { c in
                (results.pointer + c).initialize(to: body((c * n / parts)..<((c + 1) * n / parts)))
            }
            count = parts
        }
    }

    /// Column minimum, maximum and, when `squares`, sum of squares (zeros otherwise), in one pass.
    ///
    /// Finiteness is not checked here (the comparisons skip a NaN, so the extrema of a column holding
    /// one are meaningless): the callers check their row results instead, where any NaN or infinite
    /// cell makes its row's result NaN or infinite, and only then scan for the cell to report. That
    /// keeps this pass to two comparisons per value (an `x · 0` accumulator to check finiteness here
    /// made it about a third slower).
    static func extrema(_ matrix: Matrix, squares: Bool, parts: Int? = nil) -> ColumnExtrema {
        let n = matrix.rows, m = matrix.columns
        let chunks = m / 8, tail = chunks * 8
        let parts = parts ?? defaultParts(n)
        // Per part: lo, hi, squares, each m wide.
        var partial = ContiguousArray<Double>(repeating: 0, count: parts * 3 * m)
        partial.withUnsafeMutableBufferPointer { buffer in
            let accumulators = SendablePointer(buffer.baseAddress!)
            matrix.withUnsafeBufferPointer { x in
                let values = SendablePointer(x.baseAddress!)
                let run: @Sendable (Int) -> Void = { c in
                    let lo = accumulators.pointer + c * 3 * m, hi = lo + m, sq = hi + m
                    let first = c * n / parts, last = (c + 1) * n / parts
                    // Lane accumulators in their own (aligned) allocation, copied out at the end.
                    // 24 lanes of 8 do not fit in the 16 SSE registers, so they live in memory.
                    let lanes = UnsafeMutablePointer<Lane>.allocate(capacity: 3 * chunks)
                    defer { lanes.deallocate() }
                    let loL = lanes, hiL = lanes + chunks, sqL = hiL + chunks
                    for k in 0..<chunks {
                        (loL + k).initialize(to: Lane(repeating: .infinity))
                        (hiL + k).initialize(to: Lane(repeating: -.infinity))
                        (sqL + k).initialize(to: Lane())
                    }
                    for j in tail..<m {
                        lo[j] = .infinity
                        hi[j] = -.infinity
                    }
                    var i = first
                    if !squares {
                        // Two rows at a time: order the pair first, then compare its smaller value
                        // with the minimum and its larger with the maximum; that halves the loads
                        // and stores of the in-memory accumulators (1.5× faster than row by row).
                        while i + 1 < last {
                            let upper = values.pointer + i * m, lower = upper + m
                            for k in 0..<chunks {
                                let a = load(upper + 8 * k), b = load(lower + 8 * k)
                                var small = a, large = b
                                small.replace(with: b, where: b .< a)
                                large.replace(with: a, where: a .> b)
                                loL[k].replace(with: small, where: small .< loL[k])
                                hiL[k].replace(with: large, where: large .> hiL[k])
                            }
                            for j in tail..<m {
                                lo[j] = Swift.min(lo[j], Swift.min(upper[j], lower[j]))
                                hi[j] = Swift.max(hi[j], Swift.max(upper[j], lower[j]))
                            }
                            i += 2
                        }
                    }
                    // Row by row: the sums of squares, or the last row of an odd count.
                    while i < last {
                        let row = values.pointer + i * m
                        for k in 0..<chunks {
                            let v = load(row + 8 * k)
                            loL[k].replace(with: v, where: v .< loL[k])
                            hiL[k].replace(with: v, where: v .> hiL[k])
                            if squares { sqL[k] += v * v }
                        }
                        for j in tail..<m {
                            let v = row[j]
                            lo[j] = Swift.min(lo[j], v)
                            hi[j] = Swift.max(hi[j], v)
                            if squares { sq[j] += v * v }
                        }
                        i += 1
                    }
                    for k in 0..<chunks {
                        for l in 0..<8 {
                            lo[8 * k + l] = loL[k][l]
                            hi[8 * k + l] = hiL[k][l]
                            sq[8 * k + l] = sqL[k][l]
                        }
                    }
                }
                if parts == 1 { run(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: run) }
            }
        }
        var minimum = ContiguousArray<Double>(repeating: .infinity, count: m)
        var maximum = ContiguousArray<Double>(repeating: -.infinity, count: m)
        var sums = ContiguousArray<Double>(repeating: 0, count: m)
        for c in 0..<parts {
            let base = c * 3 * m
            for j in 0..<m {
                minimum[j] = Swift.min(minimum[j], partial[base + j])
                maximum[j] = Swift.max(maximum[j], partial[base + m + j])
                sums[j] += partial[base + 2 * m + j]
            }
        }
        return ColumnExtrema(minimum: minimum, maximum: maximum, sumOfSquares: sums)
    }

    /// The largest of the eight values, without a call: `SIMD.max()` is not inlined (it showed up
    /// in profiles as a call per row).
    @inline(__always)
    static func largest(_ v: Lane) -> Double {
        var half = v.lowHalf
        half.replace(with: v.highHalf, where: v.highHalf .> half)
        var quarter = half.lowHalf
        quarter.replace(with: half.highHalf, where: half.highHalf .> quarter)
        return Swift.max(quarter[0], quarter[1])
    }

    /// What the VIKOR row pass learned besides `S` and `R`: their ranges (for `Q`) and whether every
    /// `S` and `R` is finite (if not, a cell or a weight is not finite, or an intermediate overflowed).
    struct VIKORRows {
        var sMinimum = Double.infinity, sMaximum = -Double.infinity
        var rMinimum = Double.infinity, rMaximum = -Double.infinity
        var allFinite = true

        mutating func add(s: Double, r: Double) {
            sMinimum = Swift.min(sMinimum, s)
            sMaximum = Swift.max(sMaximum, s)
            rMinimum = Swift.min(rMinimum, r)
            rMaximum = Swift.max(rMaximum, r)
            allFinite = allFinite && s.isFinite && r.isFinite
        }

        mutating func merge(_ other: VIKORRows) {
            sMinimum = Swift.min(sMinimum, other.sMinimum)
            sMaximum = Swift.max(sMaximum, other.sMaximum)
            rMinimum = Swift.min(rMinimum, other.rMinimum)
            rMaximum = Swift.max(rMaximum, other.rMaximum)
            allFinite = allFinite && other.allFinite
        }
    }

    /// VIKOR's `S_i = Σ_j d_ij` and `R_i = max(0, max_j d_ij)` with `d_ij = scale_j · (x_ij − best_j)`,
    /// written to `s` and `r`, plus their ranges (so that `Q` needs no further scan).
    static func vikorRows(
        _ matrix: Matrix, scale: ContiguousArray<Double>, best: ContiguousArray<Double>,
        s: UnsafeMutablePointer<Double>, r: UnsafeMutablePointer<Double>, parts: Int? = nil
    ) -> VIKORRows {
        let n = matrix.rows, m = matrix.columns, chunks = m / 8, tail = chunks * 8
        let scaleL = lanes(scale), bestL = lanes(best)
        let summaries = matrix.withUnsafeBufferPointer { x in
            scaleL.withUnsafeBufferPointer { sl in
                bestL.withUnsafeBufferPointer { bl in
                    scale.withUnsafeBufferPointer { sc in
                        best.withUnsafeBufferPointer { bs in
                            let p = SendablePointer((x.baseAddress!, sl.baseAddress!, bl.baseAddress!,
                                                     sc.baseAddress!, bs.baseAddress!, s, r))
                            return forRowRanges(n, parts: parts ?? defaultParts(n)) { range in
                                let (values, sl, bl, sc, bs, s, r) = p.pointer
                                var summary = VIKORRows()
                                for i in range {
                                    let row = values + i * m
                                    var total = Lane(), regret = Lane()
                                    for k in 0..<chunks {
                                        let d = sl[k] * (load(row + 8 * k) - bl[k])
                                        total += d
                                        regret.replace(with: d, where: d .> regret)
                                    }
                                    var t = total.sum(), g = largest(regret)
                                    for j in tail..<m {
                                        let d = sc[j] * (row[j] - bs[j])
                                        t += d
                                        g = Swift.max(g, d)
                                    }
                                    s[i] = t
                                    r[i] = g
                                    summary.add(s: t, r: g)
                                }
                                return summary
                            }
                        }
                    }
                }
            }
        }
        var result = summaries[0]
        for part in summaries.dropFirst() { result.merge(part) }
        return result
    }

    /// What the TOPSIS row pass learned besides the distances: how many rows have `D⁺ + D⁻ = 0`
    /// (closeness 0.5, one warning each) and whether every distance is finite (as in ``VIKORRows``).
    struct TOPSISRows {
        var degenerate = 0
        var allFinite = true

        /// Closeness `D⁻/(D⁺ + D⁻)`, or 0.5 (counted) when the sum is 0.
        mutating func closeness(plus: Double, minus: Double) -> Double {
            allFinite = allFinite && plus.isFinite && minus.isFinite
            let total = plus + minus
            if total > 0 { return minus / total }
            degenerate += 1
            return 0.5
        }
    }

    /// TOPSIS distances: with `a_ij = scale_j · (x_ij − offset_j)`, `D⁺_i = ‖a_i − ideal‖₂` and
    /// `D⁻_i = ‖a_i − antiIdeal‖₂`, and the closeness, written to `plus`, `minus` and `closeness`.
    static func topsisRows(
        _ matrix: Matrix, scale: ContiguousArray<Double>, offset: ContiguousArray<Double>,
        ideal: ContiguousArray<Double>, antiIdeal: ContiguousArray<Double>,
        plus: UnsafeMutablePointer<Double>, minus: UnsafeMutablePointer<Double>,
        closeness: UnsafeMutablePointer<Double>, parts: Int? = nil
    ) -> TOPSISRows {
        let n = matrix.rows, m = matrix.columns, chunks = m / 8, tail = chunks * 8
        // Lanes side by side: scale, offset, ideal, anti-ideal; then the same four as scalars.
        let laneGroups = [lanes(scale), lanes(offset), lanes(ideal), lanes(antiIdeal)]
        var coefficients = ContiguousArray<Lane>()
        coefficients.reserveCapacity(4 * chunks)
        for k in 0..<chunks {
            for group in laneGroups { coefficients.append(group[k]) }
        }
        let scalars = scale + offset + ideal + antiIdeal
        let summaries = matrix.withUnsafeBufferPointer { x in
            coefficients.withUnsafeBufferPointer { cl in
                scalars.withUnsafeBufferPointer { cs in
                    let p = SendablePointer((x.baseAddress!, cl.baseAddress!, cs.baseAddress!, plus, minus, closeness))
                    return forRowRanges(n, parts: parts ?? defaultParts(n)) { range in
                        let (values, cl, cs, dp, dm, cc) = p.pointer
                        var summary = TOPSISRows()
                        for i in range {
                            let row = values + i * m
                            var p2 = Lane(), q2 = Lane()
                            for k in 0..<chunks {
                                let a = cl[4 * k] * (load(row + 8 * k) - cl[4 * k + 1])
                                let p = a - cl[4 * k + 2], q = a - cl[4 * k + 3]
                                p2 += p * p
                                q2 += q * q
                            }
                            var pSum = p2.sum(), qSum = q2.sum()
                            for j in tail..<m {
                                let a = cs[j] * (row[j] - cs[m + j])
                                let p = a - cs[2 * m + j], q = a - cs[3 * m + j]
                                pSum += p * p
                                qSum += q * q
                            }
                            let toIdeal = pSum.squareRoot(), toAntiIdeal = qSum.squareRoot()
                            dp[i] = toIdeal
                            dm[i] = toAntiIdeal
                            cc[i] = summary.closeness(plus: toIdeal, minus: toAntiIdeal)
                        }
                        return summary
                    }
                }
            }
        }
        return summaries.reduce(into: TOPSISRows()) { total, part in
            total.degenerate += part.degenerate
            total.allFinite = total.allFinite && part.allFinite
        }
    }
}
