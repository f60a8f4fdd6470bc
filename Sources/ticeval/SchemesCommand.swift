import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct Schemes: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schemes", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'schemes' is not available yet") }
}
