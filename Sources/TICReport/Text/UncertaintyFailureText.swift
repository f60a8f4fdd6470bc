import TICIngest
import TICPolicy
import TICScoring
import TICSupport

/// The words of an uncertainty analysis failure, in Chinese and English, printed as `error: message`.
extension UncertaintyAnalysis.Failure: LocalizedProblem {
    /// None: the failure concerns the analysis as a whole.
    public var fileLocation: FileLocation? { nil }

    /// A one-line message in the given language.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        let limit = NumberText.decimal(ScoringLimits.maximumWeight, maximumFractionDigits: 0)
        switch self {
        case .evaluation(let method, let error):
            return zh ? "按归一化方法 \(method) 评价失败：\(error.message(language))"
                      : "evaluation with normalization \(method) failed: \(error.message(language))"
        case .scoring(let error):
            return ScoringErrorText(error, names: []).message(language)
        case .unsupportedAggregation(let name):
            let all = "scheme, " + AggregationMethod.allCases.map(\.rawValue).joined(separator: ", ")
            return zh ? "集成方法 \(name) 不能作为变化因素（可用 \(all)）"
                      : "aggregation \(name) cannot be varied (use \(all))"
        case .normalizationNotApplicable(let aggregation, let normalization, let allowed):
            if allowed.isEmpty {
                return zh ? "集成方法 \(aggregation) 不使用归一化（取各列最优值与最劣值），不能与 --normalizations \(normalization) 同用；请去掉 --normalizations 或单独分析"
                          : "aggregation \(aggregation) takes no normalization (it uses each column's best and worst value), so --normalizations \(normalization) does not apply; drop --normalizations or analyse it separately"
            }
            let list = allowed.joined(separator: zh ? "、" : " or ")
            return zh ? "集成方法 \(aggregation) 不接受归一化 \(normalization)；应为 \(list)（与 ticeval mcda 相同）"
                      : "aggregation \(aggregation) does not take normalization \(normalization); expected \(list) (as in ticeval mcda)"
        case .weightSampleShape(let expected, let found):
            return zh ? "权重样本有 \(found) 列，应为 \(expected) 列（每个指标一列）"
                      : "weight samples have \(found) columns, expected \(expected) (one per criterion)"
        case .weightCount(let expected, let found):
            return zh ? "给出 \(found) 个权重，应为 \(expected) 个（每个指标一个）"
                      : "\(found) weights for \(expected) criteria; expected one weight per criterion"
        case .invalidWeight(let index, _):
            return zh ? "第 \(index + 1) 个权重应为 0 到 \(limit) 之间的有限数字"
                      : "weight \(index + 1) must be a finite number from 0 to \(limit)"
        case .zeroWeights:
            return zh ? "权重全为 0；应至少有一个正权重" : "every weight is 0; expected at least one positive weight"
        case .invalidWeightSample(let row, let column, _):
            return zh ? "第 \(row + 1) 个权重样本的第 \(column + 1) 个权重应为 0 到 \(limit) 之间的有限数字"
                      : "weight \(column + 1) of weight sample \(row + 1) must be a finite number from 0 to \(limit)"
        case .zeroWeightSample(let row):
            return zh ? "第 \(row + 1) 个权重样本的权重全为 0" : "every weight of weight sample \(row + 1) is 0"
        case .empty:
            return zh ? "没有可排序的对象" : "nothing to rank"
        }
    }

    /// The English message.
    public var message: String { message(.en) }
}
