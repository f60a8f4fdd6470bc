// Notebook 1 — a triennial evaluation, step by step, on the bundled sample.
// Run: swift run notebook-evaluation [WORKSPACE [FIGURES]]   (figures: Notebooks/01-evaluation-walkthrough/figures/, or FIGURES, or WORKSPACE-figures/)
import Foundation
import TICIngest
import TICPolicy
import TICReport
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
    print("→ figure: \(figures.path == root.appendingPathComponent("figures").path ? "Notebooks/01-evaluation-walkthrough/figures" : figures.path)/\(name)")
}

// MARK: - 1. Load the workspace

cell("1. Load and validate the workspace")
let workspace = WorkspaceLoader().load(root: input)
say("""
A workspace is a folder of CSV files: the registry, one annual-report file per year, and the optional
history, events and ratings. Loading never stops at the first problem; every problem is a diagnostic
with its file, line and column.
""")
say("centers: \(workspace.centers.count), report years: \(workspace.years), rows read: \(workspace.rowsRead), rejected: \(workspace.rowsRejected)")
for diagnostic in workspace.diagnostics { say("  " + diagnostic.formatted(.en)) }

// MARK: - 2. The indicator system

cell("2. The indicator system (scheme)")
let scheme = try Scheme.preset(named: "sichuan-2022")
say("We use the `\(scheme.name)` preset: \(scheme.titleEn). Each dimension cites the clause it implements.")
for dimension in scheme.dimensions {
    say("- \(dimension.nameEn) [\(dimension.clauseEn ?? "")]: " + dimension.indicators.map(\.code).joined(separator: ", "))
}

// MARK: - 3. Evaluate

cell("3. Evaluate: cycle values, normalization, weights, one BLAS product")
let evaluation = try Evaluator(workspace: workspace, scheme: scheme).evaluate()
say("""
Cycle values combine the three annual reports per indicator (mean, sum, latest or growth); missing
years are filled from the center's other years and recorded. Indicators are scored by goalposts
(full marks at the target), weighted within their dimension, and every sub-score and the total come
from one matrix product. The effective weights:
""")
var weights = TextTable(header: ["indicator", "dimension", "within", "effective"], rightAligned: [2, 3])
for w in evaluation.indicatorWeights {
    weights.append([w.code, w.dimension, NumberText.fixed(w.withinDimension, fractionDigits: 4), NumberText.fixed(w.effective, fractionDigits: 4)])
}
print(weights.rendered())

// MARK: - 4. Grades per category

cell("4. Grades per category (cut-offs, then quotas)")
let counts = Category.allCases.map { category in
    (label: category.en, counts: Grade.allCases.map { evaluation.gradeCounts(category: category)[$0] ?? 0 })
}
for group in counts { say("\(group.label): " + zip(Grade.allCases, group.counts).map { "\($0.en) \($1)" }.joined(separator: ", ")) }
say("At most 20 % excellent per category: centers above the cut-off beyond the quota move down one grade.")
try figure("grades.html", "Grades per category", ReportChart.groupedBars(
    groups: counts, series: Grade.allCases.map { (label: $0.en, cssClass: $0.rawValue) }))

// MARK: - 5. Score distribution

cell("5. The score distribution and the cut-offs")
let scores = evaluation.evaluated.compactMap(\.score)
let cutoffs = scheme.grading.cutoffs.map { [(value: $0.qualified, label: "qualified"), (value: $0.good, label: "good"), (value: $0.excellent, label: "excellent")] } ?? []
try figure("scores.html", "Score distribution", ReportChart.histogram(scores: scores, range: (0, 100), cutoffs: cutoffs, emptyLabel: "no scores"))
let sorted = scores.sorted()
say("median \(NumberText.fixed(sorted[sorted.count / 2])), lowest \(NumberText.fixed(sorted.first!)), highest \(NumberText.fixed(sorted.last!))")

// MARK: - 6. Decisions

cell("6. The dynamic-adjustment list")
for (kind, n) in evaluation.decisionCounts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) { say("- \(kind.rawValue): \(n)") }
say("\nCenters that were rectifying after the previous cycle are re-evaluated on the next year's report:")
for c in evaluation.centers where c.reEvaluation != nil {
    let r = c.reEvaluation!
    say("- \(c.center.id): \(r.year) score \(r.score.map { NumberText.fixed($0) } ?? "–") vs \(r.threshold.map { NumberText.fixed($0) } ?? "–") → \(c.decision.kind.rawValue)")
}

// MARK: - 7. One center, end to end

cell("7. One center, end to end")
let example = evaluation.evaluated[evaluation.evaluated.count / 2]
say("\(example.center.id) \(example.center.name): rank \(example.rank!), score \(NumberText.fixed(example.score!)), grade \(example.grade!.en)")
for (j, indicator) in scheme.indicators.enumerated() {
    let years = example.yearlyValues[j].map { $0.map { NumberText.decimal($0) } ?? "—" }.joined(separator: " / ")
    say("  \(indicator.code): \(years) → cycle \(example.cycleValues[j].map { NumberText.decimal($0) } ?? "—") → normalized \(example.normalizedValues[j].map { NumberText.fixed($0) } ?? "—")")
}
say("  decision: \(example.decision.reason(.en)) [\(example.decision.clause(.en))]")

// MARK: - 8. Integrity flags

cell("8. Integrity flags for reviewers (evidence, not verdicts)")
for c in evaluation.centers where !c.flags.isEmpty {
    for flag in c.flags { say("- \(c.center.id): \(flag.evidence(.en))") }
}
