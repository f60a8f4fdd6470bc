/// A source of weight samples for ``MonteCarlo``: sample `i`'s weights (and scenario) must depend
/// only on `i` (e.g. a generator seeded with `(seed, i)`), never on the order of the calls, so that
/// results do not depend on the block size or the number of threads.
///
/// A *scenario* selects one of the score matrices given to the engine (e.g. one normalization
/// method or one aggregation); samplers with a single scenario return 0.
public protocol WeightSampler: Sendable {
    /// Number of weights per sample (columns of the normalized matrices).
    var criteria: Int { get }
    /// Number of scenarios the samples choose from (≥ 1).
    var scenarioCount: Int { get }
    /// Writes sample `index`'s weights into `weights` (`criteria` values) and returns its scenario.
    /// Called concurrently from several threads.
    func draw(sample index: Int, into weights: UnsafeMutableBufferPointer<Double>) -> Int
}

extension WeightSampler {
    /// One scenario by default.
    public var scenarioCount: Int { 1 }
}
