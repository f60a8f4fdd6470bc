import ArgumentParser
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICSupport

/// `ticeval schemes list` (the default): one line per preset.
struct SchemesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the preset schemes: name, title, source, number of dimensions and indicators."
    )

    @OptionGroup var language: LanguageOptions

    @OptionGroup var output: OutputOptions

    /// `--format`, default `table` (piped too).
    var format: OutputFormat { output.format ?? .table }

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
            var writer = JSONStreamWriter(layout: .pretty)
            writer.beginArray()
            for scheme in schemes {
                writer.beginObject()
                writer.key("dimensions"); writer.integer(scheme.dimensions.count)
                writer.key("indicators"); writer.integer(scheme.indicators.count)
                writer.key("name"); writer.string(scheme.name)
                if let source = scheme.source { writer.key("source"); writer.string(source) }
                writer.key("title"); writer.string(scheme.title(language))
                writer.endObject()
            }
            writer.endArray()
            writer.finish()
            return String(decoding: writer.sink, as: UTF8.self)
        }
    }
}
