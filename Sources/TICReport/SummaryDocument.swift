import Foundation
import TICIngest
import TICPolicy
import TICSupport

/// `summary.json`: the machine interface of an evaluation, schema `ticeval.summary` version 2
/// (version 2 added `to_verify`, `imputation` and the centers' `due_years`, `missing_report_years`,
/// `reported_cells`, `imputed_cells`; an imputed value is never null and names its `source`).
///
/// Keys are snake_case and sorted; numbers are full precision; absent values are `null`. Every
/// center of the registry appears once, in ranking order. Guides/SummaryJSON.md documents each field.
public struct SummaryDocument: Codable, Sendable {
    public static let schemaName = "ticeval.summary"
    public static let schemaVersion = 2

    /// A note of the evaluation, worded in both languages.
    public struct NoteEntry: Codable, Sendable {
        public var code: String
        public var zh: String
        public var en: String
    }

    /// A center's decision, worded in both languages.
    public struct DecisionEntry: Codable, Sendable {
        public var kind: Decision.Kind
        public var reason: String
        public var reasonEn: String
        public var clause: String
        public var clauseEn: String
        public var amountRMB: Double?
        public var reEvaluationYear: Int?
        /// The facts the reason is worded from.
        public var facts: FactsEntry
        enum CodingKeys: String, CodingKey {
            case kind, reason, clause, facts
            case reasonEn = "reason_en", clauseEn = "clause_en", amountRMB = "amount_rmb", reEvaluationYear = "re_evaluation_year"
        }

        init(_ decision: Decision) {
            kind = decision.kind
            reason = decision.reason(.zh); reasonEn = decision.reason(.en)
            clause = decision.clause(.zh); clauseEn = decision.clause(.en)
            amountRMB = decision.amountRMB; reEvaluationYear = decision.reEvaluationYear
            facts = FactsEntry(decision.reason)
        }

        /// Absent values are written as `null`.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind); try c.encode(reason, forKey: .reason); try c.encode(reasonEn, forKey: .reasonEn)
            try c.encode(clause, forKey: .clause); try c.encode(clauseEn, forKey: .clauseEn)
            try c.encode(amountRMB, forKey: .amountRMB); try c.encode(reEvaluationYear, forKey: .reEvaluationYear)
            try c.encode(facts, forKey: .facts)
        }
    }

    /// One row of `to_verify.csv`, with the same fields.
    public struct VerifyEntry: Codable, Sendable {
        public var centerID: String
        public var name: String
        public var year: Int?
        public var indicator: String?
        public var kind: String
        public var value: String
        public var imputedValue: Double?
        public var reference: String
        public var source: String
        public var action: String
        enum CodingKeys: String, CodingKey {
            case name, year, indicator, kind, value, reference, source, action
            case centerID = "center_id", imputedValue = "imputed_value"
        }

        /// Absent values are written as `null`, so every key is always present.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(centerID, forKey: .centerID); try c.encode(name, forKey: .name); try c.encode(year, forKey: .year)
            try c.encode(indicator, forKey: .indicator); try c.encode(kind, forKey: .kind); try c.encode(value, forKey: .value)
            try c.encode(imputedValue, forKey: .imputedValue); try c.encode(reference, forKey: .reference)
            try c.encode(source, forKey: .source); try c.encode(action, forKey: .action)
        }
    }

    /// How much was filled in, over all centers.
    public struct Imputation: Codable, Sendable {
        /// Imputed cells of submitted reports.
        public var imputedCells: Int
        /// Centers with at least one imputed cell.
        public var centersWithImputedCells: [String]
        /// Missing reports filled from the centers' own years (`impute_own_years`), as `id year`.
        public var missingReportsImputed: [String]
        /// Missing reports whose center was treated as not taking part, as `id year`.
        public var missingReportsNotParticipating: [String]
        enum CodingKeys: String, CodingKey {
            case imputedCells = "imputed_cells", centersWithImputedCells = "centers_with_imputed_cells"
            case missingReportsImputed = "missing_reports_imputed", missingReportsNotParticipating = "missing_reports_not_participating"
        }
    }

    public struct Run: Codable, Sendable {
        public var workspace: String
        public var scheme: String
        public var schemeTitle: String
        public var schemeSHA256: String
        public var cycle: [Int]
        public var language: String
        public var scoreScale: Double?
        /// The day of the evaluation, `YYYY-MM-DD` (`--date` or the scheme's `evaluation_date`); null when not stated.
        public var evaluationDate: String? = nil
        enum CodingKeys: String, CodingKey {
            case workspace, scheme, cycle, language
            case schemeTitle = "scheme_title", schemeSHA256 = "scheme_sha256", scoreScale = "score_scale"
            case evaluationDate = "evaluation_date"
        }

        /// Absent values are written as `null`, so every key is always present.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(workspace, forKey: .workspace); try c.encode(scheme, forKey: .scheme)
            try c.encode(schemeTitle, forKey: .schemeTitle); try c.encode(schemeSHA256, forKey: .schemeSHA256)
            try c.encode(cycle, forKey: .cycle); try c.encode(language, forKey: .language); try c.encode(scoreScale, forKey: .scoreScale)
            try c.encode(evaluationDate, forKey: .evaluationDate)
        }
    }

    public struct Input: Codable, Sendable {
        public var path: String
        public var sha256: String
        public var bytes: Int
        public var encoding: String
        public var rowsRead: Int
        public var rowsRejected: Int
        /// What the reader did on its own to read the file (title rows skipped, header mapped…), in
        /// both languages; empty for a file in the contract's plain form.
        public var adaptations: [NoteEntry]
        enum CodingKeys: String, CodingKey {
            case path, sha256, bytes, encoding, adaptations
            case rowsRead = "rows_read", rowsRejected = "rows_rejected"
        }
    }

    public struct DimensionWeight: Codable, Sendable {
        public var code: String
        public var name: String
        public var nameEn: String
        public var weight: Double
        public var clause: String?
        enum CodingKeys: String, CodingKey { case code, name, weight, clause; case nameEn = "name_en" }
    }

    public struct IndicatorWeight: Codable, Sendable {
        public var code: String
        public var dimension: String
        public var name: String
        public var nameEn: String
        public var unit: String
        public var direction: String
        public var withinDimension: Double
        public var effective: Double
        enum CodingKeys: String, CodingKey {
            case code, dimension, name, unit, direction, effective
            case nameEn = "name_en", withinDimension = "within_dimension"
        }
    }

    public struct Weights: Codable, Sendable {
        public var dimensions: [DimensionWeight]
        public var indicators: [IndicatorWeight]
        public var origins: [Evaluation.WeightOrigin]
    }

    public struct CenterEntry: Codable, Sendable {
        public var centerID: String
        public var name: String
        public var level: String
        public var region: String
        public var category: String
        public var participation: String
        public var score: Double?
        public var rank: Int?
        public var categoryRank: Int?
        public var grade: String?
        public var gradeByScore: String?
        public var gradeBasis: String?
        public var dimensionScores: [String: Double]
        public var cycleValues: [String: Double?]
        public var imputed: [ImputedValue]
        public var dueYears: [Int]
        public var missingReportYears: [Int]
        public var reportedCells: Int
        public var imputedCells: Int
        public var vetoes: [CenterEvaluation.VetoHit]
        public var events: [EventRecord]
        public var flags: [IntegrityFlag]
        public var previousStatus: String?
        public var reEvaluation: CenterEvaluation.ReEvaluation?
        public var decision: DecisionEntry
        enum CodingKeys: String, CodingKey {
            case name, level, region, category, participation, score, rank, grade, imputed, vetoes, events, flags, decision
            case centerID = "center_id", categoryRank = "category_rank", gradeByScore = "grade_by_score"
            case gradeBasis = "grade_basis", dimensionScores = "dimension_scores", cycleValues = "cycle_values"
            case previousStatus = "previous_status", reEvaluation = "re_evaluation"
            case dueYears = "due_years", missingReportYears = "missing_report_years", reportedCells = "reported_cells", imputedCells = "imputed_cells"
        }

        /// Absent values are written as `null`, so every key is always present.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(centerID, forKey: .centerID); try c.encode(name, forKey: .name); try c.encode(level, forKey: .level)
            try c.encode(region, forKey: .region); try c.encode(category, forKey: .category)
            try c.encode(participation, forKey: .participation); try c.encode(score, forKey: .score)
            try c.encode(rank, forKey: .rank); try c.encode(categoryRank, forKey: .categoryRank); try c.encode(grade, forKey: .grade)
            try c.encode(gradeByScore, forKey: .gradeByScore); try c.encode(gradeBasis, forKey: .gradeBasis)
            try c.encode(dimensionScores, forKey: .dimensionScores); try c.encode(cycleValues, forKey: .cycleValues)
            try c.encode(imputed, forKey: .imputed); try c.encode(dueYears, forKey: .dueYears)
            try c.encode(missingReportYears, forKey: .missingReportYears); try c.encode(reportedCells, forKey: .reportedCells)
            try c.encode(imputedCells, forKey: .imputedCells); try c.encode(vetoes, forKey: .vetoes); try c.encode(events, forKey: .events)
            try c.encode(flags, forKey: .flags); try c.encode(previousStatus, forKey: .previousStatus)
            try c.encode(reEvaluation, forKey: .reEvaluation); try c.encode(decision, forKey: .decision)
        }
    }

    public var schema: String
    public var schemaVersion: Int
    public var ticevalVersion: String
    public var run: Run
    public var inputs: [Input]
    public var weights: Weights
    public var gradeCounts: [String: [String: Int]]
    public var decisionCounts: [String: Int]
    /// Centers per participation (`evaluated`, `out_of_scope`, `not_yet_due`, …), every code present.
    public var participationCounts: [String: Int] = [:]
    public var rewardsRMB: [String: Double]
    public var notes: [NoteEntry]
    public var imputation: Imputation
    public var toVerify: [VerifyEntry]
    public var centers: [CenterEntry]

    enum CodingKeys: String, CodingKey {
        case schema, run, inputs, weights, notes, centers, imputation
        case toVerify = "to_verify"
        case schemaVersion = "schema_version", ticevalVersion = "ticeval_version", gradeCounts = "grade_counts"
        case decisionCounts = "decision_counts", rewardsRMB = "rewards_rmb"
        case participationCounts = "participation_counts"
    }

    /// The document for an evaluation.
    public init(_ evaluation: Evaluation, workspace: String, language: Language, version: String) {
        let scheme = evaluation.scheme
        schema = Self.schemaName
        schemaVersion = Self.schemaVersion
        ticevalVersion = version
        run = Run(workspace: workspace, scheme: scheme.name, schemeTitle: scheme.title(language),
                  schemeSHA256: SHA256.hex(Array(scheme.jsonData())),
                  cycle: [evaluation.cycle.lowerBound, evaluation.cycle.upperBound], language: language.rawValue,
                  scoreScale: evaluation.scoreScale)
        run.evaluationDate = evaluation.evaluationDate?.description
        inputs = evaluation.inputs.map {
            Input(path: $0.path, sha256: $0.sha256, bytes: $0.bytes, encoding: $0.encoding.rawValue, rowsRead: $0.rowsRead, rowsRejected: $0.rowsRejected,
                  adaptations: $0.adaptations.map { NoteEntry(code: $0.code, zh: $0.message(.zh), en: $0.message(.en)) })
        }
        let indicators = scheme.indicators
        weights = Weights(
            dimensions: scheme.dimensions.enumerated().map { k, d in
                DimensionWeight(code: d.code, name: d.name, nameEn: d.nameEn, weight: evaluation.dimensionWeights[k], clause: d.clause)
            },
            indicators: evaluation.indicatorWeights.enumerated().map { j, w in
                let indicator = indicators[j]
                let direction: String
                switch indicator.direction {
                case .benefit: direction = "benefit"
                case .cost: direction = "cost"
                case .target(let t): direction = "target:\(NumberText.decimal(t, maximumFractionDigits: 6))"
                }
                return IndicatorWeight(code: w.code, dimension: w.dimension, name: indicator.name, nameEn: indicator.nameEn, unit: indicator.unit,
                                       direction: direction, withinDimension: w.withinDimension, effective: w.effective)
            },
            origins: evaluation.weightOrigins)
        var counts: [String: [String: Int]] = [:]
        for (key, category) in [("all", nil), ("comprehensive", Category.comprehensive), ("domain", Category.domain)] as [(String, Category?)] {
            let c = evaluation.gradeCounts(category: category)
            counts[key] = Dictionary(uniqueKeysWithValues: Grade.allCases.map { ($0.rawValue, c[$0] ?? 0) })
        }
        gradeCounts = counts
        let decisions = evaluation.decisionCounts
        decisionCounts = Dictionary(uniqueKeysWithValues: Decision.Kind.allCases.map { ($0.rawValue, decisions[$0] ?? 0) })
        participationCounts = Dictionary(uniqueKeysWithValues: evaluation.participationCounts.map { ($0.key.rawValue, $0.value) })
        rewardsRMB = ["total": evaluation.rewardTotal(), "comprehensive": evaluation.rewardTotal(category: .comprehensive),
                      "domain": evaluation.rewardTotal(category: .domain)]
        notes = evaluation.notes.map { NoteEntry(code: $0.code, zh: $0.text(.zh), en: $0.text(.en)) }
        let withCells = evaluation.centers.filter { $0.imputedCellCount > 0 }
        imputation = Imputation(
            imputedCells: withCells.reduce(0) { $0 + $1.imputedCellCount },
            centersWithImputedCells: withCells.map(\.center.id).sorted(),
            missingReportsImputed: evaluation.centers.filter { $0.participation == .evaluated }
                .flatMap { c in c.missingReportYears.map { "\(c.center.id) \($0)" } }.sorted(),
            missingReportsNotParticipating: evaluation.centers.filter { $0.participation == .missingReport }
                .flatMap { c in c.missingReportYears.map { "\(c.center.id) \($0)" } }.sorted())
        toVerify = evaluation.toVerify.map { item in
            let row = ToVerifyTable.row(item, language: language)
            return VerifyEntry(centerID: item.centerID, name: item.name, year: item.year, indicator: item.indicator, kind: item.kind.rawValue,
                               value: item.value, imputedValue: item.imputedValue, reference: row[7], source: item.source, action: row[9])
        }
        let codes = indicators.map(\.code)
        let dimensionCodes = scheme.dimensions.map(\.code)
        centers = evaluation.centers.map { c in
            CenterEntry(
                centerID: c.center.id, name: c.center.name, level: c.center.level.rawValue, region: c.center.region,
                category: c.center.category.rawValue, participation: c.participation.rawValue, score: c.score, rank: c.rank,
                categoryRank: c.categoryRank, grade: c.grade?.rawValue, gradeByScore: c.gradeByScore?.rawValue,
                gradeBasis: c.gradeBasis?.rawValue,
                dimensionScores: c.participation == .evaluated ? Dictionary(uniqueKeysWithValues: zip(dimensionCodes, c.dimensionScores)) : [:],
                cycleValues: Dictionary(uniqueKeysWithValues: zip(codes, c.cycleValues)),
                imputed: c.imputed, dueYears: c.dueYears, missingReportYears: c.missingReportYears,
                reportedCells: c.reportedCells, imputedCells: c.imputedCellCount, vetoes: c.vetoes, events: c.events, flags: c.flags,
                previousStatus: c.previousStatus?.rawValue, reEvaluation: c.reEvaluation, decision: DecisionEntry(c.decision))
        }
    }

    /// The JSON bytes: pretty, sorted keys, byte-identical for the same evaluation.
    public func jsonBytes() throws -> [UInt8] {
        var writer = JSONStreamWriter(layout: .pretty)
        try write(to: &writer)
        return writer.sink
    }

    /// Streams the document to `writer` (laid out `.pretty`), one center at a time, and finishes it.
    public func write<Sink>(to writer: inout JSONStreamWriter<Sink>) throws {
        try writer.beginObject()
        try writer.key("centers")
        try writer.beginArray()
        for center in centers { try writer.encode(center, keys: .convertToSnakeCase) }
        try writer.endArray()
        func member(_ key: String, _ value: some Encodable) throws {
            try writer.key(key)
            try writer.encode(value, keys: .convertToSnakeCase)
        }
        try member(CodingKeys.decisionCounts.rawValue, decisionCounts)
        try member(CodingKeys.gradeCounts.rawValue, gradeCounts)
        try member(CodingKeys.imputation.rawValue, imputation)
        try member(CodingKeys.inputs.rawValue, inputs)
        try member(CodingKeys.notes.rawValue, notes)
        try member(CodingKeys.participationCounts.rawValue, participationCounts)
        try member(CodingKeys.rewardsRMB.rawValue, rewardsRMB)
        try member(CodingKeys.run.rawValue, run)
        try member(CodingKeys.schema.rawValue, schema)
        try member(CodingKeys.schemaVersion.rawValue, schemaVersion)
        try member(CodingKeys.ticevalVersion.rawValue, ticevalVersion)
        try member(CodingKeys.toVerify.rawValue, toVerify)
        try member(CodingKeys.weights.rawValue, weights)
        try writer.endObject()
        try writer.finish()
    }
}
