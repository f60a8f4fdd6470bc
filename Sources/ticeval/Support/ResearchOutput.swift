import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

/// Shared helpers of `compare` and `uncertainty`: numbers in CSV cells, JSON with nulls for NaN,
/// scheme loading, and a progress bar on standard error.
enum ResearchOutput {
    /// A number for CSV and tables: up to `digits` fraction digits, empty for NaN.
    static func number(_ value: Double, digits: Int = 4) -> String {
        value.isNaN ? "" : NumberText.decimal(value, maximumFractionDigits: digits)
    }

    /// Pretty, sorted, snake_case JSON; NaN becomes `null`.
    static func json<T: Encodable>(_ value: T) throws -> [UInt8] {
        var writer = JSONStreamWriter(layout: .pretty)
        try writer.encode(value, keys: .convertToSnakeCase)
        writer.finish()
        return writer.sink
    }

    /// The scheme named by `argument` (preset or file), else WORKSPACE/scheme.json; neither is an error listing the presets.
    static func scheme(_ argument: String?, workspace root: String, language: Language) throws -> (label: String, scheme: Scheme) {
        let name = try SchemeSource(option: argument, workspace: root).argument
        let outcome = try SchemeSource(name).inspect(language: language)
        outcome.printDiagnostics(language: language)
        guard let scheme = outcome.inspection.scheme, !outcome.inspection.hasErrors else { throw ExitCode(1) }
        return (name, scheme)
    }
}
