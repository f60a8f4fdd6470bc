import Foundation
import Testing
import TICTestSupport
import TICIngest
@testable import TICPolicy

/// A small valid scheme written as a department would, with comments and trailing commas;
/// `{{…}}` slots are filled by the test cases.
private let template = #"""
// A test scheme. Comments and trailing commas are allowed (JSON5).
{
  name: "test",
  title: "测试体系",
  title_en: "Test scheme",
  {{top}}
  dimensions: [
    {code: "a", name: "甲", name_en: "A", clause: "第一条", {{a}}
     indicators: [{code: "national_projects", direction: "benefit"}, {code: "rd_expenditure", direction: "benefit"}]},
    {code: "b", name: "乙", name_en: "B", clause: "第二条", {{b}}
     indicators: [{code: "enterprises_served", direction: "benefit"}]},
    /* the third dimension's indicators vary by case */
    {code: "c", name: "丙", name_en: "C", clause: "第三条", {{c}}
     indicators: {{c_indicators}}},
  ],
  grading: {{grading}},
}
"""#

private func scheme(_ slots: [String: String] = [:]) -> Data {
    let defaults = [
        "top": "", "a": "", "b": "", "c": "",
        "c_indicators": #"[{code: "rd_staff", direction: "benefit"}, {code: "leading_talents", direction: "benefit"},]"#,
        "grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, decisions: [{decision: "continue", clause: "第三条"}]}"#,
    ]
    var text = template
    for (slot, value) in defaults.merging(slots, uniquingKeysWith: { $1 }) {
        text = text.replacingOccurrences(of: "{{\(slot)}}", with: value)
    }
    return Data(text.utf8)
}

/// One broken scheme: which slots change, and the error expected (JSON path and finding; its words
/// are TICReport's, checked in SchemeFindingTextTests).
struct BrokenScheme: CustomTestStringConvertible, Sendable {
    let label: String
    let slots: [String: String]
    let path: String
    let finding: SchemeFinding
    var testDescription: String { label }
}

/// The spellings of the normalizations and missing-data policies, as a scheme writes them.
private let normalizations = ["minmax", "zscore", "goalposts", "rank", "percentile", "vector", "max", "sum"]
private let missingPolicies = ["error", "zero", "center_mean", "center_min", "group_mean"]

private let brokenSchemes: [BrokenScheme] = [
    BrokenScheme(label: "indicator weight of 0",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", weight: 0}, {code: "leading_talents", direction: "benefit", weight: 1}]"#],
                 path: "dimensions[2].indicators[0].weight", finding: .notPositive),
    BrokenScheme(label: "negative dimension weight",
                 slots: ["a": "weight: 0.5,", "b": "weight: 0.5,", "c": "weight: -0.2,"],
                 path: "dimensions[2].weight", finding: .notPositive),
    BrokenScheme(label: "weight that is not a number",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", weight: "high"}]"#],
                 path: "dimensions[2].indicators[0].weight", finding: .wrongType(expected: .number)),
    BrokenScheme(label: "unknown normalization",
                 slots: ["top": #"defaults: {normalization: "minmax2"},"#],
                 path: "defaults.normalization",
                 finding: .unknownValue("minmax2", expected: normalizations)),
    BrokenScheme(label: "unknown per-indicator normalization",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", normalization: "softmax"}]"#],
                 path: "dimensions[2].indicators[0].normalization",
                 finding: .unknownValue("softmax", expected: normalizations)),
    BrokenScheme(label: "goalposts without floor",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", normalization: "goalposts", ceiling: 500}]"#],
                 path: "dimensions[2].indicators[0].floor", finding: .missingGoalpost(.floor)),
    BrokenScheme(label: "goalposts floor above ceiling",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", normalization: "goalposts", floor: 500, ceiling: 10}]"#],
                 path: "dimensions[2].indicators[0].ceiling", finding: .ceilingNotAboveFloor(floor: 500)),
    BrokenScheme(label: "target direction without target",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "target"}]"#],
                 path: "dimensions[2].indicators[0].target", finding: .targetRequired),
    BrokenScheme(label: "unknown direction",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "more"}]"#],
                 path: "dimensions[2].indicators[0].direction", finding: .unknownValue("more", expected: ["benefit", "cost", "target"])),
    BrokenScheme(label: "indicator without code",
                 slots: ["c_indicators": #"[{direction: "benefit"}]"#],
                 path: "dimensions[2].indicators[0].code", finding: .missingKey),
    BrokenScheme(label: "dimension without indicators",
                 slots: ["c_indicators": "[]"],
                 path: "dimensions[2].indicators", finding: .noIndicators),
    BrokenScheme(label: "AHP matrix with too few rows",
                 slots: ["top": #"dimension_weights: {method: "ahp", matrices: [[[1, 2, 3], ["1/2", 1, 2]]]},"#],
                 path: "dimension_weights.matrices[0]",
                 finding: .matrixShape(.dimension, codes: ["a", "b", "c"], rows: 2)),
    BrokenScheme(label: "AHP row too short",
                 slots: ["top": #"dimension_weights: {method: "ahp", matrices: [[[1, 2, 3], ["1/2", 1], ["1/3", "1/2", 1]]]},"#],
                 path: "dimension_weights.matrices[0][1]", finding: .rowLength(entries: 2, expected: 3)),
    BrokenScheme(label: "AHP not reciprocal",
                 slots: ["top": #"dimension_weights: {method: "ahp", matrices: [[[1, 2, 3], ["1/2", 1, 2], ["1/3", "1/3", 1]]]},"#],
                 path: "dimension_weights.matrices[0][1][2]", finding: .notReciprocal(row: 1, column: 2, entry: 2, mirror: .inverse(3))),
    BrokenScheme(label: "AHP cell that is not a fraction",
                 slots: ["top": #"dimension_weights: {method: "ahp", matrices: [[[1, 2, 3], ["1/x", 1, 2], ["1/3", "1/2", 1]]]},"#],
                 path: "dimension_weights.matrices[0][1][0]", finding: .notAJudgment("1/x")),
    BrokenScheme(label: "AHP cell not positive, in a dimension's indicator weights",
                 slots: ["c": #"indicator_weights: {method: "ahp", matrices: [[[1, -2], ["-1/2", 1]]]},"#],
                 path: "dimensions[2].indicator_weights.matrices[0][0][1]", finding: .judgmentNotPositive),
    BrokenScheme(label: "AHP in combined weights, second expert's diagonal",
                 slots: ["top": #"dimension_weights: {method: "combined", alpha: 0.5, objective: "entropy", subjective: {method: "ahp", matrices: [[[1, 1, 1], [1, 1, 1], [1, 1, 1]], [[1, 1, 1], [1, 2, 1], [1, 1, 1]]]}},"#],
                 path: "dimension_weights.subjective.matrices[1][1][1]", finding: .diagonalNotOne),
    BrokenScheme(label: "combined alpha above 1",
                 slots: ["top": #"dimension_weights: {method: "combined", alpha: 1.5, subjective: {method: "equal"}},"#],
                 path: "dimension_weights.alpha", finding: .notBetweenZeroAndOne),
    BrokenScheme(label: "weights given with an objective method",
                 slots: ["top": #"dimension_weights: {method: "entropy"},"#, "a": "weight: 0.5,"],
                 path: "dimensions[0].weight",
                 finding: .weightWithoutExplicitMethod(weightsPath: "dimension_weights", method: "entropy")),
    BrokenScheme(label: "explicit weights with one missing",
                 slots: ["a": "weight: 0.5,", "b": "weight: 0.5,"],
                 path: "dimensions[2].weight", finding: .missingWeight(.dimension)),
    BrokenScheme(label: "derived ratio over an unknown column",
                 slots: ["c_indicators": #"[{code: "my_share", name: "比例", name_en: "Share", unit: "ratio", direction: "benefit", derived: {numerator: "service_incme", denominator: "total_income"}}]"#],
                 path: "dimensions[2].indicators[0].derived.numerator",
                 finding: .unknownColumn("service_incme")),
    BrokenScheme(label: "cyclic derived reference",
                 slots: ["c_indicators": #"[{code: "x", name: "x", name_en: "x", unit: "ratio", direction: "benefit", derived: {numerator: "y", denominator: "total_income"}}, {code: "y", name: "y", name_en: "y", unit: "ratio", direction: "benefit", derived: {numerator: "x", denominator: "total_income"}}]"#],
                 path: "dimensions[2].indicators[0].derived", finding: .cyclicDerivedReference(["x", "y", "x"])),
    BrokenScheme(label: "catalogue ratio not declared as derived",
                 slots: ["c_indicators": #"[{code: "service_income_share", direction: "benefit"}]"#],
                 path: "dimensions[2].indicators[0].derived",
                 finding: .notAReportColumn("service_income_share")),
    BrokenScheme(label: "duplicate indicator code",
                 slots: ["c_indicators": #"[{code: "national_projects", direction: "benefit"}]"#],
                 path: "dimensions[2].indicators[0].code",
                 finding: .duplicateCode("national_projects", .indicator, firstAt: "dimensions[0].indicators[0]")),
    BrokenScheme(label: "cut-offs not decreasing",
                 slots: ["grading": "{cutoffs: {excellent: 70, good: 75, qualified: 60}}"],
                 path: "grading.cutoffs.good", finding: .cutoffNotDecreasing(75, above: .excellent, aboveValue: 70)),
    BrokenScheme(label: "cut-off missing",
                 slots: ["grading": "{cutoffs: {excellent: 90, qualified: 60}}"],
                 path: "grading.cutoffs.good", finding: .missingKey),
    BrokenScheme(label: "quota share above 1",
                 slots: ["grading": "{quotas: {excellent: {max_share: 1.2}}}"],
                 path: "grading.quotas.excellent.max_share", finding: .notBetweenZeroAndOne),
    BrokenScheme(label: "quota share below 0",
                 slots: ["grading": "{quotas: {unqualified: {min_share: -0.1}}}"],
                 path: "grading.quotas.unqualified.min_share", finding: .notBetweenZeroAndOne),
    BrokenScheme(label: "neither cut-offs nor quotas",
                 slots: ["grading": "{tie_rule: \"include_ties\"}"],
                 path: "grading", finding: .noGradingRule),
    BrokenScheme(label: "a scheme without grades cannot decide by grade",
                 slots: ["grading": #"{decisions: [{grades: ["unqualified"], decision: "rectify"}, {decision: "continue_support"}]}"#],
                 path: "grading.decisions[0].grades", finding: .gradesWithoutGradeScale),
    BrokenScheme(label: "a failed re-evaluation decides removal, revocation or referral",
                 slots: ["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, decisions: [{decision: "continue"}], failed_re_evaluation: {decision: "continue"}}"#],
                 path: "grading.failed_re_evaluation.decision",
                 finding: .unknownValue("continue", expected: ["remove", "revoke", "refer_to_department"])),
    BrokenScheme(label: "a rectification deadline outside 1–5 years",
                 slots: ["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, decisions: [{grades: ["unqualified"], decision: "rectify", rectification_years: 0}, {decision: "continue"}]}"#],
                 path: "grading.decisions[0].rectification_years", finding: .rectificationYearsOutOfRange(0)),
    BrokenScheme(label: "an unknown decision",
                 slots: ["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, decisions: [{decision: "promote"}]}"#],
                 path: "grading.decisions[0].decision",
                 finding: .unknownValue("promote", expected: Decision.Kind.allCases.map(\.rawValue))),
    BrokenScheme(label: "unknown tie rule",
                 slots: ["grading": "{quotas: {excellent: {max_share: 0.2}}, tie_rule: \"random\"}"],
                 path: "grading.tie_rule", finding: .unknownValue("random", expected: ["include_ties", "exclude_ties"])),
    BrokenScheme(label: "veto on an unknown indicator",
                 slots: ["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, vetoes: [{indicator: "rd_stuff", op: "<", value: 10}]}"#],
                 path: "grading.vetoes[0].indicator",
                 finding: .unknownVetoIndicator("rd_stuff")),
    BrokenScheme(label: "non-participation decisions are remove or refer_to_department",
                 slots: ["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, non_participation: {decision: "keep"}}"#],
                 path: "grading.non_participation.decision", finding: .unknownValue("keep", expected: ["remove", "refer_to_department"])),
    BrokenScheme(label: "the retired exclude policy",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", missing: "exclude"}]"#],
                 path: "dimensions[2].indicators[0].missing", finding: .excludeRetired(expected: missingPolicies)),
    BrokenScheme(label: "VIKOR v out of range",
                 slots: ["top": #"aggregation: {method: "vikor", v: 1.5},"#],
                 path: "aggregation.v", finding: .notBetweenZeroAndOne),
    BrokenScheme(label: "geometric aggregation with zscore",
                 slots: ["top": #"aggregation: {method: "geometric"}, defaults: {normalization: "zscore"},"#],
                 path: "aggregation.method",
                 finding: .geometricWithZScore(indicatorPath: "dimensions[0].indicators[0]")),
    BrokenScheme(label: "growth over a one-year cycle",
                 slots: ["top": "cycle_years: 1,", "c_indicators": #"[{code: "rd_staff", direction: "benefit", cycle_aggregation: "growth"}]"#],
                 path: "dimensions[2].indicators[0].cycle_aggregation", finding: .growthNeedsTwoYears(cycleYears: 1)),
    BrokenScheme(label: "unknown cycle aggregation",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", cycle_aggregation: "median"}]"#],
                 path: "dimensions[2].indicators[0].cycle_aggregation", finding: .unknownValue("median", expected: ["mean", "sum", "latest", "growth"])),
    BrokenScheme(label: "unknown missing-data policy",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", missing: "interpolate"}]"#],
                 path: "dimensions[2].indicators[0].missing", finding: .unknownValue("interpolate", expected: missingPolicies)),
    BrokenScheme(label: "unknown outlier treatment",
                 slots: ["top": #"defaults: {outliers: "trim"},"#],
                 path: "defaults.outliers", finding: .unknownValue("trim", expected: ["none", "winsorize", "log"])),
    BrokenScheme(label: "unknown random index table",
                 slots: ["top": #"dimension_weights: {method: "ahp", random_index: "alonso", matrices: [[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]},"#],
                 path: "dimension_weights.random_index", finding: .unknownValue("alonso", expected: ["saaty", "tummala-ling", "donegan-dodd"])),
    BrokenScheme(label: "combined weights with an objective subjective part",
                 slots: ["top": #"dimension_weights: {method: "combined", subjective: {method: "critic"}, objective: "entropy"},"#],
                 path: "dimension_weights.subjective.method", finding: .subjectiveMethodNotAllowed),
    BrokenScheme(label: "reward amount of 0",
                 slots: ["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, rewards: [{grade: "excellent", amount_rmb: 0, kind: "one_time"}]}"#],
                 path: "grading.rewards[0].amount_rmb", finding: .notPositive),
    BrokenScheme(label: "fractional rectification period",
                 slots: ["grading": "{cutoffs: {excellent: 90, good: 75, qualified: 60}, rectification_years: 1.5}"],
                 path: "grading.rectification_years", finding: .wrongType(expected: .integer)),
    BrokenScheme(label: "a string for a flag",
                 slots: ["grading": "{cutoffs: {excellent: 90, good: 75, qualified: 60}, conversion_review: \"no\"}"],
                 path: "grading.conversion_review", finding: .wrongType(expected: .boolean)),
    BrokenScheme(label: "a number for an indicator",
                 slots: ["c_indicators": "[3]"],
                 path: "dimensions[2].indicators[0]", finding: .wrongType(expected: .object)),
    BrokenScheme(label: "cycle of 7 years",
                 slots: ["top": "cycle_years: 7,"],
                 path: "cycle_years", finding: .cycleYearsOutOfRange(7)),
]

@Suite("Scheme validation")
struct SchemeValidationTests {
    @Test("the objective variants are scheme methods of the same names as `weights --method`, and round-trip")
    func objectiveVariants() throws {
        let inspection = Scheme.inspect(scheme([
            "top": #"dimension_weights: {method: "combined", subjective: {method: "ahp", matrices: [[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]}, objective: "critic:inverted-cost", alpha: 0.5},"#,
            "a": #"indicator_weights: {method: "entropy:spssau"},"#,
            "c": #"indicator_weights: {method: "critic:inverted-cost"},"#,
        ]))
        #expect(inspection.diagnostics == [])
        let decoded = try #require(inspection.scheme)
        #expect(decoded.dimensions[0].indicatorWeights == .objective(.entropySPSSAU))
        #expect(decoded.dimensions[2].indicatorWeights == .objective(.criticInvertedCost))
        guard case .combined(let combined) = decoded.dimensionWeights else { Issue.record("not combined"); return }
        #expect(combined.objective == .criticInvertedCost)
        let json = String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self)
        #expect(json.contains(#""method":"entropy:spssau""#) && json.contains(#""objective":"critic:inverted-cost""#))
        #expect(try JSONDecoder().decode(Scheme.self, from: Data(json.utf8)) == decoded)
    }

    @Test("the template scheme, with comments and trailing commas, is valid")
    func commentsAllowed() throws {
        let inspection = Scheme.inspect(scheme())
        #expect(inspection.diagnostics == [])
        let decoded = try #require(inspection.scheme)
        #expect(decoded.dimensions.map(\.code) == ["a", "b", "c"])
        #expect(decoded.dimensionWeights == .equal)
        // name, name_en and unit come from the catalogue when left out.
        #expect(decoded.dimensions[0].indicators[1].unit == "万元")
    }

    @Test("a broken scheme gives the error at its JSON path", arguments: brokenSchemes)
    func brokenSchemeIsReported(_ broken: BrokenScheme) throws {
        let inspection = Scheme.inspect(scheme(broken.slots))
        #expect(inspection.errors.contains(.error(at: broken.path, broken.finding)), "got \(inspection.errors)")
        let error = try #require(throws: SchemeError.self) { try Scheme.decode(from: scheme(broken.slots)) }
        #expect(error == .invalid(diagnostics: inspection.diagnostics) && error.errors == inspection.errors)
    }

    @Test("decisions left out, or leaving centers out, are warnings: the defaults and the referral are the department's")
    func decisionWarnings() {
        let absent = Scheme.inspect(scheme(["grading": "{cutoffs: {excellent: 90, good: 75, qualified: 60}}"]))
        #expect(absent.errors == [] && absent.warnings == [.warning(at: "grading", .decisionsNotStated(rectificationYears: 1))])
        let partial = Scheme.inspect(scheme(["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, decisions: [{grades: ["excellent"], decision: "continue"}, {min_score: 10, decision: "rectify"}]}"#]))
        #expect(partial.warnings == [.warning(at: "grading.decisions[1]", .decisionsNotExhaustive)])
        // Rules on grades alone that cover all four grades leave nobody out.
        let covered = Scheme.inspect(scheme(["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, decisions: [{grades: ["excellent", "good"], decision: "continue"}, {grades: ["qualified", "unqualified"], decision: "rectify"}]}"#]))
        #expect(covered.diagnostics == [])
    }

    @Test("every error is reported, not just the first")
    func collectsAllErrors() throws {
        let data = scheme([
            "top": #"defaults: {normalization: "minmax2", missing: "guess"},"#,
            "c_indicators": #"[{code: "rd_staff", direction: "benefit", weight: 0}, {code: "leading_talents", direction: "up"}]"#,
            "grading": "{cutoffs: {excellent: 60, good: 75, qualified: 80}}",
        ])
        let paths = Scheme.inspect(data).errors.map(\.path)
        #expect(paths == [
            "defaults.missing", "defaults.normalization",
            "dimensions[2].indicators[0].weight", "dimensions[2].indicators[1].direction",
            "dimensions[2].indicators[1].weight",
            "grading.cutoffs.good", "grading.cutoffs.qualified",
        ])
    }

    @Test("an unknown weighting method is one error; the level falls back to its default method")
    func unknownMethodDoesNotCascade() {
        let data = scheme([
            "c": #"indicator_weights: {method: "entropopy"},"#,
            "c_indicators": #"[{code: "rd_staff", direction: "benefit", weight: 2}, {code: "leading_talents", direction: "benefit", weight: 2}]"#,
        ])
        let inspection = Scheme.inspect(data)
        #expect(inspection.errors.map(\.path) == ["dimensions[2].indicator_weights.method"])
        #expect(inspection.scheme?.dimensions[2].indicatorWeights == .explicit)
    }

    @Test("Scheme is plain Codable too: JSONDecoder reads a preset and throws DecodingError on bad input")
    func plainCodable() throws {
        let preset = try Scheme.preset(named: "sichuan-2022")
        #expect(try JSONDecoder().decode(Scheme.self, from: preset.jsonData()) == preset)
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Scheme.self, from: Data(#"{"name": "x", "title": "t", "dimensions": [], "grading": {"tie_rule": "coin"}}"#.utf8))
        }
        guard case .dataCorrupted(let context) = error else { Issue.record("expected dataCorrupted, got \(error)"); return }
        #expect(context.codingPath.map(\.stringValue) == ["grading", "tie_rule"])
        // The description is for the programmer: the finding, which TICReport words for users.
        #expect(context.debugDescription == "\(SchemeFinding.unknownValue("coin", expected: ["include_ties", "exclude_ties"]))")
    }

    @Test("derived indicators come in dependency order; input columns are the report columns read")
    func derivedOrderAndColumns() throws {
        let data = scheme(["c_indicators": #"""
            [{code: "share_of_share", name: "x", name_en: "x", unit: "ratio", direction: "benefit",
              derived: {numerator: "service_income_share", denominator: "government_funding_share"}},
             {code: "service_income_share", direction: "benefit", derived: {numerator: "service_income", denominator: "total_income"}},
             {code: "government_funding_share", direction: "cost", derived: {numerator: "government_funding", denominator: "total_income"}}]
            """#])
        let decoded = try Scheme.decode(from: data)
        #expect(decoded.derivedIndicatorsInDependencyOrder.map(\.code) == ["service_income_share", "government_funding_share", "share_of_share"])
        #expect(decoded.inputColumns == ["enterprises_served", "government_funding", "national_projects", "rd_expenditure", "service_income", "total_income"])
    }

    @Test("explicit weights that do not sum to 1 are a warning and are normalized")
    func weightsNormalized() throws {
        let data = scheme(["a": "weight: 2,", "b": "weight: 1,", "c": "weight: 1,"])
        let inspection = Scheme.inspect(data)
        #expect(inspection.errors == [])
        #expect(inspection.warnings == [.warning(at: "dimensions", .weightsNormalized(sum: 4))])
        let decoded = try Scheme.decode(from: data)
        #expect(decoded.dimensions.map(\.weight) == [0.5, 0.25, 0.25])
        #expect(decoded.dimensionWeights == .explicit)
    }

    @Test("indicator weights are normalized within their dimension")
    func indicatorWeightsNormalized() throws {
        let data = scheme(["c_indicators": #"[{code: "rd_staff", direction: "benefit", weight: 3}, {code: "leading_talents", direction: "benefit", weight: 1}]"#])
        let inspection = Scheme.inspect(data)
        #expect(inspection.warnings.map(\.path) == ["dimensions[2].indicators"])
        #expect(inspection.scheme?.dimensions[2].indicators.map(\.weight) == [0.75, 0.25])
    }

    @Test("the AHP consistency hook turns a high ratio into an error, or a warning when allowed")
    func consistencyHook() throws {
        let validator = SchemeValidator(consistencyRatio: { matrix, randomIndex in
            randomIndex == .doneganDodd && matrix.count == 3 ? 0.25 : nil
        })
        let matrix = #"matrices: [[[1, 2, 3], ["1/2", 1, 2], ["1/3", "1/2", 1]]]"#
        let strict = scheme(["top": "dimension_weights: {method: \"ahp\", random_index: \"donegan-dodd\", \(matrix)},"])
        #expect(Scheme.inspect(strict, validator: validator).diagnostics == [
            .error(at: "dimension_weights.matrices[0]", .inconsistent(ratio: 0.25, threshold: 0.1, accepted: false)),
        ])
        #expect(Scheme.inspect(strict).diagnostics == [], "without the hook only the structure is checked")
        let allowed = scheme(["top": "dimension_weights: {method: \"ahp\", random_index: \"donegan-dodd\", allow_inconsistent: true, \(matrix)},"])
        #expect(Scheme.inspect(allowed, validator: validator).diagnostics == [
            .warning(at: "dimension_weights.matrices[0]", .inconsistent(ratio: 0.25, threshold: 0.1, accepted: true)),
        ])
    }

    @Test("an unknown key is an error at its path that suggests the nearest known key")
    func unknownKeyError() throws {
        let inspection = Scheme.inspect(scheme(["c_indicators": #"[{code: "rd_staff", direction: "benefit", normalisation: "rank"}]"#]))
        #expect(inspection.errors.map(\.path) == ["dimensions[2].indicators[0].normalisation"])
        let finding = try #require(inspection.errors.first?.finding)
        guard case .unknownKey(let key, let nearest, let known) = finding else { Issue.record("\(finding)"); return }
        #expect(key == "normalisation" && nearest == "normalization" && known.contains("normalization"))
    }

    @Test("a syntax error gives its line and column")
    func syntaxError() {
        let data = Data("{\n  // comment\n  name: \"x\",\n  title: \"t\" dimensions: []\n}\n".utf8)
        let inspection = Scheme.inspect(data)
        #expect(inspection.scheme == nil)
        #expect(inspection.errors == [.error(at: "$", .invalidJSON(line: 4, column: 14, expected: .commaOr(closing: "}")))])
    }

    @Test("text that is not UTF-8 (e.g. saved as GBK) is reported as such")
    func notUTF8() {
        let gbk = Data([0x7B, 0x22, 0xB2, 0xE2, 0x22, 0x3A, 0x31, 0x7D])   // {"测":1} in GBK
        #expect(Scheme.inspect(gbk).errors == [.error(at: "$", .notUTF8)])
    }

    @Test("an empty file and a JSON array are reported at the root")
    func notAnObject() {
        #expect(Scheme.inspect(Data()).errors == [.error(at: "$", .invalidJSON(line: 1, column: 1, expected: .value))])
        #expect(Scheme.inspect(Data("[1, 2]".utf8)).errors == [.error(at: "$", .wrongType(expected: .object))])
    }

    @Test("the example of Guides/Schemes.md is valid")
    func guideExample() throws {
        let guide = Fixtures.repository("Guides/Schemes.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        let start = try #require(text.range(of: "```json5\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let inspection = Scheme.inspect(Data(text[start.upperBound..<end.lowerBound].utf8))
        #expect(inspection.diagnostics == [])
        #expect(inspection.scheme?.dimensions.count == 2)
    }

    @Test("a file that cannot be read is reported with its name")
    func unreadableFile() {
        let url = URL(fileURLWithPath: "/nonexistent/scheme.json")
        #expect {
            try Scheme.load(from: url)
        } throws: { error in
            guard case SchemeError.unreadable(let file, _) = error else { return false }
            return file == "/nonexistent/scheme.json"
        }
    }
}
