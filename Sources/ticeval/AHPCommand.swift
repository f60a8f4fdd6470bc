import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct AHP: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ahp", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'ahp' is not available yet") }
}
