/// Replays given weight vectors (one per row), all on scenario 0: `--weight-samples FILE.csv`,
/// so that results can be checked exactly against another tool.
public struct ReplayedWeights: WeightSampler {
    /// The samples, one weight vector per row.
    public let samples: Matrix

    /// - Parameter samples: one weight vector per row, used as given (not renormalized).
    public init(samples: Matrix) { self.samples = samples }

    public var criteria: Int { samples.columns }

    public func draw(sample index: Int, into weights: UnsafeMutableBufferPointer<Double>) -> Int {
        let m = samples.columns
        samples.withUnsafeBufferPointer { p in
            for j in 0..<m { weights[j] = p[index * m + j] }
        }
        return 0
    }
}
