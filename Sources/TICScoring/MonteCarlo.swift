import Foundation

/// Monte Carlo rank uncertainty: score many weight samples in blocks, rank every sample, and keep
/// one rank histogram per alternative (``RankDistribution``).
///
/// Per block of b samples, split into one contiguous share per worker thread, each worker:
/// 1. fills its weight rows (sample i's weights depend only on i, see ``WeightSampler``);
/// 2. computes its scores = W · Xᵀ with **one BLAS `dgemm`** per scenario present (rows × m ·
///    m × n), so each sample's n scores are contiguous. BLAS runs single-threaded meanwhile: the
///    workers already use every core, and OpenBLAS's own threads busy-wait after each call, which
///    would steal those cores from the ranking;
/// 3. ranks each sample: a monotone 22-bit key, an O(n) radix sort with an exact fix-up of
///    colliding keys, competition ranks — no comparison sort.
/// 4. The block's ranks are transposed into an alternative-major batch buffer (≤ 128 MB); after a
///    batch of blocks the workers add them to the histograms, each owning a range of alternatives,
///    one histogram row at a time (its ranks contiguous, the row in cache).
///
/// Memory: the n × n histogram (4 bytes a cell), b × n scores and a batch of ranks; the n × N rank
/// matrix is never built. Counts are integers and sample i depends only on i, so the result is
/// identical for every block size and thread count.
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

        // Each worker scores and ranks its share of every block of b samples (one dgemm per
        // scenario present, BLAS single-threaded so that its threads do not compete with the
        // workers); ranks are collected for a batch of blocks (≤ ~128 MB) before they go into the
        // histograms, so each histogram row is brought into cache once per batch.
        let b = min(blockSize, samples)
        let batchBlocks = max(1, min((samples + b - 1) / b, (32 << 20) / max(1, n * b)))
        let batch = b * batchBlocks
        let workers = threads
        let buffers = WorkerBuffers(workers: workers, rows: (b + workers - 1) / workers, criteria: m, alternatives: n)
        // Ranks of the current block (sample-major, for the observer) and of the batch
        // (alternative-major: alternative i's ranks of the batch are contiguous).
        var ranks = ContiguousArray<Int32>(repeating: 0, count: b * n)
        // 2 bytes a rank while n < 2¹⁶ (halves the transpose and histogram traffic), else 4.
        let batchRanks = BatchRanks(narrow: n < Int(UInt16.max), count: batch * n)
        let sorters = SorterPool(count: workers, size: n)
        let storage = scenarios.map(\.storage)
        let scenarioTotal = scenarios.count

        BLAS.withSingleThread {
        var batchStart = 0
        while batchStart < samples {
            let batchSize = min(batch, samples - batchStart)
            var start = batchStart
            while start < batchStart + batchSize {
                let size = min(b, batchStart + batchSize - start), blockStart = start, column = start - batchStart
                ranks.withUnsafeMutableBufferPointer { r in
                    let rp = SendablePointer(r.baseAddress!)
                    DispatchQueue.concurrentPerform(iterations: workers) { t in
                        let lo = t * size / workers, hi = (t + 1) * size / workers
                        guard hi > lo else { return }
                        let own = buffers.worker(t)
                        // 1. Weights; sample i depends only on i.
                        for k in lo..<hi {
                            let row = UnsafeMutableBufferPointer(start: own.weights + (k - lo) * m, count: m)
                            own.scenario[k - lo] = sampler.draw(sample: blockStart + k, into: row)
                        }
                        // 2. One dgemm per scenario present, rows grouped by scenario.
                        var row = 0
                        for s in 0..<scenarioTotal {
                            let first = row
                            for k in 0..<(hi - lo) where own.scenario[k] == s {
                                own.sampleOfRow[row] = k
                                (own.packed + row * m).update(from: own.weights + k * m, count: m)
                                row += 1
                            }
                            guard row > first else { continue }
                            storage[s].withUnsafeBufferPointer { x in
                                BLAS.multiplyTransposed(
                                    UnsafeBufferPointer(start: own.packed + first * m, count: (row - first) * m), rows: row - first, inner: m,
                                    byTransposeOf: x, rows: n,
                                    into: UnsafeMutableBufferPointer(start: own.scores + first * n, count: (row - first) * n))
                            }
                        }
                        // 3. Ranks, in the block's sample order within the batch.
                        sorters.withSorter(t) { sorter in
                            for q in 0..<row {
                                let k = own.sampleOfRow[q]
                                let target = rp.pointer + (lo + k) * n
                                sorter.rank(own.scores + q * n, into: target)
                                if let observer {
                                    observer.observe(worker: t, sample: blockStart + lo + k, scenario: own.scenario[k],
                                                     scores: UnsafeBufferPointer(start: own.scores + q * n, count: n),
                                                     ranks: UnsafeBufferPointer(start: target, count: n))
                                }
                            }
                        }
                    }
                }
                // Transpose the block's ranks into the batch, 16 alternatives × the block at a time.
                ranks.withUnsafeBufferPointer { r in
                    let rp = SendablePointer(r.baseAddress!)
                    if let narrow = batchRanks.narrow {
                        transpose(rp, n: n, size: size, into: SendablePointer(narrow), batch: batch, column: column, workers: workers)
                    } else {
                        transpose(rp, n: n, size: size, into: SendablePointer(batchRanks.wide!), batch: batch, column: column, workers: workers)
                    }
                }
                start += size
                progress?(start)
            }
            // 4. Histograms: each worker owns a range of alternatives; alternative i's batch ranks
            //    are contiguous and its histogram row (4n bytes) stays in cache while they are added.
            histogram.withUnsafeMutableBufferPointer { h in
                sums.withUnsafeMutableBufferPointer { total in
                    best.withUnsafeMutableBufferPointer { lo in
                        worst.withUnsafeMutableBufferPointer { hi in
                            let targets = HistogramTargets(
                                histogram: SendablePointer(h.baseAddress!), sums: SendablePointer(total.baseAddress!),
                                best: SendablePointer(lo.baseAddress!), worst: SendablePointer(hi.baseAddress!))
                            if let narrow = batchRanks.narrow {
                                accumulate(SendablePointer(UnsafePointer(narrow)), n: n, batch: batch, batchSize: batchSize, into: targets, workers: workers)
                            } else {
                                accumulate(SendablePointer(UnsafePointer(batchRanks.wide!)), n: n, batch: batch, batchSize: batchSize, into: targets, workers: workers)
                            }
                        }
                    }
                }
            }
            batchStart += batchSize
        }
        }
        return RankDistribution(count: n, samples: samples, nominalRanks: nominal, histogram: histogram, rankSums: sums,
                                bestRanks: best.map(Int.init), worstRanks: worst.map(Int.init))
    }
}

extension MonteCarlo {
    /// Writes `ranks` (size × n, sample-major) into `dest` (n × batch, alternative-major) at
    /// columns `column..<column + size`.
    static func transpose<T: FixedWidthInteger>(
        _ ranks: SendablePointer<UnsafePointer<Int32>>, n: Int, size: Int,
        into dest: SendablePointer<UnsafeMutablePointer<T>>, batch: Int, column: Int, workers: Int
    ) {
        DispatchQueue.concurrentPerform(iterations: workers) { t in
            var chunk = t * n / workers
            let last = (t + 1) * n / workers
            while chunk < last {
                let end = min(chunk + 16, last)
                for q in 0..<size {
                    let source = ranks.pointer + q * n
                    for i in chunk..<end { dest.pointer[i * batch + column + q] = T(truncatingIfNeeded: source[i]) }
                }
                chunk = end
            }
        }
    }

    /// Adds a batch of alternative-major ranks to the histograms, sums and rank bounds.
    static func accumulate<T: FixedWidthInteger>(
        _ ranks: SendablePointer<UnsafePointer<T>>, n: Int, batch: Int, batchSize: Int,
        into targets: HistogramTargets, workers: Int
    ) {
        DispatchQueue.concurrentPerform(iterations: workers) { t in
            for i in (t * n / workers)..<((t + 1) * n / workers) {
                let row = targets.histogram.pointer + i * n - 1
                let source = ranks.pointer + i * batch
                var sum: UInt64 = 0
                var smallest = targets.best.pointer[i], largest = targets.worst.pointer[i]
                for q in 0..<batchSize {
                    let rank = Int32(truncatingIfNeeded: source[q])
                    row[Int(rank)] &+= 1
                    sum &+= UInt64(rank)
                    smallest = Swift.min(smallest, rank)
                    largest = Swift.max(largest, rank)
                }
                targets.sums.pointer[i] &+= sum
                targets.best.pointer[i] = smallest
                targets.worst.pointer[i] = largest
            }
        }
    }
}

/// Where a batch of ranks is accumulated.
struct HistogramTargets: @unchecked Sendable {
    let histogram: SendablePointer<UnsafeMutablePointer<UInt32>>
    let sums: SendablePointer<UnsafeMutablePointer<UInt64>>
    let best: SendablePointer<UnsafeMutablePointer<Int32>>
    let worst: SendablePointer<UnsafeMutablePointer<Int32>>
}

/// The alternative-major ranks of a batch: 2 bytes a rank when n < 2¹⁶, else 4.
final class BatchRanks: @unchecked Sendable {
    let narrow: UnsafeMutablePointer<UInt16>?
    let wide: UnsafeMutablePointer<UInt32>?
    private let count: Int

    init(narrow isNarrow: Bool, count: Int) {
        self.count = count
        if isNarrow {
            narrow = .allocate(capacity: max(1, count))
            narrow!.initialize(repeating: 0, count: max(1, count))
            wide = nil
        } else {
            wide = .allocate(capacity: max(1, count))
            wide!.initialize(repeating: 0, count: max(1, count))
            narrow = nil
        }
    }

    deinit {
        narrow?.deallocate()
        wide?.deallocate()
    }
}

/// Each worker's weights, packed weights, scores and bookkeeping for its share of a block.
final class WorkerBuffers: @unchecked Sendable {
    struct Views {
        let weights: UnsafeMutablePointer<Double>
        let packed: UnsafeMutablePointer<Double>
        let scores: UnsafeMutablePointer<Double>
        let scenario: UnsafeMutablePointer<Int>
        let sampleOfRow: UnsafeMutablePointer<Int>
    }
    private let views: [Views]

    init(workers: Int, rows: Int, criteria m: Int, alternatives n: Int) {
        views = (0..<workers).map { _ in
            let v = Views(weights: .allocate(capacity: max(1, rows * m)), packed: .allocate(capacity: max(1, rows * m)),
                          scores: .allocate(capacity: max(1, rows * n)), scenario: .allocate(capacity: max(1, rows)),
                          sampleOfRow: .allocate(capacity: max(1, rows)))
            v.weights.initialize(repeating: 0, count: max(1, rows * m))
            v.packed.initialize(repeating: 0, count: max(1, rows * m))
            v.scores.initialize(repeating: 0, count: max(1, rows * n))
            v.scenario.initialize(repeating: 0, count: max(1, rows))
            v.sampleOfRow.initialize(repeating: 0, count: max(1, rows))
            return v
        }
    }

    deinit {
        for v in views {
            v.weights.deallocate(); v.packed.deallocate(); v.scores.deallocate()
            v.scenario.deallocate(); v.sampleOfRow.deallocate()
        }
    }

    func worker(_ t: Int) -> Views { views[t] }
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
