// Notebook 2 — expert, AHP, entropy, CRITIC and combined weights on the same sample.
// Run: swift run notebook-weighting [WORKSPACE [FIGURES]]   (figures: Notebooks/02-weighting-schemes/figures/, or FIGURES, or WORKSPACE-figures/)
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
    print("→ figure: \(figures.path == root.appendingPathComponent("figures").path ? "Notebooks/02-weighting-schemes/figures" : figures.path)/\(name)")
}
func fixed(_ value: Double, _ digits: Int = 3) -> String { value.isFinite ? NumberText.fixed(value, fractionDigits: digits) : "—" }

// MARK: - 1. The sample and the base scheme

cell("1. The sample and the base scheme")
let workspace = WorkspaceLoader().load(root: input)
let base = try Scheme.preset(named: "sichuan-2022")
say("""
\(workspace.centers.count) centers, report years \(workspace.years). The base is the `\(base.name)` preset: \
\(base.dimensions.count) dimensions, \(base.indicators.count) indicators. Only the weights change below; the \
indicators, their normalization (goalposts), the cycle aggregation and the grading rules stay the same, so every \
difference in the rankings comes from the weights.
""")
for d in base.dimensions {
    say("- \(d.code): weight \(d.weight.map { fixed($0, 2) } ?? "—"), indicators \(d.indicators.map(\.code).joined(separator: ", "))")
}

// MARK: - 2. Five weighting variants

cell("2. Five weighting variants of one scheme")
say("""
- expert: the preset's explicit dimension weights; inside each dimension the explicit indicator weights where the \
preset gives them, otherwise equal weights.
- AHP: the dimension weights from one consistent pairwise-comparison matrix (below); indicators as expert.
- entropy: Shannon-entropy weights from the data, at both levels (more dispersion, more weight).
- CRITIC: CRITIC weights (Diakoulaki et al. 1995) at both levels: contrast times conflict.
- combined: α = 0.5 of the expert weights plus 0.5 of the entropy weights, at both levels.
""")
// The expert weights inside a dimension: the preset's where it gives them, else equal weights written out
// as explicit ones (the combined method needs explicit or AHP subjective weights).
let expertBase: Scheme = {
    var scheme = base
    for k in scheme.dimensions.indices where scheme.dimensions[k].normalizedIndicatorWeights == nil {
        let n = scheme.dimensions[k].indicators.count
        for j in 0..<n { scheme.dimensions[k].indicators[j].weight = 1 / Double(n) }
    }
    return scheme
}()

// AHP judgments that come from priorities 2 : 4 : 2 : 1 : 1 (key technology first): a_ij = p_i / p_j, so
// every judgment is on Saaty's scale (1, 2, 4 and their reciprocals) and the matrix is perfectly consistent (CR = 0).
let priorities = [2, 4, 2, 1, 1]
precondition(priorities.count == base.dimensions.count, "one priority per dimension of \(base.name)")
let judgments: [[AHPJudgment]] = priorities.map { pi in
    priorities.map { pj in pi >= pj ? AHPJudgment(Double(pi / pj)) : AHPJudgment.inverse(pj / pi) }
}
say("AHP matrix (rows and columns in dimension order):")
for (k, row) in judgments.enumerated() {
    say("  \(base.dimensions[k].code.padding(toLength: 20, withPad: " ", startingAt: 0)) " + row.map { ($0.text ?? NumberText.decimal($0.value)).padding(toLength: 5, withPad: " ", startingAt: 0) }.joined())
}

/// `base` with `dimensions` weighted by `top` and every dimension's indicators by `inner(dimension)`.
/// The validator rejects `weight` fields a method would ignore, so they are removed unless the method uses them.
func variant(_ name: String, top: WeightSpec, inner: (SchemeDimension) -> WeightSpec) -> Scheme {
    var scheme = expertBase
    scheme.name = name
    scheme.dimensionWeights = top
    for k in scheme.dimensions.indices {
        let spec = inner(scheme.dimensions[k])
        scheme.dimensions[k].indicatorWeights = spec
        if !top.usesExplicitWeights { scheme.dimensions[k].weight = nil }
        if !spec.usesExplicitWeights {
            for j in scheme.dimensions[k].indicators.indices { scheme.dimensions[k].indicators[j].weight = nil }
        }
    }
    return scheme
}
let variants: [Scheme] = [
    variant("expert", top: .explicit, inner: { _ in .explicit }),
    variant("ahp", top: .ahp(AHPWeighting(matrices: [judgments])), inner: { _ in .explicit }),
    variant("entropy", top: .objective(.entropy), inner: { _ in .objective(.entropy) }),
    variant("critic", top: .objective(.critic), inner: { _ in .objective(.critic) }),
    variant("combined", top: .combined(CombinedWeighting(alpha: 0.5, subjective: .explicit, objective: .entropy)),
            inner: { _ in .combined(CombinedWeighting(alpha: 0.5, subjective: .explicit, objective: .entropy)) }),
]

// MARK: - 3. Evaluate each variant

cell("3. Evaluate each variant")
var evaluations: [(label: String, evaluation: Evaluation)] = []
for scheme in variants {
    let evaluation = try Evaluator(workspace: workspace, scheme: scheme).evaluate()
    evaluations.append((scheme.name, evaluation))
    let counts = evaluation.gradeCounts()
    say("\(scheme.name.padding(toLength: 9, withPad: " ", startingAt: 0)) evaluated \(evaluation.evaluated.count), grades: "
        + Grade.allCases.map { "\($0.en) \(counts[$0] ?? 0)" }.joined(separator: ", "))
}
if let ahp = evaluations[1].evaluation.weightOrigins.first(where: { $0.method == "ahp" }) {
    say("AHP at \(ahp.path): consistency ratio \(ahp.consistencyRatio.map { fixed($0, 4) } ?? "—"), λmax \(ahp.lambdaMax.map { fixed($0, 4) } ?? "—")")
}

// MARK: - 4. The weights side by side

cell("4. The effective weights side by side")
say("Dimension weights (sum 1 per column):")
var dimensionTable = TextTable(header: ["dimension"] + evaluations.map(\.label), rightAligned: Set(1...evaluations.count))
for (k, d) in base.dimensions.enumerated() {
    dimensionTable.append([d.code] + evaluations.map { fixed($0.evaluation.dimensionWeights[k]) })
}
print(dimensionTable.rendered())
say("Effective indicator weights (dimension weight × weight within the dimension; sum 1 per column):")
var indicatorTable = TextTable(header: ["indicator"] + evaluations.map(\.label), rightAligned: Set(1...evaluations.count))
for (j, indicator) in base.indicators.enumerated() {
    indicatorTable.append([indicator.code] + evaluations.map { fixed($0.evaluation.indicatorWeights[j].effective) })
}
print(indicatorTable.rendered())
say("""
Entropy rewards indicators whose values are spread unevenly across centers; CRITIC also rewards indicators \
that disagree with the others. Neither knows what the policy values, which is why the combined variant keeps \
half of the expert weights.
""")

// MARK: - 5. How much do the rankings agree?

cell("5. Rank correlation between the variants")
let pairs = SchemeComparison.pairwise(evaluations, topK: 10, movers: 5)
let page = ComparisonPage(evaluations: evaluations, pairs: pairs)
say("Spearman ρ (mid-ranks by score over the centers evaluated under both variants):")
var matrixTable = TextTable(header: [""] + page.labels, rightAligned: Set(1...evaluations.count))
for (i, row) in page.spearmanMatrix.enumerated() { matrixTable.append([page.labels[i]] + row.map { fixed($0) }) }
print(matrixTable.rendered())
try figure("correlation.html", "Spearman ρ between the weighting variants", page.heatmap())

// MARK: - 6. Grades that change

cell("6. Grades and the top 10 under each pair")
var pairTable = TextTable(header: ["A", "B", "ρ", "τ-b", "WS", "top-10", "grade chg", "κ (linear)"], rightAligned: Set(2...7))
for p in pairs {
    pairTable.append([p.schemeA, p.schemeB, fixed(p.spearman), fixed(p.kendallTauB), fixed(p.rankSimilarity),
                      fixed(p.topKOverlap, 2), fixed(p.gradeChangeShare), fixed(p.weightedKappa)])
}
print(pairTable.rendered())
let closest = pairs.filter { $0.schemeA == "expert" }.max { $0.spearman < $1.spearman }!
let farthest = pairs.filter { $0.schemeA == "expert" }.min { $0.spearman < $1.spearman }!
say("""
Against the expert weights, `\(closest.schemeB)` agrees most (ρ = \(fixed(closest.spearman)), \
\(fixed(100 * closest.gradeChangeShare, 1)) % of grades change) and `\(farthest.schemeB)` least \
(ρ = \(fixed(farthest.spearman)), \(fixed(100 * farthest.gradeChangeShare, 1)) % of grades change). A high ρ \
can hide many grade changes: grades depend on cut-offs and quotas, so small score shifts near a cut-off \
change a grade without moving the rank much.
""")

// MARK: - 7. Who moves?

cell("7. The largest movers, expert → \(farthest.schemeB)")
let farthestIndex = pairs.firstIndex { $0.schemeA == farthest.schemeA && $0.schemeB == farthest.schemeB }!
for m in farthest.movers {
    say("- \(m.centerID) \(m.name): rank \(m.rankA) → \(m.rankB) (\(m.change > 0 ? "+" : "")\(m.change)), grade \(m.gradeA?.en ?? "—") → \(m.gradeB?.en ?? "—")")
}
try figure("rank-shift.html", "Rank under expert vs \(farthest.schemeB) weights", page.rankShift(pair: farthestIndex))
let expertFigures = pairs.indices.filter { pairs[$0].schemeA == "expert" }.map { k -> HTML in
    "<figure><figcaption>\(pairs[k].schemeA) → \(pairs[k].schemeB)</figcaption>\(page.rankShift(pair: k))</figure>"
}
try figure("rank-shifts-expert.html", "Rank shifts from the expert weights", "<div class=\"charts\">\(expertFigures)</div>")
