/// The known key nearest to a misspelled one, for "did you mean …?" in scheme diagnostics.
///
/// Distance is the optimal string alignment (Damerau–Levenshtein without repeated edits: insertions,
/// deletions, substitutions and swaps of adjacent characters each cost 1), compared case-insensitively
/// with `-` and `_` equal. A key is suggested when it is within a third of the longer name's length
/// (at least 1, at most 3 edits) or when one name contains the other; ties go to the first known key.
enum SchemeKeySuggestion {
    /// The closest of `known` to `key`, or `nil` when none is close enough to be a likely typo.
    static func nearest(to key: String, among known: [String]) -> String? {
        let typed = folded(key)
        guard !typed.isEmpty else { return nil }
        var best: (key: String, distance: Int)?
        for candidate in known {
            let name = folded(candidate)
            let limit = min(3, max(1, max(typed.count, name.count) / 3))
            let distance = Self.distance(typed, name)
            let contained = typed.count >= 3 && (name.contains(typed) || typed.contains(name))
            guard distance <= limit || contained else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.key
    }

    /// Optimal string alignment distance between two character arrays.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    private static func folded(_ text: String) -> [Character] {
        text.lowercased().map { $0 == "-" ? "_" : $0 }
    }
}
