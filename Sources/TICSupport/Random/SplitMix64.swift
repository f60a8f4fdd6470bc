/// SplitMix64, the 64-bit generator Steele, Lea and Flood published with Java 8's `SplittableRandom`
/// (OOPSLA 2014), in Vigna's reference form (prng.di.unimi.it/splitmix64.c).
///
/// Used to expand one seed into the state of ``Xoshiro256StarStar``; on its own it is a fast,
/// decent generator for tests. The sequence depends only on the seed, on every platform.
///
/// ```swift
/// var rng = SplitMix64(seed: 1234567)
/// rng.next()   // 6457827717110365317
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The 64-bit state; it advances by the golden-ratio increment on every call.
    public private(set) var state: UInt64

    /// Starts the sequence at `seed` (any value, zero included).
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
