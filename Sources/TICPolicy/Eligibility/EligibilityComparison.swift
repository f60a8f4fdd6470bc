import TICIngest
import TICSupport

/// How a condition compares its measured value with its threshold.
public enum EligibilityComparison: Sendable, Hashable {
    /// The value must be at least the threshold (不低于 / 以上（含）).
    case atLeast(Double)
    /// The value must be yes (a flag measured as 1).
    case isYes

    /// The relative tolerance of ``atLeast(_:)``: a value within `1e-9 × max(1, |threshold|)` below
    /// the threshold still passes, so that a share computed as exactly 30 % (e.g. 300 / 1000) is
    /// not failed by binary rounding. No input in 万元 with two decimals comes that close otherwise.
    public static let relativeTolerance = 1e-9

    /// The threshold as a number (1 for ``isYes``).
    public var threshold: Double {
        switch self {
        case .atLeast(let threshold): threshold
        case .isYes: 1
        }
    }

    /// The code written in CSV and JSON: `at_least` or `is_yes`.
    public var code: String {
        switch self {
        case .atLeast: "at_least"
        case .isYes: "is_yes"
        }
    }

    /// Whether `value` satisfies the comparison. NaN never does.
    public func isSatisfied(by value: Double) -> Bool {
        guard !value.isNaN else { return false }
        switch self {
        case .atLeast(let threshold):
            return value >= threshold - Self.relativeTolerance * max(1, abs(threshold))
        case .isYes:
            return value >= 0.5
        }
    }
}
