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

    /// Worker threads when the caller names none: the machine's active processors
    /// (`ProcessInfo.activeProcessorCount`), at least 1. Results do not depend on it.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The rank distribution of the rows of `scenarios` under `samples` weight draws.
    ///
    /// - Parameters:
    ///   - scenarios: n alternatives and m weights each: a ``MonteCarloScenario/linear(_:)`` scenario
    ///     scores `matrix · w` with one BLAS product per block (e.g. one per normalization method;
    ///     geometric aggregation is a scenario of logarithms, ln of the geometric mean being linear in w);
    ///     a ``MonteCarloScenario/scored(_:)`` one calls its scorer once per sample (TOPSIS, VIKOR,
    ///     WPM, a scheme's own aggregation). Higher is better.
    ///   - nominalWeights: the weights for ``RankDistribution/nominalRanks`` (on scenario 0).
    ///   - sampler: sample i's weights and scenario.
    ///   - samples: N ≥ 0.
    ///   - blockSize: samples per BLAS product (default 256).
    ///   - threads: workers (default ``defaultThreads``, the machine's active processors).
    ///   - observer: sees every sample's scores and ranks (e.g. grades, Sobol outputs).
    ///   - progress: called after each block.
    /// - Precondition: every matrix is finite with n < 2³² rows; `sampler.criteria == m`.
    /// - Throws: ``ScoringError/insufficientMemory(alternatives:bytes:)`` when the n × n histogram
    ///   or the batch cannot be allocated.
    /// - Complexity: O(N·n·m / BLAS speed + N·n) time, O(n² + b·n) memory (the n² reserved, see
    ///   ``RankHistogram``).
    public static func rankDistribution(
        scenarios: [MonteCarloScenario],
        nominalWeights: [Double],
        sampler: some WeightSampler,
        samples: Int,
        blockSize: Int = 256,
        threads: Int = defaultThreads,
        observer: (any MonteCarloObserver)? = nil,
        progress: Progress? = nil
    ) throws(ScoringError) -> RankDistribution {
        try rankDistribution(scenarios: scenarios, nominalWeights: nominalWeights, sampler: sampler, samples: samples,
                         blockSize: blockSize, threads: threads, batchBytes: 64 << 20, observer: observer, progress: progress)
    }

    /// ``rankDistribution(scenarios:nominalWeights:sampler:samples:blockSize:threads:observer:progress:)``
    /// with the batch of transposed ranks limited to about `batchBytes` (at least one block).
    static func rankDistribution(
        scenarios: [MonteCarloScenario],
        nominalWeights: [Double],
        sampler: some WeightSampler,
        samples: Int,
        blockSize: Int,
        threads: Int,
        batchBytes: Int,
        observer: (any MonteCarloObserver)?,
        progress: Progress?
    ) throws(ScoringError) -> RankDistribution {
        precondition(!scenarios.isEmpty, "MonteCarlo: no scenario")
        let n = scenarios[0].alternatives, m = scenarios[0].criteria
        precondition(scenarios.allSatisfy { $0.alternatives == n && $0.criteria == m }, "MonteCarlo: scenarios differ in shape")
        precondition(sampler.criteria == m, "MonteCarlo: sampler has \(sampler.criteria) criteria, matrices \(m) columns")
        precondition(nominalWeights.count == m, "MonteCarlo: \(nominalWeights.count) nominal weights for \(m) columns")
        precondition(sampler.scenarioCount <= scenarios.count, "MonteCarlo: sampler uses \(sampler.scenarioCount) scenarios, \(scenarios.count) given")
        precondition(samples >= 0 && blockSize > 0 && threads > 0, "MonteCarlo: samples ≥ 0, blockSize > 0, threads > 0")
        precondition(n < Int(UInt32.max), "MonteCarlo: too many alternatives")

        let nominal = nominalRanks(of: scenarios[0], weights: nominalWeights)
        let histogram = try RankHistogram(count: n, samples: samples)
        var summary = RankSummaryTotals(count: n)
        guard n > 0, samples > 0 else { return summary.distribution(samples: samples, nominalRanks: nominal, histogram: histogram) }

        let layout = BatchLayout(alternatives: n, samples: samples, blockSize: blockSize, batchBytes: batchBytes)
        let engine = try BlockEngine(scenarios: scenarios, sampler: sampler, layout: layout, workers: threads, observer: observer)
        BLAS.withSingleThread {
            var batchStart = 0
            while batchStart < samples {
                let batchSize = min(layout.batch, samples - batchStart)
                var start = batchStart
                while start < batchStart + batchSize {
                    let size = min(layout.block, batchStart + batchSize - start)
                    engine.scoreAndRank(block: start, size: size, column: start - batchStart)
                    start += size
                    progress?(start)
                }
                engine.accumulate(batchSize: batchSize, into: histogram, &summary)
                batchStart += batchSize
            }
        }
        return summary.distribution(samples: samples, nominalRanks: nominal, histogram: histogram)
    }

    /// Competition ranks of the alternatives of `scenario` scored with `weights` (all 1 when there is none).
    static func nominalRanks(of scenario: MonteCarloScenario, weights: [Double]) -> [Int] {
        let n = scenario.alternatives
        guard n > 0 else { return [] }
        let scores = ContiguousArray(scenario.scores(weights: weights))
        var ranks = ContiguousArray<Int32>(repeating: 0, count: n)
        var sorter = RankSorter(count: n)
        scores.withUnsafeBufferPointer { s in
            ranks.withUnsafeMutableBufferPointer { r in sorter.rank(s.baseAddress!, into: r.baseAddress!) }
        }
        return ranks.map { Int($0) }
    }
}

/// The sizes of a Monte Carlo run's blocks and batches.
///
/// Each worker scores and ranks its share of every block of b samples; each sample's ranks go
/// into its column of an alternative-major batch (≤ `batchBytes`), and after the batch each
/// alternative's ranks are added to its histogram row in one go, the row in cache.
struct BatchLayout {
    /// Samples per block (one BLAS product per scenario and worker).
    let block: Int
    /// 2-byte ranks (n < 2¹⁶) or 4-byte ones.
    let narrowRanks: Bool
    /// Samples per batch: a whole number of blocks.
    let batch: Int
    /// Row stride of the batch: one cache line more than the batch, so that neighbouring rows
    /// do not share an L1 set (b · 2ᵏ-sample rows are multiples of 4 KB).
    let stride: Int

    init(alternatives n: Int, samples: Int, blockSize: Int, batchBytes: Int) {
        block = min(blockSize, samples)
        narrowRanks = n <= Int(UInt16.max)
        let blocks = max(1, min((samples + block - 1) / block, batchBytes / max(1, n * block * (narrowRanks ? 2 : 4))))
        batch = block * blocks
        stride = batch + (narrowRanks ? 32 : 16)
    }
}

/// Rank sums and bounds per alternative, accumulated batch by batch.
struct RankSummaryTotals {
    var sums: [UInt64]
    var best: [Int32]
    var worst: [Int32]

    init(count n: Int) {
        sums = [UInt64](repeating: 0, count: n)
        best = [Int32](repeating: Int32.max, count: n)
        worst = [Int32](repeating: 0, count: n)
    }

    func distribution(samples: Int, nominalRanks: [Int], histogram: RankHistogram) -> RankDistribution {
        let n = sums.count
        return RankDistribution(count: n, samples: samples, nominalRanks: nominalRanks.isEmpty ? [Int](repeating: 1, count: n) : nominalRanks,
                                histogram: histogram, rankSums: sums, bestRanks: best.map(Int.init), worstRanks: worst.map(Int.init))
    }
}

/// The workers of a Monte Carlo run and the buffers they own: per block, steps 1–3 of
/// ``MonteCarlo`` (weights, one `dgemm` per scenario present, ranks into the batch); per batch,
/// step 4 (histograms).
struct BlockEngine<Sampler: WeightSampler>: Sendable {
    /// A linear scenario's matrix storage, or its scorer.
    enum Storage: Sendable {
        case linear(ContiguousArray<Double>)
        case scored(any ScenarioScorer)
    }
    let storage: [Storage]
    let sampler: Sampler
    let layout: BatchLayout
    let workers: Int
    let observer: (any MonteCarloObserver)?
    let n: Int
    let m: Int
    let buffers: WorkerBuffers
    /// Ranks of the batch, alternative-major (alternative i's ranks contiguous).
    let batchRanks: BatchRanks
    let sorters: SorterPool

    init(scenarios: [MonteCarloScenario], sampler: Sampler, layout: BatchLayout, workers: Int, observer: (any MonteCarloObserver)?) throws(ScoringError) {
        n = scenarios[0].alternatives
        m = scenarios[0].criteria
        storage = scenarios.map { scenario in
            switch scenario {
            case .linear(let matrix): .linear(matrix.storage)
            case .scored(let scorer): .scored(scorer)
            }
        }
        self.sampler = sampler
        self.layout = layout
        self.workers = workers
        self.observer = observer
        buffers = try WorkerBuffers(workers: workers, rows: (layout.block + workers - 1) / workers, criteria: m, alternatives: n)
        batchRanks = try BatchRanks(narrow: layout.narrowRanks, count: layout.stride * n, alternatives: n)
        sorters = SorterPool(count: workers, size: n)
    }

    /// Steps 1–3 for the `size` samples from `blockStart`, whose ranks go to batch columns
    /// `column…`; worker t takes the t-th contiguous share.
    func scoreAndRank(block blockStart: Int, size: Int, column: Int) {
        DispatchQueue.concurrentPerform(iterations: workers) { t in
            let lo = t * size / workers, hi = (t + 1) * size / workers
            guard hi > lo else { return }
            buffers.withWorker(t) { own in
                drawWeights(own, samples: (blockStart + lo)..<(blockStart + hi))
                let rows = score(own, count: hi - lo)
                rank(own, rows: rows, lo: lo, column: column, blockStart: blockStart, worker: t)
            }
        }
    }

    /// 1. Weights; sample i depends only on i.
    private func drawWeights(_ own: WorkerBuffers.Views, samples: Range<Int>) {
        for (k, sample) in samples.enumerated() {
            let row = UnsafeMutableBufferPointer(start: own.weights + k * m, count: m)
            own.scenario[k] = sampler.draw(sample: sample, into: row)
        }
    }

    /// 2. One dgemm per linear scenario present (one scorer call per sample of a scored one), rows
    /// grouped by scenario; returns the rows scored.
    private func score(_ own: WorkerBuffers.Views, count: Int) -> Int {
        var row = 0
        for s in 0..<storage.count {
            let first = row
            for k in 0..<count where own.scenario[k] == s {
                own.sampleOfRow[row] = k
                (own.packed + row * m).update(from: own.weights + k * m, count: m)
                row += 1
            }
            guard row > first else { continue }
            switch storage[s] {
            case .linear(let matrix):
                matrix.withUnsafeBufferPointer { x in
                    BLAS.multiplyTransposed(
                        UnsafeBufferPointer(start: own.packed + first * m, count: (row - first) * m), rows: row - first, inner: m,
                        byTransposeOf: x, rows: n,
                        into: UnsafeMutableBufferPointer(start: own.scores + first * n, count: (row - first) * n))
                }
            case .scored(let scorer):
                for q in first..<row {
                    scorer.score(weights: UnsafeBufferPointer(start: own.packed + q * m, count: m),
                                 into: UnsafeMutableBufferPointer(start: own.scores + q * n, count: n))
                }
            }
        }
        return row
    }

    /// 3. Ranks: a tile of up to 32 samples' ranks (sample-major, 2 or 4 bytes, in cache) is
    /// filled by the sorter, then written into the samples' columns of the batch 32 rows at a
    /// time, so every batch line is written whole while it is in L1.
    private func rank(_ own: WorkerBuffers.Views, rows: Int, lo: Int, column: Int, blockStart: Int, worker t: Int) {
        sorters.withSorter(t) { sorter in
            batchRanks.withRanks(narrow: { batch in
                MonteCarlo.rankThroughTile(&sorter, own, rows: rows, lo: lo, column: column, blockStart: blockStart,
                                           n: n, worker: t, observer: observer,
                                           tile: own.tile.assumingMemoryBound(to: UInt16.self), batch: batch, stride: layout.stride)
            }, wide: { batch in
                MonteCarlo.rankThroughTile(&sorter, own, rows: rows, lo: lo, column: column, blockStart: blockStart,
                                           n: n, worker: t, observer: observer,
                                           tile: own.tile.assumingMemoryBound(to: UInt32.self), batch: batch, stride: layout.stride)
            })
        }
    }

    /// 4. Histograms: each worker owns a range of alternatives.
    func accumulate(batchSize: Int, into histogram: RankHistogram, _ summary: inout RankSummaryTotals) {
        summary.sums.withUnsafeMutableBufferPointer { total in
            summary.best.withUnsafeMutableBufferPointer { lo in
                summary.worst.withUnsafeMutableBufferPointer { hi in
                    let targets = HistogramTargets(
                        sums: SendablePointer(total.baseAddress!),
                        best: SendablePointer(lo.baseAddress!), worst: SendablePointer(hi.baseAddress!))
                    let stride = layout.stride
                    // The batch's ranks (2 or 4 bytes) into the histogram's cells (2 or 4 bytes); one
                    // non-generic overload per rank width, so that every call is specialized.
                    func add(_ r: SendablePointer<UnsafePointer<UInt16>>) {
                        histogram.withCells(narrow: { MonteCarlo.accumulate(r, n: n, batch: stride, size: batchSize, into: SendablePointer($0), targets, workers: workers) },
                                            wide: { MonteCarlo.accumulate(r, n: n, batch: stride, size: batchSize, into: SendablePointer($0), targets, workers: workers) })
                    }
                    func add(_ r: SendablePointer<UnsafePointer<UInt32>>) {
                        histogram.withCells(narrow: { MonteCarlo.accumulate(r, n: n, batch: stride, size: batchSize, into: SendablePointer($0), targets, workers: workers) },
                                            wide: { MonteCarlo.accumulate(r, n: n, batch: stride, size: batchSize, into: SendablePointer($0), targets, workers: workers) })
                    }
                    batchRanks.withRanks(narrow: { add(SendablePointer(UnsafePointer($0))) }, wide: { add(SendablePointer(UnsafePointer($0))) })
                }
            }
        }
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

/// Where a block's ranks are summarized besides the histogram (pointers lent by
/// ``BlockEngine/accumulate(batchSize:into:_:)``'s closures).
struct HistogramTargets: Sendable {
    let sums: SendablePointer<UnsafeMutablePointer<UInt64>>
    let best: SendablePointer<UnsafeMutablePointer<Int32>>
    let worst: SendablePointer<UnsafeMutablePointer<Int32>>
}

/// The ranks of a batch, alternative-major: 2 bytes a rank when n < 2¹⁶, else 4.
/// Every cell is written (a sample's ranks go down its column) before it is read, so the memory is
/// left uninitialized, and it comes in huge pages where the system offers them (``LargeBuffer``):
/// a column touches every row, n rows of up to 64 MB in all, which would otherwise miss the TLB.
///
/// The ranks own their ``LargeBuffer`` and lend it only inside ``withRanks(narrow:wide:)``; no
/// pointer to it is a property. `@unchecked Sendable`: workers write disjoint columns, then read
/// disjoint rows.
final class BatchRanks: @unchecked Sendable {
    /// 2-byte ranks (else 4-byte).
    let isNarrow: Bool
    private let buffer: LargeBuffer

    init(narrow isNarrow: Bool, count: Int, alternatives: Int) throws(ScoringError) {
        let bytes = max(1, count) * (isNarrow ? 2 : 4)
        guard let buffer = LargeBuffer(bytes: bytes) else { throw .insufficientMemory(alternatives: alternatives, bytes: bytes) }
        self.buffer = buffer
        self.isNarrow = isNarrow
        buffer.withMemory { base in
            if isNarrow { _ = base.bindMemory(to: UInt16.self, capacity: max(1, count)) } else { _ = base.bindMemory(to: UInt32.self, capacity: max(1, count)) }
        }
    }

    /// Lends the ranks to `narrow` as 2-byte ranks or to `wide` as 4-byte ones (``isNarrow``); the
    /// pointer is valid only inside the call.
    @inline(__always)
    func withRanks<R>(narrow: (UnsafeMutablePointer<UInt16>) -> R, wide: (UnsafeMutablePointer<UInt32>) -> R) -> R {
        buffer.withMemory { base in
            isNarrow ? narrow(base.assumingMemoryBound(to: UInt16.self)) : wide(base.assumingMemoryBound(to: UInt32.self))
        }
    }
}

/// Each worker's weights, packed weights, scores and bookkeeping for its share of a block.
///
/// Worker t's views are carved from one zeroed block of its own, each view on a 64-byte boundary.
/// The sizes come from the data (`rows · n` scores for n alternatives), so the blocks come from
/// ``Syscalls/allocateZeroed(bytes:alignment:)``, whose refusal throws
/// ``ScoringError/insufficientMemory(alternatives:bytes:)`` instead of trapping as
/// `allocate(capacity:)` would.
///
/// `@unchecked Sendable`: the buffers own their memory, and lend worker t's pointers only for the
/// duration of ``withWorker(_:_:)`` t, which only worker t calls; they must not escape the closure.
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
    private var blocks: [UnsafeMutableRawPointer] = []
    private var views: [Views] = []

    /// - Throws: ``ScoringError/insufficientMemory(alternatives:bytes:)`` when a worker's block
    ///   cannot be had (`bytes` nil when its size overflows).
    init(workers: Int, rows: Int, criteria m: Int, alternatives n: Int) throws(ScoringError) {
        /// Bytes of `a · b` elements of `stride` bytes (at least one), rounded up to 64; nil on overflow.
        func size(_ a: Int, _ b: Int, _ stride: Int) -> Int? {
            let (elements, overflow) = a.multipliedReportingOverflow(by: b)
            let (bytes, tooLarge) = max(1, elements).multipliedReportingOverflow(by: stride)
            guard !overflow, !tooLarge, bytes <= Int.max - 63 else { return nil }
            return (bytes + 63) / 64 * 64
        }
        // In the order of `Views`.
        let sizes = [size(rows, m, 8), size(rows, m, 8), size(rows, n, 8), size(n, 1, 4), size(n, 4 * MonteCarlo.tileSamples, 1),
                     size(MonteCarlo.tileSamples, 1, 8), size(rows, 1, 8), size(rows, 1, 8)]
        var offsets: [Int] = [], total = 0
        for size in sizes {
            guard let size, case (let end, false) = total.addingReportingOverflow(size) else {
                throw .insufficientMemory(alternatives: n, bytes: nil)
            }
            offsets.append(total)
            total = end
        }
        for _ in 0..<workers {
            guard let block = Syscalls.allocateZeroed(bytes: total, alignment: 64) else {
                let (bytes, overflow) = total.multipliedReportingOverflow(by: workers)
                throw .insufficientMemory(alternatives: n, bytes: overflow ? nil : bytes)
            }
            blocks.append(block)
            views.append(Views(weights: (block + offsets[0]).bindMemory(to: Double.self, capacity: max(1, rows * m)),
                               packed: (block + offsets[1]).bindMemory(to: Double.self, capacity: max(1, rows * m)),
                               scores: (block + offsets[2]).bindMemory(to: Double.self, capacity: max(1, rows * n)),
                               ranks: (block + offsets[3]).bindMemory(to: Int32.self, capacity: max(1, n)),
                               tile: block + offsets[4],
                               tileColumns: (block + offsets[5]).bindMemory(to: Int.self, capacity: MonteCarlo.tileSamples),
                               scenario: (block + offsets[6]).bindMemory(to: Int.self, capacity: max(1, rows)),
                               sampleOfRow: (block + offsets[7]).bindMemory(to: Int.self, capacity: max(1, rows))))
        }
    }

    deinit {
        for block in blocks { free(block) }
    }

    /// Runs `body` with worker t's buffers (valid only inside it).
    func withWorker<R>(_ t: Int, _ body: (Views) -> R) -> R {
        precondition(t >= 0 && t < views.count, "WorkerBuffers: worker \(t) out of range")
        return body(views[t])
    }
}

/// One ``RankSorter`` per worker, each used by exactly one worker at a time and lent through
/// ``withSorter(_:_:)`` (`@unchecked Sendable` for that reason). The pool owns the sorters' one
/// allocation; no pointer to it leaves the type.
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
