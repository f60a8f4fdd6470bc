import Foundation

/// Row-wise kernels over a row-major matrix whose columns need no target transform, eight columns
/// at a time (`SIMD8<Double>`), the leftover columns one by one. Rows are split over two threads
/// from `parallelRows` rows on (the machine has two cores); each thread writes only its own rows.
///
/// Per-column results (extrema, sums of squares) are exact or summed in the same order as a scalar
/// loop; per-row sums are summed lane-wise, so they may differ from a scalar sum in the last bits.
enum RowKernels {
    typealias Lane = SIMD8<Double>

    /// From this many rows on, the row loop runs on two threads.
    static let parallelRows = 4_096

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

    /// Calls `body(first, last)` for one or two row ranges covering `0..<n`, concurrently when large.
    static func forRowRanges(_ n: Int, _ body: @Sendable (Int, Int) -> Void) {
        let chunks = n >= parallelRows ? 2 : 1
        if chunks == 1 { body(0, n); return }
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            body(c * n / chunks, (c + 1) * n / chunks)
        }
    }

    /// Column minimum, maximum and, when `squares`, sum of squares (zeros otherwise), and whether
    /// every value is finite, in one pass. Without squares a column accumulates `x · 0` (NaN once a
    /// value is not finite); with squares, a non-finite sum of squares (overflow included) answers
    /// "maybe not finite" and the caller scans the matrix.
    static func extrema(_ matrix: Matrix, squares: Bool) -> (minimum: ContiguousArray<Double>, maximum: ContiguousArray<Double>,
                                              sumOfSquares: ContiguousArray<Double>, allFinite: Bool) {
        let n = matrix.rows, m = matrix.columns
        let chunks = m / 8, tail = chunks * 8
        let parts = n >= parallelRows ? 2 : 1
        // Per part: lo, hi, squares or x·0, each m wide.
        let weight = squares ? 1.0 : 0.0
        var partial = ContiguousArray<Double>(repeating: 0, count: parts * 3 * m)
        for c in 0..<parts {
            for j in 0..<m {
                partial[c * 3 * m + j] = .infinity
                partial[c * 3 * m + m + j] = -.infinity
            }
        }
        partial.withUnsafeMutableBufferPointer { buffer in
            let accumulators = SendablePointer(buffer.baseAddress!)
            matrix.withUnsafeBufferPointer { x in
                let values = SendablePointer(x.baseAddress!)
                let run: @Sendable (Int) -> Void = { c in
                    let lo = accumulators.pointer + c * 3 * m, hi = lo + m, sq = hi + m
                    let first = c * n / parts, last = (c + 1) * n / parts
                    // Lane accumulators in their own (aligned) allocation, copied out at the end.
                    let lanes = UnsafeMutablePointer<Lane>.allocate(capacity: 3 * chunks)
                    defer { lanes.deallocate() }
                    let loL = lanes, hiL = lanes + chunks, sqL = hiL + chunks
                    for k in 0..<chunks {
                        (loL + k).initialize(to: Lane(repeating: .infinity))
                        (hiL + k).initialize(to: Lane(repeating: -.infinity))
                        (sqL + k).initialize(to: Lane())
                    }
                    for i in first..<last {
                        let row = values.pointer + i * m
                        for k in 0..<chunks {
                            let v = load(row + 8 * k)
                            loL[k].replace(with: v, where: v .< loL[k])
                            hiL[k].replace(with: v, where: v .> hiL[k])
                            sqL[k] += v * (v * weight)
                        }
                        for j in tail..<m {
                            let v = row[j]
                            lo[j] = Swift.min(lo[j], v)
                            hi[j] = Swift.max(hi[j], v)
                            sq[j] += v * (v * weight)
                        }
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
        let allFinite = sums.allSatisfy { $0.isFinite && (squares || $0 == 0) }
        return (minimum, maximum, sums, allFinite)
    }

    /// VIKOR's `S_i = Σ_j d_ij` and `R_i = max(0, max_j d_ij)` with `d_ij = scale_j · (x_ij − best_j)`.
    static func vikorRows(
        _ matrix: Matrix, scale: ContiguousArray<Double>, best: ContiguousArray<Double>,
        s: UnsafeMutablePointer<Double>, r: UnsafeMutablePointer<Double>
    ) {
        let n = matrix.rows, m = matrix.columns, chunks = m / 8, tail = chunks * 8
        let scaleL = lanes(scale), bestL = lanes(best)
        let out = SendablePointer((s, r))
        matrix.withUnsafeBufferPointer { x in
            let values = SendablePointer(x.baseAddress!)
            scaleL.withUnsafeBufferPointer { sl in
                bestL.withUnsafeBufferPointer { bl in
                    scale.withUnsafeBufferPointer { sc in
                        best.withUnsafeBufferPointer { bs in
                            let coefficients = SendablePointer((sl, bl, sc, bs))
                            forRowRanges(n) { first, last in
                                let (sl, bl, sc, bs) = coefficients.pointer
                                let (s, r) = out.pointer
                                for i in first..<last {
                                    let row = values.pointer + i * m
                                    var total = Lane(), regret = Lane()
                                    for k in 0..<chunks {
                                        let d = sl[k] * (load(row + 8 * k) - bl[k])
                                        total += d
                                        regret.replace(with: d, where: d .> regret)
                                    }
                                    var t = total.sum(), g = regret.max()
                                    for j in tail..<m {
                                        let d = sc[j] * (row[j] - bs[j])
                                        t += d
                                        g = Swift.max(g, d)
                                    }
                                    s[i] = t
                                    r[i] = g
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// TOPSIS distances: with `a_ij = scale_j · (x_ij − offset_j)`,
    /// `D⁺_i = ‖a_i − ideal‖₂` and `D⁻_i = ‖a_i − antiIdeal‖₂`.
    static func topsisRows(
        _ matrix: Matrix, scale: ContiguousArray<Double>, offset: ContiguousArray<Double>,
        ideal: ContiguousArray<Double>, antiIdeal: ContiguousArray<Double>,
        plus: UnsafeMutablePointer<Double>, minus: UnsafeMutablePointer<Double>
    ) {
        let n = matrix.rows, m = matrix.columns, chunks = m / 8, tail = chunks * 8
        // Lanes side by side: scale, offset, ideal, anti-ideal; then the same four as scalars.
        var coefficients = ContiguousArray<Lane>()
        for k in 0..<chunks {
            coefficients.append(contentsOf: [lanes(scale)[k], lanes(offset)[k], lanes(ideal)[k], lanes(antiIdeal)[k]])
        }
        let scalars = scale + offset + ideal + antiIdeal
        let out = SendablePointer((plus, minus))
        matrix.withUnsafeBufferPointer { x in
            let values = SendablePointer(x.baseAddress!)
            coefficients.withUnsafeBufferPointer { cl in
                scalars.withUnsafeBufferPointer { cs in
                    let c = SendablePointer((cl, cs))
                    forRowRanges(n) { first, last in
                        let (cl, cs) = c.pointer
                        let (dp, dm) = out.pointer
                        for i in first..<last {
                            let row = values.pointer + i * m
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
                            dp[i] = pSum.squareRoot()
                            dm[i] = qSum.squareRoot()
                        }
                    }
                }
            }
        }
    }
}
