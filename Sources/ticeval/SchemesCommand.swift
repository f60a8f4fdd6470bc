import ArgumentParser
import Foundation
import TICIngest
import TICPolicy

/// `ticeval schemes`: the indicator systems (指标体系) — list the presets, print one as JSON, validate a file.
struct Schemes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemes",
        abstract: "List, print and validate indicator systems (指标体系).",
        discussion: """
        A scheme is a JSON file (comments allowed) with the dimensions, indicators, weights, \
        normalization, aggregation and grading rules of an evaluation. Start from a preset: \
        `ticeval schemes show sichuan-2022 > scheme.json`, edit it, then `ticeval schemes validate scheme.json`.
        """,
        subcommands: [SchemesList.self, SchemesShow.self, SchemesValidate.self],
        defaultSubcommand: SchemesList.self
    )
}

/// `ticeval schemes list` (the default): one line per preset.
struct SchemesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the preset schemes: name, title, source, number of dimensions and indicators."
    )

    @OptionGroup var language: LanguageOptions

    @Option(name: .long, help: "Output format: table (default), csv or json.")
    var format: OutputFormat = .table

    func run() throws {
        print(Self.render(Scheme.presets, language: language.lang, format: format), terminator: "")
    }

    /// The listing as text, ending with a newline.
    static func render(_ schemes: [Scheme], language: Language, format: OutputFormat) -> String {
        let rows = schemes.map { scheme in
            [scheme.name, String(scheme.dimensions.count), String(scheme.indicators.count),
             scheme.title(language), scheme.source ?? ""]
        }
        switch format {
        case .table:
            let header = language == .zh
                ? ["名称", "一级指标", "二级指标", "标题", "依据"]
                : ["name", "dimensions", "indicators", "title", "source"]
            return TextTable(header: header, rows: rows, rightAligned: [1, 2]).render()
        case .csv:
            let header = ["name", "dimensions", "indicators", "title", "source"]
            return ([header] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        case .json:
            let entries = schemes.map {
                PresetEntry(name: $0.name, title: $0.title(language), source: $0.source,
                            dimensions: $0.dimensions.count, indicators: $0.indicators.count)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(entries)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
        }
    }

    private struct PresetEntry: Encodable {
        let name: String
        let title: String
        let source: String?
        let dimensions: Int
        let indicators: Int
    }

    /// RFC 4180 quoting.
    private static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Columns padded by display width (a Chinese character takes two columns).
struct TextTable {
    let header: [String]
    let rows: [[String]]
    var rightAligned: Set<Int> = []

    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { Self.displayWidth($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column -> String in
                let cell = row[column]
                let padding = String(repeating: " ", count: widths[column] - Self.displayWidth(cell))
                if column == row.count - 1 && !rightAligned.contains(column) { return cell }
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// Terminal columns of a string: East Asian wide and fullwidth characters count two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                return width + 2
            default:
                return width + 1
            }
        }
    }
}
