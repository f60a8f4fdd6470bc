import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "synth", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'synth' is not available yet") }
}
