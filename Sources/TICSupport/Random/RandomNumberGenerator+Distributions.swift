// Samplers for synthetic data, built only on next() and portable arithmetic, so that a seeded
// generator gives the same draws on every platform and Swift release.

extension RandomNumberGenerator {
    /// A uniform `Double` in [0, 1) with 53 random bits: `(next() >> 11) · 2⁻⁵³`.
    public mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform `Double` in (0, 1): never exactly 0, so its logarithm is finite.
    public mutating func nextOpenUnitInterval() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// A uniform integer in `0..<upperBound`, without modulo bias (Lemire, "Fast random integer
    /// generation in an interval", ACM TOMACS 29(1), 2019).
    ///
    /// - Precondition: `upperBound > 0`.
    public mutating func nextInt(below upperBound: Int) -> Int {
        precondition(upperBound > 0, "nextInt(below:) needs a positive bound, got \(upperBound)")
        let bound = UInt64(upperBound)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`.
    public mutating func nextInt(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + nextInt(below: range.count)
    }

    /// `true` with probability `probability` (clamped to 0…1).
    public mutating func nextBool(probability: Double) -> Bool {
        nextUnitInterval() < probability
    }

    /// An index drawn with probability proportional to `weights` (non-negative, not all zero).
    public mutating func nextIndex(weights: [Double]) -> Int {
        var total = 0.0
        for weight in weights { total += weight }
        precondition(total > 0, "nextIndex(weights:) needs a positive total weight")
        var u = nextUnitInterval() * total
        for (index, weight) in weights.enumerated() {
            if u < weight { return index }
            u -= weight
        }
        return weights.lastIndex(where: { $0 > 0 })!
    }

    /// The elements in a uniformly random order (Fisher–Yates, Knuth TAOCP vol. 2, 3.4.2 P).
    public mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        var i = result.count - 1
        while i > 0 {
            let j = nextInt(below: i + 1)
            result.swapAt(i, j)
            i -= 1
        }
        return result
    }

    /// A standard normal draw by Marsaglia's polar method (Marsaglia and Bray, SIAM Review 6(3),
    /// 1964); of each accepted pair only the first value is used, so no state is cached.
    public mutating func nextStandardNormal() -> Double {
        while true {
            let u = 2 * nextUnitInterval() - 1
            let v = 2 * nextUnitInterval() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return u * (-2 * PortableMath.log(s) / s).squareRoot()
            }
        }
    }

    /// A normal draw with the given mean and standard deviation (≥ 0).
    public mutating func nextNormal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * nextStandardNormal()
    }

    /// A log-normal draw: `exp(μ + σ·Z)`; its median is `exp(μ)`.
    public mutating func nextLogNormal(mu: Double, sigma: Double) -> Double {
        PortableMath.exp(mu + sigma * nextStandardNormal())
    }

    /// A gamma draw with the given shape k > 0 and scale θ > 0 (mean kθ, variance kθ²), by
    /// Marsaglia and Tsang, "A simple method for generating gamma variables" (ACM TOMS 26(3),
    /// 2000), with the U^(1/k) boost for k < 1.
    public mutating func nextGamma(shape: Double, scale: Double) -> Double {
        precondition(shape > 0 && scale > 0, "nextGamma needs shape > 0 and scale > 0")
        if shape < 1 {
            let boost = PortableMath.exp(PortableMath.log(nextOpenUnitInterval()) / shape)
            return nextGamma(shape: shape + 1, scale: scale) * boost
        }
        let d = shape - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = nextStandardNormal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = nextOpenUnitInterval()
            if u < 1 - 0.0331 * x * x * x * x { return d * v * scale }
            if PortableMath.log(u) < 0.5 * x * x + d * (1 - v + PortableMath.log(v)) { return d * v * scale }
        }
    }

    /// A Poisson draw with the given mean λ ≥ 0.
    ///
    /// For λ < 30, exact inversion by sequential search (Devroye, *Non-Uniform Random Variate
    /// Generation*, 1986, X.3.3); for larger λ, the normal approximation round(λ + √λ·Z), floored
    /// at 0, which is adequate for synthetic counts but not for statistical work in the tails.
    public mutating func nextPoisson(mean: Double) -> Int {
        precondition(mean >= 0 && mean.isFinite, "nextPoisson needs a finite mean ≥ 0, got \(mean)")
        if mean == 0 { return 0 }
        if mean >= 30 {
            let x = (mean + mean.squareRoot() * nextStandardNormal()).rounded(.toNearestOrAwayFromZero)
            return max(0, Int(x))
        }
        var k = 0
        var probability = PortableMath.exp(-mean)
        var cumulative = probability
        let u = nextUnitInterval()
        while u > cumulative && k < 1_000 {
            k += 1
            probability *= mean / Double(k)
            cumulative += probability
        }
        return k
    }

    /// A negative-binomial (gamma–Poisson) draw for over-dispersed counts: mean `mean`, variance
    /// `mean + mean²/dispersion`; a smaller dispersion gives more zeros and a longer tail, and
    /// `dispersion → ∞` tends to Poisson (Hilbe, *Negative Binomial Regression*, 2nd ed., 2011).
    public mutating func nextNegativeBinomial(mean: Double, dispersion: Double) -> Int {
        precondition(dispersion > 0, "nextNegativeBinomial needs dispersion > 0")
        if mean <= 0 { return 0 }
        return nextPoisson(mean: nextGamma(shape: dispersion, scale: mean / dispersion))
    }

    /// A binomial draw: successes in `trials` independent trials of probability `probability`
    /// (clamped to 0…1), by counting Bernoulli draws: O(trials).
    public mutating func nextBinomial(trials: Int, probability: Double) -> Int {
        var successes = 0
        for _ in 0..<max(0, trials) where nextUnitInterval() < probability {
            successes += 1
        }
        return successes
    }
}
