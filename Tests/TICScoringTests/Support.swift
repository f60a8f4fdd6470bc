import Foundation
@testable import TICScoring

/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014):
/// a tiny seeded generator so random test data is reproducible on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Matrix {
    /// A `rows × columns` matrix of uniform values in `range`, from a seeded generator.
    static func random(rows: Int, columns: Int, in range: ClosedRange<Double> = 0...100, seed: UInt64) -> Matrix {
        var rng = SplitMix64(seed: seed)
        var m = Matrix(rows: rows, columns: columns)
        for i in 0..<rows {
            for j in 0..<columns { m[i, j] = Double.random(in: range, using: &rng) }
        }
        return m
    }

    /// `true` when no element is NaN or infinite.
    var isAllFinite: Bool { storage.allSatisfy { $0.isFinite } }
}

/// `|a − b| ≤ tolerance` for every pair, and equal lengths.
func isClose(_ a: [Double], _ b: [Double], tolerance: Double = 1e-9) -> Bool {
    guard a.count == b.count else { return false }
    return zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}

/// `|a − b| ≤ tolerance`.
func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance }
