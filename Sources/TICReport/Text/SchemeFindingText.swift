import Foundation
import TICPolicy
import TICSupport

/// A scheme diagnostic is a located problem: printed compiler style as `path: error: message`
/// (`错误`/`警告` in Chinese) after the scheme file, by the CLI's one funnel.
extension SchemeDiagnostic: LocalizedProblem {
    /// None: a finding is placed by its JSON path (``place``), the file by whoever read it.
    public var fileLocation: FileLocation? { nil }

    /// The JSON path: printed compiler style as `path: error: message`.
    public var place: String? { path }

    /// Whether this is only a warning.
    public var isWarning: Bool { severity == .warning }

    /// The finding's words in the given language.
    public func message(_ language: Language) -> String { finding.message(language) }
}

/// The words of a ``SchemeFinding``, in Chinese and English: the one place where what is wrong with
/// a scheme file is said, for `schemes validate`, `validate` and every command that reads a scheme.
extension SchemeFinding {
    /// What is wrong and what to do, without the JSON path or the label.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        // The file
        case .notUTF8:
            return zh ? "不是 UTF-8 文本；请将指标体系文件另存为 UTF-8" : "not UTF-8 text; save the scheme file as UTF-8"
        case .notValidJSON:
            return zh ? "不是有效的 JSON" : "not valid JSON"
        case .invalidJSON(let line, let column, let expected):
            return zh ? "不是有效的 JSON：第 \(line) 行第 \(column) 列应为\(expected.words(language))"
                      : "not valid JSON: expected \(expected.words(language)) at line \(line), column \(column)"
        case .notASchemeFile:
            return zh ? "无法解码：不是指标体系文件" : "cannot decode: not a scheme file"
        case .undecodable:
            return zh ? "无法解码" : "cannot decode the document"
        case .duplicateKey(let key, let line, let column, let firstLine, let firstColumn):
            return zh ? "键 “\(key)” 重复（第 \(line) 行第 \(column) 列；首次出现于第 \(firstLine) 行第 \(firstColumn) 列）；请删去其中一个"
                      : "duplicate key '\(key)' at line \(line), column \(column) (first at line \(firstLine), column \(firstColumn)); remove one of them"
        case .numberTooLarge(let literal):
            let shown = literal.count > 40 ? String(literal.prefix(40)) + "…" : literal
            return zh ? "数值 \(shown) 超出可表示的范围；必须是有限数值" : "the number \(shown) is too large to represent; must be a finite number"
        case .nanOrInfinity:
            return zh ? "必须是有限的数（不能是 NaN 或 Infinity）" : "must be a finite number (not NaN or Infinity)"

        // Decoding
        case .unknownKey(let key, let nearest?, _):
            return zh ? "未知的键 “\(key)”；是否应为 “\(nearest)”？" : "unknown key '\(key)'; did you mean '\(nearest)'?"
        case .unknownKey(let key, nil, let known):
            let list = known.joined(separator: ", ")
            return zh ? "未知的键 “\(key)”；可用的键：\(list)" : "unknown key '\(key)'; known keys: \(list)"
        case .keyNotForMethod(let key, let method):
            return zh ? "键 “\(key)” 不适用于 method “\(method)”，已忽略" : "key '\(key)' does not apply to method '\(method)'; ignored"
        case .unknownValue(let text, let expected):
            let list = expected.joined(separator: ", ")
            return zh ? "未知取值 “\(text)”；可选：\(list)" : "unknown value '\(text)'; expected one of: \(list)"
        case .wrongType(let expected):
            return zh ? "类型错误：应为\(expected.words(language))" : "wrong type: expected \(expected.words(language))"
        case .nullNotAllowed(let expected):
            return zh ? "不能为 null：应为\(expected.words(language))" : "null is not allowed: expected \(expected.words(language))"
        case .missingKey:
            return zh ? "缺少必填项" : "missing required key"
        case .missingKeyword(let expected):
            let list = expected.joined(separator: ", ")
            return zh ? "缺少必填项；可选：\(list)" : "missing required key; expected one of: \(list)"
        case .missingDirection:
            return zh ? "缺少必填项（benefit、cost 或 target）" : "missing required key (benefit, cost or target)"
        case .targetRequired:
            return zh ? "direction 为 target 时必须给出 target 值" : "required when direction is 'target'"
        case .targetIgnored:
            return zh ? "仅在 direction 为 target 时使用，已忽略" : "ignored: only used when direction is 'target'"
        case .invalidValue(let detail):
            return zh ? "数据无效：\(detail)" : "invalid value: \(detail)"
        case .notAJudgment(let text):
            return zh ? "“\(text)” 不是数字或 \"1/3\" 形式的分数" : "'\(text)' is not a number or a fraction such as \"1/3\""
        case .excludeRetired(let expected):
            let list = expected.joined(separator: ", ")
            return zh ? "不再支持 exclude：它让一个中心剔除自己最弱的指标并重新分配权重；可选：\(list)"
                      : "exclude is no longer offered: it let a center drop its weakest indicator and reweighted the rest; expected one of: \(list)"

        // Validation
        case .empty:
            return zh ? "不能为空" : "must not be empty"
        case .cycleYearsOutOfRange:
            return zh ? "应在 1 到 5 之间（一般为三年，四川 2018 指引为三至五年）"
                      : "must be between 1 and 5 (normally 3; Sichuan's 2018 guideline allows 3–5)"
        case .groupMeanAsDefault:
            return zh ? "group_mean 用同类中心的均值补本中心的缺失值，不能作为全局默认；只能在确需如此的指标上单独设置"
                      : "group_mean fills a center's gap from other centers' values, so it cannot be the default; set it only on the indicators where the department means it"
        case .imputedShareOutOfRange(let share):
            return zh ? "应在 0 到 1 之间（例如 0.2 表示最多补 20% 的值），实际为 \(number(share))"
                      : "must be between 0 and 1 (e.g. 0.2 allows 20 % of a center's values to be imputed), found \(number(share))"
        case .noDimensions:
            return zh ? "至少需要一个一级指标" : "must list at least one dimension"
        case .noIndicators:
            return zh ? "至少需要一个二级指标" : "must list at least one indicator"
        case .duplicateCode(let code, let level, let first):
            // A duplicate indicator code is one across the whole scheme: 指标, not 二级指标.
            return zh ? "\(level == .dimension ? "一级指标" : "指标")代码 “\(code)” 重复（首次出现于 \(first)）"
                      : "duplicate \(level.noun(.en)) code '\(code)' (first at \(first))"
        case .noClause:
            return zh ? "未引用政策条款；请注明该一级指标依据的条款" : "no clause cited; name the policy clause this dimension implements"
        case .notPositive:
            return zh ? "必须 > 0" : "must be > 0"
        case .notFinite:
            return zh ? "必须是有限数值" : "must be a finite number"
        case .missingGoalpost(let bound):
            return zh ? "goalposts 标准化需要 \(bound.rawValue)（\(bound == .floor ? "下限" : "上限")）" : "required with goalposts normalization"
        case .ceilingNotAboveFloor(let floor):
            return zh ? "必须大于 floor（\(number(floor))）" : "must be greater than floor (\(number(floor)))"
        case .goalpostIgnored(let normalization):
            return zh ? "仅用于 goalposts 标准化，当前为 \(normalization.rawValue)，已忽略"
                      : "ignored: only goalposts normalization uses it (normalization is '\(normalization.rawValue)')"
        case .growthNeedsTwoYears(let years):
            return zh ? "growth（年均增长率）至少需要两年的数据；cycle_years 为 \(years)" : "growth (CAGR) needs at least two years; cycle_years is \(years)"
        case .ratioOfSameColumn:
            return zh ? "分子与分母相同，比值恒为 1" : "numerator and denominator are the same column; the ratio is always 1"
        case .notAReportColumn(let code):
            return zh ? "“\(code)” 不是年度报告的列：请声明 \"derived\": {\"numerator\": …, \"denominator\": …}"
                      : "'\(code)' is not a report column: declare \"derived\": {\"numerator\": …, \"denominator\": …}"
        case .notInCatalogue(let code):
            return zh ? "“\(code)” 不在指标目录中；年度报告须提供该列" : "'\(code)' is not a catalogue column; the annual reports must provide it"
        case .derivedCodeIsReportColumn(let code):
            return zh ? "“\(code)” 是年度报告的列；派生指标需要自己的代码" : "'\(code)' is a report column; give the derived indicator its own code"
        case .unknownColumn(let column):
            return zh ? "未知的列 “\(column)”；应为年度报告的列或本体系中的派生指标"
                      : "unknown column '\(column)'; expected a report column or a derived indicator of this scheme"
        case .cyclicDerivedReference(let chain):
            let text = chain.joined(separator: " → ")
            return zh ? "派生指标循环引用：\(text)" : "cyclic derived reference: \(text)"
        case .missingWeight(let level):
            let key = level == .dimension ? "dimension_weights" : "indicator_weights"
            return zh ? "缺少权重：\(key) 为显式权重，每个\(level.noun(.zh))都需要 weight"
                      : "missing: \(key) is explicit, so every \(level.noun(.en)) needs a weight"
        case .weightsOverflow:
            return zh ? "权重过大：各权重须为有限数且其和也须有限（如合计为 1 的份额 0.25、0.4…）；当前之和超出可表示的范围"
                      : "weights too large: they must be finite and sum to a finite total (e.g. shares such as 0.25, 0.4 that sum to 1); these sum beyond the largest number"
        case .weightsNormalized(let sum):
            return zh ? "权重之和为 \(number(sum))，已归一化为 1" : "weights sum to \(number(sum)); normalized to sum 1"
        case .weightWithoutExplicitMethod(let path, let method):
            return zh ? "给出了权重，但 \(path).method 为 “\(method)”；请改为 explicit 或删去 weight"
                      : "weight given but \(path).method is '\(method)'; set it to 'explicit' or remove the weight"
        case .notBetweenZeroAndOne:
            return zh ? "应在 0 到 1 之间" : "must be between 0 and 1"
        case .subjectiveMethodNotAllowed:
            return zh ? "主观权重应为 explicit 或 ahp" : "subjective weights must be 'explicit' or 'ahp'"
        case .criteriaOutOfOrder(let level, let codes):
            let list = codes.joined(separator: ", ")
            return zh ? "应按顺序列出 \(codes.count) 个\(level.noun(.zh))代码：\(list)"
                      : "must list the \(codes.count) \(level.noun(.en)) codes in order: \(list)"
        case .noMatrices:
            return zh ? "至少需要一位专家的判断矩阵" : "must hold at least one expert's matrix"
        case .matrixShape(let level, let codes, let rows):
            let n = codes.count, list = codes.joined(separator: ", ")
            return zh ? "应为 \(n)×\(n) 矩阵（每个\(level.noun(.zh))一行一列：\(list)），实际 \(rows) 行"
                      : "must be \(n)×\(n) (a row and a column per \(level.noun(.en)): \(list)); found \(rows) rows"
        case .rowLength(let entries, let expected):
            return zh ? "该行有 \(entries) 个元素，应为 \(expected) 个" : "row has \(entries) entries; expected \(expected)"
        case .judgmentNotPositive:
            return zh ? "必须是正数" : "must be a positive number"
        case .judgmentOutOfScale(let limit):
            let l = number(limit)
            return zh ? "应在 1/\(l) 到 \(l) 之间（Saaty 标度为 1/9 到 9）" : "must be between 1/\(l) and \(l) (Saaty's scale is 1/9 to 9)"
        case .diagonalNotOne:
            return zh ? "对角线元素必须为 1" : "diagonal entries must be 1"
        case .notReciprocal(let i, let j, let a, let b):
            let product = "[\(i)][\(j)] × [\(j)][\(i)] = \(a.text ?? number(a.value)) × \(b.text ?? number(b.value)) ≠ 1"
            return zh ? "不互反：\(product)" : "not reciprocal: \(product)"
        case .inconsistent(let ratio, let threshold, let accepted):
            let cr = number(ratio, digits: 3), limit = number(threshold)
            switch (zh, accepted) {
            case (true, true): return "一致性比率 CR = \(cr) 超过 \(limit)（allow_inconsistent 已允许）"
            case (false, true): return "consistency ratio \(cr) exceeds \(limit) (accepted: allow_inconsistent)"
            case (true, false): return "一致性比率 CR = \(cr) 超过 \(limit)；请修改判断或设置 allow_inconsistent"
            case (false, false): return "consistency ratio \(cr) exceeds \(limit); revise the judgments or set allow_inconsistent"
            }
        case .vikorParameterIgnored:
            return zh ? "仅 VIKOR 使用 v，已忽略" : "ignored: only VIKOR uses v"
        case .geometricWithZScore(let path):
            return zh ? "几何加权需要正的标准化值；\(path) 的 zscore 会产生负值"
                      : "geometric aggregation needs positive normalized values; zscore at \(path) gives negative ones"
        case .noGradingRule:
            return zh ? "需要 cutoffs（分数线）、quotas（比例）或两者；不评等级时需要按得分决定的 decisions"
                      : "set cutoffs, quotas or both; a scheme without grades needs decisions on the score"
        case .cutoffNotDecreasing(let value, let above, let limit):
            return zh ? "分数线必须严格递减：\(number(value)) 应小于 \(above.rawValue)（\(number(limit))）"
                      : "cut-offs must be strictly decreasing: \(number(value)) must be less than \(above.rawValue) (\(number(limit)))"
        case .cutoffOutsideScoreRange:
            return zh ? "不在 0–100 分范围内" : "outside the 0–100 score range"
        case .quotaWithoutShares:
            return zh ? "未设置 max_share 或 min_share，不起作用" : "has neither max_share nor min_share; no effect"
        case .quotaRoundingWithoutMaxShare:
            return zh ? "未设置任何 max_share，取整方式不起作用（min_share 总是向上取整）"
                      : "no quota has a max_share, so the rounding has no effect (a min_share always rounds up)"
        case .minShareAboveMaxShare(let high):
            return zh ? "不能大于 max_share（\(number(high))）" : "must not exceed max_share (\(number(high)))"
        case .minSharesExceedOne(let sum):
            return zh ? "各等级 min_share 之和 \(number(sum)) 超过 1" : "the min_share values sum to \(number(sum)), more than 1"
        case .unknownVetoIndicator(let code):
            return zh ? "未知指标 “\(code)”；应为本体系的指标或年度报告的列"
                      : "unknown indicator '\(code)'; expected an indicator of the scheme or a report column"
        case .rectificationYearsOutOfRange:
            return zh ? "应在 1 到 5 之间（四川省办法规定限期一年整改）" : "must be between 1 and 5 (the Sichuan measures give one year)"
        case .gradesWithoutGradeScale:
            return zh ? "本体系不评等级（没有 cutoffs 或 quotas），不能按等级决定或奖励；请改用 min_score/below_score，或设置分数线"
                      : "the scheme assigns no grade (no cutoffs or quotas), so nothing can depend on a grade; use min_score/below_score, or set cut-offs"
        case .decisionsNotStated(let years):
            return zh ? "未设置 decisions：不合格的限期 \(years) 年整改，其余进入下一周期，均作为主管部门的设定；请写明 decisions 并引用本地政策条款"
                      : "no decisions: unqualified centers rectify within \(years) year(s) and the others continue, all as the department's setting; state decisions citing your own policy text"
        case .decisionsNotExhaustive:
            return zh ? "decisions 未覆盖所有中心：不满足任何规则的中心将报主管部门研究决定；可在末尾加一条不带条件的规则"
                      : "the decisions do not cover every center: a center no rule applies to is referred to the department; end with a rule without conditions"
        case .previousGradesRuleShadowed(let index):
            return zh ? "此规则按上一周期等级（previous_grades）决定，但前面的 decisions[\(index)] 已对这些等级的中心作出决定，此规则永远不会适用；请把它移到 decisions[\(index)] 之前"
                      : "this rule decides on the previous cycle's grade (previous_grades), but the earlier decisions[\(index)] already decides for centers of these grades, so this rule never applies; move it before decisions[\(index)]"
        case .siteCheckMarginWithoutCutoffs:
            return zh ? "本体系没有分数线（cutoffs），margin 不会把任何中心列入现场核查名单；请设置分数线，或删去 margin"
                      : "the scheme has no cut-offs, so margin shortlists no center for a site check; set cut-offs, or remove margin"
        case .notADate(let text):
            return zh ? "“\(text)” 不是日期：请写成 YYYY-MM-DD，例如 2025-03-31"
                      : "'\(text)' is not a date: write it YYYY-MM-DD, e.g. 2025-03-31"
        case .validityEndsBeforeStart(let from):
            return zh ? "有效期截止日早于起始日 \(from)：请检查 valid.from 与 valid.until"
                      : "the validity ends before it begins (\(from)): check valid.from and valid.until"
        case .constructionYearsOutOfRange:
            return zh ? "应在 1 到 10 之间（各地方案一般以三年为建设周期）"
                      : "must be between 1 and 10 (the seeds give three-year construction periods)"
        case .dueRepeated(let category, let first):
            return zh ? "\(category.map { "类别 \($0) " } ?? "未限定类别的")评价时点已在 \(first) 给出：每个类别只能有一条"
                      : "\(category.map { "category \($0)" } ?? "an entry without a category") already has a due rule at \(first): one entry per category"
        }
    }

    /// A number as a department writes it in a scheme: `3`, `0.5`, `1.25`, and Swift's shortest
    /// round-trip text otherwise (`1.7000000000000002`), so the user finds the value they wrote;
    /// `digits` rounds to that many decimals first (a consistency ratio, `0.253`).
    func number(_ value: Double, digits: Int? = nil) -> String {
        if let digits {
            let scale = pow(10.0, Double(digits))
            return number((value * scale).rounded() / scale)
        }
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}

extension SchemeFinding.Level {
    /// 一级指标/二级指标, dimension/indicator.
    func noun(_ language: Language) -> String {
        switch self {
        case .dimension: language.pick("一级指标", "dimension")
        case .indicator: language.pick("二级指标", "indicator")
        }
    }
}

extension SchemeFinding.ValueKind {
    /// What the key expects, after `应为` / `expected`.
    func words(_ language: Language) -> String {
        switch self {
        case .string: language.pick("字符串", "a string")
        case .boolean: language.pick("true 或 false", "true or false")
        case .integer: language.pick("整数", "an integer")
        case .number: language.pick("数字", "a number")
        case .array: language.pick("数组", "an array")
        case .object: language.pick("对象", "an object")
        case .documented: language.pick("文档所述形式的值（见 Guides/Schemes.md）", "a value of the documented form (see Guides/Schemes.md)")
        }
    }
}

extension SchemeFinding.JSONExpectation {
    /// What the scanner expected, after `应为` / `expected`.
    func words(_ language: Language) -> String {
        switch self {
        case .value: language.pick("一个值", "a value")
        case .endOfInput: language.pick("文本结束", "end of input")
        case .endOfComment: language.pick("注释结束 */", "end of comment */")
        case .colon: language.pick("“:”", "':'")
        case .commaOr(let closing): language.pick("“,” 或 “\(closing)”", "',' or '\(closing)'")
        case .key: language.pick("键名", "a key")
        case .closingQuote: language.pick("字符串结束引号", "a closing quote for this string")
        case .nestingLimit(let depth): language.pick("至多 \(depth) 层嵌套", "at most \(depth) levels of nesting")
        }
    }
}
