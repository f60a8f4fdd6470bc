import Foundation

/// The distribution of each alternative's rank over Monte Carlo samples, kept as one rank
/// histogram per alternative (n × n counts) instead of the n × N matrix of ranks.
///
/// Ranks are competition ranks per sample (1 = best; ties share the best rank of their group), so
/// every statistic read here is exact: percentiles follow numpy's default `linear` definition on
/// the sorted N ranks (``Quantile/linear(count:_:value:)``), read by walking the cumulative
/// histogram; means come from exact integer sums.
public struct RankDistribution: Sendable, Hashable {
    /// Number of alternatives n.
    public let count: Int
    /// Number of samples N.
    public let samples: Int
    /// Ranks under the nominal weights (scenario 0), 1 = best.
    public let nominalRanks: [Int]
    /// `histogram[i, r]` = number of samples in which alternative i (0-based) has rank r.
    public let histogram: RankHistogram
    /// Σ ranks per alternative over the samples.
    public let rankSums: [UInt64]
    /// Best (smallest) rank seen per alternative (n + 1 with no sample); bounds every histogram walk.
    public let bestRanks: [Int]
    /// Worst (largest) rank seen per alternative (0 with no sample).
    public let worstRanks: [Int]

    /// A distribution from its parts (tests build one by hand): `histogram[i * count + r − 1]` is
    /// the number of samples in which alternative i has rank r. Without `bestRanks`/`worstRanks`
    /// they are read from the histogram.
    public init(count: Int, samples: Int, nominalRanks: [Int], histogram: ContiguousArray<UInt32>, rankSums: [UInt64],
                bestRanks: [Int]? = nil, worstRanks: [Int]? = nil) {
        precondition(histogram.count == count * count, "RankDistribution: histogram has \(histogram.count) cells, expected \(count)²")
        var lo = [Int](repeating: count + 1, count: count), hi = [Int](repeating: 0, count: count)
        for i in 0..<count {
            for r in 1...max(count, 1) where count > 0 && histogram[i * count + r - 1] > 0 {
                lo[i] = min(lo[i], r)
                hi[i] = r
            }
        }
        self.init(count: count, samples: samples, nominalRanks: nominalRanks,
                  histogram: RankHistogram(count: count, counts: histogram), rankSums: rankSums,
                  bestRanks: bestRanks ?? lo, worstRanks: worstRanks ?? hi)
    }

    /// The engine's initializer: the histogram and the rank bounds it kept while counting.
    init(count: Int, samples: Int, nominalRanks: [Int], histogram: RankHistogram, rankSums: [UInt64],
         bestRanks: [Int], worstRanks: [Int]) {
        precondition(histogram.count == count, "RankDistribution: histogram for \(histogram.count) alternatives, expected \(count)")
        precondition(nominalRanks.count == count && rankSums.count == count, "RankDistribution: \(count) alternatives expected")
        self.count = count
        self.samples = samples
        self.nominalRanks = nominalRanks
        self.histogram = histogram
        self.rankSums = rankSums
        self.bestRanks = bestRanks.map { min($0, count + 1) }
        self.worstRanks = worstRanks
    }

    /// Number of samples in which `alternative` has rank `rank` (1…n).
    public func frequency(of alternative: Int, rank: Int) -> Int {
        histogram[alternative, rank]
    }

    /// Mean rank over the samples (NaN with no sample).
    public func meanRank(_ alternative: Int) -> Double {
        samples > 0 ? Double(rankSums[alternative]) / Double(samples) : .nan
    }

    /// The `p`-quantile (0…1) of the alternative's rank, numpy `linear` (Hyndman & Fan type 7);
    /// NaN with no sample. Exact: the k-th smallest rank is read from the cumulative histogram.
    /// - Complexity: O(n).
    public func percentile(_ alternative: Int, _ p: Double) -> Double {
        let first = bestRanks[alternative], last = worstRanks[alternative]
        return histogram.withRow(alternative) { read in
            Quantile.linear(count: samples, p) { k in
                var cumulative = 0
                var r = first
                while r <= last {
                    cumulative += read(r)
                    if cumulative > k { return Double(r) }
                    r += 1
                }
                return Double(last)
            }
        }
    }

    /// The median rank (numpy `median`, i.e. the linear 0.5-quantile).
    public func medianRank(_ alternative: Int) -> Double { percentile(alternative, 0.5) }

    /// P(rank ≤ k): the share of samples in which the alternative is among the best k.
    public func probability(_ alternative: Int, rankAtMost k: Int) -> Double {
        guard samples > 0 else { return .nan }
        var total = 0
        let last = min(k, worstRanks[alternative])
        if last >= bestRanks[alternative] {
            for r in bestRanks[alternative]...last { total += histogram[alternative, r] }
        }
        return Double(total) / Double(samples)
    }

    /// Mean |rank − nominal rank| of one alternative over the samples.
    public func meanAbsoluteShift(_ alternative: Int) -> Double {
        guard samples > 0 else { return .nan }
        let nominal = nominalRanks[alternative]
        var total = 0
        if worstRanks[alternative] >= bestRanks[alternative] {
            for r in bestRanks[alternative]...worstRanks[alternative] { total += histogram[alternative, r] * abs(r - nominal) }
        }
        return Double(total) / Double(samples)
    }

    /// Mean absolute rank shift against nominal over all alternatives and samples (COINr's
    /// "mean absolute rank change" target, averaged over the samples).
    public var meanAbsoluteShift: Double {
        guard count > 0 else { return .nan }
        var total = 0.0
        for i in 0..<count { total += meanAbsoluteShift(i) }
        return total / Double(count)
    }

    /// Every per-alternative statistic in one walk of its histogram row (from the best to the
    /// worst rank seen): what ``UncertaintyAnalysis``-style reports need for each alternative.
    public func summary(_ alternative: Int, topK k: Int) -> RankSummary {
        let base = alternative * count
        let first = bestRanks[alternative], last = worstRanks[alternative]
        let nominal = nominalRanks[alternative]
        let probabilities = [0.05, 0.5, 0.95]
        // Positions (0-based, in the sorted ranks) each percentile reads: lo and lo + 1.
        var needed: [Int] = []
        for p in probabilities {
            let lo = Int((Double(samples - 1) * p).rounded(.down))
            needed.append(lo)
            needed.append(min(lo + 1, samples - 1))
        }
        var valueAt = [Int](repeating: last, count: needed.count)
        // Visit the slots in ascending position (lo + 1 of one percentile may pass lo of the next).
        let visit = needed.indices.sorted { needed[$0] < needed[$1] }
        var cumulative = 0, shift = 0, top = 0, firstPlace = 0, next = 0
        if samples > 0 && last >= first {
            /// `row[r]` is the count of rank r. Three simple loops instead of one that does
            /// everything: the sums below the nominal rank (Σ c·|r − nominal| follows from them and
            /// the exact rank sum), the count up to k, and the cumulative count compared with one
            /// threshold (the next sorted position a percentile reads), which stops at the last one.
            func walk<Cell: FixedWidthInteger>(_ row: UnsafePointer<Cell>) {
                var below = 0, belowWeighted = 0
                let split = Swift.min(Swift.max(nominal, first), last + 1)
                for r in first..<split {
                    let c = Int(row[r])
                    below &+= c
                    belowWeighted &+= c &* r
                }
                let total = samples, weighted = Int(truncatingIfNeeded: rankSums[alternative])
                shift = (weighted - belowWeighted - nominal * (total - below)) + (nominal * below - belowWeighted)
                if k >= first {
                    for r in first...Swift.min(k, last) { top &+= Int(row[r]) }
                }
                var threshold = needed[visit[0]]
                for r in first...last {
                    cumulative &+= Int(row[r])
                    if cumulative > threshold {
                        while next < visit.count && needed[visit[next]] < cumulative {
                            valueAt[visit[next]] = r
                            next += 1
                        }
                        if next == visit.count { break }
                        threshold = needed[visit[next]]
                    }
                }
                if first == 1 { firstPlace = Int(row[1]) }
            }
            histogram.withCells(narrow: { walk(UnsafePointer($0 + base - 1)) }, wide: { walk(UnsafePointer($0 + base - 1)) })
        }
        func percentile(_ index: Int) -> Double {
            guard samples > 0 else { return .nan }
            return Quantile.linear(count: samples, probabilities[index]) { position in
                Double(position == needed[2 * index] ? valueAt[2 * index] : valueAt[2 * index + 1])
            }
        }
        let total = Double(samples)
        return RankSummary(
            nominal: nominal, mean: meanRank(alternative), p5: percentile(0), median: percentile(1), p95: percentile(2),
            probabilityTopK: samples > 0 ? Double(top) / total : .nan, probabilityFirst: samples > 0 ? Double(firstPlace) / total : .nan,
            meanAbsoluteShift: samples > 0 ? Double(shift) / total : .nan, best: first, worst: last)
    }
}

extension RankDistribution {
    /// ``summary(_:topK:)`` of every alternative, split across `threads` workers.
    public func summaries(topK k: Int, threads: Int = MonteCarlo.defaultThreads) -> [RankSummary] {
        var result = [RankSummary](repeating: RankSummary(nominal: 0, mean: 0, p5: 0, median: 0, p95: 0, probabilityTopK: 0,
                                                           probabilityFirst: 0, meanAbsoluteShift: 0, best: 0, worst: 0), count: count)
        let n = count, workers = max(1, threads)
        result.withUnsafeMutableBufferPointer { buffer in
            let out = SendablePointer(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: workers) { t in
                for i in (t * n / workers)..<((t + 1) * n / workers) { out.pointer![i] = summary(i, topK: k) }
            }
        }
        return result
    }
}

/// One alternative's rank statistics (see ``RankDistribution/summary(_:topK:)``).
public struct RankSummary: Sendable, Hashable {
    /// Nominal rank.
    public var nominal: Int
    /// Mean rank.
    public var mean: Double
    /// 5th percentile (numpy linear).
    public var p5: Double
    /// Median.
    public var median: Double
    /// 95th percentile.
    public var p95: Double
    /// P(rank ≤ k).
    public var probabilityTopK: Double
    /// P(rank = 1).
    public var probabilityFirst: Double
    /// Mean |rank − nominal|.
    public var meanAbsoluteShift: Double
    /// Best rank seen.
    public var best: Int
    /// Worst rank seen.
    public var worst: Int
}
