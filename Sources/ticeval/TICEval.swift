import ArgumentParser

@main
struct TICEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ticeval",
        abstract: "Performance evaluation of technology innovation centers (技术创新中心绩效评价).",
        version: TICEvalVersion.string,
        subcommands: [
            Validate.self,
            Synth.self,
            Schemes.self,
            Weights.self,
            MCDA.self,
            AHP.self,
        ]
    )
}

enum TICEvalVersion {
    static let string = "0.1.0"
}
