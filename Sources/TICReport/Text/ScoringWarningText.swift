import TICIngest
import TICScoring
import TICSupport

/// The user-facing text of a ``ScoringWarning`` (a researcher command prints it to standard error as
/// `path: warning: message`; an evaluation lists it among its notes).
public struct ScoringWarningText: Sendable {
    /// The warning.
    public let warning: ScoringWarning
    /// Criterion names (decision matrices) or item labels (pairwise matrices), by zero-based column.
    public let names: [String]

    public init(_ warning: ScoringWarning, names: [String]) {
        self.warning = warning
        self.names = names
    }

    /// The message, without location.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch warning {
        case .constantColumn(let column):
            return zh ? "“\(name(column))”各方案取值相同，无法区分方案（权重或该项为 0，归一化取约定值）"
                      : "\"\(name(column))\" is constant: it cannot discriminate (its weight or term is 0; normalization gives the documented constant)"
        case .allZeroColumn(let column):
            return zh ? "“\(name(column))”全为 0，视为不含信息" : "\"\(name(column))\" is all zeros: treated as carrying no information"
        case .zeroInGeometricMean(let column, let count, let epsilon):
            return zh ? "“\(name(column))”有 \(count) 个值 ≤ 0，几何平均中以 \(epsilon) 代替"
                      : "\"\(name(column))\" has \(count) values ≤ 0, replaced by \(epsilon) in the geometric mean"
        case .winsorised(let column, let points):
            return zh ? "“\(name(column))”缩尾了 \(points.count) 个值" : "\"\(name(column))\": \(points.count) values winsorised"
        case .logTransformed(let column):
            return zh ? "“\(name(column))”做了对数变换" : "\"\(name(column))\" was log-transformed"
        case .tooFewValuesForMoments(let column, let count):
            return zh ? "“\(name(column))”只有 \(count) 个值，未处理离群值" : "\"\(name(column))\" has only \(count) values; outliers not treated"
        case .constantGroupUtility:
            return zh ? "VIKOR：所有方案的 S 相同，Q 中该项为 0" : "VIKOR: every alternative has the same S; its term in Q is 0"
        case .constantIndividualRegret:
            return zh ? "VIKOR：所有方案的 R 相同，Q 中该项为 0" : "VIKOR: every alternative has the same R; its term in Q is 0"
        case .degenerateCloseness(let row):
            return zh ? "TOPSIS：第 \(row + 1) 个方案与正、负理想解重合，贴近度取 0.5"
                      : "TOPSIS: alternative \(row + 1) coincides with both ideals; its closeness is 0.5"
        case .equalWeightsFallback(let method):
            return zh ? "\(method.rawValue)：数据没有任何差异，改用等权重" : "\(method.rawValue): the data show no variation at all; equal weights used instead"
        case .inconsistentJudgements(let ratio):
            return zh ? "一致性比率 CR = \(ratio) > 0.1，判断不够一致，建议修改判断矩阵"
                      : "consistency ratio CR = \(ratio) > 0.1: the judgements are inconsistent; consider revising them"
        case .eigenvectorNotConverged(let iterations):
            return zh ? "特征向量迭代 \(iterations) 次未收敛" : "the eigenvector did not converge in \(iterations) iterations"
        }
    }

    private func name(_ index: Int) -> String {
        index >= 0 && index < names.count ? names[index] : "#\(index + 1)"
    }
}
