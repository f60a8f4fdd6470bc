import TICIngest

/// One line of the list of things to verify (待核实清单, `to_verify.csv`): every adaptation the
/// evaluation made on its own and every input it did not use, per center, with where it comes from.
/// TICReport words the `reference` and the action a clerk takes.
public struct VerificationItem: Sendable, Hashable, Codable, Comparable {
    /// What kind of item.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A missing value in an existing report was filled; or a value the evaluation could not
        /// compute (an undefined growth rate) was left out.
        case imputed
        /// A report of the cycle is missing (filled from own years, or the center treated as not taking part).
        case missingReport = "missing_report"
        /// An integrity flag (evidence for reviewers; never a verdict).
        case integrityFlag = "integrity_flag"
        /// A row of events.csv, ratings.csv or history.csv outside the cycle: not used.
        case outsideCycle = "outside_cycle"
        /// An input file or row the evaluation did not use (a report year outside the cycle).
        case rowNotUsed = "row_not_used"
        /// A center shortlisted for a site check (`grading.site_checks`): near a cut-off, or flagged.
        case siteCheck = "site_check"
    }

    /// What the item refers to, for the words of the `reference` column.
    public enum Reference: Sendable, Hashable, Codable {
        /// Filled by a missing-data policy from the listed years (`basisCount` values).
        case policy(MissingDataPolicy, years: [Int], count: Int)
        /// A missing report handled by the scheme's `missing_report`.
        case missingReport(MissingReportPolicy)
        /// An integrity flag; its evidence.
        case flag(IntegrityFlag)
        /// A row outside the evaluated cycle: the file (events, ratings, history) and the cycle.
        case outsideCycle(file: String, cycle: ClosedRange<Int>)
        /// An integrity violation recorded outside the cycle: listed, changes no grade.
        case integrityOutsideCycle(cycle: ClosedRange<Int>)
        /// A report file of a year outside the cycle.
        case reportOutsideCycle(cycle: ClosedRange<Int>)
        /// A `growth` cycle value that is not defined (its first year is ≤ 0, or a single year):
        /// the indicator is left out of the center's score and its other weights renormalized.
        case growthUndefined(firstYear: Int, firstValue: Double)
        /// Shortlisted: the score lies within `margin` points of the cut-off that opens `grade`.
        case gradeBoundary(score: Double, grade: Grade, cutoff: Double, margin: Double)
        /// Shortlisted: the center carries this many integrity flags.
        case flaggedCenter(count: Int)
    }

    /// The center (empty for a whole file).
    public var centerID: String
    /// The center's name (empty for a whole file).
    public var name: String
    /// The year concerned.
    public var year: Int?
    /// The indicator concerned, if any.
    public var indicator: String?
    /// The kind of item.
    public var kind: Kind
    /// The value as found (empty for a missing value), or the row's content.
    public var value: String
    /// The value the evaluation used instead, if any.
    public var imputedValue: Double?
    /// What it refers to.
    public var reference: Reference
    /// Where it comes from, `path:line` or `path:line:column`.
    public var source: String

    public init(centerID: String, name: String, year: Int?, indicator: String?, kind: Kind, value: String,
                imputedValue: Double?, reference: Reference, source: String) {
        self.centerID = centerID; self.name = name; self.year = year; self.indicator = indicator; self.kind = kind
        self.value = value; self.imputedValue = imputedValue; self.reference = reference; self.source = source
    }

    /// Ordered by center, year, kind, indicator and source.
    public static func < (a: VerificationItem, b: VerificationItem) -> Bool {
        let ka = (a.centerID, a.year ?? 0, Kind.allCases.firstIndex(of: a.kind)!, a.indicator ?? "", a.source)
        let kb = (b.centerID, b.year ?? 0, Kind.allCases.firstIndex(of: b.kind)!, b.indicator ?? "", b.source)
        return ka < kb
    }
}
