import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport

/// `ticeval subsidy`: the maximum Tianjin R&D-capacity project subsidy of each center.
struct Subsidy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subsidy",
        abstract: "Maximum R&D-capacity project subsidies, Tianjin 2018 六（二） (研发创新能力建设项目补助测算).",
        discussion: """
            PROJECTS is a CSV file: center_id,name,category,project,total_investment_wan,start_year \
            (see Datasets/README.md). A comprehensive center's project gets at most 30% of its total \
            investment and at most 500 万元 a year, for three consecutive years from start_year: \
            total = min(30% × investment, 3 × 500 万元), in whole yuan, spread by --spread. \
            Specialized (domain) centers are not applicable.
            Exit status: 0 when the file could be read, 1 when it could not, 2 for usage errors.
            """
    )

    @Argument(help: "The projects CSV file.")
    var projects: String

    @Option(help: "How the total is spread over the three years: equal (thirds) or front-loaded (500 万元 a year until used up).")
    var spread: SubsidySpread = .equal

    @OptionGroup var output: OutputOptions
    @OptionGroup var encoding: EncodingOptions

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let lang = language.lang
        let file = try readInput(lang, diagnostics: \.diagnostics) { () throws(IngestError) in
            try SubsidyProjectsFile(path: projects, encoding: encoding.encoding)
        }
        let policy = SubsidyPolicy.tianjin2018.spreading(spread)
        let report = SubsidyReport(policy: policy, awards: policy.awards(for: file.projects), source: projects)
        try report.print(output.resolved(whenPiped: .csv), language: lang)
    }
}
