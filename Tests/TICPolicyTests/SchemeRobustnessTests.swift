import Foundation
import Testing
import TICIngest
@testable import TICPolicy
import TICScoring

/// Scheme files that JSONDecoder accepts silently or that used to trap (issue 13): duplicate and
/// unknown keys, non-finite numbers anywhere, weights too large to add up, extreme AHP judgements,
/// and `jsonData()` on a scheme that holds a NaN.
@Suite("Scheme robustness")
struct SchemeRobustnessTests {
    /// A small valid scheme; `dimension` replaces the inside of the only dimension's object.
    static func scheme(dimension: String = #"code: "a", name: "甲", name_en: "A", clause: "c", weight: 1, indicators: [{code: "rd_staff", direction: "benefit"}]"#,
                       top: String = "", weights: String = #"{method: "explicit"}"#) -> Data {
        Data(#"{name: "t", title: "t", title_en: "t", \#(top) dimension_weights: \#(weights), dimensions: [{\#(dimension)}], grading: {cutoffs: {excellent: 90, good: 75, qualified: 60}, decisions: [{decision: "continue"}]}}"#.utf8)
    }

    static func errors(_ data: Data) -> [SchemeDiagnostic] { Scheme.inspect(data).errors }

    @Test("the base scheme is valid")
    func base() {
        #expect(Scheme.inspect(Self.scheme()).errors == [])
    }

    @Test("a key given twice in one object is an error at its path, with both positions")
    func duplicateKey() throws {
        let data = Data("{\n  name: \"t\",\n  title: \"t\",\n  name: \"u\",\n  dimensions: [], grading: {}\n}\n".utf8)
        #expect(Self.errors(data).contains(.error(at: "name", .duplicateKey("name", line: 4, column: 3, firstLine: 2, firstColumn: 3))))
        let nested = Self.scheme(dimension: #"code: "a", name: "甲", name_en: "A", clause: "c", weight: 1, weight: 2, indicators: [{code: "rd_staff", direction: "benefit"}]"#)
        let first = try #require(Self.errors(nested).first)
        guard case .duplicateKey("weight", line: 1, column: _, firstLine: 1, firstColumn: _) = first.finding else {
            Issue.record("\(Self.errors(nested))"); return
        }
        #expect(first.path == "dimensions[0].weight")
        // Keys written differently but equal after escapes are the same key.
        let escaped = Data(#"{"name": "t", "n\u0061me": "u", title: "t", dimensions: [], grading: {}}"#.utf8)
        #expect(Self.errors(escaped).contains {
            guard case .duplicateKey("name", _, _, _, _) = $0.finding else { return false }
            return $0.path == "name"
        })
    }

    /// The keys of `defaults`, in the order a finding lists them.
    static let defaultsKeys = ["cycle_aggregation", "missing", "missing_report", "max_imputed_share", "approved_within_cycle", "outliers", "normalization"]

    @Test("an unknown key is an error; a likely typo gets the nearest known key", arguments: [
        ("cycle_agregation", "cycle_aggregation"), ("normalisation", "normalization"), ("Missing", "missing"), ("zzz", nil),
    ])
    func unknownKey(_ key: String, _ nearest: String?) {
        #expect(Self.errors(Self.scheme(top: "defaults: {\(key): \"mean\"},"))
                == [.error(at: "defaults.\(key)", .unknownKey(key, nearest: nearest, known: Self.defaultsKeys))])
    }

    @Test("an unknown key in weights is an error naming the keys of its method; a key of another method stays a warning")
    func unknownWeightKey() {
        let typo = Self.scheme(weights: #"{method: "ahp", matrics: [[[1]]]}"#)
        let ahpKeys = ["method", "matrices", "criteria", "allow_inconsistent", "random_index", "expert_aggregation"]
        #expect(Self.errors(typo).contains(.error(at: "dimension_weights.matrics", .unknownKey("matrics", nearest: "matrices", known: ahpKeys))),
                "\(Self.errors(typo))")
        let other = Scheme.inspect(Self.scheme(weights: #"{method: "explicit", alpha: 0.5}"#))
        #expect(other.errors == [])
        #expect(other.warnings == [.warning(at: "dimension_weights.alpha", .keyNotForMethod(key: "alpha", method: "explicit"))])
    }

    @Test("a NaN is an error even where the normalization ignores the value", arguments: ["NaN", "Infinity", "-Infinity"])
    func nonFiniteIgnoredField(_ literal: String) {
        let data = Self.scheme(dimension: #"code: "a", name: "甲", name_en: "A", clause: "c", weight: 1, indicators: [{code: "rd_staff", direction: "benefit", normalization: "minmax", floor: \#(literal)}]"#)
        #expect(Self.errors(data) == [.error(at: "dimensions[0].indicators[0].floor", .nanOrInfinity)])
    }

    @Test("a number too large for a Double is named, not called a wrong type")
    func overflowingLiteral() {
        let data = Self.scheme(dimension: #"code: "a", name: "甲", name_en: "A", clause: "c", weight: 1e999, indicators: [{code: "rd_staff", direction: "benefit"}]"#)
        #expect(Self.errors(data) == [.error(at: "dimensions[0].weight", .numberTooLarge(literal: "1e999"))])
    }

    @Test("weights whose sum overflows are an error saying so, not 'must be > 0' after normalizing to 0")
    func weightsTooLarge() {
        let two = #"{code: "a", name: "甲", name_en: "A", clause: "c", weight: 1.7e308, indicators: [{code: "rd_staff", direction: "benefit"}]}, {code: "b", name: "乙", name_en: "B", clause: "c", weight: 1.7e308, indicators: [{code: "leading_talents", direction: "benefit"}]}"#
        let data = Data(#"{name: "t", title: "t", title_en: "t", dimension_weights: {method: "explicit"}, dimensions: [\#(two)], grading: {cutoffs: {excellent: 90, good: 75, qualified: 60}, decisions: [{decision: "continue"}]}}"#.utf8)
        #expect(Self.errors(data) == [.error(at: "dimensions", .weightsOverflow)])
    }

    @Test("an AHP matrix with extreme judgements does not validate: each cell beyond 10⁶ is an error")
    func extremeAHP() {
        let ahp = #"dimension_weights: {method: "ahp", matrices: [[[1, 1e300, 1e300], [1e-300, 1, 1e300], [1e-300, 1e-300, 1]]]},"#
        let three = #"{code: "a", name: "甲", name_en: "A", clause: "c", indicators: [{code: "rd_staff", direction: "benefit"}]}, {code: "b", name: "乙", name_en: "B", clause: "c", indicators: [{code: "leading_talents", direction: "benefit"}]}, {code: "c", name: "丙", name_en: "C", clause: "c", indicators: [{code: "rd_expenditure", direction: "benefit"}]}"#
        let data = Data(#"{name: "t", title: "t", title_en: "t", \#(ahp) dimensions: [\#(three)], grading: {cutoffs: {excellent: 90, good: 75, qualified: 60}, decisions: [{decision: "continue"}]}}"#.utf8)
        let errors = Self.errors(data)
        #expect(errors.count == 6, "\(errors)")
        #expect(errors.first == .error(at: "dimension_weights.matrices[0][0][1]", .judgmentOutOfScale(limit: 1e6)))
    }

    @Test("an AHP cell written as \"nan\" or \"inf\" is an error at the cell", arguments: ["nan", "inf", "1e999", "1/0"])
    func textualNonFiniteJudgement(_ text: String) {
        let ahp = #"dimension_weights: {method: "ahp", matrices: [[[1, "\#(text)"], ["1/3", 1]]]},"#
        let two = #"{code: "a", name: "甲", name_en: "A", clause: "c", indicators: [{code: "rd_staff", direction: "benefit"}]}, {code: "b", name: "乙", name_en: "B", clause: "c", indicators: [{code: "leading_talents", direction: "benefit"}]}"#
        let data = Data(#"{name: "t", title: "t", title_en: "t", \#(ahp) dimensions: [\#(two)], grading: {cutoffs: {excellent: 90, good: 75, qualified: 60}, decisions: [{decision: "continue"}]}}"#.utf8)
        #expect(Self.errors(data) == [.error(at: "dimension_weights.matrices[0][0][1]", .notAJudgment(text))])
    }

    @Test("jsonData() never traps: a NaN is written as the JSON5 literal and reads back as the same error")
    func jsonDataIsTotal() throws {
        let data = Self.scheme(dimension: #"code: "a", name: "甲", name_en: "A", clause: "c", weight: 1, indicators: [{code: "rd_staff", direction: "benefit", normalization: "minmax", floor: NaN, ceiling: -Infinity}]"#)
        let scheme = try #require(Scheme.inspect(data).scheme)
        let text = scheme.jsonString()
        #expect(text.contains("\"floor\" : NaN"))
        #expect(text.contains("\"ceiling\" : -Infinity"))
        #expect(Scheme.inspect(scheme.jsonData()).errors.map(\.path).sorted() == [
            "dimensions[0].indicators[0].ceiling", "dimensions[0].indicators[0].floor",
        ])
    }

    @Test("a scheme path that is a folder is reported in plain words")
    func folder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ticeval-scheme-\(UUID().uuidString).json")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: SchemeError.unreadable(file: dir.path, problem: .isDirectory)) { try Scheme.load(from: dir) }
        // The words are TICReport's: ErrorTextTests.
    }

    @Test("the key suggestion: swaps, case and separators are one edit; unrelated words get none")
    func suggestion() {
        #expect(SchemeKeySuggestion.nearest(to: "cycle_aggregaiton", among: ["cycle_aggregation", "missing"]) == "cycle_aggregation")
        #expect(SchemeKeySuggestion.nearest(to: "Cycle-Aggregation", among: ["cycle_aggregation"]) == "cycle_aggregation")
        #expect(SchemeKeySuggestion.nearest(to: "weights", among: ["weight", "name"]) == "weight")
        #expect(SchemeKeySuggestion.nearest(to: "colour", among: ["code", "name", "unit"]) == nil)
        #expect(SchemeKeySuggestion.nearest(to: "", among: ["code"]) == nil)
    }
}
