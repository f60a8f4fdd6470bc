import TICIngest
import TICScoring

/// Why an evaluation could not be run. Each case names what to fix; TICReport words it
/// (`EvaluationError.message(_:)`, `lines(_:)`).
public enum EvaluationError: Error, Sendable, Hashable {
    /// The workspace has errors (see its diagnostics); nothing is evaluated on bad data.
    case workspaceHasErrors(count: Int)
    /// The scheme is invalid.
    case invalidScheme(SchemeError)
    /// The cycle has a year with no report file.
    case cycleYearWithoutReports(cycle: ClosedRange<Int>, missing: [Int])
    /// The data do not meet the scheme: every problem found, each with where to fix it.
    case data([DataProblem])
    /// No center takes part in the evaluation.
    case noCenters
    /// Every center of the workspace (`count`) is outside the scheme's scope (its levels and jurisdictions; nil: any).
    case noCentersInScope(count: Int, levels: [Level], jurisdictions: [String]?)
    /// A weighting or scoring step failed; `names` name the columns of the matrix it worked on
    /// (indicator or dimension codes), for the message.
    case scoring(path: String, ScoringError, names: [String] = [])
    /// An AHP matrix is too inconsistent and the scheme does not allow it.
    case inconsistentAHP(path: String, consistencyRatio: Double)
}
