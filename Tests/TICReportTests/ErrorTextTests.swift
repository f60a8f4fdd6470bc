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

    @Test("scheme errors: a folder in plain words, an unknown preset with the presets, an invalid scheme a finding a line")
    func schemeErrors() {
        let folder = SchemeError.unreadable(file: "s.json", problem: .isDirectory)
        #expect(folder.message(.en) == "s.json: cannot read the scheme file: it is a folder, not a file")
        #expect(folder.message(.zh) == "s.json：无法读取指标体系文件：这是一个文件夹，不是文件")
        let preset = SchemeError.unknownPreset(name: "x", available: Scheme.presetNames)
        #expect(preset.message(.en).contains("national-2017, sichuan-2022, hunan-2020, tianjin-2018"))
        let invalid = SchemeError.invalid(diagnostics: [.error(at: "name", .empty), .warning(at: "dimensions", .weightsNormalized(sum: 4))])
        #expect(invalid.lines(.en) == ["name: error: must not be empty", "dimensions: warning: weights sum to 4; normalized to sum 1"])
        #expect(invalid.lines(.zh) == ["name: 错误: 不能为空", "dimensions: 警告: 权重之和为 4，已归一化为 1"])
    }

    @Test("an integrity flag's evidence names the values, the threshold and the source, in both languages")
    func integrityEvidence() {
        let relation = IntegrityFlag(centerID: "B", year: 2023, kind: .impossibleRelation, indicator: "service_income",
                                     otherIndicator: "total_income", value: 30, reference: 20, referenceYear: nil,
                                     measure: 1.5, threshold: 1, source: "reports/2023.csv:3")
        #expect(relation.evidence(.en) == "2023: service_income = 30 exceeds total_income = 20, which cannot be; source reports/2023.csv:3")
        #expect(relation.evidence(.zh) == "2023 年 service_income = 30 大于 total_income = 20，不可能成立；来源 reports/2023.csv:3")
        var jump = relation
        jump.kind = .yearOverYearJump
        jump.referenceYear = 2022
        #expect(jump.evidence(.en) == "service_income: 20 in 2022 → 30 in 2023, a factor of 1.5 (threshold 1); source reports/2023.csv:3")
        for kind in IntegrityFlag.Kind.allCases {
            var flag = relation
            flag.kind = kind
            #expect(!flag.evidence(.zh).isEmpty && flag.evidence(.zh) != flag.evidence(.en))
        }
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
