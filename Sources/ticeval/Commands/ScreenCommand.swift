import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport

/// `ticeval screen`: checks applicants against a rule set's eligibility conditions.
struct Screen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen applicants against eligibility conditions (技术创新中心建设条件资格审查).",
        discussion: """
            APPLICATIONS is a CSV file: applicant_id,name,lead_type,rd_expenditure_y1,rd_expenditure_y2,\
            rd_expenditure_y3,annual_income,service_income,transfer_cases,legal_entity,registered_capital_wan \
            (money in 万元; see Datasets/README.md). Every condition is pass, fail, not_applicable or \
            missing_data; each applicant is eligible, not_eligible or incomplete.
            Problems in cells are printed to standard error as path:line:column: error: message; the \
            conditions that need such a cell report missing_data.
            Exit status: 0 when the file could be read (the verdicts are in the output), 1 when it could \
            not, 2 for usage errors.
            """
    )

    @Argument(help: "The applications CSV file.")
    var applications: String

    @Option(help: "The rule set.")
    var rules: RuleSetName = RuleSetName(EligibilityRuleSet.hunan2020)

    @OptionGroup var output: OutputOptions
    @OptionGroup var encoding: EncodingOptions

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let lang = language.lang
        let file = try readInput(lang, diagnostics: \.diagnostics) { () throws(IngestError) in
            try EligibilityApplicationsFile(path: applications, encoding: encoding.encoding)
        }
        let report = EligibilityReport(rules: rules.ruleSet, assessments: rules.ruleSet.assess(file.applications), source: applications)
        try report.print(output.resolved(whenPiped: .csv), language: lang)
    }
}
