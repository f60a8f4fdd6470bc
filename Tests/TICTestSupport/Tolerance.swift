// Closeness of floating-point results with a relative and an absolute tolerance, in the sense of
// swift-numerics' `isApproximatelyEqual(to:absoluteTolerance:relativeTolerance:)` and Python's
// `math.isclose`: |a − b| ≤ max(abs, rel · max(|a|, |b|)).
//
// NaN is close to nothing (NaN included); an infinity is close only to the same infinity. With both
// tolerances 0 the comparison is exact equality.

/// `true` when |a − b| ≤ max(`abs`, `rel` · max(|a|, |b|)), or a and b are the same infinity.
///
/// - Precondition: `rel` and `abs` are finite and ≥ 0.
public func isClose(_ a: Double, _ b: Double, rel: Double = 0, abs: Double = 0) -> Bool {
    precondition(rel >= 0 && rel.isFinite && abs >= 0 && abs.isFinite,
                 "isClose needs finite tolerances ≥ 0, got rel \(rel), abs \(abs)")
    if a == b { return true }                         // equal infinities, ±0
    guard a.isFinite && b.isFinite else { return false }
    let difference = Swift.abs(a - b)
    return difference <= Swift.max(abs, rel * Swift.max(Swift.abs(a), Swift.abs(b)))
}

/// `true` when both are `nil`, or both are numbers that are ``isClose(_:_:rel:abs:)-(Double,Double,_,_)``.
public func isClose(_ a: Double?, _ b: Double?, rel: Double = 0, abs: Double = 0) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return isClose(a, b, rel: rel, abs: abs)
}

/// `true` when `a` and `b` have the same length and every pair is ``isClose(_:_:rel:abs:)-(Double,Double,_,_)``.
public func isClose(_ a: [Double], _ b: [Double], rel: Double = 0, abs: Double = 0) -> Bool {
    firstDifference(a, b, rel: rel, abs: abs) == nil
}

/// Where `actual` and `expected` first differ beyond the tolerances, in words
/// (`"index 2: 0.5 vs expected 0.51 (|Δ| = 0.01)"`, or the two lengths), or `nil` when they are close.
public func firstDifference(_ actual: [Double], _ expected: [Double], rel: Double = 0, abs: Double = 0) -> String? {
    guard actual.count == expected.count else {
        return "lengths differ: \(actual.count) values, expected \(expected.count)"
    }
    for index in actual.indices where !isClose(actual[index], expected[index], rel: rel, abs: abs) {
        let difference = Swift.abs(actual[index] - expected[index])
        return "index \(index): \(actual[index]) vs expected \(expected[index]) (|Δ| = \(difference); rel \(rel), abs \(abs))"
    }
    return nil
}

// `swift build` builds this target too; where Swift Testing is not installed (a bare toolchain, as in
// swiftlang/swift-package-manager#8647) the Bool helpers above still compile.
#if canImport(Testing)
import Testing

/// Records an issue naming the first index where `actual` and `expected` differ beyond the
/// tolerances (or their lengths), like `#expect(isClose(actual, expected, rel:abs:))` with a message.
public func expectClose(_ actual: [Double], _ expected: [Double], rel: Double = 0, abs: Double = 0,
                        _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let difference = firstDifference(actual, expected, rel: rel, abs: abs) else { return }
    let context = comment.map { "\($0.rawValue): " } ?? ""
    Issue.record(Comment(rawValue: "\(context)not close, \(difference)"), sourceLocation: sourceLocation)
}

/// Records an issue when `actual` and `expected` differ beyond the tolerances, giving both values
/// and the difference.
public func expectClose(_ actual: Double, _ expected: Double, rel: Double = 0, abs: Double = 0,
                        _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
    guard !isClose(actual, expected, rel: rel, abs: abs) else { return }
    let context = comment.map { "\($0.rawValue): " } ?? ""
    Issue.record(Comment(rawValue: "\(context)not close, \(actual) vs expected \(expected) (|Δ| = \(Swift.abs(actual - expected)); rel \(rel), abs \(abs))"),
                 sourceLocation: sourceLocation)
}
#endif
