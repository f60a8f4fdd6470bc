// Notebook 3 — how certain are the ranks and grades? Monte Carlo on the weights, then Sobol indices.
// Run: swift run -c release notebook-uncertainty [WORKSPACE [FIGURES]]   (figures: Notebooks/03-uncertainty-sensitivity/figures/, or FIGURES, or WORKSPACE-figures/)
import Foundation
import TICIngest
import TICPolicy
import TICReport
import TICScoring
import TICSupport

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let repository = root.deletingLastPathComponent().deletingLastPathComponent()
// Input: a workspace folder, the first argument or TICEVAL_NOTEBOOK_INPUT (default: the bundled sample).
// Figures: the second argument or TICEVAL_NOTEBOOK_OUT, else beside the input (INPUT-figures/), else figures/ here.
let environment = ProcessInfo.processInfo.environment
let given = CommandLine.arguments.dropFirst().first ?? environment["TICEVAL_NOTEBOOK_INPUT"]
let input = given ?? repository.appendingPathComponent("Datasets/sample").path
let figures = URL(fileURLWithPath: CommandLine.arguments.dropFirst(2).first ?? environment["TICEVAL_NOTEBOOK_OUT"]
    ?? given.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "-figures" } ?? root.appendingPathComponent("figures").path, isDirectory: true)
try FileManager.default.createDirectory(at: figures, withIntermediateDirectories: true)

func say(_ text: String) { print(text) }
func cell(_ title: String) { print("\n## \(title)\n") }
func figure(_ name: String, _ title: String, _ body: HTML) throws {
    try Data(ReportChart.page(title: title, language: .en, body: body).utf8).write(to: figures.appendingPathComponent(name))
    print("→ figure: \(figures.path == root.appendingPathComponent("figures").path ? "Notebooks/03-uncertainty-sensitivity/figures" : figures.path)/\(name)")
}
func fixed(_ value: Double, _ digits: Int = 3) -> String { value.isFinite ? NumberText.fixed(value, fractionDigits: digits) : "—" }
/// Wall time of `body`, printed after the cell (the only output that varies between runs).
func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    let elapsed = clock.now - start
    say("(\(label): \(fixed(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18, 1)) s)")
    return value
}

// MARK: - 1. The workspace and the nominal evaluation

cell("1. The sample and the nominal evaluation")
let workspace = WorkspaceLoader().load(root: input)
let scheme = try Scheme.preset(named: "sichuan-2022")
let nominal = try Evaluator(workspace: workspace, scheme: scheme).evaluate()
say("""
\(nominal.evaluated.count) centers evaluated under `\(scheme.name)`. Its five dimension weights \
(\(nominal.dimensionWeights.map { fixed($0, 2) }.joined(separator: ", "))) are an expert choice: a reviewer \
could as well have written 0.22 instead of 0.25. How much do the ranks and grades depend on that choice?
""")

// MARK: - 2. Monte Carlo on the dimension weights

cell("2. Monte Carlo: 2,000 weight vectors from a Dirichlet distribution")
let settings = UncertaintySettings(samples: 2_000, seed: 2026, perturbation: .dirichlet(concentration: 100), topK: 10)
say("""
Each sample draws the dimension weights from Dirichlet(c·w) with c = 100 around the nominal w: unbiased \
(E[w'] = w) with a standard deviation of about \(fixed((0.25 * 0.75 / 101).squareRoot(), 3)) for a weight of 0.25. \
Every sample is scored AND graded with the scheme's cut-offs, quotas, tie rule and vetoes. Sample i is seeded \
by (seed \(settings.seed), i), so the results do not depend on the number of threads.
""")
let result = try timed("Monte Carlo") { try UncertaintyAnalysis.analyze(workspace: workspace, scheme: scheme, settings: settings) }
let page = UncertaintyPage(result: result)
say("mean absolute rank shift against the nominal ranking: \(fixed(result.meanAbsoluteRankShift)) places")

// MARK: - 3. Rank intervals

cell("3. Rank intervals, sorted by nominal rank")
let widths = result.alternatives.map { $0.p95Rank - $0.p5Rank }
let sortedWidths = widths.sorted()
say("P5–P95 interval width: median \(fixed(sortedWidths[sortedWidths.count / 2], 1)) places, widest \(fixed(sortedWidths.last!, 1)).")
let widest = result.alternatives.indices.sorted { (-widths[$0], result.alternatives[$0].nominalRank) < (-widths[$1], result.alternatives[$1].nominalRank) }.prefix(5)
say("The five widest intervals (the middle of the ranking is crowded, so small score changes move many places):")
for k in widest {
    let a = result.alternatives[k]
    say("- \(a.id) \(a.name): nominal \(a.nominalRank), P5–P95 \(fixed(a.p5Rank, 1))–\(fixed(a.p95Rank, 1)), median \(fixed(a.medianRank, 1))")
}
let sureTop = result.alternatives.filter { $0.pTopK >= 0.95 }
say("\(sureTop.count) centers are in the top \(result.topK) in at least 95 % of the samples: " + sureTop.map(\.id).joined(separator: ", "))
let hint: HTML = "<p class=\"hint\">One row per center (\(result.alternatives.count)), sorted by nominal rank: line P5–P95, dot median, orange tick nominal rank; \(result.samples) samples, \(result.perturbation), seed \(Int(result.seed)).</p>"
try figure("rank-intervals.html", "Rank intervals under perturbed dimension weights", hint + page.intervalChart(language: .en))

// MARK: - 4. Grade probabilities

cell("4. Grade probabilities and the least certain grades")
if let bars = page.gradeChart(language: .en) {
    try figure("grade-probabilities.html", "Grade probabilities under perturbed dimension weights", bars)
}
let certain = result.alternatives.filter { a in
    guard let g = a.gradeProbabilities else { return false }
    return max(g.excellent, g.good, g.qualified, g.unqualified) >= 0.95
}
say("\(certain.count) of \(result.alternatives.count) centers keep one grade in at least 95 % of the samples. The least certain:")
var uncertainTable = TextTable(header: ["center", "nominal rank", "nominal grade", "P(exc)", "P(good)", "P(qual)", "P(unq)"], rightAligned: [1, 3, 4, 5, 6])
for a in page.leastCertain(10) {
    let g = a.gradeProbabilities!
    uncertainTable.append([a.id, "\(a.nominalRank)", a.nominalGrade?.en ?? "—", fixed(g.excellent), fixed(g.good), fixed(g.qualified), fixed(g.unqualified)])
}
print(uncertainTable.rendered())
say("""
These centers sit at a grade boundary of their category: a cut-off, or the 20 % excellent quota. A reviewer \
should read their grade as "between \(Grade.good.en) and \(Grade.excellent.en)" (or the like), not as a verdict \
that a 0.01 change of weight could reverse.
""")

// MARK: - 5. Sobol sensitivity

cell("5. Which weight matters? Sobol indices")
let sobolSettings = UncertaintySettings(samples: 1_024, seed: 2026, perturbation: .dirichlet(concentration: 100), topK: 10,
                                        sensitivity: true, bootstrap: 200)
say("""
A Saltelli design with base sample N = \(sobolSettings.samples) and d = \(scheme.dimensions.count) factors (the \
dimension weights) runs N(d + 2) = \(sobolSettings.samples * (scheme.dimensions.count + 2)) evaluations. N is kept small \
so that the notebook runs in about a second (release build, two cores); the 5–95 % bootstrap intervals \
(\(sobolSettings.bootstrap) resamples) of S1 are still wide, and negative S1 estimates are noise around 0: \
raise N for a publication. Target: the mean absolute rank change against the nominal ranking \
(COINr's choice). S1 is the share of its variance explained by one weight alone, ST includes interactions.
""")
let sobol = try timed("Sobol") { try UncertaintyAnalysis.analyze(workspace: workspace, scheme: scheme, settings: sobolSettings) }
let sensitivity = sobol.sensitivity!
var sobolTable = TextTable(header: ["factor", "S1", "S1 5–95 %", "ST", "ST 5–95 %"], rightAligned: [1, 2, 3, 4])
let x = sensitivity.meanAbsoluteRankChange
for (k, factor) in sensitivity.factors.enumerated() {
    sobolTable.append([factor, fixed(x.firstOrder[k]), "\(fixed(x.firstOrderLow[k])) … \(fixed(x.firstOrderHigh[k]))",
                       fixed(x.total[k]), "\(fixed(x.totalLow[k])) … \(fixed(x.totalHigh[k]))"])
}
print(sobolTable.rendered())
let strongest = sensitivity.factors.indices.max { x.total[$0] < x.total[$1] }!
say("""
The weight of `\(sensitivity.factors[strongest])` has the largest total effect (ST = \(fixed(x.total[strongest]))). \
ST − S1 measures interactions: the weights sum to 1, so raising one lowers the others and no factor acts alone.
""")
try figure("sensitivity.html", "Sobol indices on the mean absolute rank change", UncertaintyPage(result: sobol).sensitivityTable(language: .en))
