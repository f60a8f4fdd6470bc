import Testing
@testable import TICIngest

@Suite struct NumberParserTests {
    @Test("Excel number forms", arguments: [
        ("1234.5", 1234.5), ("0", 0), ("-3", -3), ("+7", 7), ("  42  ", 42), ("1,234.5", 1234.5),
        ("1,234,567", 1_234_567), ("-1,000", -1000), ("12.5%", 0.125), ("100%", 1), ("1e3", 1000),
        ("2.5E-2", 0.025), (".5", 0.5), ("5.", 5), ("１２３．５", 123.5), ("－３", -3), ("１２％", 0.12),
        ("１，２３４", 1234), ("\u{3000}12\u{3000}", 12), ("\u{00A0}7", 7), ("0.1", 0.1), ("3.14159265358979", 3.14159265358979),
        ("123456789012345678", 1.2345678901234568e17), ("0.30000000000000004", 0.30000000000000004),
    ])
    func numbers(text: String, expected: Double) {
        #expect(NumberParser.parse(text) == .value(expected))
    }

    @Test("missing-data markers are missing, not zero", arguments: ["", "   ", "-", "--", "—", "——", "–", "－", "N/A", "n/a", "NA", "na", "#N/A", "无", "空", "/", "／", "null", "NULL"])
    func missing(text: String) {
        #expect(NumberParser.parse(text) == .missing)
    }

    @Test("what is not a number says why", arguments: [
        ("abc", NumberProblem.notANumber), ("12,34", .notANumber), ("1,2345", .notANumber), ("1.2.3", .notANumber),
        ("0x10", .notANumber), ("12 345", .notANumber), ("1e", .notANumber), ("--5", .notANumber),
        ("NaN", .nonFinite), ("inf", .nonFinite), ("-Infinity", .nonFinite), ("1e999", .nonFinite),
        ("#DIV/0!", .excelError), ("#NAME?", .excelError), ("#VALUE!", .excelError), ("#N/A!", .excelError),
        ("2023-01-05", .date), ("2023/1/5", .date), ("5/1/2023", .date),
    ])
    func invalid(text: String, problem: NumberProblem) {
        #expect(NumberParser.parse(text) == .invalid(problem))
    }

    @Test("the fast path agrees with strtod on random decimals")
    func fastPathIsCorrectlyRounded() {
        var state: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<2000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let integer = state >> 40
            let fraction = (state >> 8) % 1_000_000
            let text = "\(integer).\(String(fraction).leftPadded(to: 6))"
            let expected = Double(text)!
            #expect(NumberParser.parse(text) == .value(expected), "\(text)")
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
