import ArgumentParser

// Placeholder until its issue lands; replaced by the real command.
struct MCDA: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mcda", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'mcda' is not available yet") }
}
