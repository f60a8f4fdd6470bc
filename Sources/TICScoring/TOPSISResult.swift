/// How TOPSIS normalizes the raw matrix.
public enum TOPSISNormalization: String, Sendable, Hashable, Codable, CaseIterable {
    /// pymcdm 1.4.0's default: min-max, cost as (max − x)/(max − min).
    case minmax
    /// Hwang & Yoon (1981): `r = x/‖x‖₂` with the ideal at the column maximum (benefit) or minimum
    /// (cost). Gives the same distances as pymcdm's `vector_normalization` (cost `1 − x/‖x‖`).
    case vector
}

/// TOPSIS output: closeness and the two distances, per alternative.
public struct TOPSISResult: Sendable, Hashable {
    /// `C = D⁻/(D⁺ + D⁻)` in [0, 1], higher is better.
    public var closeness: [Double]
    /// `D⁺`, Euclidean distance to the positive ideal.
    public var distanceToIdeal: [Double]
    /// `D⁻`, Euclidean distance to the negative ideal (anti-ideal).
    public var distanceToAntiIdeal: [Double]
    /// ``ScoringWarning/constantColumn(column:)`` and ``ScoringWarning/degenerateCloseness(row:)``.
    public var warnings: [ScoringWarning]
}
