/// xoshiro256**, the all-purpose 64-bit generator of Blackman and Vigna, "Scrambled linear
/// pseudorandom number generators" (ACM TOMS 47(4), 2021), reference code prng.di.unimi.it.
///
/// The state is filled from the seed by ``SplitMix64`` as the authors recommend, so any seed,
/// zero included, is fine. The sequence depends only on the seed (and stream), on every platform;
/// pair it with the sampling methods of `RandomNumberGenerator` in this module
/// (``Swift/RandomNumberGenerator/nextUnitInterval()`` and friends), never with `Double.random`,
/// whose algorithm the standard library does not promise to keep.
///
/// ```swift
/// var rng = Xoshiro256StarStar(seed: 20240101)
/// let z = rng.nextStandardNormal()
/// ```
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Seeds the generator: the four state words are the first four outputs of `SplitMix64(seed:)`.
    public init(seed: UInt64) {
        var expander = SplitMix64(seed: seed)
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
    }

    /// An independent-looking generator per `(seed, stream)`: the seed is mixed with the stream
    /// number through SplitMix64 first, so streams 0, 1, 2… of one seed do not overlap in practice.
    /// Use one stream per concern so that drawing more numbers for one does not shift the others.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: stream)
        self.init(seed: seed ^ mixer.next())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
