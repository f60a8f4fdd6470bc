import TICIngest
/// The deliberate features a synthetic workspace carries, with where they are, so that tests,
/// documentation and reviewers can find them without searching the files.
///
/// Feature centers are distinct regional (provincial or municipal) centers outside the history,
/// and no missing cell is placed in their rows, so each feature stands alone.
public struct SyntheticFeatures: Sendable, Hashable {
    /// A center in a given year.
    public struct CenterYear: Sendable, Hashable, CustomStringConvertible {
        /// The center id, e.g. `SC-P-017`.
        public var centerID: String
        /// The report year.
        public var year: Int

        /// Creates the pair.
        public init(centerID: String, year: Int) {
            self.centerID = centerID
            self.year = year
        }

        /// `SC-P-017 2023`.
        public var description: String { "\(centerID) \(year)" }
    }

    /// One deliberately empty or marked cell in an annual report.
    public struct MissingCell: Sendable, Hashable {
        /// Center and report year of the row.
        public var row: CenterYear
        /// The column code, e.g. `rd_expenditure`.
        public var column: String
        /// What the cell holds instead of a number: `""`, `"-"` or `"无"`.
        public var text: String

        /// Creates the description of a missing cell.
        public init(row: CenterYear, column: String, text: String) {
            self.row = row
            self.column = column
            self.text = text
        }
    }

    /// One row of `events.csv`.
    public struct Event: Sendable, Hashable {
        /// Center and year of the event.
        public var at: CenterYear
        /// What happened.
        public var kind: EventKind
        /// The Chinese note written in the file.
        public var note: String

        /// Creates an event.
        public init(at: CenterYear, kind: EventKind, note: String) {
            self.at = at
            self.kind = kind
            self.note = note
        }
    }

    /// Center-years without a row in their report file (a missing annual report).
    public var missingReports: [CenterYear]
    /// Where `tech_contract_value` jumps to ``contractJumpFactor`` times the previous year's
    /// value (the year of the jump); nil when the workspace has a single year.
    public var contractJump: CenterYear?
    /// The multiplier of the jump (12).
    public var contractJumpFactor: Double
    /// Where `high_tech_firms` exceeds `incubated_firms` (impossible: the former are a subset).
    public var impossibleIncubation: CenterYear?
    /// The rows of `events.csv`: one integrity violation, one center not participating, one
    /// withdrawal.
    public var events: [Event]
    /// Centers whose previous-cycle row in `history.csv` is `unqualified,rectifying`.
    public var rectifying: [String]
    /// The previous cycle written in `history.csv`, e.g. `2019-2021`.
    public var previousCycle: String
    /// Empty or marked indicator cells (about 0.5 % of them; two `-` and two `无`).
    public var missingCells: [MissingCell]

    /// Creates a feature list.
    public init(
        missingReports: [CenterYear], contractJump: CenterYear?, contractJumpFactor: Double,
        impossibleIncubation: CenterYear?, events: [Event], rectifying: [String], previousCycle: String,
        missingCells: [MissingCell]
    ) {
        self.missingReports = missingReports
        self.contractJump = contractJump
        self.contractJumpFactor = contractJumpFactor
        self.impossibleIncubation = impossibleIncubation
        self.events = events
        self.rectifying = rectifying
        self.previousCycle = previousCycle
        self.missingCells = missingCells
    }
}
