import Testing
import TICTestSupport
import TICIngest
import TICScoring
@testable import TICPolicy
import TICSupport

/// A random workspace built in memory from a seed: 4–30 centers in both categories, three years,
/// three indicators (two benefit counts, one cost amount), a few missing yearly values.
struct RandomWorkspace {
    static let columns = ["rd_staff", "invention_patents", "government_funding"]
    static let years = [2022, 2023, 2024]

    var ids: [String]
    var categories: [TICIngest.Category]
    /// `values[center][year][indicator]`; NaN is a missing value.
    var values: [[[Double]]]

    init(seed: UInt64) {
        var rng = Xoshiro256StarStar(seed: seed)
        let n = Int.random(in: 4...30, using: &rng)
        ids = (0..<n).map { "P\(seed)-\($0)" }
        categories = (0..<n).map { _ in Bool.random(using: &rng) ? .comprehensive : .domain }
        values = (0..<n).map { _ in
            let missingYear = Int.random(in: 0..<12, using: &rng)   // usually none (values 3…11)
            return Self.years.indices.map { t in
                Self.columns.indices.map { j in
                    if t == missingYear && j == 1 { return .nan }
                    return j == 2 ? Double(Int.random(in: 0...50_000, using: &rng)) / 10 : Double(Int.random(in: 0...500, using: &rng))
                }
            }
        }
    }

    /// The workspace with centers (and report rows) in the order `order`.
    func workspace(order: [Int]? = nil) -> Workspace {
        let order = order ?? Array(ids.indices)
        var workspace = Workspace(root: "random")
        for (line, k) in order.enumerated() {
            workspace.centers.append(Center(id: ids[k], name: "中心\(ids[k])", level: .provincial, region: "四川",
                                            category: categories[k], formation: .leadingEnterprise, leadType: .enterprise,
                                            field: .economy, approvedYear: 2019, registeredCapitalWan: 2000, line: line + 2))
        }
        for (t, year) in Self.years.enumerated() {
            var report = AnnualReport(year: year, path: "reports/\(year).csv", columns: Self.columns)
            for (line, k) in order.enumerated() {
                report.append(centerID: ids[k], line: line + 2, values: ContiguousArray(values[k][t]))
            }
            workspace.reports.append(report)
        }
        return workspace
    }

    /// Two dimensions, equal weights, min-max to 0–100, weighted sum; cut-offs, optionally quotas.
    static func scheme(quotas: Bool = false) -> Scheme {
        Scheme(name: "prop", title: "性质", titleEn: "property",
               defaults: SchemeDefaults(cycleAggregation: .mean, missing: .centerMean, outliers: .none, normalization: .minmax),
               dimensionWeights: .equal,
               dimensions: [
                   SchemeDimension(code: "output", name: "产出", nameEn: "output", indicatorWeights: .equal,
                                   indicators: [.catalogue("rd_staff"), .catalogue("invention_patents")]),
                   SchemeDimension(code: "funding", name: "经费", nameEn: "funding", indicatorWeights: .equal,
                                   indicators: [.catalogue("government_funding", direction: .cost)]),
               ],
               grading: GradingRules(cutoffs: GradeCutoffs(excellent: 75, good: 55, qualified: 35),
                                     quotas: quotas ? GradeQuotas(excellent: GradeQuota(maxShare: 0.2)) : nil))
    }
}

/// Invariants of the evaluation on hundreds of seeded random workspaces.
@Suite("Evaluation properties")
struct PropertyTests {
    static let seeds: [UInt64] = Array(1...150)

    func evaluate(_ workspace: Workspace, quotas: Bool = false) throws -> [String: CenterEvaluation] {
        let evaluation = try Evaluator(workspace: workspace, scheme: RandomWorkspace.scheme(quotas: quotas)).evaluate()
        return Dictionary(uniqueKeysWithValues: evaluation.centers.map { ($0.center.id, $0) })
    }

    @Test("permuting the centers permutes the outputs")
    func permutation() throws {
        for seed in Self.seeds {
            let random = RandomWorkspace(seed: seed)
            var rng = Xoshiro256StarStar(seed: seed, stream: 1)
            let order = Array(random.ids.indices).shuffled(using: &rng)
            let a = try evaluate(random.workspace(), quotas: true)
            let b = try evaluate(random.workspace(order: order), quotas: true)
            for id in random.ids {
                #expect(isClose(a[id]?.score, b[id]?.score, rel: 1e-9, abs: 1e-9), "seed \(seed) \(id)")
                #expect(a[id]?.grade == b[id]?.grade && a[id]?.rank == b[id]?.rank, "seed \(seed) \(id)")
            }
        }
    }

    @Test("scaling an indicator by a positive factor leaves min-max scores unchanged")
    func scaling() throws {
        for seed in Self.seeds {
            var random = RandomWorkspace(seed: seed)
            var rng = Xoshiro256StarStar(seed: seed, stream: 2)
            let before = try evaluate(random.workspace())
            let j = Int.random(in: 0..<RandomWorkspace.columns.count, using: &rng)
            let factor = [0.001, 0.5, 3, 10_000][Int.random(in: 0..<4, using: &rng)]
            for k in random.values.indices { for t in random.values[k].indices { random.values[k][t][j] *= factor } }
            let after = try evaluate(random.workspace())
            for id in random.ids {
                #expect(isClose(before[id]?.score, after[id]?.score, rel: 1e-7, abs: 1e-7), "seed \(seed) \(id) ×\(factor)")
                #expect(before[id]?.grade == after[id]?.grade || !isClose(before[id]?.score, after[id]?.score),
                        "seed \(seed) \(id)")
            }
        }
    }

    @Test("improving a benefit indicator or lowering a cost one never lowers a center's score or grade")
    func monotonicity() throws {
        for seed in Self.seeds {
            var random = RandomWorkspace(seed: seed)
            var rng = Xoshiro256StarStar(seed: seed, stream: 3)
            let before = try evaluate(random.workspace())
            let k = Int.random(in: random.ids.indices, using: &rng)
            let j = Int.random(in: 0..<RandomWorkspace.columns.count, using: &rng)
            for t in random.values[k].indices where !random.values[k][t][j].isNaN {
                random.values[k][t][j] = j == 2 ? random.values[k][t][j] * 0.5 : random.values[k][t][j] + Double(Int.random(in: 1...300, using: &rng))
            }
            let after = try evaluate(random.workspace())
            let id = random.ids[k]
            let old = try #require(before[id]?.score), new = try #require(after[id]?.score)
            #expect(new >= old - 1e-9, "seed \(seed) \(id): \(old) → \(new)")
            #expect(try #require(after[id]?.grade) <= (try #require(before[id]?.grade)), "seed \(seed) \(id)")
        }
    }

    @Test("grades are monotone in score within a category, with and without quotas")
    func gradesMonotone() throws {
        for seed in Self.seeds {
            for quotas in [false, true] {
                let results = try evaluate(RandomWorkspace(seed: seed).workspace(), quotas: quotas).values.filter { $0.score != nil }
                for a in results {
                    for b in results where a.center.category == b.center.category && a.score! > b.score! {
                        #expect(a.grade! <= b.grade!, "seed \(seed) quotas \(quotas): \(a.center.id) \(a.score!) \(a.grade!) vs \(b.center.id) \(b.score!) \(b.grade!)")
                    }
                }
            }
        }
    }

    @Test("weights sum to 1 and no output is NaN or infinite")
    func weightsAndFiniteness() throws {
        for seed in Self.seeds {
            let evaluation = try Evaluator(workspace: RandomWorkspace(seed: seed).workspace(), scheme: RandomWorkspace.scheme(quotas: true)).evaluate()
            #expect(abs(evaluation.dimensionWeights.reduce(0, +) - 1) < 1e-12)
            #expect(abs(evaluation.indicatorWeights.map(\.effective).reduce(0, +) - 1) < 1e-12)
            for weight in evaluation.indicatorWeights { #expect(weight.effective.isFinite && weight.effective > 0) }
            for c in evaluation.centers {
                let numbers = [c.score].compactMap { $0 } + c.dimensionScores + c.normalizedValues.compactMap { $0 }
                    + c.cycleValues.compactMap { $0 } + c.yearlyValues.flatMap { $0.compactMap { $0 } }
                #expect(numbers.allSatisfy { $0.isFinite }, "seed \(seed) \(c.center.id)")
                #expect(c.grade != nil && c.rank != nil)
            }
        }
    }
}
