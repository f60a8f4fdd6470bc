import ArgumentParser

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
