import TICIngest

/// Everything the evaluation says about one center: its data, scores, ranks, grade and decision.
public struct CenterEvaluation: Sendable, Hashable {
    /// Whether and how the center took part.
    public enum Participation: String, Sendable, Hashable, Codable, CaseIterable {
        /// Scored, ranked and graded.
        case evaluated
        /// Did not take part (events.csv `not_participating`): no grade, removed.
        case notParticipating = "not_participating"
        /// Withdrew midway (events.csv `withdrawn`): no grade, removed.
        case withdrawn
        /// A report of the cycle is missing and the scheme says `missing_report: not_participating`:
        /// no grade; the decision is the scheme's `non_participation`.
        case missingReport = "missing_report"
        /// Failed the re-evaluation after rectification: removed before this cycle's grading.
        case removedAfterRectification = "removed_after_rectification"
        /// Not due this cycle under the scheme's `due` rule (``CenterEvaluation/notYetDue`` says why).
        case notYetDue = "not_yet_due"
        /// Outside the scheme's `scope` (``CenterEvaluation/scopeExclusion`` says why): listed, not
        /// graded, not in quotas, not paid.
        case outOfScope = "out_of_scope"
    }

    /// Why the center has its grade.
    public enum GradeBasis: String, Sendable, Hashable, Codable {
        /// The score cut-offs.
        case cutoff
        /// A quota moved it from the grade its score reached.
        case quota
        /// A hard floor (一票否决) forced 不合格.
        case veto
        /// An integrity violation (Sichuan art. 24) forced 不合格.
        case integrity
    }

    /// A hard floor the center failed: the indicator, the value compared and how it was formed, the
    /// comparison and the clause (Veto; Guides/Evaluation.md, vetoes).
    public struct VetoHit: Sendable, Hashable, Codable {
        /// The indicator checked (code).
        public var indicator: String
        /// The condition as written, e.g. `< 10` (kept for programs that read it).
        public var condition: String
        /// The center's cycle value (nil when missing).
        public var value: Double?
        /// The clause of the veto (zh).
        public var clause: String?
        /// The clause of the veto (en).
        public var clauseEn: String?
        /// The indicator's names and unit.
        public var label: IndicatorLabel
        /// The comparison.
        public var op: Veto.Operator
        /// The threshold, in the indicator's unit.
        public var threshold: Double
        /// How the cycle's years were combined into `value` (a report column that is no indicator: `mean`).
        public var aggregation: CycleAggregation
        /// The report years `value` combines.
        public var years: [Int]
        /// The years among them whose value was imputed (see to_verify.csv).
        public var imputedYears: [Int]

        public init(indicator: String, condition: String, value: Double?, clause: String? = nil, clauseEn: String? = nil,
                    label: IndicatorLabel? = nil, op: Veto.Operator = .less, threshold: Double = .nan,
                    aggregation: CycleAggregation = .mean, years: [Int] = [], imputedYears: [Int] = []) {
            self.indicator = indicator; self.condition = condition; self.value = value
            self.clause = clause; self.clauseEn = clauseEn
            self.label = label ?? IndicatorLabel(code: indicator, name: indicator, nameEn: indicator, unit: "")
            self.op = op; self.threshold = threshold; self.aggregation = aggregation
            self.years = years; self.imputedYears = imputedYears
        }

        enum CodingKeys: String, CodingKey {
            case indicator, condition, value, clause
            case clauseEn = "clause_en"
            case label, op, threshold, aggregation, years
            case imputedYears = "imputed_years"
        }
    }

    /// The outcome of re-evaluating a center that was rectifying.
    public struct ReEvaluation: Sendable, Hashable, Codable {
        /// The cycle whose failure started the rectification.
        public var failedCycle: String
        /// The report year judged.
        public var year: Int
        /// The score on that year's data (nil when the report is missing).
        public var score: Double?
        /// The score needed to pass (the 合格 threshold).
        public var threshold: Double?
        /// Whether it passed; nil when the report is not yet available.
        public var passed: Bool?
    }

    /// The registry entry.
    public var center: Center
    /// Whether it was evaluated.
    public var participation: Participation
    /// Raw values per indicator (scheme order) per cycle year; nil = missing.
    public var yearlyValues: [[Double?]]
    /// Cycle values per indicator after imputation and combination; nil = excluded.
    public var cycleValues: [Double?]
    /// Normalized values per indicator (0–100 for the bounded methods); nil = excluded.
    public var normalizedValues: [Double?]
    /// Sub-score per dimension (scheme order).
    public var dimensionScores: [Double]
    /// The total score (0–100 for weighted sums of bounded normalizations).
    public var score: Double?
    /// Competition rank among all evaluated centers (1 = best).
    public var rank: Int?
    /// Competition rank within the center's category.
    public var categoryRank: Int?
    /// The grade; nil when not evaluated.
    public var grade: Grade?
    /// The grade its score reached by the cut-offs alone.
    public var gradeByScore: Grade?
    /// Why it has its grade.
    public var gradeBasis: GradeBasis?
    /// Hard floors failed.
    public var vetoes: [VetoHit]
    /// Events recorded for the center in the cycle.
    public var events: [EventRecord]
    /// Its status from history.csv (latest), if any.
    public var previousStatus: Status?
    /// Its grade in that history.csv record, if any.
    public var previousGrade: Grade? = nil
    /// The cycle of that history.csv record, if any.
    public var previousCycle: ClosedRange<Int>? = nil
    /// The re-evaluation, for centers that were rectifying.
    public var reEvaluation: ReEvaluation?
    /// Values filled in (cells and, under `impute_own_years`, whole missing reports).
    public var imputed: [ImputedValue]
    /// The years of the cycle the center is evaluated on (from its approval year on).
    public var dueYears: [Int]
    /// The years of the cycle it was due but has no report.
    public var missingReportYears: [Int]
    /// The number of (indicator, year) values of its existing reports in the years it is due.
    public var reportedCells: Int
    /// Indicators left out of its score because their `growth` is not defined (code, first year, value, source).
    public var undefinedGrowth: [UndefinedGrowthValue] = []
    /// Imputed cells of existing reports (whole missing reports not counted).
    public var imputedCellCount: Int { imputed.filter { !$0.fillsMissingReport }.count }
    /// Integrity flags (evidence for reviewers, never a verdict).
    public var flags: [IntegrityFlag]
    /// The dynamic-adjustment decision.
    public var decision: Decision
    /// Why it is outside the scheme's scope (participation `out_of_scope`).
    public var scopeExclusion: ScopeExclusion? = nil
    /// Why it is not yet due (participation `not_yet_due`).
    public var notYetDue: NotYetDue? = nil
}

/// A `growth` cycle value that could not be computed: the indicator is left out of the center's
/// score and the weights of its other indicators renormalized.
public struct UndefinedGrowthValue: Sendable, Hashable, Codable {
    /// The indicator.
    public var indicator: String
    /// The first year the center is evaluated on.
    public var firstYear: Int
    /// Its value that year (≤ 0, or the only year).
    public var firstValue: Double
    /// Where that value is.
    public var source: String

    public init(indicator: String, firstYear: Int, firstValue: Double, source: String) {
        self.indicator = indicator; self.firstYear = firstYear; self.firstValue = firstValue; self.source = source
    }

    enum CodingKeys: String, CodingKey { case indicator, firstYear = "first_year", firstValue = "first_value", source }
}
