import TICIngest

/// The values of a scheme's indicators over a cycle, per center: raw yearly values, imputation
/// per the missing-data policy, and the combination of the years (mean, sum, latest or growth).
///
/// - Raw values: a report column; a derived ratio `numerator / denominator` of the same year
///   (missing when either is missing or the denominator is 0); `satisfaction` = mean of that
///   year's service-recipient ratings (ratings.csv) unless the reports carry the column.
/// - Missing yearly values, per policy: `zero` → 0; `center_mean` → mean of the center's other
///   years in the cycle (falling back to `group_mean` when it has none); `group_mean` → mean of
///   the same category's values that year; `exclude` → the year is left out; `error` → an error.
///   Every filled or left-out value is recorded as an ``ImputedValue``.
/// - Combination: `mean` of the years present; `sum` of the years present scaled by
///   (cycle years / years present) when a year was left out; `latest` year present; `growth` =
///   CAGR (last / first)^(1 / (year_last − year_first)) − 1 over the first and last years present
///   (missing when fewer than two years, or the first is ≤ 0).
///   A cycle value that is still missing excludes the indicator from that center's score.
struct CycleValues {
    /// `[indicator][center][year]` raw values.
    var yearly: [[[Double?]]]
    /// `[indicator][center]` combined values.
    var combined: [[Double?]]
    /// What was imputed, per center index.
    var imputed: [[ImputedValue]]

    /// Builds the values for `centers` over `years`.
    /// - Throws: ``EvaluationError/indicatorNotInReports(indicator:path:)``, ``EvaluationError/missingValues(indicator:path:examples:total:)``.
    static func build(workspace: Workspace, scheme: Scheme, centers: [Center], years: [Int]) throws(EvaluationError) -> CycleValues {
        let indicators = scheme.indicators
        let reports: [AnnualReport?] = years.map { workspace.report(year: $0) }
        let n = centers.count, t = years.count
        var ratings: [String: (sum: Double, count: Int)] = [:]
        for r in workspace.ratings {
            let key = "\(r.centerID)|\(r.year)"
            let current = ratings[key] ?? (0, 0)
            ratings[key] = (current.sum + r.score, current.count + 1)
        }

        // Each center's row in each report, looked up once (not once per indicator): `rows[k][i]`.
        let rows: [[Int?]] = reports.map { report in centers.map { report?.row(of: $0.id) } }

        var yearly: [[[Double?]]] = []
        var combined: [[Double?]] = []
        var imputed = [[ImputedValue]](repeating: [], count: n)
        for indicator in indicators {
            let path = Self.path(of: indicator, in: scheme)
            let policy = scheme.defaults.missing(for: indicator)
            let aggregation = scheme.defaults.cycleAggregation(for: indicator)
            // Raw values.
            let source = try Self.source(for: indicator, reports: reports, path: path)
            var raw = [[Double?]](repeating: [Double?](repeating: nil, count: t), count: n)
            var causes = [[ImputedValue.Cause?]](repeating: [ImputedValue.Cause?](repeating: nil, count: t), count: n)
            // The source columns in each report, looked up once per indicator.
            let firstColumn: [Int?], secondColumn: [Int?]
            switch source {
            case .column(let code): firstColumn = reports.map { $0?.columnIndex(of: code) }; secondColumn = firstColumn
            case .ratio(let a, let b): firstColumn = reports.map { $0?.columnIndex(of: a) }; secondColumn = reports.map { $0?.columnIndex(of: b) }
            case .ratings: firstColumn = []; secondColumn = []
            }
            /// The value at (row, column) of report `k`; nil when absent or missing.
            func cell(_ k: Int, _ row: Int?, _ column: Int?) -> Double? {
                guard let report = reports[k], let row, let column else { return nil }
                let v = report.values[row * report.columns.count + column]
                return v.isNaN ? nil : v
            }
            for (i, center) in centers.enumerated() {
                for k in 0..<t {
                    let row = rows[k][i]
                    let reported = row != nil
                    var value: Double?
                    switch source {
                    case .column:
                        value = cell(k, row, firstColumn[k])
                    case .ratio:
                        if let a = cell(k, row, firstColumn[k]), let b = cell(k, row, secondColumn[k]), b != 0 {
                            value = a / b
                        }
                    case .ratings:
                        if let r = ratings["\(center.id)|\(years[k])"], r.count > 0 { value = r.sum / Double(r.count) }
                    }
                    raw[i][k] = value
                    if value == nil {
                        causes[i][k] = (source == .ratings || reported) ? .emptyCell : .noReport
                    }
                }
            }
            yearly.append(raw)

            // Imputation.
            var filled = raw
            var missingExamples: [String] = []
            var missingTotal = 0
            var groupMeans: [Category: [Double?]] = [:]
            func groupMean(_ category: Category, _ k: Int) -> Double? {
                if groupMeans[category] == nil {
                    groupMeans[category] = (0..<t).map { year in
                        var sum = 0.0, count = 0
                        for (i, c) in centers.enumerated() where c.category == category { if let v = raw[i][year] { sum += v; count += 1 } }
                        return count > 0 ? sum / Double(count) : nil
                    }
                }
                return groupMeans[category]![k]
            }
            for i in 0..<n {
                for k in 0..<t where raw[i][k] == nil {
                    let cause = causes[i][k] ?? .emptyCell
                    switch policy {
                    case .error:
                        missingTotal += 1
                        if missingExamples.count < 5 { missingExamples.append("\(centers[i].id) \(years[k])") }
                    case .zero:
                        filled[i][k] = 0
                        imputed[i].append(ImputedValue(centerID: centers[i].id, indicator: indicator.code, year: years[k], cause: cause, policy: .zero, value: 0))
                    case .centerMean, .groupMean:
                        var value: Double?
                        var used = policy
                        if policy == .centerMean {
                            let others = raw[i].compactMap { $0 }
                            if !others.isEmpty { value = others.reduce(0, +) / Double(others.count) }
                        }
                        if value == nil { value = groupMean(centers[i].category, k); used = .groupMean }
                        filled[i][k] = value
                        imputed[i].append(ImputedValue(centerID: centers[i].id, indicator: indicator.code, year: years[k], cause: cause,
                                                       policy: value == nil ? .exclude : used, value: value))
                    case .exclude:
                        imputed[i].append(ImputedValue(centerID: centers[i].id, indicator: indicator.code, year: years[k], cause: cause, policy: .exclude, value: nil))
                    }
                }
            }
            if missingTotal > 0 {
                throw .missingValues(indicator: indicator.code, path: path, examples: missingExamples, total: missingTotal)
            }
            combined.append((0..<n).map { Self.combine(filled[$0], years: years, aggregation) })
        }
        return CycleValues(yearly: yearly, combined: combined, imputed: imputed)
    }

    enum Source: Equatable {
        case column(String)
        case ratio(String, String)
        case ratings
    }

    static func source(for indicator: SchemeIndicator, reports: [AnnualReport?], path: String) throws(EvaluationError) -> Source {
        if let derived = indicator.derived { return .ratio(derived.numerator, derived.denominator) }
        let inReports = reports.contains { $0?.columnIndex(of: indicator.code) != nil }
        if inReports { return .column(indicator.code) }
        if indicator.code == "satisfaction" { return .ratings }
        throw .indicatorNotInReports(indicator: indicator.code, path: path)
    }

    /// Combines a center's yearly values.
    static func combine(_ values: [Double?], years: [Int], _ aggregation: CycleAggregation) -> Double? {
        var present: [(year: Int, value: Double)] = []
        for (k, v) in values.enumerated() { if let v { present.append((years[k], v)) } }
        guard !present.isEmpty else { return nil }
        switch aggregation {
        case .mean:
            return present.reduce(0) { $0 + $1.value } / Double(present.count)
        case .sum:
            return present.reduce(0) { $0 + $1.value } * Double(years.count) / Double(present.count)
        case .latest:
            return present[present.count - 1].value
        case .growth:
            guard present.count >= 2, let first = present.first, let last = present.last, first.value > 0, last.value >= 0 else { return nil }
            return pow(last.value / first.value, 1 / Double(last.year - first.year)) - 1
        }
    }

    /// `dimensions[d].indicators[i]` of an indicator, for messages.
    static func path(of indicator: SchemeIndicator, in scheme: Scheme) -> String {
        for (d, dimension) in scheme.dimensions.enumerated() {
            if let i = dimension.indicators.firstIndex(where: { $0.code == indicator.code }) { return "dimensions[\(d)].indicators[\(i)]" }
        }
        return indicator.code
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
