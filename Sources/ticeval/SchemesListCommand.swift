import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport

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
        try Console.write(Self.render(Scheme.presets, language: language.lang, format: format))
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
            var table = TextTable(header: header, rightAligned: [1, 2])
            for row in rows { table.append(row) }
            return table.rendered()
        case .csv:
            let header = ["name", "dimensions", "indicators", "title", "source"]
            return String(decoding: CSVWriter.encode([header] + rows), as: UTF8.self)
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
}
