import TICIngest
import TICScoring

/// Turns a scheme's ``WeightSpec`` into numbers for one level (the dimensions, or the indicators
/// of one dimension).
///
/// Objective methods (``ObjectiveWeighting``: entropy, entropy:spssau, CRITIC, critic:inverted-cost,
/// stddev) are computed on the normalized, direction-oriented
/// values of the evaluated centers (so every column is "higher is better" and non-negative for
/// the bounded normalizations), using the rows with no excluded value; with fewer than two such
/// rows the level falls back to equal weights, with a note.
struct WeightResolver {
    let path: String
    let explicit: [Double?]
    let codes: [String]
    let data: Matrix?

    func resolve(_ spec: WeightSpec, notes: inout [EvaluationNote]) throws(EvaluationError) -> (weights: [Double], origin: Evaluation.WeightOrigin) {
        let m = codes.count
        switch spec {
        case .explicit:
            let values = explicit.map { $0 ?? 0 }
            do {
                return (try Weighting.normalized(values), .init(path: path, method: "explicit"))
            } catch {
                throw .scoring(path: path, error, names: codes)
            }
        case .equal:
            return (Weighting.equal(count: m), .init(path: path, method: "equal"))
        case .objective(let objective):
            return (try objectiveWeights(objective, notes: &notes), .init(path: path, method: objective.rawValue))
        case .ahp(let ahp):
            let result = try ahpWeights(ahp)
            return (result.weights, .init(path: path, method: "ahp", consistencyRatio: result.consistencyRatio, lambdaMax: result.lambdaMax))
        case .combined(let combined):
            let subjective = try resolve(combined.subjective, notes: &notes)
            let objective = try objectiveWeights(combined.objective, notes: &notes)
            let rule: WeightCombination = combined.form == .additive ? .additive(alpha: combined.alpha) : .multiplicative(alpha: combined.alpha)
            do {
                let weights = try Weighting.combined(subjective: subjective.weights, objective: objective, rule: rule)
                return (weights, .init(path: path, method: "combined", consistencyRatio: subjective.origin.consistencyRatio,
                                       lambdaMax: subjective.origin.lambdaMax))
            } catch {
                throw .scoring(path: path, error, names: codes)
            }
        }
    }

    private func objectiveWeights(_ method: ObjectiveWeighting, notes: inout [EvaluationNote]) throws(EvaluationError) -> [Double] {
        guard let data, data.rows >= 2 else {
            notes.append(EvaluationNote(.objectiveWeightsFallback(path: path)))
            return Weighting.equal(count: codes.count)
        }
        do {
            // The values are oriented (higher is better), so every column is a benefit here.
            let result = try method.weigh(data, directions: Array(repeating: .benefit, count: data.columns))
            for warning in result.warnings {
                notes.append(EvaluationNote(.weightingWarning(path: path, method: method.rawValue, warning: warning, names: codes)))
            }
            return result.weights
        } catch {
            throw .scoring(path: path, error, names: codes)
        }
    }

    private func ahpWeights(_ ahp: AHPWeighting) throws(EvaluationError) -> AHPResult {
        // Reorder the judgements to the children's order when the scheme names its criteria.
        var order = Array(0..<codes.count)
        if let criteria = ahp.criteria, criteria.count == codes.count {
            order = codes.map { code in criteria.firstIndex(of: code) ?? 0 }
        }
        let matrices = ahp.numericMatrices.map { rows in
            Matrix(rows: order.map { i in order.map { j in rows[i][j] } })
        }
        let table = Self.randomIndexTable(ahp.randomIndex)
        let ahpPath = "\(path).matrices"
        do {
            let result: AHPResult
            if matrices.count == 1 {
                result = try AHP.weigh(matrices[0], randomIndex: table)
            } else if ahp.expertAggregation == .judgments {
                result = try AHP.weighGroup(matrices, randomIndex: table)
            } else {
                // Aggregation of individual priorities (AIP): the normalized geometric mean of each
                // expert's priority vector (Forman & Peniwati 1998). λmax and CR are the worst expert's.
                let each = try matrices.map { m throws(ScoringError) in try AHP.weigh(m, randomIndex: table) }
                var product = [Double](repeating: 1, count: codes.count)
                for r in each { for k in product.indices { product[k] *= r.weights[k] } }
                let geometric = product.map { Foundation.pow($0, 1 / Double(each.count)) }
                let worst = each.max { $0.consistencyRatio < $1.consistencyRatio }!
                var combined = worst
                combined.weights = try Weighting.normalized(geometric)
                result = combined
            }
            if result.consistencyRatio > AHP.consistencyThreshold && !ahp.allowInconsistent {
                throw EvaluationError.inconsistentAHP(path: ahpPath, consistencyRatio: result.consistencyRatio)
            }
            return result
        } catch let error as EvaluationError {
            throw error
        } catch let error as ScoringError {
            throw .scoring(path: ahpPath, error, names: codes)
        } catch {
            throw .scoring(path: ahpPath, .invalidParameter(name: "ahp", value: .nan))
        }
    }

    /// The random-index table named by a scheme.
    static func randomIndexTable(_ index: AHPWeighting.RandomIndex) -> RandomIndexTable {
        switch index {
        case .saaty: .saaty1980
        case .doneganDodd: .doneganDodd1991
        case .tummalaLing: .tummalaLing1998
        }
    }
}

import Foundation
