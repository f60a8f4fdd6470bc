import ArgumentParser

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'validate' is not available yet") }
}
