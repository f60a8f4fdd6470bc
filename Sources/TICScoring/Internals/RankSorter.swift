/// Competition ranks of one row of scores (higher is better) without a comparison sort: a
/// monotone 22-bit key, an LSD radix sort of (key, index) pairs in preallocated buffers, then an
/// exact fix-up of the (rare) runs whose keys collide.
///
/// Why it is exact: the key `k_i = ⌊(max − s_i) · (2²² − 1)/(max − min)⌋` is a composition of
/// correctly rounded, monotone operations, so `s_i > s_j ⇒ k_i ≤ k_j`. Sorting by key therefore
/// orders the scores up to runs of equal keys; each such run is re-sorted by the exact score
/// (insertion sort, descending, index ascending; a comparison sort for runs longer than 32). Equal scores (`==`) share the best rank of their
/// group ("1224"), as ``Ranking/competitionRanks(_:order:)``.
///
/// One sorter per worker thread; nothing is allocated per call.
/// - Complexity: O(n) per row (two 11-bit passes) plus O(g²) per colliding run of size g ≤ 32,
///   O(g log g) above.
struct RankSorter {
    let count: Int
    private var keys: ContiguousArray<UInt64>
    private var scratch: ContiguousArray<UInt64>
    /// Digit counts, then write positions: 4 bytes each, so the three tables (24 KB) fit in L1.
    private var histogram: ContiguousArray<Int32>

    static let digitBits = 11
    static let buckets = 1 << digitBits
    /// Keys take 2 × 11 bits: 0…2²² − 1.
    static let keyLimit = Double((1 << (2 * digitBits)) - 1)

    init(count: Int) {
        precondition(count >= 0 && count < Int(Int32.max), "RankSorter: \(count) values")
        self.count = count
        keys = ContiguousArray(repeating: 0, count: count)
        scratch = ContiguousArray(repeating: 0, count: count)
        histogram = ContiguousArray(repeating: 0, count: 3 * Self.buckets)
    }

    /// Writes the competition rank (1 = highest score) of `scores[i]` into `ranks[i]`; `Rank` is
    /// Int32 for an observer, or the 2- or 4-byte rank type of the Monte Carlo batch.
    /// - Precondition: every score is finite, `scores.count == ranks.count == count`, and `Rank`
    ///   holds `count`.
    @inline(__always)
    mutating func rank<Rank: FixedWidthInteger>(_ scores: UnsafePointer<Double>, into ranks: UnsafeMutablePointer<Rank>) {
        let n = count
        guard n > 0 else { return }
        var lowest = scores[0], highest = scores[0]
        // Four lanes at a time (the scores are finite, so lane-wise min/max is exact), then the rest.
        var i = 0
        if n >= 8 {
            let raw = UnsafeRawPointer(scores)
            var low = raw.loadUnaligned(as: SIMD4<Double>.self), high = low
            i = 4
            while i + 4 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i &* 8, as: SIMD4<Double>.self)
                low = pointwiseMin(low, v)
                high = pointwiseMax(high, v)
                i &+= 4
            }
            lowest = low.min()
            highest = high.max()
        }
        while i < n {
            let s = scores[i]
            if s < lowest { lowest = s }
            if s > highest { highest = s }
            i &+= 1
        }
        if highest == lowest {
            for i in 0..<n { ranks[i] = 1 }
            return
        }
        let scale = Self.keyLimit / (highest - lowest)
        guard scale.isFinite else {
            comparisonRank(scores, into: ranks)
            return
        }
        keys.withUnsafeMutableBufferPointer { keyBuffer in
            scratch.withUnsafeMutableBufferPointer { scratchBuffer in
                histogram.withUnsafeMutableBufferPointer { counts in
                    var source = keyBuffer.baseAddress!
                    var target = scratchBuffer.baseAddress!
                    let buckets = Self.buckets, mask = UInt64(buckets - 1)
                    // Keys, and the counts of both 11-bit digits, in one pass. Scores bunch up, so
                    // neighbours often share a high digit: two tables for it (even and odd i)
                    // halve the chains of increments to one counter, which wait on each other.
                    let low = counts.baseAddress!, high = low + buckets, highOdd = high + buckets
                    for d in 0..<(3 * buckets) { low[d] = 0 }
                    @inline(__always) func key(_ i: Int) -> Int {
                        Int(Swift.min((highest - scores[i]) * scale, Self.keyLimit))
                    }
                    var i = 0
                    while i + 1 < n {
                        let q0 = key(i), q1 = key(i + 1)
                        source[i] = UInt64(truncatingIfNeeded: q0 << 32 | i)
                        source[i + 1] = UInt64(truncatingIfNeeded: q1 << 32 | (i + 1))
                        low[q0 & 0x7FF] &+= 1
                        high[q0 >> 11] &+= 1
                        low[q1 & 0x7FF] &+= 1
                        highOdd[q1 >> 11] &+= 1
                        i += 2
                    }
                    if i < n {
                        let q = key(i)
                        source[i] = UInt64(truncatingIfNeeded: q << 32 | i)
                        low[q & 0x7FF] &+= 1
                        high[q >> 11] &+= 1
                    }
                    for d in 0..<buckets { high[d] &+= highOdd[d] }
                    // LSD radix sort: low digit, then high digit; stable. A digit shared by every
                    // key needs no pass.
                    func pass(_ digit: UnsafeMutablePointer<Int32>, _ shift: UInt64) {
                        if Int(digit[Int((source[0] >> shift) & mask)]) == n { return }
                        var total: Int32 = 0
                        for d in 0..<buckets {
                            let c = digit[d]
                            digit[d] = total
                            total &+= c
                        }
                        for i in 0..<n {
                            let key = source[i]
                            let d = Int(truncatingIfNeeded: (key >> shift) & mask)
                            target[Int(truncatingIfNeeded: digit[d])] = key
                            digit[d] &+= 1
                        }
                        swap(&source, &target)
                    }
                    pass(low, 32)
                    pass(high, 43)
                    // Ranks in two steps. (1) Every element gets its sorted position as its rank,
                    // and the positions whose key equals the previous one are listed in the free
                    // buffer — no branch in the loop (keys collide in few places, unpredictably).
                    // (2) Each run of equal keys is re-sorted by exact score and ranked again.
                    // Different keys imply different scores, so only those runs can hold ties or
                    // misorders.
                    let marks = target
                    var collisions = 0
                    var previousKey = source[0] >> 32
                    ranks[Int(source[0] & 0xFFFF_FFFF)] = 1
                    for p in 1..<n {
                        let item = source[p]
                        let key = item >> 32
                        ranks[Int(item & 0xFFFF_FFFF)] = Rank(truncatingIfNeeded: p &+ 1)
                        marks[collisions] = UInt64(truncatingIfNeeded: p)
                        collisions &+= key == previousKey ? 1 : 0
                        previousKey = key
                    }
                    var c = 0
                    while c < collisions {
                        // Marks p, p + 1, … (consecutive) belong to the run starting at p − 1.
                        let start = Int(marks[c]) - 1
                        var end = Int(marks[c]) + 1
                        c += 1
                        while c < collisions && Int(marks[c]) == end {
                            end += 1
                            c += 1
                        }
                        if end - start > 32 {
                            Self.comparisonSort(source + start, count: end - start, scores: scores)
                        } else {
                            Self.insertionSort(source + start, count: end - start, scores: scores)
                        }
                        var rank = Rank(truncatingIfNeeded: start + 1)
                        var previous = scores[Int(source[start] & 0xFFFF_FFFF)]
                        for p in start..<end {
                            let index = Int(source[p] & 0xFFFF_FFFF)
                            let s = scores[index]
                            if s != previous {
                                rank = Rank(truncatingIfNeeded: p + 1)
                                previous = s
                            }
                            ranks[index] = rank
                        }
                    }
                }
            }
        }
    }

    /// Sorts `count` packed pairs by score descending, then index ascending.
    private static func insertionSort(_ base: UnsafeMutablePointer<UInt64>, count: Int, scores: UnsafePointer<Double>) {
        for i in 1..<count {
            let item = base[i]
            let s = scores[Int(item & 0xFFFF_FFFF)]
            var j = i - 1
            while j >= 0 {
                let other = base[j]
                let t = scores[Int(other & 0xFFFF_FFFF)]
                if t > s || (t == s && (other & 0xFFFF_FFFF) < (item & 0xFFFF_FFFF)) { break }
                base[j + 1] = other
                j -= 1
            }
            base[j + 1] = item
        }
    }

    /// Sorts a long run of packed pairs by score descending, then index ascending.
    private static func comparisonSort(_ base: UnsafeMutablePointer<UInt64>, count: Int, scores: UnsafePointer<Double>) {
        var run = UnsafeMutableBufferPointer(start: base, count: count)
        run.sort { a, b in
            let x = scores[Int(a & 0xFFFF_FFFF)], y = scores[Int(b & 0xFFFF_FFFF)]
            return x > y || (x == y && (a & 0xFFFF_FFFF) < (b & 0xFFFF_FFFF))
        }
    }

    /// Fallback for a score range so narrow that its reciprocal overflows.
    private func comparisonRank<Rank: FixedWidthInteger>(_ scores: UnsafePointer<Double>, into ranks: UnsafeMutablePointer<Rank>) {
        let values = Array(UnsafeBufferPointer(start: scores, count: count))
        let r = Ranking.competitionRanks(values)
        for i in 0..<count { ranks[i] = Rank(truncatingIfNeeded: r[i]) }
    }
}
