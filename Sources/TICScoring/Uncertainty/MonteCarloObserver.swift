/// Sees every Monte Carlo sample's scores and ranks as they are computed, e.g. to turn scores into
/// grades (grade probabilities) or to keep the ranks a sensitivity estimator needs.
///
/// `observe` is called concurrently from `threads` workers; `worker` (0..<threads) lets an
/// implementation keep one accumulator per worker and merge them afterwards, in worker order,
/// so its result does not depend on scheduling. The buffers are only valid during the call.
public protocol MonteCarloObserver: AnyObject, Sendable {
    /// One sample: its `scores` (the product of its scenario's matrix and its weights, one per
    /// row of the matrix) and their competition `ranks` (1 = highest score).
    func observe(worker: Int, sample: Int, scenario: Int,
                 scores: UnsafeBufferPointer<Double>, ranks: UnsafeBufferPointer<Int32>)
}
