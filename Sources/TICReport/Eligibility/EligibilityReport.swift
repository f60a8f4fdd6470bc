import Foundation
import TICIngest
import TICPolicy
import TICSupport

/// The outputs of an eligibility screening: a terminal table, CSV and JSON.
///
/// CSV, one row per applicant and condition (codes are language-neutral; texts follow the language):
/// `applicant_id,name,lead_type,condition,clause,comparison,threshold,measured,unit,result,missing,verdict`
/// - `comparison`: `at_least` or `is_yes`; `threshold` and `measured` in `unit` (`wan` = 万元,
///   `share` = 0…1, `cases`, `flag` = `yes`/`no`); `measured` is empty unless `result` is `pass` or `fail`.
/// - `result`: `pass`, `fail`, `not_applicable`, `missing_data`; `missing`: `field:reason` pairs
///   separated by `;` (reasons `missing`, `invalid`, `no_column`, `undefined`).
/// - `verdict`: the applicant's overall `eligible`, `not_eligible` or `incomplete` (repeated on each row).
public struct EligibilityReport: Sendable {
    /// The rule set applied.
    public var rules: EligibilityRuleSet
    /// One assessment per applicant, in file order.
    public var assessments: [EligibilityAssessment]
    /// The file screened, as named by the user.
    public var source: String

    /// A report of `assessments` under `rules`.
    public init(rules: EligibilityRuleSet, assessments: [EligibilityAssessment], source: String) {
        self.rules = rules
        self.assessments = assessments
        self.source = source
    }

    /// The CSV header.
    public static let csvHeader = ["applicant_id", "name", "lead_type", "condition", "clause", "comparison", "threshold",
                                   "measured", "unit", "result", "missing", "verdict"]

    /// How many applicants got each verdict.
    public var counts: [EligibilityVerdict: Int] {
        var counts: [EligibilityVerdict: Int] = [:]
        for assessment in assessments { counts[assessment.verdict, default: 0] += 1 }
        return counts
    }

    /// The summary line, e.g. `20 个申请单位：符合条件 7，不符合条件 8，材料不全 5`.
    public func summary(_ language: Language) -> String {
        let counts = counts
        let parts = EligibilityVerdict.allCases.map { "\($0.label(language)) \(counts[$0] ?? 0)" }
        return language.pick("\(assessments.count) 个申请单位：", "\(assessments.count) applicants: ")
            + parts.joined(separator: language.pick("，", ", "))
    }

    /// The terminal table: one line per applicant and condition, the verdict on the applicant's
    /// first line, then the conditions with their clauses and the summary.
    public func table(_ language: Language) -> String {
        var table = TextTable(
            header: language == .zh
                ? ["编号", "名称", "牵头单位", "结论", "条件", "要求", "实测值", "结果", "缺失数据"]
                : ["id", "name", "lead", "verdict", "condition", "requirement", "measured", "result", "missing"],
            rightAligned: [6])
        for assessment in assessments {
            let application = assessment.application
            for (index, result) in assessment.results.enumerated() {
                let first = index == 0
                table.append([
                    first ? application.id : "",
                    first ? application.name : "",
                    first ? (application.leadType?.label(language) ?? "?") : "",
                    first ? assessment.verdict.label(language) : "",
                    result.condition.name(language),
                    result.condition.requirement(language),
                    result.measuredText(language),
                    result.outcome.label(language),
                    result.gapsText(language),
                ])
            }
        }
        var out = language.pick("资格审查：\(rules.title(language))（\(source)）\n\n", "Eligibility screening: \(rules.title(language)) (\(source))\n\n")
        out += table.rendered()
        out += "\n" + language.pick("条件及依据：", "Conditions and clauses:") + "\n"
        for condition in rules.conditions {
            out += "  " + condition.name(language) + language.pick("：", ": ") + condition.description(language)
            out += language.pick("  ——", "  — ") + condition.clause(language) + "\n"
        }
        out += "\n" + summary(language) + "\n"
        return out
    }

    /// The CSV rows, header first (see the type's documentation).
    public func csvRows(_ language: Language) -> [[String]] {
        var rows = [Self.csvHeader]
        for assessment in assessments {
            let application = assessment.application
            for result in assessment.results {
                let unit = result.condition.measure.unit
                rows.append([
                    application.id,
                    application.name,
                    application.leadType?.rawValue ?? "",
                    result.condition.code,
                    result.condition.clause(language),
                    result.condition.comparison.code,
                    unit.plain(result.condition.comparison.threshold),
                    result.measured.map(unit.plain) ?? "",
                    unit.rawValue,
                    result.outcome.rawValue,
                    result.gaps.map { "\($0.field.rawValue):\($0.reason.rawValue)" }.joined(separator: ";"),
                    assessment.verdict.rawValue,
                ])
            }
        }
        return rows
    }

    /// The CSV text (UTF-8, LF, RFC 4180 quoting).
    public func csv(_ language: Language) -> String {
        String(decoding: CSVWriter.encode(csvRows(language)), as: UTF8.self)
    }

    /// The JSON document: the rule set, the summary counts and, per applicant, the verdict and
    /// a `conditions` array. Keys sorted, two-space indentation, a final newline.
    public func json(_ language: Language) throws -> String {
        let counts = counts
        let document = EligibilityJSON.Document(
            rules: .init(id: rules.id, title: rules.title(language)),
            source: source,
            summary: Dictionary(uniqueKeysWithValues: EligibilityVerdict.allCases.map { ($0.rawValue, counts[$0] ?? 0) }),
            applicants: assessments.map { assessment in
                let application = assessment.application
                return EligibilityJSON.Applicant(
                    applicantID: application.id, name: application.name, leadType: application.leadType?.rawValue,
                    line: application.line, verdict: assessment.verdict.rawValue,
                    conditions: assessment.results.map { result in
                        let unit = result.condition.measure.unit
                        let measured: EligibilityJSON.Measured? = result.measured.map {
                            unit == .flag ? .flag($0 >= 0.5) : .number($0)
                        }
                        return EligibilityJSON.Condition(
                            code: result.condition.code, name: result.condition.name(language),
                            description: result.condition.description(language), clause: result.condition.clause(language),
                            comparison: result.condition.comparison.code, threshold: result.condition.comparison.threshold,
                            unit: unit.rawValue, measured: measured, result: result.outcome.rawValue,
                            missing: result.gaps.map { .init(field: $0.field.rawValue, reason: $0.reason.rawValue) })
                    })
            })
        var writer = JSONStreamWriter(layout: .pretty)
        try writer.encode(document)
        writer.finish()
        return String(decoding: writer.sink, as: UTF8.self)
    }
}
