/// The values a measure lacks (an `Error` only so that it can be the failure of a `Result`).
public struct EligibilityGaps: Error, Sendable, Hashable {
    /// The gaps, in column order.
    public var gaps: [EligibilityGap]

    /// Wraps `gaps`.
    public init(_ gaps: [EligibilityGap]) { self.gaps = gaps }
}
