import ArgumentParser

@main
struct TICEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ticeval",
        abstract: "Performance evaluation of technology innovation centers (技术创新中心绩效评价).",
        discussion: "Exit status: 0 success, 1 the input has errors, 2 usage error.",
        version: TICEvalVersion.string,
        subcommands: [
            Validate.self,
            Evaluate.self,
            Synth.self,
            Schemes.self,
            Weights.self,
            MCDA.self,
            AHP.self,
            Screen.self, Subsidy.self,
            Compare.self, Uncertainty.self,
        ]
    )

    /// Runs the command; usage errors exit with status 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Console.error(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}

enum TICEvalVersion {
    static let string = "0.1.0"
}
