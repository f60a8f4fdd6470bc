import TICSupport

/// The runs of a Saltelli design (``Sobol/designRow(_:baseSamples:)``) as weight samples: the
/// factors are the m weights, then one discrete choice per entry of `choices` that has more than
/// one option (e.g. normalization, imputation, aggregation), in that order.
///
/// Each factor is an independent input of the design:
/// - weight j, Dirichlet: G_j ~ Γ(c·w_j, 1) and w' = G/ΣG (the Dirichlet's gamma representation,
///   so the inputs are independent and the weight vector has exactly the Dirichlet law);
/// - weight j, uniform ±f: U_j ~ U(0, 1), w'_j ∝ w_j(1 + f(2U_j − 1));
/// - a choice among K options: U ~ U(0, 1), option ⌊U·K⌋ (COINr's discrete factors).
/// Base rows r of A and B are drawn from `Xoshiro256StarStar(seed: seed, stream: 2⁴⁸ + r)`. The
/// scenario of a run is the mixed-radix number of its choices, the first choice most significant.
/// Source: Saltelli et al., "Variance based sensitivity analysis of model output", CPC 181 (2010).
public struct SaltelliWeightSampler: WeightSampler {
    /// Nominal weights (sum 1).
    public let nominal: [Double]
    /// How the weights are perturbed.
    public let perturbation: WeightPerturbation
    /// The seed of the base rows.
    public let seed: UInt64
    /// Base sample N (rows of A and of B); the design has N(d + 2) runs.
    public let baseSamples: Int
    /// Options of each discrete choice, in scenario order (a choice with one option is no factor).
    public let choices: [Int]

    /// The first seed stream of the base rows (row r uses stream `baseStream + r`).
    public static let baseStream: UInt64 = 1 << 48

    /// - Precondition: every choice has at least one option.
    public init(nominal: [Double], perturbation: WeightPerturbation, seed: UInt64, baseSamples: Int, choices: [Int]) {
        precondition(choices.allSatisfy { $0 >= 1 }, "SaltelliWeightSampler: every choice needs an option")
        self.nominal = nominal
        self.perturbation = perturbation
        self.seed = seed
        self.baseSamples = baseSamples
        self.choices = choices
    }

    /// Factors d: the weights, then the choices with more than one option.
    public var factors: Int { nominal.count + choices.filter { $0 > 1 }.count }

    /// Runs of the design, N(d + 2).
    public var runs: Int { baseSamples * (factors + 2) }

    public var criteria: Int { nominal.count }

    public var scenarioCount: Int { choices.reduce(1, *) }

    /// The d inputs of base row r of A (`fromB == false`) or B.
    func inputs(row: Int, fromB: Bool) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed, stream: Self.baseStream + UInt64(row))
        let d = factors, m = nominal.count
        var a = [Double](), b = [Double]()
        for matrix in 0..<2 {
            var x = [Double]()
            for f in 0..<d {
                if f < m, case .dirichlet(let c) = perturbation {
                    let alpha = c * nominal[f]
                    x.append(alpha > 0 ? rng.nextGamma(shape: alpha, scale: 1) : 0)
                } else {
                    x.append(rng.nextUnitInterval())
                }
            }
            if matrix == 0 { a = x } else { b = x }
        }
        return fromB ? b : a
    }

    public func draw(sample index: Int, into w: UnsafeMutableBufferPointer<Double>) -> Int {
        let (row, swapped, fromB) = Sobol.designRow(index, baseSamples: baseSamples)
        var x = inputs(row: row, fromB: fromB)
        if let i = swapped { x[i] = inputs(row: row, fromB: true)[i] }
        let m = nominal.count
        var total = 0.0
        for j in 0..<m {
            switch perturbation {
            case .dirichlet: w[j] = x[j]
            case .uniform(let f): w[j] = nominal[j] * (1 + f * (2 * x[j] - 1))
            }
            total += w[j]
        }
        for j in 0..<m { w[j] = total > 0 ? w[j] / total : nominal[j] }
        var k = m
        var scenario = 0
        for options in choices {
            var option = 0
            if options > 1 {
                option = min(Int(x[k] * Double(options)), options - 1)
                k += 1
            }
            scenario = scenario * options + option
        }
        return scenario
    }
}
