/// Combined (subjective + objective) weights.
///
/// additive: `w = α·w_s + (1 − α)·w_o`; multiplicative: `w ∝ w_s^α · w_o^(1−α)`, renormalized to sum 1.
public struct CombinedWeighting: Sendable, Hashable {
    /// How the two weight vectors are combined.
    public enum Form: String, Sendable, Hashable, Codable, CaseIterable {
        /// Linear blend.
        case additive
        /// Geometric blend, renormalized.
        case multiplicative
    }

    /// Share of the subjective weights, 0…1.
    public var alpha: Double
    /// Subjective weights: `.explicit` (the children's `weight` fields) or `.ahp`.
    public var subjective: WeightSpec
    /// Objective weights from the data.
    public var objective: ObjectiveWeighting
    /// Additive or multiplicative combination.
    public var form: Form

    /// Creates a combined specification.
    public init(alpha: Double = 0.5, subjective: WeightSpec = .explicit, objective: ObjectiveWeighting = .entropy,
                form: Form = .additive) {
        self.alpha = alpha
        self.subjective = subjective
        self.objective = objective
        self.form = form
    }
}
