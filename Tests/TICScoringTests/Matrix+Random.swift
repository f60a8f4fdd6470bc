@testable import TICScoring
import TICTestSupport

extension Matrix {
    /// A `rows × columns` matrix of uniform values in `range`, from the seeded generator.
    static func random(rows: Int, columns: Int, in range: ClosedRange<Double> = 0...100, seed: UInt64) -> Matrix {
        var rng = SeededGenerator(seed: seed)
        var m = Matrix(rows: rows, columns: columns)
        for i in 0..<rows {
            for j in 0..<columns { m[i, j] = Double.random(in: range, using: &rng) }
        }
        return m
    }

    /// `true` when no element is NaN or infinite.
    var isAllFinite: Bool { storage.allSatisfy { $0.isFinite } }
}
