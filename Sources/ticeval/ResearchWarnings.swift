import TICIngest
import TICScoring

/// Prints the warnings of a researcher command to standard error (the result still goes to
/// standard output): reading warnings as `path:line:column: warning: …`, scoring warnings as
/// `path: warning: …`.
enum ResearchWarnings {
    static func print(_ reading: [Diagnostic], _ scoring: [ScoringWarning], path: String, names: [String],
                      language: Language) {
        for diagnostic in reading { Console.error(diagnostic.formatted(language)) }
        let label = language.pick("警告", "warning")
        for warning in scoring {
            Console.error("\(path): \(label): \(ScoringWarningText(warning, names: names).message(language))")
        }
    }
}
