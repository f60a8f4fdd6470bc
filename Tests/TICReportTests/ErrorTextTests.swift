import Testing
import TICIngest
import TICScoring
@testable import TICPolicy
@testable import TICReport
import TICSupport

/// The words of the errors Policy and Scoring return as data (Report speaks).
@Suite("Error text")
struct ErrorTextTests {
    @Test("uncertainty failures read as sentences in both languages")
    func uncertaintyFailures() {
        #expect(UncertaintyAnalysis.Failure.invalidWeightSample(row: 0, column: 0, value: 1.7e308).message(.en)
                == "weight 1 of weight sample 1 must be a finite number from 0 to 1e+100")
        #expect(UncertaintyAnalysis.Failure.zeroWeightSample(row: 1).message(.zh) == "第 2 个权重样本的权重全为 0")
    }

    @Test("a missing report names the center, the year, the registry line and the ways out")
    func missingReport() {
        let message = DataProblem(.missingReport(centerID: "A", name: "中心A", year: 2024, reportPath: "reports/2024.csv"),
                                  at: FileLocation(path: "mini/centers.csv", line: 2)).formatted(.en)
        #expect(message.hasPrefix("mini/centers.csv:2:1: error: center \"A\" (中心A) has no 2024 annual report"))
        #expect(message.contains("not_participating") && message.contains("impute_own_years") && message.contains("events.csv"))
    }

    @Test("scoring errors read as sentences with the value in words, never as Swift enum dumps")
    func scoringErrorText() {
        let names = ["a", "b"]
        #expect(ScoringErrorText(.nonFiniteValue(row: 0, column: 1, value: -.nan), names: names).message(.en)
                == "\"b\" holds NaN (not a number); expected a finite number")
        #expect(ScoringErrorText(.valueTooLarge(row: 0, column: 0, value: 1.7e308), names: names).message(.en)
                == "\"a\" has the value 1.7e+308, too large to compute with; values must lie within ±1e+100 (use a larger unit, e.g. 万元)")
        #expect(ScoringErrorText(.notReciprocal(row: 0, column: 1, value: 1e300, transposed: 1), names: names).message(.en)
                == "not reciprocal: \"a\" over \"b\" is 1e+300 but the transposed cell is 1; expected 1/1e+300")
        #expect(ScoringErrorText(.invalidWeight(index: 0, value: .infinity), names: names).message(.en)
                == "the weight of \"a\" is ∞; expected a finite number from 0 to 1e+100")
        let evaluation = EvaluationError.scoring(path: "dimensions[0]", .valueTooLarge(row: 2, column: 0, value: 1e200))
        #expect(evaluation.message(.en) == "dimensions[0]: \"#1\" has the value 1e+200, too large to compute with; values must lie within ±1e+100 (use a larger unit, e.g. 万元)")
    }
}
