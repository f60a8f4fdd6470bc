import Foundation
import TICIngest
import TICScoring

/// Checks a decoded scheme and lists every problem with its JSON path; never stops at the first.
///
/// What it checks: non-empty, unique codes; weights > 0 with a finite sum and, per level, consistent
/// with the weighting method (explicit weights not summing to 1 are a warning: they are normalized);
/// AHP matrices square, n×n for n children, positive within ``ScoringLimits/maximumJudgement``, with a
/// unit diagonal and reciprocal within 1e-6; goalposts with a
/// floor below the ceiling; derived ratios over known report columns, without cycles; VIKOR `v` and
/// combined `alpha` in 0…1; cut-offs strictly decreasing; quota shares in 0…1; vetoes on known
/// indicators; positive reward amounts.
///
/// The AHP consistency ratio is computed with TICScoring's ``AHP`` by default
/// (``SchemeValidator/ahpConsistencyRatio``) and checked against `consistencyThreshold` (an error, or
/// a warning with `allow_inconsistent`); pass `consistencyRatio: nil` to check only the structure.
public struct SchemeValidator: Sendable {
    /// Computes the consistency ratio of one pairwise matrix with the given random-index table;
    /// `nil` when it is not defined (n ≤ 2).
    public typealias ConsistencyRatio = @Sendable (_ matrix: [[Double]], _ randomIndex: AHPWeighting.RandomIndex) -> Double?

    /// The AHP consistency check; `nil` skips it.
    public var consistencyRatio: ConsistencyRatio?
    /// Largest acceptable consistency ratio (Saaty: 0.1).
    public var consistencyThreshold: Double
    /// Report columns beyond the catalogue's that the workspace provides.
    public var additionalColumns: Set<String>

    /// Creates a validator.
    /// - Parameters:
    ///   - consistencyRatio: AHP consistency ratio function; `nil` checks only the matrices' structure.
    ///   - consistencyThreshold: largest acceptable consistency ratio.
    ///   - additionalColumns: report columns beyond the catalogue's.
    public init(consistencyRatio: ConsistencyRatio? = SchemeValidator.ahpConsistencyRatio, consistencyThreshold: Double = AHP.consistencyThreshold,
                additionalColumns: Set<String> = []) {
        self.consistencyRatio = consistencyRatio
        self.consistencyThreshold = consistencyThreshold
        self.additionalColumns = additionalColumns
    }

    /// The consistency ratio by TICScoring's principal-eigenvector AHP with the scheme's random index;
    /// nil for n ≤ 2 or a matrix AHP rejects (the structural checks report that).
    public static let ahpConsistencyRatio: ConsistencyRatio = { matrix, index in
        guard matrix.count > 2 else { return nil }
        return try? AHP.weigh(Matrix(rows: matrix), randomIndex: WeightResolver.randomIndexTable(index)).consistencyRatio
    }

    /// Every error and warning in `scheme`, in document order.
    public func validate(_ scheme: Scheme) -> [SchemeDiagnostic] {
        var check = SchemeCheck(validator: self, scheme: scheme)
        check.run()
        return check.diagnostics
    }

    /// Tolerance of the reciprocity check `a_ij · a_ji = 1`.
    public static let reciprocityTolerance = 1e-6
}

/// One validation run.
private struct SchemeCheck {
    let validator: SchemeValidator
    let scheme: Scheme
    var diagnostics: [SchemeDiagnostic] = []

    init(validator: SchemeValidator, scheme: Scheme) {
        self.validator = validator
        self.scheme = scheme
    }

    mutating func error(_ path: String, _ zh: String, _ en: String) { diagnostics.append(.error(at: path, zh: zh, en: en)) }
    mutating func warning(_ path: String, _ zh: String, _ en: String) { diagnostics.append(.warning(at: path, zh: zh, en: en)) }

    mutating func run() {
        if scheme.name.trimmingCharacters(in: .whitespaces).isEmpty { error("name", "不能为空", "must not be empty") }
        if scheme.title.trimmingCharacters(in: .whitespaces).isEmpty { error("title", "不能为空", "must not be empty") }
        if !(1...5).contains(scheme.cycleYears) {
            error("cycle_years", "应在 1 到 5 之间（一般为三年，四川 2018 指引为三至五年）",
                  "must be between 1 and 5 (normally 3; Sichuan's 2018 guideline allows 3–5)")
        }
        checkMissingData()
        checkDimensions()
        checkWeights(scheme.dimensionWeights, at: "dimension_weights", level: .dimensions,
                     children: scheme.dimensions.enumerated().map { (index, dimension) in
                         (dimension.code, dimension.weight, "dimensions[\(index)].weight")
                     }, listPath: "dimensions")
        for (index, dimension) in scheme.dimensions.enumerated() {
            let base = "dimensions[\(index)]"
            checkWeights(dimension.indicatorWeights, at: "\(base).indicator_weights", level: .indicators,
                         children: dimension.indicators.enumerated().map { (i, indicator) in
                             (indicator.code, indicator.weight, "\(base).indicators[\(i)].weight")
                         }, listPath: "\(base).indicators")
        }
        checkDerived()
        checkAggregation()
        checkGrading()
        diagnostics = SchemeDiagnostic.inDocumentOrder(diagnostics)
    }

    // MARK: - Missing data

    mutating func checkMissingData() {
        if scheme.defaults.missing == .groupMean {
            error("defaults.missing", "group_mean 用同类中心的均值补本中心的缺失值，不能作为全局默认；只能在确需如此的指标上单独设置",
                  "group_mean fills a center's gap from other centers' values, so it cannot be the default; set it only on the indicators where the department means it")
        }
        let share = scheme.defaults.maxImputedShare
        if !share.isFinite || share < 0 || share > 1 {
            error("defaults.max_imputed_share", "应在 0 到 1 之间（例如 0.2 表示最多补 20% 的值），实际为 \(format(share))",
                  "must be between 0 and 1 (e.g. 0.2 allows 20 % of a center's values to be imputed), found \(format(share))")
        }
    }

    // MARK: - Dimensions and indicators

    mutating func checkDimensions() {
        if scheme.dimensions.isEmpty {
            error("dimensions", "至少需要一个一级指标", "must list at least one dimension")
        }
        var dimensionCodes: [String: String] = [:]
        var indicatorCodes: [String: String] = [:]
        for (d, dimension) in scheme.dimensions.enumerated() {
            let base = "dimensions[\(d)]"
            checkCode(dimension.code, at: "\(base).code", noun: ("一级指标", "dimension"), seen: &dimensionCodes)
            if dimension.name.trimmingCharacters(in: .whitespaces).isEmpty { error("\(base).name", "不能为空", "must not be empty") }
            if (dimension.clause ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                warning("\(base).clause", "未引用政策条款；请注明该一级指标依据的条款",
                        "no clause cited; name the policy clause this dimension implements")
            }
            if let weight = dimension.weight { checkPositive(weight, at: "\(base).weight") }
            if dimension.indicators.isEmpty {
                error("\(base).indicators", "至少需要一个二级指标", "must list at least one indicator")
            }
            for (i, indicator) in dimension.indicators.enumerated() {
                let path = "\(base).indicators[\(i)]"
                checkCode(indicator.code, at: "\(path).code", noun: ("指标", "indicator"), seen: &indicatorCodes)
                checkIndicator(indicator, at: path)
            }
        }
    }

    mutating func checkCode(_ code: String, at path: String, noun: (zh: String, en: String), seen: inout [String: String]) {
        if code.trimmingCharacters(in: .whitespaces).isEmpty {
            error(path, "不能为空", "must not be empty")
        } else if let first = seen[code] {
            error(path, "\(noun.zh)代码 “\(code)” 重复（首次出现于 \(first)）",
                  "duplicate \(noun.en) code '\(code)' (first at \(first))")
        } else {
            seen[code] = String(path.dropLast(".code".count))
        }
    }

    mutating func checkPositive(_ weight: Double, at path: String) {
        if !weight.isFinite { error(path, "必须是有限的数（不能是 NaN 或 Infinity）", "must be a finite number (not NaN or Infinity)") }
        else if !(weight > 0) { error(path, "必须 > 0", "must be > 0") }
    }

    mutating func checkIndicator(_ indicator: SchemeIndicator, at path: String) {
        if indicator.name.trimmingCharacters(in: .whitespaces).isEmpty { error("\(path).name", "不能为空", "must not be empty") }
        if indicator.unit.trimmingCharacters(in: .whitespaces).isEmpty { error("\(path).unit", "不能为空", "must not be empty") }
        if let weight = indicator.weight { checkPositive(weight, at: "\(path).weight") }
        if case .target(let target) = indicator.direction, !target.isFinite {
            error("\(path).target", "必须是有限数值", "must be a finite number")
        }
        let normalization = scheme.defaults.normalization(for: indicator)
        if normalization == .goalposts {
            if indicator.floor == nil {
                error("\(path).floor", "goalposts 标准化需要 floor（下限）", "required with goalposts normalization")
            }
            if indicator.ceiling == nil {
                error("\(path).ceiling", "goalposts 标准化需要 ceiling（上限）", "required with goalposts normalization")
            }
            if let floor = indicator.floor, let ceiling = indicator.ceiling {
                if !floor.isFinite { error("\(path).floor", "必须是有限数值", "must be a finite number") }
                if !ceiling.isFinite { error("\(path).ceiling", "必须是有限数值", "must be a finite number") }
                if floor.isFinite, ceiling.isFinite, !(floor < ceiling) {
                    error("\(path).ceiling", "必须大于 floor（\(format(floor))）", "must be greater than floor (\(format(floor)))")
                }
            }
        } else if indicator.floor != nil || indicator.ceiling != nil {
            let key = indicator.floor != nil ? "floor" : "ceiling"
            warning("\(path).\(key)", "仅用于 goalposts 标准化，当前为 \(normalization.rawValue)，已忽略",
                    "ignored: only goalposts normalization uses it (normalization is '\(normalization.rawValue)')")
        }
        if scheme.cycleYears < 2, scheme.defaults.cycleAggregation(for: indicator) == .growth {
            error("\(path).cycle_aggregation", "growth（年均增长率）至少需要两年的数据；cycle_years 为 \(scheme.cycleYears)",
                  "growth (CAGR) needs at least two years; cycle_years is \(scheme.cycleYears)")
        }
        if let ratio = indicator.derived, !ratio.numerator.isEmpty, ratio.numerator == ratio.denominator {
            warning("\(path).derived", "分子与分母相同，比值恒为 1", "numerator and denominator are the same column; the ratio is always 1")
        }
        if indicator.derived == nil, !indicator.code.isEmpty {
            if let column = IndicatorCatalogue.column(indicator.code) {
                if !column.inReports && !SchemeCheck.ratingColumns.contains(column.code) {
                    error("\(path).derived",
                          "“\(indicator.code)” 不是年度报告的列：请声明 \"derived\": {\"numerator\": …, \"denominator\": …}",
                          "'\(indicator.code)' is not a report column: declare \"derived\": {\"numerator\": …, \"denominator\": …}")
                }
            } else if !validator.additionalColumns.contains(indicator.code) {
                warning("\(path).code", "“\(indicator.code)” 不在指标目录中；年度报告须提供该列",
                        "'\(indicator.code)' is not a catalogue column; the annual reports must provide it")
            }
        }
    }

    /// Columns that come from `ratings.csv` rather than the annual reports.
    static let ratingColumns: Set<String> = ["satisfaction"]

    // MARK: - Derived ratios

    mutating func checkDerived() {
        var derived: [String: (ratio: DerivedRatio, path: String)] = [:]
        for (d, dimension) in scheme.dimensions.enumerated() {
            for (i, indicator) in dimension.indicators.enumerated() {
                if let ratio = indicator.derived, derived[indicator.code] == nil {
                    derived[indicator.code] = (ratio, "dimensions[\(d)].indicators[\(i)]")
                }
            }
        }
        let reportColumns = Set(IndicatorCatalogue.reportColumns.map(\.code)).union(validator.additionalColumns)
        for (d, dimension) in scheme.dimensions.enumerated() {
            for (i, indicator) in dimension.indicators.enumerated() {
                guard let ratio = indicator.derived else { continue }
                let path = "dimensions[\(d)].indicators[\(i)]"
                if reportColumns.contains(indicator.code) {
                    error("\(path).code", "“\(indicator.code)” 是年度报告的列；派生指标需要自己的代码",
                          "'\(indicator.code)' is a report column; give the derived indicator its own code")
                }
                for (key, reference) in [("numerator", ratio.numerator), ("denominator", ratio.denominator)] {
                    if reference.isEmpty {
                        error("\(path).derived.\(key)", "不能为空", "must not be empty")
                    } else if !reportColumns.contains(reference) && derived[reference] == nil {
                        error("\(path).derived.\(key)",
                              "未知的列 “\(reference)”；应为年度报告的列或本体系中的派生指标",
                              "unknown column '\(reference)'; expected a report column or a derived indicator of this scheme")
                    }
                }
                if let cycle = Self.cycle(from: indicator.code, in: derived) {
                    error("\(path).derived", "派生指标循环引用：\(cycle.joined(separator: " → "))",
                          "cyclic derived reference: \(cycle.joined(separator: " → "))")
                }
            }
        }
    }

    /// The chain `start → … → start` if following derived references from `start` comes back to it.
    static func cycle(from start: String, in derived: [String: (ratio: DerivedRatio, path: String)]) -> [String]? {
        var visited: Set<String> = []
        func walk(_ code: String, _ chain: [String]) -> [String]? {
            guard let entry = derived[code] else { return nil }
            for next in [entry.ratio.numerator, entry.ratio.denominator] {
                if next == start { return chain + [next] }
                if derived[next] != nil, visited.insert(next).inserted, let found = walk(next, chain + [next]) { return found }
            }
            return nil
        }
        return walk(start, [start])
    }

    // MARK: - Weights

    enum Level { case dimensions, indicators }

    mutating func checkWeights(_ spec: WeightSpec, at path: String, level: Level,
                               children: [(code: String, weight: Double?, path: String)], listPath: String) {
        let noun = level == .dimensions ? (zh: "一级指标", en: "dimension") : (zh: "二级指标", en: "indicator")
        let key = level == .dimensions ? "dimension_weights" : "indicator_weights"
        if spec.usesExplicitWeights {
            for child in children where child.weight == nil {
                error(child.path, "缺少权重：\(key) 为显式权重，每个\(noun.zh)都需要 weight",
                      "missing: \(key) is explicit, so every \(noun.en) needs a weight")
            }
            let weights = children.compactMap(\.weight)
            let usable = weights.allSatisfy { $0.isFinite && $0 > 0 }
            if usable, !weights.reduce(0, +).isFinite {
                error(listPath, "权重过大：各权重须为有限数且其和也须有限（如合计为 1 的份额 0.25、0.4…）；当前之和超出可表示的范围",
                      "weights too large: they must be finite and sum to a finite total (e.g. shares such as 0.25, 0.4 that sum to 1); these sum beyond the largest number")
            } else if weights.count == children.count, !weights.isEmpty, usable, !Scheme.sumsToOne(weights) {
                let total = format(weights.reduce(0, +))
                warning(listPath, "权重之和为 \(total)，已归一化为 1", "weights sum to \(total); normalized to sum 1")
            }
        } else {
            for child in children where child.weight != nil {
                error(child.path, "给出了权重，但 \(path).method 为 “\(spec.keyword.rawValue)”；请改为 explicit 或删去 weight",
                      "weight given but \(path).method is '\(spec.keyword.rawValue)'; set it to 'explicit' or remove the weight")
            }
        }
        switch spec {
        case .explicit, .equal, .objective:
            break
        case .ahp(let ahp):
            checkAHP(ahp, at: path, noun: noun, codes: children.map(\.code))
        case .combined(let combined):
            if !(combined.alpha >= 0 && combined.alpha <= 1) {
                error("\(path).alpha", "应在 0 到 1 之间", "must be between 0 and 1")
            }
            switch combined.subjective {
            case .explicit: break
            case .ahp(let ahp): checkAHP(ahp, at: "\(path).subjective", noun: noun, codes: children.map(\.code))
            default:
                error("\(path).subjective.method", "主观权重应为 explicit 或 ahp", "subjective weights must be 'explicit' or 'ahp'")
            }
        }
    }

    mutating func checkAHP(_ ahp: AHPWeighting, at path: String, noun: (zh: String, en: String), codes: [String]) {
        let n = codes.count
        let list = codes.joined(separator: ", ")
        if let criteria = ahp.criteria, criteria != codes {
            error("\(path).criteria", "应按顺序列出 \(n) 个\(noun.zh)代码：\(list)",
                  "must list the \(n) \(noun.en) codes in order: \(list)")
        }
        if ahp.matrices.isEmpty {
            error("\(path).matrices", "至少需要一位专家的判断矩阵", "must hold at least one expert's matrix")
        }
        for (k, matrix) in ahp.matrices.enumerated() {
            let mPath = "\(path).matrices[\(k)]"
            var shapeOK = true
            if matrix.count != n {
                shapeOK = false
                error(mPath, "应为 \(n)×\(n) 矩阵（每个\(noun.zh)一行一列：\(list)），实际 \(matrix.count) 行",
                      "must be \(n)×\(n) (a row and a column per \(noun.en): \(list)); found \(matrix.count) rows")
            }
            for (i, row) in matrix.enumerated() where row.count != n {
                shapeOK = false
                error("\(mPath)[\(i)]", "该行有 \(row.count) 个元素，应为 \(n) 个", "row has \(row.count) entries; expected \(n)")
            }
            guard shapeOK else { continue }
            var cellsOK = true
            for i in 0..<n {
                for j in 0..<n {
                    let value = matrix[i][j].value
                    if value.isNaN { cellsOK = false; continue }   // unparsable text, reported while decoding
                    let limit = ScoringLimits.maximumJudgement
                    if !(value.isFinite && value > 0) {
                        cellsOK = false
                        error("\(mPath)[\(i)][\(j)]", "必须是正数", "must be a positive number")
                    } else if !(value <= limit && value >= 1 / limit) {
                        cellsOK = false
                        error("\(mPath)[\(i)][\(j)]", "应在 1/\(format(limit)) 到 \(format(limit)) 之间（Saaty 标度为 1/9 到 9）",
                              "must be between 1/\(format(limit)) and \(format(limit)) (Saaty's scale is 1/9 to 9)")
                    } else if i == j, abs(value - 1) > SchemeValidator.reciprocityTolerance {
                        cellsOK = false
                        error("\(mPath)[\(i)][\(j)]", "对角线元素必须为 1", "diagonal entries must be 1")
                    }
                }
            }
            guard cellsOK else { continue }
            for i in 0..<n {
                for j in (i + 1)..<max(n, i + 1) {
                    let a = matrix[i][j], b = matrix[j][i]
                    if abs(a.value * b.value - 1) > SchemeValidator.reciprocityTolerance {
                        cellsOK = false
                        let product = "[\(i)][\(j)] × [\(j)][\(i)] = \(a.text ?? format(a.value)) × \(b.text ?? format(b.value)) ≠ 1"
                        error("\(mPath)[\(i)][\(j)]", "不互反：\(product)", "not reciprocal: \(product)")
                    }
                }
            }
            guard cellsOK, let consistencyRatio = validator.consistencyRatio,
                  let ratio = consistencyRatio(matrix.map { $0.map(\.value) }, ahp.randomIndex),
                  ratio > validator.consistencyThreshold else { continue }
            let cr = format(ratio, digits: 3), limit = format(validator.consistencyThreshold)
            if ahp.allowInconsistent {
                warning(mPath, "一致性比率 CR = \(cr) 超过 \(limit)（allow_inconsistent 已允许）",
                        "consistency ratio \(cr) exceeds \(limit) (accepted: allow_inconsistent)")
            } else {
                error(mPath, "一致性比率 CR = \(cr) 超过 \(limit)；请修改判断或设置 allow_inconsistent",
                      "consistency ratio \(cr) exceeds \(limit); revise the judgments or set allow_inconsistent")
            }
        }
    }

    // MARK: - Aggregation and grading

    mutating func checkAggregation() {
        let aggregation = scheme.aggregation
        if aggregation.method == .vikor, let v = aggregation.v, !(v >= 0 && v <= 1) {
            error("aggregation.v", "应在 0 到 1 之间", "must be between 0 and 1")
        }
        if aggregation.method != .vikor, aggregation.v != nil {
            warning("aggregation.v", "仅 VIKOR 使用 v，已忽略", "ignored: only VIKOR uses v")
        }
        if aggregation.method == .geometric {
            for (d, dimension) in scheme.dimensions.enumerated() {
                for (i, indicator) in dimension.indicators.enumerated()
                where scheme.defaults.normalization(for: indicator) == .zscore {
                    error("aggregation.method",
                          "几何加权需要正的标准化值；dimensions[\(d)].indicators[\(i)] 的 zscore 会产生负值",
                          "geometric aggregation needs positive normalized values; zscore at dimensions[\(d)].indicators[\(i)] gives negative ones")
                    return
                }
            }
        }
    }

    mutating func checkGrading() {
        let grading = scheme.grading
        if grading.cutoffs == nil && grading.quotas == nil {
            error("grading", "需要 cutoffs（分数线）、quotas（比例）或两者", "set cutoffs, quotas or both")
        }
        if let cutoffs = grading.cutoffs {
            let values: [(String, Double)] = [("excellent", cutoffs.excellent), ("good", cutoffs.good), ("qualified", cutoffs.qualified)]
            var allFinite = true
            for (key, value) in values where !value.isFinite && !value.isNaN {
                allFinite = false
                error("grading.cutoffs.\(key)", "必须是有限数值", "must be a finite number")
            }
            if values.contains(where: { $0.1.isNaN }) { allFinite = false }   // missing, reported while decoding
            if allFinite {
                for index in 1..<values.count where !(values[index].1 < values[index - 1].1) {
                    let (key, value) = values[index], (above, limit) = values[index - 1]
                    error("grading.cutoffs.\(key)",
                          "分数线必须严格递减：\(format(value)) 应小于 \(above)（\(format(limit))）",
                          "cut-offs must be strictly decreasing: \(format(value)) must be less than \(above) (\(format(limit)))")
                }
                for (key, value) in values where value < 0 || value > 100 {
                    warning("grading.cutoffs.\(key)", "不在 0–100 分范围内", "outside the 0–100 score range")
                }
            }
        }
        if let quotas = grading.quotas {
            var minimumTotal = 0.0
            for grade in Grade.allCases {
                guard let quota = quotas[grade] else { continue }
                let path = "grading.quotas.\(grade.rawValue)"
                if quota.maxShare == nil && quota.minShare == nil {
                    warning(path, "未设置 max_share 或 min_share，不起作用", "has neither max_share nor min_share; no effect")
                }
                for (key, share) in [("max_share", quota.maxShare), ("min_share", quota.minShare)] {
                    if let share, !(share >= 0 && share <= 1) {
                        error("\(path).\(key)", "应在 0 到 1 之间", "must be between 0 and 1")
                    }
                }
                if let low = quota.minShare, let high = quota.maxShare, low >= 0, high <= 1, low > high {
                    error("\(path).min_share", "不能大于 max_share（\(format(high))）", "must not exceed max_share (\(format(high)))")
                }
                if let low = quota.minShare, low >= 0, low <= 1 { minimumTotal += low }
            }
            if minimumTotal > 1 + 1e-9 {
                error("grading.quotas", "各等级 min_share 之和 \(format(minimumTotal)) 超过 1",
                      "the min_share values sum to \(format(minimumTotal)), more than 1")
            }
        }
        let indicatorCodes = Set(scheme.indicators.map(\.code))
        let columns = Set(IndicatorCatalogue.columns.map(\.code)).union(validator.additionalColumns)
        for (index, veto) in grading.vetoes.enumerated() {
            let path = "grading.vetoes[\(index)]"
            if veto.indicator.isEmpty {
                // Missing, reported while decoding, or empty.
                error("\(path).indicator", "不能为空", "must not be empty")
            } else if !indicatorCodes.contains(veto.indicator) && !columns.contains(veto.indicator) {
                error("\(path).indicator", "未知指标 “\(veto.indicator)”；应为本体系的指标或年度报告的列",
                      "unknown indicator '\(veto.indicator)'; expected an indicator of the scheme or a report column")
            }
            if !veto.value.isFinite && !veto.value.isNaN {
                error("\(path).value", "必须是有限数值", "must be a finite number")
            }
        }
        for (index, reward) in grading.rewards.enumerated() {
            if let amount = reward.amountRMB, !(amount.isFinite && amount > 0) {
                error("grading.rewards[\(index)].amount_rmb", "必须 > 0", "must be > 0")
            }
        }
        if !(1...5).contains(grading.rectificationYears) {
            error("grading.rectification_years", "应在 1 到 5 之间（各地规定为限期一年整改）",
                  "must be between 1 and 5 (the seeds give one year)")
        }
    }
}

/// A number as people write it: `3`, `0.5`, `1.25`; `digits` fixes the decimals.
func format(_ value: Double, digits: Int? = nil) -> String {
    if let digits {
        let scale = pow(10.0, Double(digits))
        let rounded = (value * scale).rounded() / scale
        return format(rounded)
    }
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
}
