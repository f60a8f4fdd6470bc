extension MonteCarlo {
    /// The benchmark entry point: Dirichlet(c·w) weight samples around `nominalWeights` on one
    /// normalized matrix (weighted sum, higher is better), sample i seeded by `(seed, i)`.
    ///
    /// ```swift
    /// let d = try MonteCarlo.rankDistribution(normalized: x, nominalWeights: w, samples: 10_000,
    ///                                         seed: 1, concentration: 100, blockSize: 256, threads: 2)
    /// let ranks = d.summaries(topK: 10, threads: 2)   // p5, median, p95, mean, P(top 10) per row
    /// ```
    /// Same seed → same result for every `blockSize` and `threads`. `normalized` is n × m, higher is
    /// better, finite; memory is dominated by the n × n rank histograms (2n² bytes up to 65,535 samples: 200 MB at
    /// n = 10,000). Percentiles are numpy `linear`; ranks are competition ranks per sample.
    /// - Throws: ``ScoringError/insufficientMemory(alternatives:bytes:)`` when that memory cannot be had.
    public static func rankDistribution(
        normalized: Matrix, nominalWeights: [Double], samples: Int, seed: UInt64,
        concentration: Double, blockSize: Int = 256, threads: Int = defaultThreads
    ) throws(ScoringError) -> RankDistribution {
        let sampler = PerturbedWeightSampler(nominal: nominalWeights, perturbation: .dirichlet(concentration: concentration), seed: seed)
        return try rankDistribution(scenarios: [.linear(normalized)], nominalWeights: sampler.nominal, sampler: sampler,
                                samples: samples, blockSize: blockSize, threads: threads)
    }
}
