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
        for diagnostic in reading { Console.report(diagnostic.problem, language: language) }
        var seen: Set<ScoringWarning> = []
        for warning in scoring where seen.insert(warning).inserted {
            let text = ScoringWarningText(warning, names: names)
            Console.report(CommandFailure.warning(file: path, zh: text.message(.zh), en: text.message(.en)), language: language)
        }
    }
}
