import Foundation

/// Monte Carlo rank uncertainty: score many weight samples in blocks, rank every sample, and keep
/// one rank histogram per alternative (``RankDistribution``).
///
/// Per block of b samples:
/// 1. the workers fill the b × m weight block (sample i's weights depend only on i, see
///    ``WeightSampler``);
/// 2. scores = W · Xᵀ, **one BLAS `dgemm`** per scenario present in the block (b × m · m × n), so
///    each sample's n scores are contiguous;
/// 3. the workers rank their share of the b samples (a monotone 32-bit key, an O(n) radix sort
///    with an exact fix-up of colliding keys, competition ranks — no comparison sort);
/// 4. after a batch of blocks (≤ 128 MB of ranks), the workers add the ranks to the histograms,
///    each owning a range of alternatives.
///
/// Memory: the n × n histogram (4 bytes a cell), b × n scores and a batch of ranks; the n × N rank matrix
/// is never built. Counts are integers, so the result is identical for every block size and
/// thread count.
public enum MonteCarlo {
    /// Progress callback: the number of samples done so far (called on the caller's thread).
    public typealias Progress = (_ done: Int) -> Void

    /// The rank distribution of the rows of `scenarios` under `samples` weight draws.
    ///
    /// - Parameters:
    ///   - scenarios: score matrices (n × m each, same shape): a sample on scenario s scores
    ///     `scenarios[s] · w`, higher is better. E.g. one per normalization method; geometric
    ///     aggregation is a scenario of logarithms (ln of the geometric mean is linear in w).
    ///   - nominalWeights: the weights for ``RankDistribution/nominalRanks`` (on scenario 0).
    ///   - sampler: sample i's weights and scenario.
    ///   - samples: N ≥ 0.
    ///   - blockSize: samples per BLAS product (default 256).
    ///   - threads: workers (default 2, the cores of the target machine).
    ///   - observer: sees every sample's scores and ranks (e.g. grades, Sobol outputs).
    ///   - progress: called after each block.
    /// - Precondition: every matrix is finite with n < 2³² rows; `sampler.criteria == m`.
    /// - Complexity: O(N·n·m / BLAS speed + N·n) time, O(n² + b·n) memory.
    public static func rankDistribution(
        scenarios: [Matrix],
        nominalWeights: [Double],
        sampler: some WeightSampler,
        samples: Int,
        blockSize: Int = 256,
        threads: Int = 2,
        observer: (any MonteCarloObserver)? = nil,
        progress: Progress? = nil
    ) -> RankDistribution {
        precondition(!scenarios.isEmpty, "MonteCarlo: no scenario")
        let n = scenarios[0].rows, m = scenarios[0].columns
        precondition(scenarios.allSatisfy { $0.rows == n && $0.columns == m }, "MonteCarlo: scenarios differ in shape")
        precondition(sampler.criteria == m, "MonteCarlo: sampler has \(sampler.criteria) criteria, matrices \(m) columns")
        precondition(nominalWeights.count == m, "MonteCarlo: \(nominalWeights.count) nominal weights for \(m) columns")
        precondition(sampler.scenarioCount <= scenarios.count, "MonteCarlo: sampler uses \(sampler.scenarioCount) scenarios, \(scenarios.count) given")
        precondition(samples >= 0 && blockSize > 0 && threads > 0, "MonteCarlo: samples ≥ 0, blockSize > 0, threads > 0")
        precondition(n < Int(UInt32.max), "MonteCarlo: too many alternatives")

        // Nominal ranks.
        var nominal = [Int](repeating: 1, count: n)
        if n > 0 {
            let scores = ContiguousArray(scenarios[0].multiplied(by: nominalWeights))
            var ranks = ContiguousArray<Int32>(repeating: 0, count: n)
            var sorter = RankSorter(count: n)
            scores.withUnsafeBufferPointer { s in
                ranks.withUnsafeMutableBufferPointer { r in sorter.rank(s.baseAddress!, into: r.baseAddress!) }
            }
            nominal = ranks.map { Int($0) }
        }
        var histogram = ContiguousArray<UInt32>(repeating: 0, count: n * n)
        var sums = [UInt64](repeating: 0, count: n)
        var best = [Int32](repeating: Int32.max, count: n), worst = [Int32](repeating: 0, count: n)
        guard n > 0, samples > 0 else {
            return RankDistribution(count: n, samples: samples, nominalRanks: nominal, histogram: histogram, rankSums: sums)
        }

        // Scores are computed b samples at a time (one dgemm per scenario); ranks are collected for
        // a batch of several blocks (≤ ~128 MB of ranks) before they go into the histograms, so each
        // histogram row is brought into cache once per batch rather than once per block.
        let b = min(blockSize, samples)
        let batchBlocks = max(1, min((samples + b - 1) / b, (32 << 20) / max(1, n * b)))
        let batch = b * batchBlocks
        let workers = threads
        var weights = ContiguousArray<Double>(repeating: 0, count: b * m)
        var packed = ContiguousArray<Double>(repeating: 0, count: b * m)
        var scores = ContiguousArray<Double>(repeating: 0, count: b * n)
        var ranks = ContiguousArray<Int32>(repeating: 0, count: batch * n)
        var scenarioOf = ContiguousArray<Int>(repeating: 0, count: b)
        var sampleOfRow = ContiguousArray<Int>(repeating: 0, count: b)
        let sorters = SorterPool(count: workers, size: n)
        let storage = scenarios.map(\.storage)

        var batchStart = 0
        while batchStart < samples {
            let batchSize = min(batch, samples - batchStart)
            var start = batchStart
            while start < batchStart + batchSize {
                let size = min(b, batchStart + batchSize - start), blockStart = start, rankOffset = (start - batchStart) * n
                // 1. Weights, in parallel; sample i depends only on i.
                weights.withUnsafeMutableBufferPointer { w in
                    scenarioOf.withUnsafeMutableBufferPointer { sc in
                        let wp = SendablePointer(w.baseAddress!), sp = SendablePointer(sc.baseAddress!)
                        DispatchQueue.concurrentPerform(iterations: workers) { t in
                            for k in (t * size / workers)..<((t + 1) * size / workers) {
                                let row = UnsafeMutableBufferPointer(start: wp.pointer + k * m, count: m)
                                sp.pointer[k] = sampler.draw(sample: blockStart + k, into: row)
                            }
                        }
                    }
                }
                // 2. One dgemm per scenario present; rows are grouped by scenario.
                var row = 0
                for s in 0..<scenarios.count {
                    let first = row
                    for k in 0..<size where scenarioOf[k] == s {
                        sampleOfRow[row] = k
                        for j in 0..<m { packed[row * m + j] = weights[k * m + j] }
                        row += 1
                    }
                    let rowsHere = row - first
                    guard rowsHere > 0 else { continue }
                    packed.withUnsafeBufferPointer { a in
                        storage[s].withUnsafeBufferPointer { x in
                            scores.withUnsafeMutableBufferPointer { c in
                                BLAS.multiplyTransposed(
                                    UnsafeBufferPointer(rebasing: a[(first * m)..<(row * m)]), rows: rowsHere, inner: m,
                                    byTransposeOf: x, rows: n,
                                    into: UnsafeMutableBufferPointer(rebasing: c[(first * n)..<(row * n)]))
                            }
                        }
                    }
                }
                // 3. Ranks per sample, in parallel.
                scores.withUnsafeBufferPointer { c in
                    ranks.withUnsafeMutableBufferPointer { r in
                        sampleOfRow.withUnsafeBufferPointer { rows in
                            scenarioOf.withUnsafeBufferPointer { sc in
                                let cp = SendablePointer(c.baseAddress!), rp = SendablePointer(r.baseAddress! + rankOffset)
                                let rowsP = SendablePointer(rows.baseAddress!), scP = SendablePointer(sc.baseAddress!)
                                DispatchQueue.concurrentPerform(iterations: workers) { t in
                                    sorters.withSorter(t) { sorter in
                                        for q in (t * size / workers)..<((t + 1) * size / workers) {
                                            sorter.rank(cp.pointer + q * n, into: rp.pointer + q * n)
                                            if let observer {
                                                let k = rowsP.pointer[q]
                                                observer.observe(worker: t, sample: blockStart + k, scenario: scP.pointer[k],
                                                                 scores: UnsafeBufferPointer(start: cp.pointer + q * n, count: n),
                                                                 ranks: UnsafeBufferPointer(start: rp.pointer + q * n, count: n))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                start += size
                progress?(start)
            }
            // 4. Histograms: each worker owns a range of alternatives; 16 alternatives (one cache
            //    line of ranks) at a time across the batch's samples.
            ranks.withUnsafeBufferPointer { r in
                histogram.withUnsafeMutableBufferPointer { h in
                    sums.withUnsafeMutableBufferPointer { total in
                        best.withUnsafeMutableBufferPointer { lo in
                            worst.withUnsafeMutableBufferPointer { hi in
                                let rp = SendablePointer(r.baseAddress!), hp = SendablePointer(h.baseAddress!)
                                let tp = SendablePointer(total.baseAddress!)
                                let lp = SendablePointer(lo.baseAddress!), wp = SendablePointer(hi.baseAddress!)
                                DispatchQueue.concurrentPerform(iterations: workers) { t in
                                    let first = t * n / workers, last = (t + 1) * n / workers
                                    var chunk = first
                                    while chunk < last {
                                        let end = min(chunk + 16, last)
                                        for q in 0..<batchSize {
                                            let rankRow = rp.pointer + q * n
                                            for i in chunk..<end {
                                                let rank = rankRow[i]
                                                hp.pointer[i * n + Int(rank) - 1] &+= 1
                                                tp.pointer[i] &+= UInt64(rank)
                                                if rank < lp.pointer[i] { lp.pointer[i] = rank }
                                                if rank > wp.pointer[i] { wp.pointer[i] = rank }
                                            }
                                        }
                                        chunk = end
                                    }
                                }
                            }
                        }
                    }
                }
            }
            batchStart += batchSize
        }
        return RankDistribution(count: n, samples: samples, nominalRanks: nominal, histogram: histogram, rankSums: sums,
                                bestRanks: best.map(Int.init), worstRanks: worst.map(Int.init))
    }
}

/// One ``RankSorter`` per worker, each used by exactly one worker at a time.
final class SorterPool: @unchecked Sendable {
    private let sorters: UnsafeMutablePointer<RankSorter>
    private let count: Int

    init(count: Int, size: Int) {
        self.count = count
        sorters = .allocate(capacity: count)
        sorters.initialize(repeating: RankSorter(count: 0), count: count)
        for t in 0..<count { sorters[t] = RankSorter(count: size) }
    }

    deinit {
        sorters.deinitialize(count: count)
        sorters.deallocate()
    }

    func withSorter<R>(_ worker: Int, _ body: (inout RankSorter) -> R) -> R {
        precondition(worker >= 0 && worker < count, "SorterPool: worker \(worker) out of range")
        return body(&sorters[worker])
    }
}
