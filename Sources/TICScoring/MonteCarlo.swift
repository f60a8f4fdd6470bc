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
///    colliding keys, competition ranks — no comparison sort — into a tile of 32 samples' ranks,
///    which is then written into the samples' columns of an alternative-major batch (≤ 64 MB,
///    2 bytes a rank while n < 2¹⁶), 32 rows at a time;
/// 4. after the batch, each worker adds the ranks of its range of alternatives to their histogram
///    rows, one row at a time (the row in cache, the alternative's ranks contiguous).
///
/// Memory: the n × n histogram (``RankHistogram``: 2 bytes a cell up to 65,535 samples; in huge
/// pages up to 1 GB, lazily zeroed pages above), the batch, b × n scores and a tile per worker; the n × N rank
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
    /// - Complexity: O(N·n·m / BLAS speed + N·n) time, O(n² + b·n) memory (the n² reserved, see
    ///   ``RankHistogram``).
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
        rankDistribution(scenarios: scenarios, nominalWeights: nominalWeights, sampler: sampler, samples: samples,
                         blockSize: blockSize, threads: threads, batchBytes: 64 << 20, observer: observer, progress: progress)
    }

    /// ``rankDistribution(scenarios:nominalWeights:sampler:samples:blockSize:threads:observer:progress:)``
    /// with the batch of transposed ranks limited to about `batchBytes` (at least one block).
    static func rankDistribution(
        scenarios: [Matrix],
        nominalWeights: [Double],
        sampler: some WeightSampler,
        samples: Int,
        blockSize: Int,
        threads: Int,
        batchBytes: Int,
        observer: (any MonteCarloObserver)?,
        progress: Progress?
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
        let histogram = RankHistogram(count: n, samples: samples)
        var sums = [UInt64](repeating: 0, count: n)
        var best = [Int32](repeating: Int32.max, count: n), worst = [Int32](repeating: 0, count: n)
        guard n > 0, samples > 0 else {
            return RankDistribution(count: n, samples: samples, nominalRanks: nominal, histogram: histogram, rankSums: sums,
                                    bestRanks: best.map(Int.init), worstRanks: worst.map(Int.init))
        }

        // Each worker scores and ranks its share of every block of b samples (one dgemm per
        // scenario present, BLAS single-threaded so that its threads do not compete with the
        // workers); each sample's ranks go into its column of an alternative-major batch
        // (≤ 64 MB), and after the batch each alternative's ranks are added to its histogram row
        // in one go, the row in cache.
        let b = min(blockSize, samples)
        let narrowRanks = n <= Int(UInt16.max)
        let batchBlocks = max(1, min((samples + b - 1) / b, batchBytes / max(1, n * b * (narrowRanks ? 2 : 4))))
        let batch = b * batchBlocks
        // Row stride of the batch: one cache line more than the batch, so that neighbouring rows
        // do not share an L1 set (b · 2ᵏ-sample rows are multiples of 4 KB).
        let stride = batch + (narrowRanks ? 32 : 16)
        let workers = threads
        let buffers = WorkerBuffers(workers: workers, rows: (b + workers - 1) / workers, criteria: m, alternatives: n)
        // Ranks of the batch, alternative-major (alternative i's ranks contiguous; 2 bytes a rank
        // when n < 2¹⁶).
        let batchRanks = BatchRanks(narrow: narrowRanks, count: stride * n)
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
                    // 3. Ranks: a tile of up to 32 samples' ranks (sample-major, 2 or 4 bytes,
                    //    in cache) is filled by the sorter, then written into the samples'
                    //    columns of the batch 32 rows at a time, so every batch line is
                    //    written whole while it is in L1.
                    sorters.withSorter(t) { sorter in
                        if let narrow = batchRanks.narrow {
                            rankThroughTile(&sorter, own, rows: row, lo: lo, column: column, blockStart: blockStart,
                                            n: n, worker: t, observer: observer,
                                            tile: own.tile.assumingMemoryBound(to: UInt16.self), batch: narrow, stride: stride)
                        } else {
                            rankThroughTile(&sorter, own, rows: row, lo: lo, column: column, blockStart: blockStart,
                                            n: n, worker: t, observer: observer,
                                            tile: own.tile.assumingMemoryBound(to: UInt32.self), batch: batchRanks.wide!, stride: stride)
                        }
                    }
                }
                start += size
                progress?(start)
            }
            // 4. Histograms: each worker owns a range of alternatives.
            sums.withUnsafeMutableBufferPointer { total in
                best.withUnsafeMutableBufferPointer { lo in
                    worst.withUnsafeMutableBufferPointer { hi in
                        let targets = HistogramTargets(
                            sums: SendablePointer(total.baseAddress!),
                            best: SendablePointer(lo.baseAddress!), worst: SendablePointer(hi.baseAddress!))
                        switch (batchRanks.narrow, histogram.isWide) {
                        case (let r?, false):
                            accumulate(SendablePointer(UnsafePointer(r)), n: n, batch: stride, size: batchSize,
                                       into: SendablePointer(histogram.narrow), targets, workers: workers)
                        case (let r?, true):
                            accumulate(SendablePointer(UnsafePointer(r)), n: n, batch: stride, size: batchSize,
                                       into: SendablePointer(histogram.wide), targets, workers: workers)
                        case (nil, false):
                            accumulate(SendablePointer(UnsafePointer(batchRanks.wide!)), n: n, batch: stride, size: batchSize,
                                       into: SendablePointer(histogram.narrow), targets, workers: workers)
                        case (nil, true):
                            accumulate(SendablePointer(UnsafePointer(batchRanks.wide!)), n: n, batch: stride, size: batchSize,
                                       into: SendablePointer(histogram.wide), targets, workers: workers)
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
    /// Samples in a worker's tile: one 64-byte line of a batch row holds 32 two-byte ranks.
    static let tileSamples = 32

    /// Ranks the worker's `rows` scored samples (scores in `own.scores`, sample `own.sampleOfRow[q]`
    /// of the worker's share) into `tile`, flushing it to the batch every ``tileSamples`` samples.
    static func rankThroughTile<Rank: FixedWidthInteger & UnsignedInteger>(
        _ sorter: inout RankSorter, _ own: WorkerBuffers.Views, rows: Int, lo: Int, column: Int, blockStart: Int,
        n: Int, worker: Int, observer: (any MonteCarloObserver)?,
        tile: UnsafeMutablePointer<Rank>, batch: UnsafeMutablePointer<Rank>, stride: Int
    ) {
        let capacity = Rank.bitWidth == 16 ? tileSamples : tileSamples / 2
        var filled = 0
        for q in 0..<rows {
            let k = own.sampleOfRow[q]
            let target = tile + filled * n
            if let observer {
                sorter.rank(own.scores + q * n, into: own.ranks)
                observer.observe(worker: worker, sample: blockStart + lo + k, scenario: own.scenario[k],
                                 scores: UnsafeBufferPointer(start: own.scores + q * n, count: n),
                                 ranks: UnsafeBufferPointer(start: own.ranks, count: n))
                for i in 0..<n { target[i] = Rank(truncatingIfNeeded: own.ranks[i]) }
            } else {
                sorter.rank(own.scores + q * n, into: target)
            }
            own.tileColumns[filled] = column + lo + k
            filled += 1
            if filled == capacity || q == rows - 1 {
                flush(tile, count: filled, columns: own.tileColumns, n: n, into: batch, stride: stride)
                filled = 0
            }
        }
    }

    /// Writes `count` samples' ranks from `tile` (sample e's n ranks at `e · n`) into their
    /// columns of the batch, 32 rows at a time: the tile lines and the batch lines in play fit in L1.
    static func flush<Rank: FixedWidthInteger>(
        _ tile: UnsafePointer<Rank>, count: Int, columns: UnsafePointer<Int>, n: Int,
        into batch: UnsafeMutablePointer<Rank>, stride: Int
    ) {
        var first = 0
        while first < n {
            let last = Swift.min(first + 32, n)
            for e in 0..<count {
                let source = tile + e * n
                var target = batch + first * stride + columns[e]
                for i in first..<last {
                    target.pointee = source[i]
                    target += stride
                }
            }
            first = last
        }
    }

    /// Adds a batch of alternative-major ranks (row i: `size` ranks at `i · batch`) to the
    /// histograms, sums and rank bounds; each worker owns a range of alternatives and adds one
    /// alternative's ranks at a time, so its histogram row (2n or 4n bytes) stays in cache.
    static func accumulate<Rank: FixedWidthInteger & UnsignedInteger, Cell: FixedWidthInteger & UnsignedInteger>(
        _ ranks: SendablePointer<UnsafePointer<Rank>>, n: Int, batch: Int, size: Int,
        into histogram: SendablePointer<UnsafeMutablePointer<Cell>>, _ targets: HistogramTargets, workers: Int
    ) {
        DispatchQueue.concurrentPerform(iterations: workers) { t in
            for i in (t * n / workers)..<((t + 1) * n / workers) {
                let row = histogram.pointer + i * n - 1
                let source = ranks.pointer + i * batch
                for q in 0..<size { row[Int(truncatingIfNeeded: source[q])] &+= 1 }
                // A second, vectorizable pass over the (cached) ranks for the sum and the bounds.
                var sum: UInt64 = 0
                var smallest = Rank.max, largest = Rank.min
                for q in 0..<size {
                    let rank = source[q]
                    sum &+= UInt64(truncatingIfNeeded: rank)
                    smallest = Swift.min(smallest, rank)
                    largest = Swift.max(largest, rank)
                }
                targets.sums.pointer[i] &+= sum
                targets.best.pointer[i] = Swift.min(targets.best.pointer[i], Int32(truncatingIfNeeded: smallest))
                targets.worst.pointer[i] = Swift.max(targets.worst.pointer[i], Int32(truncatingIfNeeded: largest))
            }
        }
    }
}

/// Where a block's ranks are summarized besides the histogram.
struct HistogramTargets: @unchecked Sendable {
    let sums: SendablePointer<UnsafeMutablePointer<UInt64>>
    let best: SendablePointer<UnsafeMutablePointer<Int32>>
    let worst: SendablePointer<UnsafeMutablePointer<Int32>>
}

/// The ranks of a batch, alternative-major: 2 bytes a rank when n < 2¹⁶, else 4.
/// Every cell is written (a sample's ranks go down its column) before it is read, so the memory is
/// left uninitialized, and it comes in huge pages where the system offers them (``LargeBuffer``):
/// a column touches every row, n rows of up to 64 MB in all, which would otherwise miss the TLB.
final class BatchRanks: @unchecked Sendable {
    let narrow: UnsafeMutablePointer<UInt16>?
    let wide: UnsafeMutablePointer<UInt32>?
    private let buffer: LargeBuffer

    init(narrow isNarrow: Bool, count: Int) {
        buffer = LargeBuffer(bytes: max(1, count) * (isNarrow ? 2 : 4))
        narrow = isNarrow ? buffer.base.bindMemory(to: UInt16.self, capacity: max(1, count)) : nil
        wide = isNarrow ? nil : buffer.base.bindMemory(to: UInt32.self, capacity: max(1, count))
    }
}

/// Each worker's weights, packed weights, scores and bookkeeping for its share of a block.
final class WorkerBuffers: @unchecked Sendable {
    struct Views {
        let weights: UnsafeMutablePointer<Double>
        let packed: UnsafeMutablePointer<Double>
        let scores: UnsafeMutablePointer<Double>
        /// One sample's ranks, for an observer.
        let ranks: UnsafeMutablePointer<Int32>
        /// ``MonteCarlo/tileSamples`` samples' ranks (4n · 32 bytes, bound to the batch's rank type).
        let tile: UnsafeMutableRawPointer
        /// The batch column of each sample in the tile.
        let tileColumns: UnsafeMutablePointer<Int>
        let scenario: UnsafeMutablePointer<Int>
        let sampleOfRow: UnsafeMutablePointer<Int>
    }
    private let views: [Views]

    init(workers: Int, rows: Int, criteria m: Int, alternatives n: Int) {
        views = (0..<workers).map { _ in
            let v = Views(weights: .allocate(capacity: max(1, rows * m)), packed: .allocate(capacity: max(1, rows * m)),
                          scores: .allocate(capacity: max(1, rows * n)), ranks: .allocate(capacity: max(1, n)),
                          tile: .allocate(byteCount: max(1, n) * 4 * MonteCarlo.tileSamples, alignment: 64),
                          tileColumns: .allocate(capacity: MonteCarlo.tileSamples), scenario: .allocate(capacity: max(1, rows)),
                          sampleOfRow: .allocate(capacity: max(1, rows)))
            v.weights.initialize(repeating: 0, count: max(1, rows * m))
            v.packed.initialize(repeating: 0, count: max(1, rows * m))
            v.scores.initialize(repeating: 0, count: max(1, rows * n))
            v.ranks.initialize(repeating: 0, count: max(1, n))
            v.scenario.initialize(repeating: 0, count: max(1, rows))
            v.sampleOfRow.initialize(repeating: 0, count: max(1, rows))
            return v
        }
    }

    deinit {
        for v in views {
            v.weights.deallocate(); v.packed.deallocate(); v.scores.deallocate(); v.ranks.deallocate()
            v.tile.deallocate(); v.tileColumns.deallocate()
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
