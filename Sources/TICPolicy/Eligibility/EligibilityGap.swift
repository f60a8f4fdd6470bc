import TICIngest
import TICSupport

/// A value a condition needs but does not have, and why (TICReport words it: `text(_:)`).
public struct EligibilityGap: Sendable, Hashable {
    /// Why the value is not available.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// The cell is empty or holds a missing-data marker (`-`, `无`, `N/A`, …).
        case missing
        /// The cell could not be read (not a number, negative, unknown code, inconsistent); a
        /// diagnostic with its location was reported.
        case invalid
        /// The file has no such column.
        case noColumn = "no_column"
        /// The value is there but the measure is undefined for it (a share of zero annual income).
        case undefined
    }

    /// The column concerned.
    public var field: EligibilityField
    /// Why it is not available.
    public var reason: Reason

    /// A gap in `field` for `reason`.
    public init(_ field: EligibilityField, _ reason: Reason) {
        self.field = field
        self.reason = reason
    }
}
