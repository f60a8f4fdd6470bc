import TICIngest
import TICSupport

/// A value the subsidy calculation needs but does not have, and why (TICReport words it: `text(_:)`).
public struct SubsidyGap: Sendable, Hashable {
    /// Why the value is not available.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// The cell is empty or holds a missing-data marker.
        case missing
        /// The cell could not be read; a diagnostic with its location was reported.
        case invalid
        /// The file has no such column.
        case noColumn = "no_column"
    }

    /// The column concerned.
    public var field: SubsidyField
    /// Why it is not available.
    public var reason: Reason

    /// A gap in `field` for `reason`.
    public init(_ field: SubsidyField, _ reason: Reason) {
        self.field = field
        self.reason = reason
    }
}
