import Testing
import TICTestSupport
@testable import TICScoring

/// Uniform random weights (then normalized) for engine tests, seeded per sample.
struct TestSampler: WeightSampler {
    let criteria: Int
    let seed: UInt64
    var scenarioCount: Int = 1

    func draw(sample index: Int, into weights: UnsafeMutableBufferPointer<Double>) -> Int {
        var rng = SeededGenerator(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        var total = 0.0
        for j in 0..<criteria {
            weights[j] = Double(rng.next() >> 11) * 0x1p-53 + 0.01
            total += weights[j]
        }
        for j in 0..<criteria { weights[j] /= total }
        return scenarioCount > 1 ? Int(rng.next() % UInt64(scenarioCount)) : 0
    }
}

/// Brute force: all ranks materialized, numpy-linear percentiles on the sorted column.
func bruteForce(_ scenarios: [Matrix], sampler: some WeightSampler, samples: Int) -> [[Int]] {
    let n = scenarios[0].rows, m = scenarios[0].columns
    var ranks = [[Int]](repeating: [], count: n)
    var w = [Double](repeating: 0, count: m)
    for s in 0..<samples {
        let scenario = w.withUnsafeMutableBufferPointer { sampler.draw(sample: s, into: $0) }
        let scores = scenarios[scenario].multiplied(by: w)
        let r = Ranking.competitionRanks(scores)
        for i in 0..<n { ranks[i].append(r[i]) }
    }
    return ranks
}

@Suite("Monte Carlo rank distribution")
struct MonteCarloTests {
    @Test("percentiles, means and top-k equal a brute-force computation (numpy linear)")
    func matchesBruteForce() throws {
        let x = Matrix.random(rows: 37, columns: 5, in: 0...1, seed: 7)
        let sampler = TestSampler(criteria: 5, seed: 11)
        let d = try MonteCarlo.rankDistribution(scenarios: [.linear(x)], nominalWeights: [0.2, 0.2, 0.2, 0.2, 0.2],
                                            sampler: sampler, samples: 301, blockSize: 64, threads: 2)
        let brute = bruteForce([x], sampler: sampler, samples: 301)
        #expect(d.nominalRanks == Ranking.competitionRanks(x.multiplied(by: [0.2, 0.2, 0.2, 0.2, 0.2])))
        for i in 0..<37 {
            let sorted = brute[i].sorted().map(Double.init)
            for p in [0.05, 0.25, 0.5, 0.95, 0.0, 1.0] {
                #expect(d.percentile(i, p) == Quantile.linear(sorted: sorted, p))
            }
            expectClose(d.meanRank(i), sorted.reduce(0, +) / 301, abs: 1e-12)
            #expect(d.probability(i, rankAtMost: 5) == Double(brute[i].filter { $0 <= 5 }.count) / 301)
            let s = d.summary(i, topK: 5)
            #expect(s.p5 == Quantile.linear(sorted: sorted, 0.05) && s.median == Quantile.linear(sorted: sorted, 0.5)
                    && s.p95 == Quantile.linear(sorted: sorted, 0.95))
            #expect(s.probabilityTopK == d.probability(i, rankAtMost: 5) && s.meanAbsoluteShift == d.meanAbsoluteShift(i))
            #expect(s.probabilityFirst == Double(brute[i].filter { $0 == 1 }.count) / 301)
        }
    }

    @Test("summaries equal brute force with few samples (percentile positions interleave)", arguments: [2, 3, 4, 7, 21])
    func fewSamples(samples: Int) throws {
        let x = Matrix.random(rows: 9, columns: 3, in: 0...1, seed: 77)
        let sampler = TestSampler(criteria: 3, seed: 8)
        let d = try MonteCarlo.rankDistribution(scenarios: [.linear(x)], nominalWeights: [1, 1, 1], sampler: sampler, samples: samples)
        let brute = bruteForce([x], sampler: sampler, samples: samples)
        for (i, s) in d.summaries(topK: 3).enumerated() {
            let sorted = brute[i].sorted().map(Double.init)
            #expect(s.p5 == Quantile.linear(sorted: sorted, 0.05) && s.median == Quantile.linear(sorted: sorted, 0.5)
                    && s.p95 == Quantile.linear(sorted: sorted, 0.95))
        }
    }

    @Test("ties share the best rank in every sample")
    func ties() throws {
        let x = Matrix(rows: [[1, 0], [1, 0], [0, 1], [0.5, 0.5]])
        let d = try MonteCarlo.rankDistribution(scenarios: [.linear(x)], nominalWeights: [0.5, 0.5],
                                            sampler: ReplayedWeights(samples: Matrix(rows: [[0.5, 0.5], [1, 0]])), samples: 2)
        #expect(d.nominalRanks == [1, 1, 1, 1])
        #expect(d.frequency(of: 0, rank: 1) == 2 && d.frequency(of: 3, rank: 3) == 1 && d.frequency(of: 2, rank: 4) == 1)
    }

    @Test("the same seed gives the same distribution for every block size and thread count", arguments: [(1, 1), (7, 2), (64, 2), (500, 3)])
    func determinism(block: Int, threads: Int) throws {
        let x = Matrix.random(rows: 50, columns: 4, in: 0...1, seed: 3)
        let y = Matrix.random(rows: 50, columns: 4, in: 0...1, seed: 4)
        let sampler = TestSampler(criteria: 4, seed: 5, scenarioCount: 2)
        let reference = try MonteCarlo.rankDistribution(scenarios: [.linear(x), .linear(y)], nominalWeights: [0.25, 0.25, 0.25, 0.25],
                                                    sampler: sampler, samples: 203, blockSize: 256, threads: 2)
        let d = try MonteCarlo.rankDistribution(scenarios: [.linear(x), .linear(y)], nominalWeights: [0.25, 0.25, 0.25, 0.25],
                                            sampler: sampler, samples: 203, blockSize: block, threads: threads)
        #expect(d == reference)
        let brute = bruteForce([x, y], sampler: sampler, samples: 203)
        for i in 0..<50 { #expect(d.medianRank(i) == Quantile.linear(sorted: brute[i].sorted().map(Double.init), 0.5)) }
    }

    @Test("the radix ranker equals competition ranks, with collisions and ties")
    func radixRanks() {
        var values: [Double] = (0..<2000).map { Double($0 % 97) * 1e-3 + 1e9 }
        values += [1e9 + 1e-7, 1e9 + 2e-7, -5, 3e12]
        var sorter = RankSorter(count: values.count)
        var ranks = [Int32](repeating: 0, count: values.count)
        values.withUnsafeBufferPointer { v in ranks.withUnsafeMutableBufferPointer { sorter.rank(v.baseAddress!, into: $0.baseAddress!) } }
        #expect(ranks.map(Int.init) == Ranking.competitionRanks(values))
    }

    @Test("quantile: numpy linear definition")
    func quantile() {
        #expect(Quantile.linear(sorted: [1, 2, 3, 4], 0.05) == 1.15)
        #expect(Quantile.linear(sorted: [1, 2, 3, 4], 0.5) == 2.5)
        #expect(Quantile.linear(sorted: [7], 0.95) == 7)
        #expect(Quantile.linear(sorted: [], 0.5).isNaN)
    }
}

@Suite("Radix ranker edge cases")
struct RankSorterTests {
    @Test("clustered scores with one outlier (long key collisions) rank exactly")
    func clustered() {
        var rng = SeededGenerator(seed: 1)
        var values = (0..<5000).map { _ in 1 + Double(rng.next() >> 11) * 0x1p-53 * 1e-9 }
        values += [1e6, 1, 1, -1e6]
        var sorter = RankSorter(count: values.count)
        var ranks = [Int32](repeating: 0, count: values.count)
        values.withUnsafeBufferPointer { v in ranks.withUnsafeMutableBufferPointer { sorter.rank(v.baseAddress!, into: $0.baseAddress!) } }
        #expect(ranks.map(Int.init) == Ranking.competitionRanks(values))
    }
}

@Suite("Monte Carlo batches and cell widths")
struct MonteCarloBatchTests {
    @Test("ranks added in several batches give the same distribution as one batch", arguments: [1, 3])
    func batches(blocksPerBatch: Int) throws {
        let x = Matrix.random(rows: 40, columns: 4, in: 0...1, seed: 21)
        let sampler = TestSampler(criteria: 4, seed: 22)
        let one = try MonteCarlo.rankDistribution(scenarios: [.linear(x)], nominalWeights: [0.25, 0.25, 0.25, 0.25], sampler: sampler,
                                              samples: 250, blockSize: 16, threads: 2)
        // 40 alternatives × 16 samples × 2 bytes a rank = 1,280 bytes a block.
        let split = try MonteCarlo.rankDistribution(scenarios: [.linear(x)], nominalWeights: [0.25, 0.25, 0.25, 0.25], sampler: sampler,
                                                samples: 250, blockSize: 16, threads: 2, batchBytes: 1_280 * blocksPerBatch,
                                                observer: nil, progress: nil)
        #expect(split == one)
        #expect(split.bestRanks == one.bestRanks && split.worstRanks == one.worstRanks && split.rankSums == one.rankSums)
        let brute = bruteForce([x], sampler: sampler, samples: 250)
        for i in 0..<40 {
            for r in 1...40 { #expect(split.frequency(of: i, rank: r) == brute[i].filter { $0 == r }.count) }
        }
    }

    @Test("more than 65,535 samples switch the histogram to 4-byte cells and still count exactly")
    func wideCells() throws {
        let x = Matrix(rows: [[1, 0], [0, 1], [0.6, 0.6]])
        let samples = 70_000
        // Weights (w, 1 − w) for w = (i mod 10)/9: alternative 0 wins for large w, 1 for small, 2 in between.
        var rows: [[Double]] = []
        for i in 0..<samples { let w = Double(i % 10) / 9; rows.append([w, 1 - w]) }
        let d = try MonteCarlo.rankDistribution(scenarios: [.linear(x)], nominalWeights: [0.5, 0.5],
                                            sampler: ReplayedWeights(samples: Matrix(rows: rows)), samples: samples)
        #expect(d.histogram.isWide)
        var expected = [[Int]](repeating: [0, 0, 0, 0], count: 3)
        for k in 0..<10 {
            let r = Ranking.competitionRanks(x.multiplied(by: [Double(k) / 9, 1 - Double(k) / 9]))
            for i in 0..<3 { expected[i][r[i]] += samples / 10 }
        }
        for i in 0..<3 {
            for r in 1...3 { #expect(d.frequency(of: i, rank: r) == expected[i][r]) }
            #expect(d.frequency(of: i, rank: 1) + d.frequency(of: i, rank: 2) + d.frequency(of: i, rank: 3) == samples)
        }
    }

    @Test("4-byte ranks and cells add up like 2-byte ones")
    func wideRanks() {
        let n = 37, size = 101
        var rng = SeededGenerator(seed: 9)
        var narrow = [UInt16](repeating: 0, count: n * size)
        for k in 0..<(n * size) { narrow[k] = UInt16(1 + rng.next() % UInt64(n)) }
        let wide = narrow.map(UInt32.init)
        func run<Rank: FixedWidthInteger & UnsignedInteger, Cell: FixedWidthInteger & UnsignedInteger>(
            _ ranks: [Rank], _: Cell.Type
        ) -> (cells: [Int], sums: [UInt64], best: [Int32], worst: [Int32]) {
            var cells = [Cell](repeating: 0, count: n * n)
            var sums = [UInt64](repeating: 0, count: n)
            var best = [Int32](repeating: .max, count: n), worst = [Int32](repeating: 0, count: n)
            ranks.withUnsafeBufferPointer { r in
                cells.withUnsafeMutableBufferPointer { c in
                    sums.withUnsafeMutableBufferPointer { s in
                        best.withUnsafeMutableBufferPointer { lo in
                            worst.withUnsafeMutableBufferPointer { hi in
                                MonteCarlo.accumulate(SendablePointer(r.baseAddress!), n: n, batch: size, size: size,
                                                      into: SendablePointer(c.baseAddress!),
                                                      HistogramTargets(sums: SendablePointer(s.baseAddress!),
                                                                       best: SendablePointer(lo.baseAddress!),
                                                                       worst: SendablePointer(hi.baseAddress!)),
                                                      workers: 3)
                            }
                        }
                    }
                }
            }
            return (cells.map(Int.init), sums, best, worst)
        }
        let a = run(narrow, UInt16.self), b = run(wide, UInt32.self)
        #expect(a.cells == b.cells && a.sums == b.sums && a.best == b.best && a.worst == b.worst)
        for i in 0..<n {
            let mine = narrow[(i * size)..<((i + 1) * size)]
            #expect(a.sums[i] == mine.reduce(UInt64(0)) { $0 + UInt64($1) })
            #expect(a.best[i] == Int32(mine.min()!) && a.worst[i] == Int32(mine.max()!))
            #expect(a.cells[(i * n)..<((i + 1) * n)].reduce(0, +) == size)
        }
    }
}
