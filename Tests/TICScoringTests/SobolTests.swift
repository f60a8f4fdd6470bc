import Foundation
import Testing
import TICTestSupport
@testable import TICScoring

@Suite("Sobol indices")
struct SobolTests {
    /// Ishigami, a = 7, b = 0.1, inputs uniform on [−π, π]; analytic indices from Ishigami & Homma
    /// (1990), as tabulated in Saltelli et al. (2010) and SALib's tests.
    @Test("Ishigami function: S and S_T within 0.05 of the analytic values at N = 20,000")
    func ishigami() {
        var rng = SeededGenerator(seed: 2024)
        let r = Sobol.analyze(factors: 3, baseSamples: 20_000, bootstrap: 50, using: &rng) { u in
            let x = u.map { -Double.pi + 2 * Double.pi * $0 }
            return sin(x[0]) + 7 * pow(sin(x[1]), 2) + 0.1 * pow(x[2], 4) * sin(x[0])
        }
        let first = [0.3139, 0.4424, 0.0], total = [0.5576, 0.4424, 0.2437]
        for i in 0..<3 {
            #expect(abs(r.firstOrder[i] - first[i]) < 0.05, "S\(i + 1) = \(r.firstOrder[i])")
            #expect(abs(r.total[i] - total[i]) < 0.05, "ST\(i + 1) = \(r.total[i])")
            #expect(r.firstOrderLow[i] <= r.firstOrder[i] + 0.02 && r.firstOrderHigh[i] >= r.firstOrder[i] - 0.02)
            #expect(r.totalLow[i] <= r.totalHigh[i])
        }
        // Analytic variance: a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2 = 13.8446.
        #expect(abs(r.variance - 13.8446) / 13.8446 < 0.03)
    }

    @Test("an additive model: S = S_T = share of variance; a constant output gives NaN")
    func additive() {
        var rng = SeededGenerator(seed: 9)
        let r = Sobol.analyze(factors: 2, baseSamples: 20_000, using: &rng) { x in x[0] + 2 * x[1] }
        #expect(abs(r.firstOrder[0] - 0.2) < 0.03 && abs(r.total[1] - 0.8) < 0.03)
        let c = Sobol.analyze(factors: 2, baseSamples: 10, using: &rng) { _ in 3 }
        #expect(c.firstOrder[0].isNaN && c.total[1].isNaN)
    }

    @Test("design order: A, B, then A with column i from B")
    func design() {
        #expect(Sobol.designRow(3, baseSamples: 5) == (3, nil, false))
        #expect(Sobol.designRow(7, baseSamples: 5) == (2, nil, true))
        #expect(Sobol.designRow(16, baseSamples: 5) == (1, 1, false))
    }
}
