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
        "grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}}"#,
    ]
    var text = template
    for (slot, value) in defaults.merging(slots, uniquingKeysWith: { $1 }) {
        text = text.replacingOccurrences(of: "{{\(slot)}}", with: value)
    }
    return Data(text.utf8)
}

/// One broken scheme: which slots change, and the error expected (JSON path and English message).
struct BrokenScheme: CustomTestStringConvertible, Sendable {
    let label: String
    let slots: [String: String]
    let path: String
    let message: String
    var testDescription: String { label }
}

private let brokenSchemes: [BrokenScheme] = [
    BrokenScheme(label: "indicator weight of 0",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", weight: 0}, {code: "leading_talents", direction: "benefit", weight: 1}]"#],
                 path: "dimensions[2].indicators[0].weight", message: "must be > 0"),
    BrokenScheme(label: "negative dimension weight",
                 slots: ["a": "weight: 0.5,", "b": "weight: 0.5,", "c": "weight: -0.2,"],
                 path: "dimensions[2].weight", message: "must be > 0"),
    BrokenScheme(label: "weight that is not a number",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", weight: "high"}]"#],
                 path: "dimensions[2].indicators[0].weight", message: "wrong type: expected a number"),
    BrokenScheme(label: "unknown normalization",
                 slots: ["top": #"defaults: {normalization: "minmax2"},"#],
                 path: "defaults.normalization",
                 message: "unknown value 'minmax2'; expected one of: minmax, zscore, goalposts, rank, percentile, vector, max, sum"),
    BrokenScheme(label: "unknown per-indicator normalization",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", normalization: "softmax"}]"#],
                 path: "dimensions[2].indicators[0].normalization",
                 message: "unknown value 'softmax'; expected one of: minmax, zscore, goalposts, rank, percentile, vector, max, sum"),
    BrokenScheme(label: "goalposts without floor",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", normalization: "goalposts", ceiling: 500}]"#],
                 path: "dimensions[2].indicators[0].floor", message: "required with goalposts normalization"),
    BrokenScheme(label: "goalposts floor above ceiling",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", normalization: "goalposts", floor: 500, ceiling: 10}]"#],
                 path: "dimensions[2].indicators[0].ceiling", message: "must be greater than floor (500)"),
    BrokenScheme(label: "target direction without target",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "target"}]"#],
                 path: "dimensions[2].indicators[0].target", message: "required when direction is 'target'"),
    BrokenScheme(label: "unknown direction",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "more"}]"#],
                 path: "dimensions[2].indicators[0].direction", message: "unknown value 'more'; expected one of: benefit, cost, target"),
    BrokenScheme(label: "indicator without code",
                 slots: ["c_indicators": #"[{direction: "benefit"}]"#],
                 path: "dimensions[2].indicators[0].code", message: "missing required key"),
    BrokenScheme(label: "dimension without indicators",
                 slots: ["c_indicators": "[]"],
                 path: "dimensions[2].indicators", message: "must list at least one indicator"),
    BrokenScheme(label: "AHP matrix with too few rows",
                 slots: ["top": #"dimension_weights: {method: "ahp", matrices: [[[1, 2, 3], ["1/2", 1, 2]]]},"#],
                 path: "dimension_weights.matrices[0]",
                 message: "must be 3×3 (a row and a column per dimension: a, b, c); found 2 rows"),
    BrokenScheme(label: "AHP row too short",
                 slots: ["top": #"dimension_weights: {method: "ahp", matrices: [[[1, 2, 3], ["1/2", 1], ["1/3", "1/2", 1]]]},"#],
                 path: "dimension_weights.matrices[0][1]", message: "row has 2 entries; expected 3"),
    BrokenScheme(label: "AHP not reciprocal",
                 slots: ["top": #"dimension_weights: {method: "ahp", matrices: [[[1, 2, 3], ["1/2", 1, 2], ["1/3", "1/3", 1]]]},"#],
                 path: "dimension_weights.matrices[0][1][2]", message: "not reciprocal: [1][2] × [2][1] = 2 × 1/3 ≠ 1"),
    BrokenScheme(label: "AHP cell that is not a fraction",
                 slots: ["top": #"dimension_weights: {method: "ahp", matrices: [[[1, 2, 3], ["1/x", 1, 2], ["1/3", "1/2", 1]]]},"#],
                 path: "dimension_weights.matrices[0][1][0]", message: #"'1/x' is not a number or a fraction such as "1/3""#),
    BrokenScheme(label: "AHP cell not positive, in a dimension's indicator weights",
                 slots: ["c": #"indicator_weights: {method: "ahp", matrices: [[[1, -2], ["-1/2", 1]]]},"#],
                 path: "dimensions[2].indicator_weights.matrices[0][0][1]", message: "must be a positive number"),
    BrokenScheme(label: "AHP in combined weights, second expert's diagonal",
                 slots: ["top": #"dimension_weights: {method: "combined", alpha: 0.5, objective: "entropy", subjective: {method: "ahp", matrices: [[[1, 1, 1], [1, 1, 1], [1, 1, 1]], [[1, 1, 1], [1, 2, 1], [1, 1, 1]]]}},"#],
                 path: "dimension_weights.subjective.matrices[1][1][1]", message: "diagonal entries must be 1"),
    BrokenScheme(label: "combined alpha above 1",
                 slots: ["top": #"dimension_weights: {method: "combined", alpha: 1.5, subjective: {method: "equal"}},"#],
                 path: "dimension_weights.alpha", message: "must be between 0 and 1"),
    BrokenScheme(label: "weights given with an objective method",
                 slots: ["top": #"dimension_weights: {method: "entropy"},"#, "a": "weight: 0.5,"],
                 path: "dimensions[0].weight",
                 message: "weight given but dimension_weights.method is 'entropy'; set it to 'explicit' or remove the weight"),
    BrokenScheme(label: "explicit weights with one missing",
                 slots: ["a": "weight: 0.5,", "b": "weight: 0.5,"],
                 path: "dimensions[2].weight", message: "missing: dimension_weights is explicit, so every dimension needs a weight"),
    BrokenScheme(label: "derived ratio over an unknown column",
                 slots: ["c_indicators": #"[{code: "my_share", name: "比例", name_en: "Share", unit: "ratio", direction: "benefit", derived: {numerator: "service_incme", denominator: "total_income"}}]"#],
                 path: "dimensions[2].indicators[0].derived.numerator",
                 message: "unknown column 'service_incme'; expected a report column or a derived indicator of this scheme"),
    BrokenScheme(label: "cyclic derived reference",
                 slots: ["c_indicators": #"[{code: "x", name: "x", name_en: "x", unit: "ratio", direction: "benefit", derived: {numerator: "y", denominator: "total_income"}}, {code: "y", name: "y", name_en: "y", unit: "ratio", direction: "benefit", derived: {numerator: "x", denominator: "total_income"}}]"#],
                 path: "dimensions[2].indicators[0].derived", message: "cyclic derived reference: x → y → x"),
    BrokenScheme(label: "catalogue ratio not declared as derived",
                 slots: ["c_indicators": #"[{code: "service_income_share", direction: "benefit"}]"#],
                 path: "dimensions[2].indicators[0].derived",
                 message: #"'service_income_share' is not a report column: declare "derived": {"numerator": …, "denominator": …}"#),
    BrokenScheme(label: "duplicate indicator code",
                 slots: ["c_indicators": #"[{code: "national_projects", direction: "benefit"}]"#],
                 path: "dimensions[2].indicators[0].code",
                 message: "duplicate indicator code 'national_projects' (first at dimensions[0].indicators[0])"),
    BrokenScheme(label: "cut-offs not decreasing",
                 slots: ["grading": "{cutoffs: {excellent: 70, good: 75, qualified: 60}}"],
                 path: "grading.cutoffs.good", message: "cut-offs must be strictly decreasing: 75 must be less than excellent (70)"),
    BrokenScheme(label: "cut-off missing",
                 slots: ["grading": "{cutoffs: {excellent: 90, qualified: 60}}"],
                 path: "grading.cutoffs.good", message: "missing required key"),
    BrokenScheme(label: "quota share above 1",
                 slots: ["grading": "{quotas: {excellent: {max_share: 1.2}}}"],
                 path: "grading.quotas.excellent.max_share", message: "must be between 0 and 1"),
    BrokenScheme(label: "quota share below 0",
                 slots: ["grading": "{quotas: {unqualified: {min_share: -0.1}}}"],
                 path: "grading.quotas.unqualified.min_share", message: "must be between 0 and 1"),
    BrokenScheme(label: "neither cut-offs nor quotas",
                 slots: ["grading": "{tie_rule: \"include_ties\"}"],
                 path: "grading", message: "set cutoffs, quotas or both"),
    BrokenScheme(label: "unknown tie rule",
                 slots: ["grading": "{quotas: {excellent: {max_share: 0.2}}, tie_rule: \"random\"}"],
                 path: "grading.tie_rule", message: "unknown value 'random'; expected one of: include_ties, exclude_ties"),
    BrokenScheme(label: "veto on an unknown indicator",
                 slots: ["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, vetoes: [{indicator: "rd_stuff", op: "<", value: 10}]}"#],
                 path: "grading.vetoes[0].indicator",
                 message: "unknown indicator 'rd_stuff'; expected an indicator of the scheme or a report column"),
    BrokenScheme(label: "non-participation decisions are remove or refer_to_department",
                 slots: ["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, non_participation: {decision: "keep"}}"#],
                 path: "grading.non_participation.decision", message: "unknown value 'keep'; expected one of: remove, refer_to_department"),
    BrokenScheme(label: "the retired exclude policy",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", missing: "exclude"}]"#],
                 path: "dimensions[2].indicators[0].missing", message: "exclude is no longer offered: it let a center drop its weakest indicator and reweighted the rest; expected one of: error, zero, center_mean, center_min, group_mean"),
    BrokenScheme(label: "VIKOR v out of range",
                 slots: ["top": #"aggregation: {method: "vikor", v: 1.5},"#],
                 path: "aggregation.v", message: "must be between 0 and 1"),
    BrokenScheme(label: "geometric aggregation with zscore",
                 slots: ["top": #"aggregation: {method: "geometric"}, defaults: {normalization: "zscore"},"#],
                 path: "aggregation.method",
                 message: "geometric aggregation needs positive normalized values; zscore at dimensions[0].indicators[0] gives negative ones"),
    BrokenScheme(label: "growth over a one-year cycle",
                 slots: ["top": "cycle_years: 1,", "c_indicators": #"[{code: "rd_staff", direction: "benefit", cycle_aggregation: "growth"}]"#],
                 path: "dimensions[2].indicators[0].cycle_aggregation", message: "growth (CAGR) needs at least two years; cycle_years is 1"),
    BrokenScheme(label: "unknown cycle aggregation",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", cycle_aggregation: "median"}]"#],
                 path: "dimensions[2].indicators[0].cycle_aggregation", message: "unknown value 'median'; expected one of: mean, sum, latest, growth"),
    BrokenScheme(label: "unknown missing-data policy",
                 slots: ["c_indicators": #"[{code: "rd_staff", direction: "benefit", missing: "interpolate"}]"#],
                 path: "dimensions[2].indicators[0].missing", message: "unknown value 'interpolate'; expected one of: error, zero, center_mean, center_min, group_mean"),
    BrokenScheme(label: "unknown outlier treatment",
                 slots: ["top": #"defaults: {outliers: "trim"},"#],
                 path: "defaults.outliers", message: "unknown value 'trim'; expected one of: none, winsorize, log"),
    BrokenScheme(label: "unknown random index table",
                 slots: ["top": #"dimension_weights: {method: "ahp", random_index: "alonso", matrices: [[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]},"#],
                 path: "dimension_weights.random_index", message: "unknown value 'alonso'; expected one of: saaty, tummala-ling, donegan-dodd"),
    BrokenScheme(label: "combined weights with an objective subjective part",
                 slots: ["top": #"dimension_weights: {method: "combined", subjective: {method: "critic"}, objective: "entropy"},"#],
                 path: "dimension_weights.subjective.method", message: "subjective weights must be 'explicit' or 'ahp'"),
    BrokenScheme(label: "reward amount of 0",
                 slots: ["grading": #"{cutoffs: {excellent: 90, good: 75, qualified: 60}, rewards: [{grade: "excellent", amount_rmb: 0, kind: "one_time"}]}"#],
                 path: "grading.rewards[0].amount_rmb", message: "must be > 0"),
    BrokenScheme(label: "fractional rectification period",
                 slots: ["grading": "{cutoffs: {excellent: 90, good: 75, qualified: 60}, rectification_years: 1.5}"],
                 path: "grading.rectification_years", message: "wrong type: expected an integer"),
    BrokenScheme(label: "a string for a flag",
                 slots: ["grading": "{cutoffs: {excellent: 90, good: 75, qualified: 60}, conversion_review: \"no\"}"],
                 path: "grading.conversion_review", message: "wrong type: expected true or false"),
    BrokenScheme(label: "a number for an indicator",
                 slots: ["c_indicators": "[3]"],
                 path: "dimensions[2].indicators[0]", message: "wrong type: expected an object"),
    BrokenScheme(label: "cycle of 7 years",
                 slots: ["top": "cycle_years: 7,"],
                 path: "cycle_years", message: "must be between 1 and 5 (normally 3; Sichuan's 2018 guideline allows 3–5)"),
]

@Suite("Scheme validation")
struct SchemeValidationTests {
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
        let errors = inspection.errors.map { "\($0.path): \($0.en)" }
        #expect(errors.contains("\(broken.path): \(broken.message)"), "got \(errors)")
        let error = try #require(throws: SchemeError.self) { try Scheme.decode(from: scheme(broken.slots)) }
        #expect(error == .invalid(diagnostics: inspection.diagnostics) && error.errors == inspection.errors)
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
        #expect(context.debugDescription == "unknown value 'coin'; expected one of: include_ties, exclude_ties")
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
        #expect(inspection.warnings.map(\.description) == ["dimensions: warning: weights sum to 4; normalized to sum 1"])
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
        #expect(Scheme.inspect(strict, validator: validator).diagnostics.map(\.description) == [
            "dimension_weights.matrices[0]: error: consistency ratio 0.25 exceeds 0.1; revise the judgments or set allow_inconsistent",
        ])
        #expect(Scheme.inspect(strict).diagnostics == [], "without the hook only the structure is checked")
        let allowed = scheme(["top": "dimension_weights: {method: \"ahp\", random_index: \"donegan-dodd\", allow_inconsistent: true, \(matrix)},"])
        #expect(Scheme.inspect(allowed, validator: validator).diagnostics.map(\.description) == [
            "dimension_weights.matrices[0]: warning: consistency ratio 0.25 exceeds 0.1 (accepted: allow_inconsistent)",
        ])
    }

    @Test("an unknown key is an error at its path that suggests the nearest known key")
    func unknownKeyError() {
        let inspection = Scheme.inspect(scheme(["c_indicators": #"[{code: "rd_staff", direction: "benefit", normalisation: "rank"}]"#]))
        #expect(inspection.errors.map(\.description) == [
            "dimensions[2].indicators[0].normalisation: error: unknown key 'normalisation'; did you mean 'normalization'?",
        ])
    }

    @Test("a syntax error gives its line and column")
    func syntaxError() {
        let data = Data("{\n  // comment\n  name: \"x\",\n  title: \"t\" dimensions: []\n}\n".utf8)
        let inspection = Scheme.inspect(data)
        #expect(inspection.scheme == nil)
        #expect(inspection.errors.map(\.description) == ["$: error: not valid JSON: expected ',' or '}' at line 4, column 14"])
    }

    @Test("text that is not UTF-8 (e.g. saved as GBK) is reported as such")
    func notUTF8() {
        let gbk = Data([0x7B, 0x22, 0xB2, 0xE2, 0x22, 0x3A, 0x31, 0x7D])   // {"测":1} in GBK
        #expect(Scheme.inspect(gbk).errors.map(\.description) == ["$: error: not UTF-8 text; save the scheme file as UTF-8"])
    }

    @Test("an empty file and a JSON array are reported at the root")
    func notAnObject() {
        #expect(Scheme.inspect(Data()).errors.map(\.description) == ["$: error: not valid JSON: expected a value at line 1, column 1"])
        #expect(Scheme.inspect(Data("[1, 2]".utf8)).errors.map(\.description) == ["$: error: wrong type: expected an object"])
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
