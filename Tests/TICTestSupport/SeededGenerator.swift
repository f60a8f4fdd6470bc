import TICSupport

/// The seeded generator for random test data: TICSupport's ``TICSupport/SplitMix64`` itself, not a
/// copy, so the tests draw the same sequence on every platform as the code under test.
///
/// ```swift
/// var rng = SeededGenerator(seed: 7)
/// let x = Double.random(in: 0...1, using: &rng)
/// ```
public typealias SeededGenerator = SplitMix64
