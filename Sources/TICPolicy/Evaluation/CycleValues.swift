import TICIngest

/// The values of a scheme's indicators over a cycle, per center: raw yearly values, imputation
/// per the missing-data policies, and the combination of the years (mean, sum, latest or growth).
///
/// - Raw values: a report column; a derived ratio `numerator / denominator` of the same year
///   (missing when either is missing or the denominator is 0); `satisfaction` = mean of that
///   year's service-recipient ratings (ratings.csv) unless the reports carry the column.
/// - Years a center is due: the cycle's years, from its approval year on. Years before approval
///   are not missing data: they take no part at all.
/// - A missing value in an existing report follows the indicator's policy: `error` → a
///   ``DataProblem``; `zero` → 0; `center_mean` → mean of the center's other years;
///   `center_min` → its worst other year (lowest, or highest for a cost indicator);
///   `group_mean` → mean of the same category that year. Nothing falls back to another policy:
///   a center with no own value of an indicator, or a category without any value that year, is a
///   ``DataProblem``.
/// - A year whose whole report is missing (only under `missing_report: impute_own_years`) is
///   filled from the center's own years (`center_min` when the indicator says so, else
///   `center_mean`), counted apart from imputed cells.
/// - Every filled value is recorded as an ``ImputedValue`` with where it is and what it came from.
/// - Combination: `mean` of the due years; `sum` of the due years scaled by (cycle years / due
///   years); `latest` due year; `growth` = CAGR (last / first)^(1 / (year_last − year_first)) − 1
///   over the first and last due years (missing when fewer than two, or the first is ≤ 0; such an
///   indicator is left out of that center's score and the weights of the others renormalized).
struct CycleValues {
    /// `[indicator][center][year]` raw values (nil: missing or not due).
    var yearly: [[[Double?]]]
    /// `[indicator][center]` combined values.
    var combined: [[Double?]]
    /// What was imputed, per center index.
    var imputed: [[ImputedValue]]
    /// Per center: the number of (indicator, year) cells of its existing reports in due years.
    var cells: [Int]
    /// Per center: `growth` values that are not defined (the first year ≤ 0, or fewer than two
    /// years), so the indicator is left out of that center's score.
    var undefinedGrowth: [[UndefinedGrowth]] = []

    /// A `growth` cycle value that cannot be computed.
    struct UndefinedGrowth: Hashable {
        var indicator: String
        var firstYear: Int
        var firstValue: Double
        var source: String
    }

    /// The checks before any value: every column the scheme needs is in every year's report.
    static func columnProblems(reports: [AnnualReport], scheme: Scheme) -> [DataProblem] {
        var problems: [DataProblem] = []
        for indicator in scheme.indicators {
            let path = Self.path(of: indicator, in: scheme)
            let needed: [String]
            if let derived = indicator.derived { needed = [derived.numerator, derived.denominator] }
            else if indicator.code == "satisfaction" && !reports.contains(where: { $0.columnIndex(of: "satisfaction") != nil }) { needed = [] }
            else { needed = [indicator.code] }
            for report in reports {
                for column in needed {
                    // A year read from several files (a file per center beside the year's file): each must have the column.
                    let lacking = report.columnIndex(of: column) == nil ? [FileLocation(path: report.path, line: report.headerLine, sheet: report.sheet)]
                        : report.filesLacking(column)
                    for location in lacking {
                        problems.append(DataProblem(.columnMissing(column: column, indicator: indicator.code, indicatorPath: path, year: report.year),
                                                    at: location))
                    }
                }
            }
        }
        return problems
    }

    /// Builds the values for `centers` over `years`. `dueYears[i]` are the years center `i` is
    /// evaluated on (all `years` unless approved within the cycle). Call after ``columnProblems``
    /// found nothing.
    /// - Throws: ``EvaluationError/data(_:)`` with every problem found.
    /// With `impute: false` only the raw values and their combination are computed, and nothing is
    /// checked (for showing the data of centers that are not scored).
    /// `scoredYears` (default: all) restricts what is combined, imputed and counted to those years;
    /// the other years of `years` only lend the center's own values to `center_mean`/`center_min`
    /// (a re-evaluation scores one year and fills its gaps from the cycle). The check that an
    /// indicator has a value at some center runs only when all years are scored.
    static func build(workspace: Workspace, scheme: Scheme, centers: [Center], years: [Int],
                      dueYears: [[Int]]? = nil, scoredYears: Set<Int>? = nil, impute: Bool = true) throws(EvaluationError) -> CycleValues {
        let indicators = scheme.indicators
        let reports: [AnnualReport?] = years.map { workspace.report(year: $0) }
        let n = centers.count, t = years.count
        let due: [[Bool]] = (0..<n).map { i in
            let list = dueYears?[i] ?? years
            return years.map { list.contains($0) }
        }
        let length = scoredYears?.count ?? t
        let scored: [[Bool]] = due.map { row in zip(row, years).map { $0 && (scoredYears?.contains($1) ?? true) } }
        var ratings: [String: (sum: Double, count: Int)] = [:]
        for r in workspace.ratings {
            let key = "\(r.centerID)|\(r.year)"
            let current = ratings[key] ?? (0, 0)
            ratings[key] = (current.sum + r.score, current.count + 1)
        }

        // Each center's row in each report, looked up once (not once per indicator): `rows[k][i]`.
        let rows: [[Int?]] = reports.map { report in centers.map { report?.row(of: $0.id) } }
        var cells = [Int](repeating: 0, count: n)
        for i in 0..<n { for k in 0..<t where scored[i][k] && rows[k][i] != nil { cells[i] += indicators.count } }

        var problems: [DataProblem] = []
        var yearly: [[[Double?]]] = []
        var combined: [[Double?]] = []
        var imputed = [[ImputedValue]](repeating: [], count: n)
        var undefinedGrowth = [[UndefinedGrowth]](repeating: [], count: n)
        for indicator in indicators {
            let path = Self.path(of: indicator, in: scheme)
            let policy = scheme.defaults.missing(for: indicator)
            let aggregation = scheme.defaults.cycleAggregation(for: indicator)
            let source = Self.source(for: indicator, reports: reports)
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
            /// Where center `i`'s value of year `k` is (or would be).
            func location(_ i: Int, _ k: Int) -> FileLocation {
                let column: String? = switch source {
                case .column(let code): code
                case .ratio(let a, let b): (cell(k, rows[k][i], firstColumn[k]) == nil ? a : b)
                case .ratings: nil
                }
                if source == .ratings { return FileLocation(path: workspace.path(of: "ratings.csv"), line: 1) }
                return reports[k]?.location(centerID: centers[i].id, column: column) ?? FileLocation(path: workspace.path(of: "reports"), line: 1)
            }

            // Raw values.
            var raw = [[Double?]](repeating: [Double?](repeating: nil, count: t), count: n)
            var causes = [[ImputedValue.Cause?]](repeating: [ImputedValue.Cause?](repeating: nil, count: t), count: n)
            var anyValue = false
            for i in 0..<n {
                for k in 0..<t where due[i][k] {
                    let row = rows[k][i]
                    var value: Double?
                    var cause: ImputedValue.Cause = row == nil ? .noReport : .emptyCell
                    switch source {
                    case .column:
                        value = cell(k, row, firstColumn[k])
                    case .ratio:
                        if let a = cell(k, row, firstColumn[k]), let b = cell(k, row, secondColumn[k]) {
                            if b != 0 { value = a / b } else { cause = .zeroDenominator }
                        }
                    case .ratings:
                        if let r = ratings["\(centers[i].id)|\(years[k])"], r.count > 0 { value = r.sum / Double(r.count) }
                        else if row != nil { cause = .noRatings }
                    }
                    raw[i][k] = value
                    if value == nil { causes[i][k] = cause } else { anyValue = true }
                }
            }
            yearly.append(raw)
            if !impute {
                combined.append((0..<n).map { Self.combine(raw[$0], due: scored[$0], years: years, length: length, aggregation) })
                continue
            }
            if !anyValue && n > 0 && scoredYears == nil {
                let at = reports.compactMap { $0 }.first.map { report in
                    FileLocation(path: report.path, line: report.headerLine,
                                 column: report.columnIndex(of: indicator.code).map { report.fileColumns[$0] } ?? 1)
                } ?? FileLocation(path: workspace.path(of: "reports"), line: 1)
                problems.append(DataProblem(.indicatorWithoutValues(indicator: indicator.code, indicatorPath: path), at: at))
                combined.append([Double?](repeating: nil, count: n))
                continue
            }

            // Imputation.
            var filled = raw
            var groupMeans: [Category: [(mean: Double, count: Int)?]] = [:]
            func groupMean(_ category: Category, _ k: Int) -> (mean: Double, count: Int)? {
                if groupMeans[category] == nil {
                    groupMeans[category] = (0..<t).map { year in
                        var sum = 0.0, count = 0
                        for (i, c) in centers.enumerated() where c.category == category { if let v = raw[i][year] { sum += v; count += 1 } }
                        return count > 0 ? (sum / Double(count), count) : nil
                    }
                }
                return groupMeans[category]![k]
            }
            let worstIsHighest: Bool = if case .cost = indicator.direction { true } else { false }
            for i in 0..<n {
                var reportedOwnProblem = false
                for k in 0..<t where scored[i][k] && raw[i][k] == nil {
                    let cause = causes[i][k] ?? .emptyCell
                    // A whole missing report is filled from the center's own years whatever the cell policy.
                    let rule: MissingDataPolicy = cause == .noReport ? (policy == .centerMin ? .centerMin : .centerMean) : policy
                    var value: Double?
                    var basis: [Int] = []
                    var count = 0
                    switch rule {
                    case .error:
                        problems.append(DataProblem(.missingValue(centerID: centers[i].id, indicator: indicator.code, year: years[k], cause: cause),
                                                    at: location(i, k)))
                    case .zero:
                        value = 0
                    case .centerMean, .centerMin:
                        let own = (0..<t).compactMap { y in raw[i][y].map { (year: years[y], value: $0) } }
                        if own.isEmpty {
                            if !reportedOwnProblem {
                                problems.append(DataProblem(.noOwnValue(centerID: centers[i].id, indicator: indicator.code, policy: rule),
                                                            at: location(i, k)))
                                reportedOwnProblem = true
                            }
                        } else if rule == .centerMean {
                            value = own.reduce(0) { $0 + $1.value } / Double(own.count)
                            basis = own.map(\.year)
                        } else {
                            let worst = worstIsHighest ? own.max { $0.value < $1.value }! : own.min { $0.value < $1.value }!
                            value = worst.value
                            basis = [worst.year]
                        }
                        count = own.count
                    case .groupMean:
                        if let group = groupMean(centers[i].category, k) {
                            value = group.mean
                            basis = [years[k]]
                            count = group.count
                        } else {
                            problems.append(DataProblem(.noGroupValue(centerID: centers[i].id, indicator: indicator.code, year: years[k],
                                                                      category: centers[i].category), at: location(i, k)))
                        }
                    }
                    if let value {
                        filled[i][k] = value
                        // A whole missing report has no line: its source is the file the row is missing from.
                        let source = rows[k][i] == nil ? (reports[k]?.path ?? location(i, k).path) : location(i, k).description
                        imputed[i].append(ImputedValue(centerID: centers[i].id, indicator: indicator.code, year: years[k], cause: cause,
                                                       policy: rule, value: value, basisYears: basis, basisCount: count,
                                                       source: source))
                    }
                }
            }
            combined.append((0..<n).map { i in
                let value = Self.combine(filled[i], due: scored[i], years: years, length: length, aggregation)
                if value == nil, aggregation == .growth, let k = (0..<t).first(where: { scored[i][$0] && filled[i][$0] != nil }) {
                    undefinedGrowth[i].append(UndefinedGrowth(indicator: indicator.code, firstYear: years[k], firstValue: filled[i][k]!,
                                                              source: location(i, k).description))
                }
                return value
            })
        }
        if !problems.isEmpty { throw .data(problems) }
        return CycleValues(yearly: yearly, combined: combined, imputed: imputed, cells: cells, undefinedGrowth: undefinedGrowth)
    }

    enum Source: Equatable {
        case column(String)
        case ratio(String, String)
        case ratings
    }

    /// Where an indicator's values come from; `satisfaction` comes from ratings.csv unless a report has the column.
    static func source(for indicator: SchemeIndicator, reports: [AnnualReport?]) -> Source {
        if let derived = indicator.derived { return .ratio(derived.numerator, derived.denominator) }
        if indicator.code == "satisfaction" && !reports.contains(where: { $0?.columnIndex(of: "satisfaction") != nil }) { return .ratings }
        return .column(indicator.code)
    }

    /// Combines a center's yearly values over the years it is due.
    /// `length` is the number of years a `sum` is scaled to (the scored years).
    static func combine(_ values: [Double?], due: [Bool], years: [Int], length: Int, _ aggregation: CycleAggregation) -> Double? {
        var present: [(year: Int, value: Double)] = []
        for (k, v) in values.enumerated() { if due[k], let v { present.append((years[k], v)) } }
        guard !present.isEmpty else { return nil }
        switch aggregation {
        case .mean:
            return present.reduce(0) { $0 + $1.value } / Double(present.count)
        case .sum:
            return present.reduce(0) { $0 + $1.value } * Double(length) / Double(present.count)
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
import TICSupport
