import TICIngest
import TICReport
import TICScoring
import TICSupport

/// Prints the warnings of a researcher command to standard error (the result still goes to
/// standard output): reading warnings as `path:line:column: warning: …`, scoring warnings as
/// `path: warning: …`, each once
/// (weighting and aggregation may both report the same constant column).
enum ResearchWarnings {
    static func print(_ reading: [Diagnostic], _ scoring: [ScoringWarning], path: String, names: [String],
                      language: Language) {
        for diagnostic in reading { Console.error(diagnostic.formatted(language)) }
        let label = language.pick("警告", "warning")
        var seen: Set<ScoringWarning> = []
        for warning in scoring where seen.insert(warning).inserted {
            Console.error("\(path): \(label): \(ScoringWarningText(warning, names: names).message(language))")
        }
    }
}
