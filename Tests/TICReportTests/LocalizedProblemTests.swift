import Testing
import TICIngest
import TICScoring
@testable import TICPolicy
@testable import TICReport
import TICSupport

/// One funnel for errors: every case of every layer's error is a ``LocalizedProblem`` with words in
/// both languages, and a location wherever the case knows one.
@Suite("Localized problems")
struct LocalizedProblemTests {
    static let at = FileLocation(path: "ws/reports/2023.csv", line: 4, column: 3)

    /// One value of every case of ``IngestError`` (each carries its location); the switch fails to
    /// compile when a case is added.
    static let ingestErrors: [IngestError] = {
        let all: [IngestError] = [
            .fileNotFound(path: "ws/centers.csv"), .unreadable(path: "ws/centers.csv", code: 21), .emptyFile(path: "ws/centers.csv"),
            .utf16(path: "ws/centers.csv"), .nulByte(at), .invalidEncoding(at, encoding: .gb18030), .invalidEncoding(at, encoding: .utf8BOM),
            .invalidEncoding(at, encoding: .utf8), .mixedEncoding(at, line: .gb18030, rest: .utf8, text: "中心"),
            .unknownEncoding(at, readsAs: nil), .unknownEncoding(at, readsAs: .utf8), .readAsGB18030(at, asUTF8: "ÖÐÐÄ", asGB18030: "中心"),
            .unterminatedQuote(at), .strayQuote(at), .textAfterClosingQuote(at), .fieldCount(at, expected: 5, found: 4),
            .emptyHeaderName(at), .duplicateHeader(at, name: "name", firstColumn: 2), .missingColumn(at, name: "center_id"),
            .unknownColumn(at, name: "extra"), .noDataRows(path: "ws/centers.csv"), .noCenters(path: "ws/centers.csv"),
            .reportWithoutRows(path: "ws/reports/2023.csv", year: 2023), .unknownRowLabel(at, label: "qualty", header: ["cost", "quality"]),
            .duplicateRowLabel(at, label: "cost", firstLine: 2), .missingRowLabel(at, label: "quality"),
            .pairwiseLabelsDiffer(at, reference: "e1.csv", missing: ["a"], unexpected: ["b"]),
            .pairwiseLabelling(at, reference: "e1.csv", labelled: true), .pairwiseLabelling(at, reference: "e1.csv", labelled: false),
            .emptyRequiredField(at, column: "name"), .invalidNumber(at, column: "rd_staff", text: "abc"),
            .dateInsteadOfNumber(at, column: "rd_staff", text: "2023-01-05"), .nonFiniteNumber(at, column: "rd_staff", text: "inf"),
            .excelErrorValue(at, column: "rd_staff", text: "#DIV/0!"), .negativeValue(at, column: "rd_staff", value: -4),
            .fractionalCount(at, column: "rd_staff", value: 1.5), .outOfRange(at, column: "share", value: 2, minimum: 0, maximum: 1),
            .invalidInteger(at, column: "year", text: "20x3"), .unknownCode(at, column: "category", value: "x", allowed: "comprehensive, domain"),
            .invalidCycle(at, text: "2022-20"), .duplicateCenter(at, centerID: "A", firstLine: 2), .unknownCenter(at, centerID: "Z"),
            .rejectedCenter(at, centerID: "A", registry: FileLocation(path: "ws/centers.csv", line: 2)),
            .duplicateReport(at, centerID: "A", year: 2023, firstLine: 2), .yearMismatch(at, fileYear: 2023, rowYear: 2022),
            .duplicateRow(at, columns: ["center_id", "rater"], values: ["A", "r1"], firstLine: 2),
            .approvedYearOutOfRange(at, year: 1900, latestReport: 2024), .invisibleCharacter(at, column: "center_id", value: "A\u{200B}", scalar: 0x200B),
            .percentInAmount(at, column: "rd_expenditure", text: "12.5%", kind: .amount), .ignoredFile(path: "ws/notes.txt"),
            .nameDiffersOnlyInCase(path: "ws/reports/2023.CSV", read: "ws/reports/2023.csv"), .noReports(path: "ws/reports"),
            .cycleWithoutReports(path: "ws/reports", cycle: "2022-2024", missingYears: [2023]),
            .unsafeIdentifier(at, column: "center_id", value: "=cmd"), .weightCount(at, expected: 3, found: 2),
            .invalidWeight(at, text: "x", maximum: 1e100), .zeroWeightRow(at),
            .noHeaderRow(path: "ws/centers.csv", firstRows: [["名录"]], lines: [1], expected: ["中心编号/center_id"], closest: 1, missing: ["中心编号/center_id"]),
            .unitMismatch(at, column: "研发经费投入（元）", found: "元", expected: "万元"), .unitMismatch(at, column: "机时（天）", found: "天", expected: "小时"),
            .unknownMappedCode(at, name: "研发投入", code: "rd"),
            .nameDiffers(at, centerID: "A", found: "甲", registered: "乙", registry: FileLocation(path: "ws/centers.csv", line: 2)),
            .conflictingReport(at, centerID: "A", year: 2023, first: FileLocation(path: "ws/reports/a.csv", line: 2)),
            .repeatedReport(at, centerID: "A", year: 2023, first: FileLocation(path: "ws/reports/a.csv", line: 2)),
            .textInUnknownColumn(at, column: "说明", text: "见附件", cells: 3), .valuesWithoutID(at), .missingYearColumn(at),
            .textInUnusedColumn(at, column: "承担国家级重大科技项目数", text: "见附件", cells: 1),
            .leadingZerosLost(at, centerID: "7", registered: "0007"),
            .rowsNotChecked(path: "ws/ratings.csv", rows: 2, registry: "ws/centers.csv"),
            .nameDiffersOnlyInExtension(path: "ws/reports/2023.xlsx", read: "ws/reports/2023.csv"),
            .formulaWithoutResult(FileLocation(path: "ws/reports/2023.xlsx", line: 4, column: 4, sheet: "数据")),
        ] + IngestErrorTextTests.workbookProblems.map { .workbook(path: "ws/reports/2023.xlsx", $0) }
        for error in all {
            switch error {
            case .fileNotFound, .unreadable, .emptyFile, .utf16, .nulByte, .invalidEncoding, .mixedEncoding, .unknownEncoding,
                 .readAsGB18030, .unterminatedQuote, .strayQuote, .textAfterClosingQuote, .fieldCount, .emptyHeaderName,
                 .duplicateHeader, .missingColumn, .unknownColumn, .noDataRows, .noCenters, .reportWithoutRows,
                 .unknownRowLabel, .duplicateRowLabel, .missingRowLabel, .pairwiseLabelsDiffer, .pairwiseLabelling,
                 .emptyRequiredField, .invalidNumber, .dateInsteadOfNumber, .nonFiniteNumber, .excelErrorValue, .negativeValue,
                 .fractionalCount, .outOfRange, .invalidInteger, .unknownCode, .invalidCycle, .duplicateCenter, .unknownCenter,
                 .rejectedCenter, .duplicateReport, .yearMismatch, .duplicateRow, .approvedYearOutOfRange, .invisibleCharacter,
                 .percentInAmount, .ignoredFile, .nameDiffersOnlyInCase, .noReports, .cycleWithoutReports, .unsafeIdentifier,
                 .weightCount, .invalidWeight, .zeroWeightRow, .noHeaderRow, .unitMismatch, .unknownMappedCode, .nameDiffers,
                 .conflictingReport, .repeatedReport, .textInUnknownColumn, .textInUnusedColumn, .leadingZerosLost,
                 .valuesWithoutID, .missingYearColumn, .rowsNotChecked, .nameDiffersOnlyInExtension, .workbook, .formulaWithoutResult: break
            }
        }
        return all
    }()

    /// One value of every case of ``ScoringError``; the switch fails to compile when a case is added.
    static let scoringErrors: [ScoringError] = {
        let all: [ScoringError] = [
            .nonFiniteValue(row: 0, column: 1, value: .nan), .valueTooLarge(row: 0, column: 1, value: 1e300),
            .negativeValue(row: 0, column: 1, value: -3), .nonPositiveValue(row: 0, column: 1, value: 0),
            .invalidGoalposts(column: 0, floor: 5, ceiling: 1), .invalidWeight(index: 0, value: -1), .zeroWeightSum(count: 3),
            .notSquare(rows: 2, columns: 3), .nonPositiveJudgement(row: 0, column: 1, value: 0),
            .judgementOutOfRange(row: 0, column: 1, value: 1e9), .notReciprocal(row: 0, column: 1, value: 3, transposed: 3),
            .diagonalNotOne(index: 0, value: 2), .expertSizeMismatch(expert: 1, size: 4, expected: 3), .noExperts,
            .randomIndexUnavailable(size: 40), .invalidParameter(name: "v", value: 2), .insufficientMemory(alternatives: 1_000_000, bytes: nil),
            .criteriaMatrixTooLarge(criteria: 100_000, bytes: 80_000_000_000),
        ]
        for error in all {
            switch error {
            case .nonFiniteValue, .valueTooLarge, .negativeValue, .nonPositiveValue, .invalidGoalposts, .invalidWeight, .zeroWeightSum,
                 .notSquare, .nonPositiveJudgement, .judgementOutOfRange, .notReciprocal, .diagonalNotOne, .expertSizeMismatch,
                 .noExperts, .randomIndexUnavailable, .invalidParameter, .insufficientMemory, .criteriaMatrixTooLarge: break
            }
        }
        return all
    }()

    static let dataProblems: [DataProblem] = [
        DataProblem(.missingReport(centerID: "A", name: "中心A", year: 2024, reportPath: "reports/2024.csv"), at: at),
        DataProblem(.noReportInCycle(centerID: "A", name: "中心A", cycle: 2022...2024), at: at),
        DataProblem(.columnMissing(column: "rd_staff", indicator: "I1", indicatorPath: "dimensions[0].indicators[0]", year: 2023), at: at),
        DataProblem(.indicatorWithoutValues(indicator: "I1", indicatorPath: "dimensions[0].indicators[0]"), at: at),
        DataProblem(.missingValue(centerID: "A", indicator: "I1", year: 2023, cause: .emptyCell), at: at),
        DataProblem(.noOwnValue(centerID: "A", indicator: "I1", policy: .centerMean), at: at),
        DataProblem(.noGroupValue(centerID: "A", indicator: "I1", year: 2023, category: .domain), at: at),
        DataProblem(.imputedShareExceeded(centerID: "A", imputed: 5, cells: 10, limit: 0.2, missingReportYears: [2023]), at: at),
    ]

    static let evaluationErrors: [EvaluationError] = [
        .workspaceHasErrors(count: 2), .invalidScheme(.unknownPreset(name: "x", available: ["national-2017"])),
        .cycleYearWithoutReports(cycle: 2022...2024, missing: [2023]), .data(dataProblems), .noCenters,
        .noCentersInScope(count: 86, levels: [.national], jurisdictions: nil),
        .scoring(path: "dimension_weights", .zeroWeightSum(count: 3), names: ["D1", "D2", "D3"]),
        .inconsistentAHP(path: "dimension_weights.matrices[0]", consistencyRatio: 0.25),
    ]

    static let schemeErrors: [SchemeError] = [
        .unreadable(file: "s.json", problem: .notFound), .unreadable(file: "s.json", problem: .isDirectory),
        .unreadable(file: "s.json", problem: .permissionDenied), .unreadable(file: "s.json", problem: .readFailed),
        .invalid(diagnostics: [.error(at: "name", .empty)]),
        .unknownPreset(name: "x", available: ["national-2017"]),
    ]

    static let uncertaintyFailures: [UncertaintyAnalysis.Failure] = [
        .evaluation(normalization: "minmax", .noCenters), .scoring(.noExperts), .unsupportedAggregation("vikor"),
        .weightSampleShape(expected: 3, found: 2), .weightCount(expected: 3, found: 2), .invalidWeight(index: 0, value: .nan),
        .zeroWeights, .invalidWeightSample(row: 0, column: 1, value: -1), .zeroWeightSample(row: 2), .empty,
    ]

    static let outputFailures: [OutputFailure] = [
        .notAFolder(path: "out"), .notAFile(path: "out"), .notAnOutputFolder(path: "out", foreign: ["a.txt"], more: 2),
        .notEmpty(path: "out"), .currentFolder(path: "."), .replacesInput(path: "ws", input: "ws"),
        .replacesInput(path: "ws", input: "ws/centers.csv"), .overwritesInput(path: "a.csv", input: "a.csv"),
        .overwritesInput(path: "./a.csv", input: "a.csv"), .inTheWay(path: "out/x"), .cannotKeep(path: "out/fifo"),
        .cannotWrite(path: "out", code: 28),
    ]

    /// A diagnostic of every ``SchemeFinding`` (see SchemeFindingTextTests).
    static let schemeDiagnostics: [SchemeDiagnostic] = SchemeFindingTextTests.findings.map {
        if case .inconsistent(_, _, accepted: true) = $0 { return .warning(at: "dimension_weights.matrices[0]", $0) }
        return .error(at: "dimensions[0].indicators[0]", $0)
    }

    /// Every problem above, as the CLI sees it.
    static let everyProblem: [any LocalizedProblem] =
        ingestErrors + scoringErrors + dataProblems + evaluationErrors + schemeErrors + schemeDiagnostics + uncertaintyFailures + outputFailures

    @Test("every case of every error has a message in Chinese and in English, and they differ")
    func bothLanguages() {
        for problem in Self.everyProblem {
            let zh = problem.message(.zh), en = problem.message(.en)
            #expect(!zh.isEmpty && !en.isEmpty, "\(problem)")
            #expect(zh != en, "\(problem): \(en)")
            #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "no Chinese in \(zh)")
            for line in problem.lines(.en) + problem.lines(.zh) { #expect(!line.isEmpty) }
        }
    }

    @Test("a problem that knows its file location prints it first, compiler style")
    func locations() {
        for error in Self.ingestErrors {
            #expect(error.fileLocation == error.location)
            let label = error.isWarning ? "warning" : "error"
            #expect(error.formatted(.en) == "\(error.location): \(label): \(error.message(.en))")
            #expect(error.formatted(.zh) == "\(error.location): \(error.isWarning ? "警告" : "错误"): \(error.message(.zh))")
        }
        for problem in Self.dataProblems {
            #expect(problem.fileLocation == Self.at)
            #expect(problem.formatted(.zh).hasPrefix("ws/reports/2023.csv:4:3: 错误: "))
        }
    }

    @Test("a problem with no place prints `error: message` (`错误：` in Chinese)")
    func unplaced() {
        let failure = OutputFailure.notEmpty(path: "ws")
        #expect(failure.fileLocation == nil && failure.place == nil)
        #expect(failure.lines(.en) == ["error: ws is not empty; choose a new folder, or add --force to replace only the files this command writes (other files are kept)"])
        #expect(failure.lines(.zh) == ["错误：ws 不是空文件夹；请换一个新文件夹，或加 --force 只替换本命令写入的文件（其他文件保留）"])
        #expect(ScoringError.zeroWeightSum(count: 3).formatted(.en) == "error: all 3 weights are 0; expected at least one positive weight")
    }

    @Test("an evaluation's data problems print one a line, each at its own location")
    func gatheredProblems() {
        let lines = EvaluationError.data(Self.dataProblems).lines(.en)
        #expect(lines.count == Self.dataProblems.count)
        #expect(lines.allSatisfy { $0.hasPrefix("ws/reports/2023.csv:4:3: error: ") })
        #expect(EvaluationError.noCenters.lines(.zh) == ["错误：没有参加评价的中心"])
    }

    @Test("a scheme finding is placed by its JSON path and labelled in the user's language")
    func schemeFindings() {
        let warning = SchemeDiagnostic.warning(at: "dimensions", .weightsNormalized(sum: 4))
        #expect(warning.isWarning && warning.place == "dimensions" && warning.fileLocation == nil)
        #expect(warning.formatted(.en) == "dimensions: warning: weights sum to 4; normalized to sum 1")
        #expect(warning.formatted(.zh) == "dimensions: 警告: 权重之和为 4，已归一化为 1")
        for diagnostic in Self.schemeDiagnostics {
            #expect(diagnostic.formatted(.en) == "\(diagnostic.path): \(diagnostic.isWarning ? "warning" : "error"): \(diagnostic.finding.message(.en))")
        }
    }
}
