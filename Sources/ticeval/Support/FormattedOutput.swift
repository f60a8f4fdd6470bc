import ArgumentParser
import TICIngest
import TICReport
import TICSupport

/// A result that prints as a terminal table, CSV or JSON.
protocol FormattedOutput {
    func table(_ language: Language) -> String
    func csv(_ language: Language) -> String
    func json(_ language: Language) throws -> String
}

extension EligibilityReport: FormattedOutput {}

extension SubsidyReport: FormattedOutput {}

extension FormattedOutput {
    /// Prints in `format`.
    func print(_ format: OutputFormat, language: Language) throws {
        switch format {
        case .table: try Console.write(table(language))
        case .csv: try Console.write(csv(language))
        case .json: try Console.write(try json(language))
        }
    }
}
