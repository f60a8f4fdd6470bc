import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Weights: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "weights", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'weights' is not available yet") }
}
