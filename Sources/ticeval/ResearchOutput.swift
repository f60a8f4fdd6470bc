import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport

/// Shared helpers of `compare` and `uncertainty`: numbers in CSV cells, JSON with nulls for NaN,
/// scheme loading, and a progress bar on standard error.
enum ResearchOutput {
    /// A number for CSV and tables: up to `digits` fraction digits, empty for NaN.
    static func number(_ value: Double, digits: Int = 4) -> String {
        value.isNaN ? "" : NumberText.decimal(value, maximumFractionDigits: digits)
    }

    /// Pretty, sorted, snake_case JSON; NaN becomes `null`.
    static func json<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let sentinel = "__ticeval_nan__"
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: sentinel, negativeInfinity: sentinel, nan: sentinel)
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        return Array((text.replacingOccurrences(of: "\"\(sentinel)\"", with: "null") + "\n").utf8)
    }

    /// The scheme named by `argument` (preset or file), else WORKSPACE/scheme.json, else sichuan-2022.
    static func scheme(_ argument: String?, workspace root: String, language: Language) throws -> (label: String, scheme: Scheme) {
        let name = argument ?? (FileManager.default.fileExists(atPath: "\(root)/scheme.json") ? "\(root)/scheme.json" : "sichuan-2022")
        let outcome = try SchemeSource(name).inspect(language: language)
        outcome.printDiagnostics(language: language)
        guard let scheme = outcome.inspection.scheme, !outcome.inspection.hasErrors else { throw ExitCode(1) }
        return (name, scheme)
    }
}

/// `[#####.....]  45%  4,500/10,000` on standard error, redrawn at most every 1 %, only when
/// standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private var lastPercent = -1
    private let enabled: Bool

    init(label: String, enabled: Bool = Console.stderrIsTerminal) {
        self.label = label
        self.enabled = enabled
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != lastPercent else { return }
        lastPercent = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
        Console.writeToStandardError("\r\(label) [\(bar)] \(percent)% \(done)/\(total)")
        if done >= total { Console.writeToStandardError("\n") }
    }
}
