/// Which end of a score is best.
public enum RankOrder: String, Sendable, Hashable, Codable, CaseIterable {
    /// The largest score ranks 1 (weighted sum, TOPSIS closeness, WPM).
    case higherIsBetter = "higher_is_better"
    /// The smallest score ranks 1 (VIKOR `Q`, `S`, `R`).
    case lowerIsBetter = "lower_is_better"
}

/// Ranks of scores.
public enum Ranking {

    /// Standard competition ranks ("1224" ranking): the best score gets 1, equal scores share the
    /// best rank of their group, and the next distinct score skips the shared places.
    ///
    /// ```swift
    /// Ranking.competitionRanks([0.9, 0.5, 0.5, 0.1])   // [1, 2, 2, 4]
    /// ```
    ///
    /// Ties are exact: two scores tie only when they are `==` (no tolerance), so round upstream if
    /// display precision should decide. NaN is not expected (the core never produces it); if one is
    /// passed it ranks last. Empty input gives an empty array.
    /// Source: "Standard competition ranking", e.g. Kendall, *Rank Correlation Methods* (1948), ch. 3.
    /// - Complexity: O(n log n).
    public static func competitionRanks(_ scores: [Double], order: RankOrder = .higherIsBetter) -> [Int] {
        let n = scores.count
        guard n > 0 else { return [] }
        let indices = sortedIndices(scores, order: order)
        var ranks = [Int](repeating: 0, count: n)
        var position = 0
        while position < n {
            var end = position + 1
            let value = scores[indices[position]]
            while end < n && scores[indices[end]] == value { end += 1 }
            for k in position..<end { ranks[indices[k]] = position + 1 }
            position = end
        }
        return ranks
    }

    /// Average (fractional) ranks in ascending order: the smallest value gets 1, the largest n, and
    /// tied values share the mean of the places they occupy (pymcdm's `rankdata`). Empty input gives
    /// an empty array. Source: Kendall (1948), "mid-ranks".
    /// - Complexity: O(n log n).
    public static func averageRanks(_ values: [Double]) -> [Double] {
        let n = values.count
        guard n > 0 else { return [] }
        let indices = sortedIndices(values, order: .lowerIsBetter)
        var ranks = [Double](repeating: 0, count: n)
        var position = 0
        while position < n {
            var end = position + 1
            let value = values[indices[position]]
            while end < n && values[indices[end]] == value { end += 1 }
            let mid = Double(position + 1 + end) / 2
            for k in position..<end { ranks[indices[k]] = mid }
            position = end
        }
        return ranks
    }

    /// Indices sorted best first; NaN last; stable for ties.
    static func sortedIndices(_ scores: [Double], order: RankOrder) -> [Int] {
        Array(scores.indices).sorted { a, b in
            let x = scores[a], y = scores[b]
            if x.isNaN || y.isNaN {
                return !x.isNaN && y.isNaN ? true : (x.isNaN == y.isNaN ? a < b : false)
            }
            if x == y { return a < b }
            return order == .higherIsBetter ? x > y : x < y
        }
    }
}
