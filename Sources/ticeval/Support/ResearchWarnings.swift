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

    /// Warns that standard-deviation weights depend on the columns' units: σ scales with its column,
    /// so rescaling one column (yuan → 10,000 yuan) changes every weight. Entropy (p = x/Σx) and CRITIC
    /// (min-max first) do not.
    static func unitDependence(of method: WeightingMethod, path: String, language: Language) {
        guard method == .stddev else { return }
        Console.report(CommandFailure.warning(
            file: path,
            zh: "标准差权重取决于各列的计量单位（某列换算单位，如元改为万元，各列权重都会改变）；若各列单位不可比，请先换算为可比的单位，或改用 entropy 或 critic（二者与单位无关）",
            en: "stddev weights depend on the columns' units (rescaling one column, e.g. yuan to 10,000 yuan, changes every weight); if the units are not comparable, rescale the columns first or use entropy or critic (both unit-free)"),
            language: language)
    }
}
