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

/// One validation run (internal so each concern's checks can live in their own file).
struct SchemeCheck {
    let validator: SchemeValidator
    let scheme: Scheme
    var diagnostics: [SchemeDiagnostic] = []

    init(validator: SchemeValidator, scheme: Scheme) {
        self.validator = validator
        self.scheme = scheme
    }

    mutating func error(_ path: String, _ finding: SchemeFinding) { diagnostics.append(.error(at: path, finding)) }
    mutating func warning(_ path: String, _ finding: SchemeFinding) { diagnostics.append(.warning(at: path, finding)) }

    mutating func run() {
        if scheme.name.trimmingCharacters(in: .whitespaces).isEmpty { error("name", .empty) }
        if scheme.title.trimmingCharacters(in: .whitespaces).isEmpty { error("title", .empty) }
        if !(1...5).contains(scheme.cycleYears) {
            error("cycle_years", .cycleYearsOutOfRange(scheme.cycleYears))
        }
        checkMissingData()
        checkDimensions()
        checkWeights(scheme.dimensionWeights, at: "dimension_weights", level: .dimension,
                     children: scheme.dimensions.enumerated().map { (index, dimension) in
                         (dimension.code, dimension.weight, "dimensions[\(index)].weight")
                     }, listPath: "dimensions")
        for (index, dimension) in scheme.dimensions.enumerated() {
            let base = "dimensions[\(index)]"
            checkWeights(dimension.indicatorWeights, at: "\(base).indicator_weights", level: .indicator,
                         children: dimension.indicators.enumerated().map { (i, indicator) in
                             (indicator.code, indicator.weight, "\(base).indicators[\(i)].weight")
                         }, listPath: "\(base).indicators")
        }
        checkDerived()
        checkAggregation()
        checkGrading()
        checkScopeAndDates()
        diagnostics = SchemeDiagnostic.inDocumentOrder(diagnostics)
    }

    // MARK: - Missing data

    mutating func checkMissingData() {
        if scheme.defaults.missing == .groupMean {
            error("defaults.missing", .groupMeanAsDefault)
        }
        let share = scheme.defaults.maxImputedShare
        if !share.isFinite || share < 0 || share > 1 {
            error("defaults.max_imputed_share", .imputedShareOutOfRange(share))
        }
    }

    // MARK: - Dimensions and indicators

    mutating func checkDimensions() {
        if scheme.dimensions.isEmpty {
            error("dimensions", .noDimensions)
        }
        var dimensionCodes: [String: String] = [:]
        var indicatorCodes: [String: String] = [:]
        for (d, dimension) in scheme.dimensions.enumerated() {
            let base = "dimensions[\(d)]"
            checkCode(dimension.code, at: "\(base).code", level: .dimension, seen: &dimensionCodes)
            if dimension.name.trimmingCharacters(in: .whitespaces).isEmpty { error("\(base).name", .empty) }
            if (dimension.clause ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                warning("\(base).clause", .noClause)
            }
            if let weight = dimension.weight { checkPositive(weight, at: "\(base).weight") }
            if dimension.indicators.isEmpty {
                error("\(base).indicators", .noIndicators)
            }
            for (i, indicator) in dimension.indicators.enumerated() {
                let path = "\(base).indicators[\(i)]"
                checkCode(indicator.code, at: "\(path).code", level: .indicator, seen: &indicatorCodes)
                checkIndicator(indicator, at: path)
            }
        }
    }

    mutating func checkCode(_ code: String, at path: String, level: SchemeFinding.Level, seen: inout [String: String]) {
        if code.trimmingCharacters(in: .whitespaces).isEmpty {
            error(path, .empty)
        } else if let first = seen[code] {
            error(path, .duplicateCode(code, level, firstAt: first))
        } else {
            seen[code] = String(path.dropLast(".code".count))
        }
    }

    mutating func checkPositive(_ weight: Double, at path: String) {
        if !weight.isFinite { error(path, .nanOrInfinity) }
        else if !(weight > 0) { error(path, .notPositive) }
    }

    mutating func checkIndicator(_ indicator: SchemeIndicator, at path: String) {
        if indicator.name.trimmingCharacters(in: .whitespaces).isEmpty { error("\(path).name", .empty) }
        if indicator.unit.trimmingCharacters(in: .whitespaces).isEmpty { error("\(path).unit", .empty) }
        if let weight = indicator.weight { checkPositive(weight, at: "\(path).weight") }
        if case .target(let target) = indicator.direction, !target.isFinite {
            error("\(path).target", .notFinite)
        }
        let normalization = scheme.defaults.normalization(for: indicator)
        if normalization == .goalposts {
            if indicator.floor == nil {
                error("\(path).floor", .missingGoalpost(.floor))
            }
            if indicator.ceiling == nil {
                error("\(path).ceiling", .missingGoalpost(.ceiling))
            }
            if let floor = indicator.floor, let ceiling = indicator.ceiling {
                if !floor.isFinite { error("\(path).floor", .notFinite) }
                if !ceiling.isFinite { error("\(path).ceiling", .notFinite) }
                if floor.isFinite, ceiling.isFinite, !(floor < ceiling) {
                    error("\(path).ceiling", .ceilingNotAboveFloor(floor: floor))
                }
            }
        } else if indicator.floor != nil || indicator.ceiling != nil {
            let key = indicator.floor != nil ? "floor" : "ceiling"
            warning("\(path).\(key)", .goalpostIgnored(normalization: normalization))
        }
        if scheme.cycleYears < 2, scheme.defaults.cycleAggregation(for: indicator) == .growth {
            error("\(path).cycle_aggregation", .growthNeedsTwoYears(cycleYears: scheme.cycleYears))
        }
        if let ratio = indicator.derived, !ratio.numerator.isEmpty, ratio.numerator == ratio.denominator {
            warning("\(path).derived", .ratioOfSameColumn)
        }
        if indicator.derived == nil, !indicator.code.isEmpty {
            if let column = IndicatorCatalogue.column(indicator.code) {
                if !column.inReports && !SchemeCheck.ratingColumns.contains(column.code) {
                    error("\(path).derived", .notAReportColumn(indicator.code))
                }
            } else if !validator.additionalColumns.contains(indicator.code) {
                warning("\(path).code", .notInCatalogue(indicator.code))
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
                    error("\(path).code", .derivedCodeIsReportColumn(indicator.code))
                }
                for (key, reference) in [("numerator", ratio.numerator), ("denominator", ratio.denominator)] {
                    if reference.isEmpty {
                        error("\(path).derived.\(key)", .empty)
                    } else if !reportColumns.contains(reference) && derived[reference] == nil {
                        error("\(path).derived.\(key)", .unknownColumn(reference))
                    }
                }
                if let cycle = Self.cycle(from: indicator.code, in: derived) {
                    error("\(path).derived", .cyclicDerivedReference(cycle))
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

    mutating func checkWeights(_ spec: WeightSpec, at path: String, level: SchemeFinding.Level,
                               children: [(code: String, weight: Double?, path: String)], listPath: String) {
        if spec.usesExplicitWeights {
            for child in children where child.weight == nil {
                error(child.path, .missingWeight(level))
            }
            let weights = children.compactMap(\.weight)
            let usable = weights.allSatisfy { $0.isFinite && $0 > 0 }
            if usable, !weights.reduce(0, +).isFinite {
                error(listPath, .weightsOverflow)
            } else if weights.count == children.count, !weights.isEmpty, usable, !Scheme.sumsToOne(weights) {
                warning(listPath, .weightsNormalized(sum: weights.reduce(0, +)))
            }
        } else {
            for child in children where child.weight != nil {
                error(child.path, .weightWithoutExplicitMethod(weightsPath: path, method: spec.keyword.rawValue))
            }
        }
        switch spec {
        case .explicit, .equal, .objective:
            break
        case .ahp(let ahp):
            checkAHP(ahp, at: path, level: level, codes: children.map(\.code))
        case .combined(let combined):
            if !(combined.alpha >= 0 && combined.alpha <= 1) {
                error("\(path).alpha", .notBetweenZeroAndOne)
            }
            switch combined.subjective {
            case .explicit: break
            case .ahp(let ahp): checkAHP(ahp, at: "\(path).subjective", level: level, codes: children.map(\.code))
            default:
                error("\(path).subjective.method", .subjectiveMethodNotAllowed)
            }
        }
    }

    mutating func checkAHP(_ ahp: AHPWeighting, at path: String, level: SchemeFinding.Level, codes: [String]) {
        let n = codes.count
        if let criteria = ahp.criteria, criteria != codes {
            error("\(path).criteria", .criteriaOutOfOrder(level, codes: codes))
        }
        if ahp.matrices.isEmpty {
            error("\(path).matrices", .noMatrices)
        }
        for (k, matrix) in ahp.matrices.enumerated() {
            let mPath = "\(path).matrices[\(k)]"
            var shapeOK = true
            if matrix.count != n {
                shapeOK = false
                error(mPath, .matrixShape(level, codes: codes, rows: matrix.count))
            }
            for (i, row) in matrix.enumerated() where row.count != n {
                shapeOK = false
                error("\(mPath)[\(i)]", .rowLength(entries: row.count, expected: n))
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
                        error("\(mPath)[\(i)][\(j)]", .judgmentNotPositive)
                    } else if !(value <= limit && value >= 1 / limit) {
                        cellsOK = false
                        error("\(mPath)[\(i)][\(j)]", .judgmentOutOfScale(limit: limit))
                    } else if i == j, abs(value - 1) > SchemeValidator.reciprocityTolerance {
                        cellsOK = false
                        error("\(mPath)[\(i)][\(j)]", .diagonalNotOne)
                    }
                }
            }
            guard cellsOK else { continue }
            for i in 0..<n {
                for j in (i + 1)..<max(n, i + 1) {
                    let a = matrix[i][j], b = matrix[j][i]
                    if abs(a.value * b.value - 1) > SchemeValidator.reciprocityTolerance {
                        cellsOK = false
                        error("\(mPath)[\(i)][\(j)]", .notReciprocal(row: i, column: j, entry: a, mirror: b))
                    }
                }
            }
            guard cellsOK, let consistencyRatio = validator.consistencyRatio,
                  let ratio = consistencyRatio(matrix.map { $0.map(\.value) }, ahp.randomIndex),
                  ratio > validator.consistencyThreshold else { continue }
            let finding = SchemeFinding.inconsistent(ratio: ratio, threshold: validator.consistencyThreshold, accepted: ahp.allowInconsistent)
            if ahp.allowInconsistent { warning(mPath, finding) } else { error(mPath, finding) }
        }
    }

    // MARK: - Aggregation and grading

    mutating func checkAggregation() {
        let aggregation = scheme.aggregation
        if aggregation.method == .vikor, let v = aggregation.v, !(v >= 0 && v <= 1) {
            error("aggregation.v", .notBetweenZeroAndOne)
        }
        if aggregation.method != .vikor, aggregation.v != nil {
            warning("aggregation.v", .vikorParameterIgnored)
        }
        if aggregation.method == .geometric {
            for (d, dimension) in scheme.dimensions.enumerated() {
                for (i, indicator) in dimension.indicators.enumerated()
                where scheme.defaults.normalization(for: indicator) == .zscore {
                    error("aggregation.method", .geometricWithZScore(indicatorPath: "dimensions[\(d)].indicators[\(i)]"))
                    return
                }
            }
        }
    }

    mutating func checkGrading() {
        let grading = scheme.grading
        if !grading.assignsGrades {
            if grading.decisions == nil { error("grading", .noGradingRule) }
            for (index, rule) in (grading.decisions ?? []).enumerated() where rule.needsGrades {
                error("grading.decisions[\(index)].grades", .gradesWithoutGradeScale)
            }
            for index in grading.rewards.indices { error("grading.rewards[\(index)]", .gradesWithoutGradeScale) }
        }
        checkDecisions(grading)
        if let margin = grading.siteChecks?.margin {
            if !(margin > 0) { error("grading.site_checks.margin", .notPositive) }
            else if grading.cutoffs == nil { warning("grading.site_checks.margin", .siteCheckMarginWithoutCutoffs) }
        }
        if let cutoffs = grading.cutoffs {
            let values: [(Grade, Double)] = [(.excellent, cutoffs.excellent), (.good, cutoffs.good), (.qualified, cutoffs.qualified)]
            var allFinite = true
            for (grade, value) in values where !value.isFinite && !value.isNaN {
                allFinite = false
                error("grading.cutoffs.\(grade.rawValue)", .notFinite)
            }
            if values.contains(where: { $0.1.isNaN }) { allFinite = false }   // missing, reported while decoding
            if allFinite {
                for index in 1..<values.count where !(values[index].1 < values[index - 1].1) {
                    let (grade, value) = values[index], (above, limit) = values[index - 1]
                    error("grading.cutoffs.\(grade.rawValue)", .cutoffNotDecreasing(value, above: above, aboveValue: limit))
                }
                for (grade, value) in values where value < 0 || value > 100 {
                    warning("grading.cutoffs.\(grade.rawValue)", .cutoffOutsideScoreRange)
                }
            }
        }
        if let quotas = grading.quotas {
            var minimumTotal = 0.0
            for grade in Grade.allCases {
                guard let quota = quotas[grade] else { continue }
                let path = "grading.quotas.\(grade.rawValue)"
                if quota.maxShare == nil && quota.minShare == nil {
                    warning(path, .quotaWithoutShares)
                }
                for (key, share) in [("max_share", quota.maxShare), ("min_share", quota.minShare)] {
                    if let share, !(share >= 0 && share <= 1) {
                        error("\(path).\(key)", .notBetweenZeroAndOne)
                    }
                }
                if let low = quota.minShare, let high = quota.maxShare, low >= 0, high <= 1, low > high {
                    error("\(path).min_share", .minShareAboveMaxShare(maxShare: high))
                }
                if let low = quota.minShare, low >= 0, low <= 1 { minimumTotal += low }
            }
            if minimumTotal > 1 + 1e-9 {
                error("grading.quotas", .minSharesExceedOne(sum: minimumTotal))
            }
        }
        if grading.quotaRounding != .floor, !Grade.allCases.contains(where: { grading.quotas?[$0]?.maxShare != nil }) {
            warning("grading.quota_rounding", .quotaRoundingWithoutMaxShare)
        }
        let indicatorCodes = Set(scheme.indicators.map(\.code))
        let columns = Set(IndicatorCatalogue.columns.map(\.code)).union(validator.additionalColumns)
        for (index, veto) in grading.vetoes.enumerated() {
            let path = "grading.vetoes[\(index)]"
            if veto.indicator.isEmpty {
                // Missing, reported while decoding, or empty.
                error("\(path).indicator", .empty)
            } else if !indicatorCodes.contains(veto.indicator) && !columns.contains(veto.indicator) {
                error("\(path).indicator", .unknownVetoIndicator(veto.indicator))
            }
            if !veto.value.isFinite && !veto.value.isNaN {
                error("\(path).value", .notFinite)
            }
        }
        for (index, reward) in grading.rewards.enumerated() {
            if let amount = reward.amountRMB, !(amount.isFinite && amount > 0) {
                error("grading.rewards[\(index)].amount_rmb", .notPositive)
            }
        }
        if !(1...5).contains(grading.rectificationYears) {
            error("grading.rectification_years", .rectificationYearsOutOfRange(grading.rectificationYears))
        }
    }

    /// The decision rules: stated, ending with a rule for everyone, deadlines in range, only on `rectify`.
    mutating func checkDecisions(_ grading: GradingRules) {
        guard let decisions = grading.decisions else {
            warning("grading", .decisionsNotStated(rectificationYears: grading.rectificationYears))
            return
        }
        if decisions.isEmpty { error("grading.decisions", .empty); return }
        for (index, rule) in decisions.enumerated() {
            let path = "grading.decisions[\(index)]"
            if let previous = rule.previousGrades {
                if previous.isEmpty { error("\(path).previous_grades", .empty) }
                // An earlier rule on grades alone that covers this rule's grades decides first.
                if let earlier = decisions[..<index].firstIndex(where: { e in
                    e.minScore == nil && e.belowScore == nil && e.vetoed == nil && e.platform == nil && e.previousGrades == nil
                        && (e.grades.map { Set(rule.grades ?? Grade.allCases).isSubset(of: $0) } ?? true)
                }) {
                    warning("\(path).previous_grades", .previousGradesRuleShadowed(by: earlier))
                }
            }
            guard let years = rule.rectificationYears else { continue }
            if rule.decision != .rectify {
                warning("\(path).rectification_years", .keyNotForMethod(key: "rectification_years", method: rule.decision.rawValue))
            } else if !(1...5).contains(years) {
                error("\(path).rectification_years", .rectificationYearsOutOfRange(years))
            }
        }
        // Exhaustive: a rule on grades alone (or on nothing) covers every grade between them.
        let gradeOnly = decisions.filter {
            $0.minScore == nil && $0.belowScore == nil && $0.vetoed == nil && $0.platform == nil && $0.previousGrades == nil
        }
        let covered = Set(gradeOnly.flatMap { $0.grades ?? Grade.allCases })
        if !(gradeOnly.contains { $0.grades == nil } || grading.assignsGrades && covered.count == Grade.allCases.count) {
            warning("grading.decisions[\(decisions.count - 1)]", .decisionsNotExhaustive)
        }
        let failure = grading.failedReEvaluation.decision
        if ![.remove, .revoke, .referToDepartment].contains(failure) {
            error("grading.failed_re_evaluation.decision",
                  .unknownValue(failure.rawValue, expected: [Decision.Kind.remove, .revoke, .referToDepartment].map(\.rawValue)))
        }
    }
}
