import Foundation
import Testing
import TICIngest
@testable import TICPolicy

/// Regression tests for hostile scheme files found by the bad-input catalogue and the fuzzer.
@Suite("Hostile scheme files")
struct HostileSchemeTests {
    @Test("100,000 nested brackets are a located syntax error, not a stack overflow")
    func deepNesting() {
        for opener in ["[", "{\"a\":", "[{\"x\":"] {
            let data = Data(String(repeating: opener, count: 100_000).utf8)
            let inspection = Scheme.inspect(data)
            #expect(inspection.scheme == nil)
            #expect(inspection.errors.count == 1)
            #expect(inspection.errors.first?.path == "$")
            guard case .invalidJSON(_, _, expected: .nestingLimit(depth: 512))? = inspection.errors.first?.finding else {
                Issue.record("\(inspection.errors)"); continue
            }
        }
    }

    @Test("nesting within the limit is scanned normally")
    func shallowNesting() {
        var scanner = JSONSyntaxLocator(bytes: Array((String(repeating: "[", count: 500) + String(repeating: "]", count: 500)).utf8))
        #expect(scanner.firstFailure() == nil)
    }

    @Test("NaN and Infinity weights are refused as non-finite", arguments: ["NaN", "Infinity", "-Infinity"])
    func nonFiniteWeight(_ literal: String) {
        let json = #"{name: "t", title: "t", title_en: "t", dimension_weights: {method: "explicit"}, dimensions: [{code: "a", name: "甲", name_en: "A", clause: "c", weight: \#(literal), indicators: [{code: "rd_staff", direction: "benefit"}]}], grading: {cutoffs: {excellent: 90, good: 75, qualified: 60}}}"#
        #expect(Scheme.inspect(Data(json.utf8)).errors == [.error(at: "dimensions[0].weight", .nanOrInfinity)])
    }
}
