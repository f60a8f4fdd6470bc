import TICIngest
import TICScoring

/// What is wrong with a scheme file, or what was assumed about it: a fact with its values, never a
/// sentence. A ``SchemeDiagnostic`` places it at a JSON path with a severity; TICReport words every
/// case in Chinese and English (`SchemeFinding.message(_:)`).
///
/// The cases follow the order in which a scheme is read: the file (encoding, JSON syntax, what the
/// JSON decoder accepts silently), the decoding of each value, then the checks of
/// ``SchemeValidator``.
public enum SchemeFinding: Sendable, Hashable {
    // MARK: The file

    /// The bytes are not UTF-8 text (e.g. saved as GBK).
    case notUTF8
    /// The text is not JSON, and the scanner found no place where it goes wrong.
    case notValidJSON
    /// The text is not JSON: at `line`, `column` (1-based, in characters) the scanner expected something else.
    case invalidJSON(line: Int, column: Int, expected: JSONExpectation)
    /// The JSON is well formed but the decoder failed for a reason it does not name.
    case notASchemeFile
    /// A decoding error of a kind this version does not know (a future `DecodingError` case).
    case undecodable
    /// A key given twice in one object, at `line`, `column`, first at `firstLine`, `firstColumn`.
    case duplicateKey(String, line: Int, column: Int, firstLine: Int, firstColumn: Int)
    /// A number written with digits that does not fit a `Double` (`1e999`); `literal` as written.
    case numberTooLarge(literal: String)
    /// A number that is NaN or an infinity (written `NaN`, `Infinity`, or computed so).
    case nanOrInfinity

    // MARK: Decoding

    /// A key the object does not have; `nearest` is the known key it is likely a typo of, if any.
    case unknownKey(String, nearest: String?, known: [String])
    /// A key of another weighting method than `method` (ignored).
    case keyNotForMethod(key: String, method: String)
    /// A keyword that is not one of `expected`.
    case unknownValue(String, expected: [String])
    /// A value of the wrong JSON type.
    case wrongType(expected: ValueKind)
    /// `null` where a value is required.
    case nullNotAllowed(expected: ValueKind)
    /// A required key is absent.
    case missingKey
    /// A required keyword (a weighting `method`) is absent; it must be one of `expected`.
    case missingKeyword(expected: [String])
    /// An indicator without `direction`.
    case missingDirection
    /// `direction` is `target` but no `target` value is given.
    case targetRequired
    /// `target` is given but `direction` is not `target` (ignored).
    case targetIgnored
    /// The decoder rejected the value; `detail` is its own (English) description.
    case invalidValue(detail: String)
    /// An AHP judgment that is neither a number nor a fraction such as `"1/3"`, as written.
    case notAJudgment(String)
    /// The retired missing-data policy `exclude`; the policies offered are `expected`.
    case excludeRetired(expected: [String])

    // MARK: Validation

    /// A text (name, title, code, unit, column reference) that is empty.
    case empty
    /// `cycle_years` outside 1…5.
    case cycleYearsOutOfRange(Int)
    /// `group_mean` as the scheme-wide missing-data default.
    case groupMeanAsDefault
    /// `max_imputed_share` outside 0…1.
    case imputedShareOutOfRange(Double)
    /// A scheme without dimensions.
    case noDimensions
    /// A dimension without indicators.
    case noIndicators
    /// A dimension or indicator code used before, first at the JSON path `firstAt`.
    case duplicateCode(String, Level, firstAt: String)
    /// A dimension that cites no policy clause.
    case noClause
    /// A weight or an amount that is not greater than 0.
    case notPositive
    /// A value that must be a finite number and is not.
    case notFinite
    /// goalposts normalization without its floor or ceiling.
    case missingGoalpost(Goalpost)
    /// A goalposts ceiling not above the floor.
    case ceilingNotAboveFloor(floor: Double)
    /// A floor or ceiling under another normalization than goalposts (ignored).
    case goalpostIgnored(normalization: NormalizationMethod)
    /// `growth` cycle aggregation over a cycle of fewer than two years.
    case growthNeedsTwoYears(cycleYears: Int)
    /// A derived ratio whose numerator and denominator are the same column (always 1).
    case ratioOfSameColumn
    /// A catalogue ratio used without declaring how it is derived.
    case notAReportColumn(String)
    /// An indicator code that is neither in the catalogue nor among the workspace's extra columns.
    case notInCatalogue(String)
    /// A derived indicator whose code is a report column.
    case derivedCodeIsReportColumn(String)
    /// A derived ratio over a column that is neither a report column nor a derived indicator.
    case unknownColumn(String)
    /// Derived indicators that refer to each other: the chain from the indicator back to itself.
    case cyclicDerivedReference([String])
    /// A dimension or indicator without a weight under explicit weights.
    case missingWeight(Level)
    /// Explicit weights whose sum is not a finite number.
    case weightsOverflow
    /// Explicit weights that do not sum to 1 (normalized).
    case weightsNormalized(sum: Double)
    /// A weight given while the level's weights (at `weightsPath`) use `method`, not explicit weights.
    case weightWithoutExplicitMethod(weightsPath: String, method: String)
    /// A share or parameter (combined `alpha`, VIKOR `v`, a quota share) outside 0…1.
    case notBetweenZeroAndOne
    /// Combined weights whose subjective part is neither explicit nor AHP.
    case subjectiveMethodNotAllowed
    /// AHP `criteria` that are not the level's codes in order.
    case criteriaOutOfOrder(Level, codes: [String])
    /// AHP weights without a matrix.
    case noMatrices
    /// An AHP matrix with `rows` rows where the level has `codes.count` children.
    case matrixShape(Level, codes: [String], rows: Int)
    /// An AHP matrix row with `entries` entries where `expected` are needed.
    case rowLength(entries: Int, expected: Int)
    /// An AHP judgment that is not a positive number.
    case judgmentNotPositive
    /// An AHP judgment outside 1/`limit`…`limit`.
    case judgmentOutOfScale(limit: Double)
    /// An AHP diagonal entry other than 1.
    case diagonalNotOne
    /// AHP cells `[row][column]` and `[column][row]` whose product is not 1.
    case notReciprocal(row: Int, column: Int, entry: AHPJudgment, mirror: AHPJudgment)
    /// An AHP consistency ratio above `threshold`; `accepted` when `allow_inconsistent` is set (a warning).
    case inconsistent(ratio: Double, threshold: Double, accepted: Bool)
    /// VIKOR's `v` given with another aggregation (ignored).
    case vikorParameterIgnored
    /// Geometric aggregation over zscore values (which can be negative), first at `indicatorPath`.
    case geometricWithZScore(indicatorPath: String)
    /// Grading with neither cut-offs nor quotas, and no decision rules to decide on the score.
    case noGradingRule
    /// A cut-off (`value`) not below the one of the better grade (`above`, `aboveValue`).
    case cutoffNotDecreasing(Double, above: Grade, aboveValue: Double)
    /// A cut-off outside the 0–100 score range.
    case cutoffOutsideScoreRange
    /// A quota with neither `max_share` nor `min_share` (no effect).
    case quotaWithoutShares
    /// `quota_rounding` other than `floor` in a scheme without any `max_share` (no effect).
    case quotaRoundingWithoutMaxShare
    /// A quota's `min_share` above its `max_share`.
    case minShareAboveMaxShare(maxShare: Double)
    /// The quotas' `min_share` values sum to more than 1.
    case minSharesExceedOne(sum: Double)
    /// A veto on an indicator that is neither the scheme's nor a report column.
    case unknownVetoIndicator(String)
    /// `rectification_years` outside 1…5.
    case rectificationYearsOutOfRange(Int)
    /// A decision rule or reward names a grade, but the scheme assigns none (no cut-offs, no quotas).
    case gradesWithoutGradeScale
    /// No `decisions`: the department's defaults decide (a warning).
    case decisionsNotStated(rectificationYears: Int)
    /// The decision rules do not cover every center: those no rule applies to are referred to the department (a warning).
    case decisionsNotExhaustive
    /// A rule with `previous_grades` that an earlier rule always pre-empts (that rule's index): the
    /// earlier one states no other condition and covers this rule's grades, so this one never decides (a warning).
    case previousGradesRuleShadowed(by: Int)
    /// `site_checks.margin` in a scheme without `cutoffs`: there is no cut-off to be near, so no
    /// center is shortlisted for it (a warning).
    case siteCheckMarginWithoutCutoffs
    /// A date (`evaluation_date`, `valid.from`, `valid.until`) that is not a day written `YYYY-MM-DD`, as written.
    case notADate(String)
    /// `valid.until` before `valid.from` (given).
    case validityEndsBeforeStart(from: String)
    /// `due[k].construction_years` outside 1…10.
    case constructionYearsOutOfRange(Int)
    /// Two `due` entries for the same category (nil: two without a category); the first is at `firstAt`.
    case dueRepeated(category: String?, firstAt: String)

    /// Which level of the hierarchy a finding is about.
    public enum Level: Sendable, Hashable, CaseIterable {
        /// The dimensions (一级指标).
        case dimension
        /// The indicators of a dimension (二级指标).
        case indicator
    }

    /// The two bounds of goalposts normalization.
    public enum Goalpost: String, Sendable, Hashable, CaseIterable {
        case floor, ceiling
    }

    /// The kind of JSON value a key expects.
    public enum ValueKind: Sendable, Hashable, CaseIterable {
        case string, boolean, integer, number, array, object
        /// A value of the form Guides/Schemes.md describes (a keyword, a judgment, …).
        case documented
    }

    /// What the JSON scanner expected where the text goes wrong.
    public enum JSONExpectation: Sendable, Hashable {
        /// A value.
        case value
        /// The end of the text (something follows the document).
        case endOfInput
        /// `*/` closing a comment.
        case endOfComment
        /// `:` after a key.
        case colon
        /// `,` or the bracket that closes the object or array (`}` or `]`).
        case commaOr(closing: Character)
        /// A key.
        case key
        /// The quote that closes a string.
        case closingQuote
        /// No deeper nesting than `depth` levels.
        case nestingLimit(depth: Int)
    }
}
