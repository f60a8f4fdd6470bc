import ArgumentParser
import Foundation
import TICIngest
import TICSupport

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
            Template.self,
            Schemes.self,
            Weights.self,
            MCDA.self,
            AHP.self,
            Screen.self, Subsidy.self,
            Compare.self, Uncertainty.self,
        ]
    )

    /// Runs the command and prints every failure in one place: usage errors exit with status 2
    /// (ArgumentParser's default is 64); any ``LocalizedProblem`` a command throws (a file that cannot
    /// be read, an invalid scheme, an evaluation that cannot run, outputs that cannot be written,
    /// standard output that cannot be written) is printed, located and in the user's language, and
    /// exits with 1. In every case standard output is flushed and checked before the process ends.
    static func main() {
        let language = Self.language(in: CommandLine.arguments)
        var status: Int32 = 0
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let problem as any LocalizedProblem {
            Console.report(problem, language: language)
            status = 1
        } catch let usage as UsageFailure {
            Console.note(usage.text)
            status = 2
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .validationFailure {
                Console.note(message)
                status = 2
            } else if code == .success {
                // --help and --version: their text is the command's output.
                do { if !message.isEmpty { try Console.writeLine(message) } } catch {
                    Console.report(error, language: language)
                    Foundation.exit(1)
                }
            } else {
                if !message.isEmpty { Console.note(message) }
                status = code.rawValue
            }
        }
        do { try Console.flushStandardOutput() } catch {
            Console.report(error, language: language)
            if status == 0 { status = 1 }
        }
        Foundation.exit(status)
    }

    /// The `--lang` of the arguments (`--lang en` or `--lang=en`), for messages printed outside a
    /// command; Chinese by default.
    static func language(in arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) { return language }
        }
        return .zh
    }
}
