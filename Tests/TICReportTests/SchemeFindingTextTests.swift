import Foundation
import Testing
import TICIngest
import TICPolicy
@testable import TICReport
import TICSupport

/// Policy finds, Report words: every ``SchemeFinding`` reads exactly as the scheme messages read when
/// TICPolicy wrote them (the broken-scheme catalogue of TICPolicyTests checks which finding each broken
/// scheme gives; this table checks the words of each, in both languages).
@Suite("Scheme finding text")
struct SchemeFindingTextTests {
    /// One finding, and its words in English and Chinese.
    struct Words: CustomTestStringConvertible, Sendable {
        let finding: SchemeFinding
        let en: String
        let zh: String
        init(_ finding: SchemeFinding, _ en: String, _ zh: String) { self.finding = finding; self.en = en; self.zh = zh }
        var testDescription: String { en }
    }

    static let normalizations = ["minmax", "zscore", "goalposts", "rank", "percentile", "vector", "max", "sum"]
    static let missingPolicies = ["error", "zero", "center_mean", "center_min", "group_mean"]
    static let methods = ["explicit", "equal", "entropy", "critic", "stddev", "ahp", "combined"]
    static let defaultsKeys = ["cycle_aggregation", "missing", "missing_report", "max_imputed_share", "approved_within_cycle", "outliers", "normalization"]

    /// Every case of ``SchemeFinding`` at least once (both branches where the words branch), with the
    /// words the scheme messages had before they were data.
    static let everyFinding: [Words] = {
        let all: [Words] = [
            // The file
            Words(.notUTF8, "not UTF-8 text; save the scheme file as UTF-8", "不是 UTF-8 文本；请将指标体系文件另存为 UTF-8"),
            Words(.notValidJSON, "not valid JSON", "不是有效的 JSON"),
            Words(.invalidJSON(line: 4, column: 14, expected: .commaOr(closing: "}")),
                  "not valid JSON: expected ',' or '}' at line 4, column 14", "不是有效的 JSON：第 4 行第 14 列应为“,” 或 “}”"),
            Words(.invalidJSON(line: 1, column: 7, expected: .commaOr(closing: "]")),
                  "not valid JSON: expected ',' or ']' at line 1, column 7", "不是有效的 JSON：第 1 行第 7 列应为“,” 或 “]”"),
            Words(.invalidJSON(line: 1, column: 7, expected: .colon), "not valid JSON: expected ':' at line 1, column 7", "不是有效的 JSON：第 1 行第 7 列应为“:”"),
            Words(.invalidJSON(line: 1, column: 8, expected: .closingQuote),
                  "not valid JSON: expected a closing quote for this string at line 1, column 8", "不是有效的 JSON：第 1 行第 8 列应为字符串结束引号"),
            Words(.invalidJSON(line: 1, column: 2, expected: .key), "not valid JSON: expected a key at line 1, column 2", "不是有效的 JSON：第 1 行第 2 列应为键名"),
            Words(.invalidJSON(line: 1, column: 1, expected: .value), "not valid JSON: expected a value at line 1, column 1", "不是有效的 JSON：第 1 行第 1 列应为一个值"),
            Words(.invalidJSON(line: 1, column: 513, expected: .nestingLimit(depth: 512)),
                  "not valid JSON: expected at most 512 levels of nesting at line 1, column 513", "不是有效的 JSON：第 1 行第 513 列应为至多 512 层嵌套"),
            Words(.invalidJSON(line: 1, column: 12, expected: .endOfComment),
                  "not valid JSON: expected end of comment */ at line 1, column 12", "不是有效的 JSON：第 1 行第 12 列应为注释结束 */"),
            Words(.invalidJSON(line: 1, column: 13, expected: .endOfInput),
                  "not valid JSON: expected end of input at line 1, column 13", "不是有效的 JSON：第 1 行第 13 列应为文本结束"),
            Words(.notASchemeFile, "cannot decode: not a scheme file", "无法解码：不是指标体系文件"),
            Words(.undecodable, "cannot decode the document", "无法解码"),
            Words(.duplicateKey("name", line: 4, column: 3, firstLine: 2, firstColumn: 3),
                  "duplicate key 'name' at line 4, column 3 (first at line 2, column 3); remove one of them",
                  "键 “name” 重复（第 4 行第 3 列；首次出现于第 2 行第 3 列）；请删去其中一个"),
            Words(.numberTooLarge(literal: "1e999"), "the number 1e999 is too large to represent; must be a finite number", "数值 1e999 超出可表示的范围；必须是有限数值"),
            Words(.numberTooLarge(literal: "1" + String(repeating: "0", count: 60) + "e999"),
                  "the number 1000000000000000000000000000000000000000… is too large to represent; must be a finite number",
                  "数值 1000000000000000000000000000000000000000… 超出可表示的范围；必须是有限数值"),
            Words(.nanOrInfinity, "must be a finite number (not NaN or Infinity)", "必须是有限的数（不能是 NaN 或 Infinity）"),
            // Decoding
            Words(.unknownKey("normalisation", nearest: "normalization", known: defaultsKeys),
                  "unknown key 'normalisation'; did you mean 'normalization'?", "未知的键 “normalisation”；是否应为 “normalization”？"),
            Words(.unknownKey("zzz", nearest: nil, known: defaultsKeys),
                  "unknown key 'zzz'; known keys: cycle_aggregation, missing, missing_report, max_imputed_share, approved_within_cycle, outliers, normalization",
                  "未知的键 “zzz”；可用的键：cycle_aggregation, missing, missing_report, max_imputed_share, approved_within_cycle, outliers, normalization"),
            Words(.keyNotForMethod(key: "alpha", method: "explicit"), "key 'alpha' does not apply to method 'explicit'; ignored",
                  "键 “alpha” 不适用于 method “explicit”，已忽略"),
            Words(.unknownValue("minmax2", expected: normalizations),
                  "unknown value 'minmax2'; expected one of: minmax, zscore, goalposts, rank, percentile, vector, max, sum",
                  "未知取值 “minmax2”；可选：minmax, zscore, goalposts, rank, percentile, vector, max, sum"),
            Words(.wrongType(expected: .number), "wrong type: expected a number", "类型错误：应为数字"),
            Words(.wrongType(expected: .integer), "wrong type: expected an integer", "类型错误：应为整数"),
            Words(.wrongType(expected: .object), "wrong type: expected an object", "类型错误：应为对象"),
            Words(.wrongType(expected: .boolean), "wrong type: expected true or false", "类型错误：应为true 或 false"),
            Words(.wrongType(expected: .array), "wrong type: expected an array", "类型错误：应为数组"),
            Words(.wrongType(expected: .documented), "wrong type: expected a value of the documented form (see Guides/Schemes.md)",
                  "类型错误：应为文档所述形式的值（见 Guides/Schemes.md）"),
            Words(.nullNotAllowed(expected: .string), "null is not allowed: expected a string", "不能为 null：应为字符串"),
            Words(.missingKey, "missing required key", "缺少必填项"),
            Words(.missingKeyword(expected: methods), "missing required key; expected one of: explicit, equal, entropy, critic, stddev, ahp, combined",
                  "缺少必填项；可选：explicit, equal, entropy, critic, stddev, ahp, combined"),
            Words(.missingDirection, "missing required key (benefit, cost or target)", "缺少必填项（benefit、cost 或 target）"),
            Words(.targetRequired, "required when direction is 'target'", "direction 为 target 时必须给出 target 值"),
            Words(.targetIgnored, "ignored: only used when direction is 'target'", "仅在 direction 为 target 时使用，已忽略"),
            Words(.invalidValue(detail: "bad date"), "invalid value: bad date", "数据无效：bad date"),
            Words(.notAJudgment("1/x"), #"'1/x' is not a number or a fraction such as "1/3""#, #"“1/x” 不是数字或 "1/3" 形式的分数"#),
            Words(.excludeRetired(expected: missingPolicies),
                  "exclude is no longer offered: it let a center drop its weakest indicator and reweighted the rest; expected one of: error, zero, center_mean, center_min, group_mean",
                  "不再支持 exclude：它让一个中心剔除自己最弱的指标并重新分配权重；可选：error, zero, center_mean, center_min, group_mean"),
            // Validation
            Words(.empty, "must not be empty", "不能为空"),
            Words(.cycleYearsOutOfRange(7), "must be between 1 and 5 (normally 3; Sichuan's 2018 guideline allows 3–5)",
                  "应在 1 到 5 之间（一般为三年，四川 2018 指引为三至五年）"),
            Words(.groupMeanAsDefault,
                  "group_mean fills a center's gap from other centers' values, so it cannot be the default; set it only on the indicators where the department means it",
                  "group_mean 用同类中心的均值补本中心的缺失值，不能作为全局默认；只能在确需如此的指标上单独设置"),
            Words(.imputedShareOutOfRange(1.5), "must be between 0 and 1 (e.g. 0.2 allows 20 % of a center's values to be imputed), found 1.5",
                  "应在 0 到 1 之间（例如 0.2 表示最多补 20% 的值），实际为 1.5"),
            Words(.noDimensions, "must list at least one dimension", "至少需要一个一级指标"),
            Words(.noIndicators, "must list at least one indicator", "至少需要一个二级指标"),
            Words(.duplicateCode("a", .dimension, firstAt: "dimensions[0]"), "duplicate dimension code 'a' (first at dimensions[0])",
                  "一级指标代码 “a” 重复（首次出现于 dimensions[0]）"),
            Words(.duplicateCode("national_projects", .indicator, firstAt: "dimensions[0].indicators[0]"),
                  "duplicate indicator code 'national_projects' (first at dimensions[0].indicators[0])",
                  "指标代码 “national_projects” 重复（首次出现于 dimensions[0].indicators[0]）"),
            Words(.noClause, "no clause cited; name the policy clause this dimension implements", "未引用政策条款；请注明该一级指标依据的条款"),
            Words(.notPositive, "must be > 0", "必须 > 0"),
            Words(.notFinite, "must be a finite number", "必须是有限数值"),
            Words(.missingGoalpost(.floor), "required with goalposts normalization", "goalposts 标准化需要 floor（下限）"),
            Words(.missingGoalpost(.ceiling), "required with goalposts normalization", "goalposts 标准化需要 ceiling（上限）"),
            Words(.ceilingNotAboveFloor(floor: 500), "must be greater than floor (500)", "必须大于 floor（500）"),
            Words(.goalpostIgnored(normalization: .minmax), "ignored: only goalposts normalization uses it (normalization is 'minmax')",
                  "仅用于 goalposts 标准化，当前为 minmax，已忽略"),
            Words(.growthNeedsTwoYears(cycleYears: 1), "growth (CAGR) needs at least two years; cycle_years is 1",
                  "growth（年均增长率）至少需要两年的数据；cycle_years 为 1"),
            Words(.ratioOfSameColumn, "numerator and denominator are the same column; the ratio is always 1", "分子与分母相同，比值恒为 1"),
            Words(.notAReportColumn("service_income_share"),
                  #"'service_income_share' is not a report column: declare "derived": {"numerator": …, "denominator": …}"#,
                  #"“service_income_share” 不是年度报告的列：请声明 "derived": {"numerator": …, "denominator": …}"#),
            Words(.notInCatalogue("x"), "'x' is not a catalogue column; the annual reports must provide it", "“x” 不在指标目录中；年度报告须提供该列"),
            Words(.derivedCodeIsReportColumn("rd_staff"), "'rd_staff' is a report column; give the derived indicator its own code",
                  "“rd_staff” 是年度报告的列；派生指标需要自己的代码"),
            Words(.unknownColumn("service_incme"), "unknown column 'service_incme'; expected a report column or a derived indicator of this scheme",
                  "未知的列 “service_incme”；应为年度报告的列或本体系中的派生指标"),
            Words(.cyclicDerivedReference(["x", "y", "x"]), "cyclic derived reference: x → y → x", "派生指标循环引用：x → y → x"),
            Words(.missingWeight(.dimension), "missing: dimension_weights is explicit, so every dimension needs a weight",
                  "缺少权重：dimension_weights 为显式权重，每个一级指标都需要 weight"),
            Words(.missingWeight(.indicator), "missing: indicator_weights is explicit, so every indicator needs a weight",
                  "缺少权重：indicator_weights 为显式权重，每个二级指标都需要 weight"),
            Words(.weightsOverflow,
                  "weights too large: they must be finite and sum to a finite total (e.g. shares such as 0.25, 0.4 that sum to 1); these sum beyond the largest number",
                  "权重过大：各权重须为有限数且其和也须有限（如合计为 1 的份额 0.25、0.4…）；当前之和超出可表示的范围"),
            Words(.weightsNormalized(sum: 4), "weights sum to 4; normalized to sum 1", "权重之和为 4，已归一化为 1"),
            Words(.weightWithoutExplicitMethod(weightsPath: "dimension_weights", method: "entropy"),
                  "weight given but dimension_weights.method is 'entropy'; set it to 'explicit' or remove the weight",
                  "给出了权重，但 dimension_weights.method 为 “entropy”；请改为 explicit 或删去 weight"),
            Words(.notBetweenZeroAndOne, "must be between 0 and 1", "应在 0 到 1 之间"),
            Words(.subjectiveMethodNotAllowed, "subjective weights must be 'explicit' or 'ahp'", "主观权重应为 explicit 或 ahp"),
            Words(.criteriaOutOfOrder(.dimension, codes: ["b", "a"]), "must list the 2 dimension codes in order: b, a", "应按顺序列出 2 个一级指标代码：b, a"),
            Words(.noMatrices, "must hold at least one expert's matrix", "至少需要一位专家的判断矩阵"),
            Words(.matrixShape(.dimension, codes: ["a", "b", "c"], rows: 2), "must be 3×3 (a row and a column per dimension: a, b, c); found 2 rows",
                  "应为 3×3 矩阵（每个一级指标一行一列：a, b, c），实际 2 行"),
            Words(.rowLength(entries: 2, expected: 3), "row has 2 entries; expected 3", "该行有 2 个元素，应为 3 个"),
            Words(.judgmentNotPositive, "must be a positive number", "必须是正数"),
            Words(.judgmentOutOfScale(limit: 1e6), "must be between 1/1000000 and 1000000 (Saaty's scale is 1/9 to 9)",
                  "应在 1/1000000 到 1000000 之间（Saaty 标度为 1/9 到 9）"),
            Words(.diagonalNotOne, "diagonal entries must be 1", "对角线元素必须为 1"),
            Words(.notReciprocal(row: 1, column: 2, entry: 2, mirror: .inverse(3)), "not reciprocal: [1][2] × [2][1] = 2 × 1/3 ≠ 1",
                  "不互反：[1][2] × [2][1] = 2 × 1/3 ≠ 1"),
            Words(.inconsistent(ratio: 6.1349, threshold: 0.1, accepted: false),
                  "consistency ratio 6.135 exceeds 0.1; revise the judgments or set allow_inconsistent",
                  "一致性比率 CR = 6.135 超过 0.1；请修改判断或设置 allow_inconsistent"),
            Words(.inconsistent(ratio: 0.25, threshold: 0.1, accepted: true), "consistency ratio 0.25 exceeds 0.1 (accepted: allow_inconsistent)",
                  "一致性比率 CR = 0.25 超过 0.1（allow_inconsistent 已允许）"),
            Words(.vikorParameterIgnored, "ignored: only VIKOR uses v", "仅 VIKOR 使用 v，已忽略"),
            Words(.geometricWithZScore(indicatorPath: "dimensions[0].indicators[0]"),
                  "geometric aggregation needs positive normalized values; zscore at dimensions[0].indicators[0] gives negative ones",
                  "几何加权需要正的标准化值；dimensions[0].indicators[0] 的 zscore 会产生负值"),
            Words(.noGradingRule, "set cutoffs, quotas or both; a scheme without grades needs decisions on the score",
                  "需要 cutoffs（分数线）、quotas（比例）或两者；不评等级时需要按得分决定的 decisions"),
            Words(.cutoffNotDecreasing(75, above: .excellent, aboveValue: 70), "cut-offs must be strictly decreasing: 75 must be less than excellent (70)",
                  "分数线必须严格递减：75 应小于 excellent（70）"),
            Words(.cutoffOutsideScoreRange, "outside the 0–100 score range", "不在 0–100 分范围内"),
            Words(.quotaWithoutShares, "has neither max_share nor min_share; no effect", "未设置 max_share 或 min_share，不起作用"),
            Words(.quotaRoundingWithoutMaxShare, "no quota has a max_share, so the rounding has no effect (a min_share always rounds up)",
                  "未设置任何 max_share，取整方式不起作用（min_share 总是向上取整）"),
            Words(.minShareAboveMaxShare(maxShare: 0.5), "must not exceed max_share (0.5)", "不能大于 max_share（0.5）"),
            Words(.minSharesExceedOne(sum: 0.8 + 0.9), "the min_share values sum to 1.7000000000000002, more than 1",
                  "各等级 min_share 之和 1.7000000000000002 超过 1"),
            Words(.unknownVetoIndicator("rd_stuff"), "unknown indicator 'rd_stuff'; expected an indicator of the scheme or a report column",
                  "未知指标 “rd_stuff”；应为本体系的指标或年度报告的列"),
            Words(.rectificationYearsOutOfRange(9), "must be between 1 and 5 (the Sichuan measures give one year)", "应在 1 到 5 之间（四川省办法规定限期一年整改）"),
            Words(.gradesWithoutGradeScale,
                  "the scheme assigns no grade (no cutoffs or quotas), so nothing can depend on a grade; use min_score/below_score, or set cut-offs",
                  "本体系不评等级（没有 cutoffs 或 quotas），不能按等级决定或奖励；请改用 min_score/below_score，或设置分数线"),
            Words(.decisionsNotStated(rectificationYears: 1),
                  "no decisions: unqualified centers rectify within 1 year(s) and the others continue, all as the department's setting; state decisions citing your own policy text",
                  "未设置 decisions：不合格的限期 1 年整改，其余进入下一周期，均作为主管部门的设定；请写明 decisions 并引用本地政策条款"),
            Words(.decisionsNotExhaustive,
                  "the decisions do not cover every center: a center no rule applies to is referred to the department; end with a rule without conditions",
                  "decisions 未覆盖所有中心：不满足任何规则的中心将报主管部门研究决定；可在末尾加一条不带条件的规则"),
            Words(.previousGradesRuleShadowed(by: 2),
                  "this rule decides on the previous cycle's grade (previous_grades), but the earlier decisions[2] already decides for centers of these grades, so this rule never applies; move it before decisions[2]",
                  "此规则按上一周期等级（previous_grades）决定，但前面的 decisions[2] 已对这些等级的中心作出决定，此规则永远不会适用；请把它移到 decisions[2] 之前"),
            Words(.siteCheckMarginWithoutCutoffs,
                  "the scheme has no cut-offs, so margin shortlists no center for a site check; set cut-offs, or remove margin",
                  "本体系没有分数线（cutoffs），margin 不会把任何中心列入现场核查名单；请设置分数线，或删去 margin"),
            Words(.notADate("2025/3/31"), "'2025/3/31' is not a date: write it YYYY-MM-DD, e.g. 2025-03-31",
                  "“2025/3/31” 不是日期：请写成 YYYY-MM-DD，例如 2025-03-31"),
            Words(.validityEndsBeforeStart(from: "2022-02-01"), "the validity ends before it begins (2022-02-01): check valid.from and valid.until",
                  "有效期截止日早于起始日 2022-02-01：请检查 valid.from 与 valid.until"),
            Words(.constructionYearsOutOfRange(0), "must be between 1 and 10 (the seeds give three-year construction periods)",
                  "应在 1 到 10 之间（各地方案一般以三年为建设周期）"),
            Words(.dueRepeated(category: "domain", firstAt: "due[0]"), "category domain already has a due rule at due[0]: one entry per category",
                  "类别 domain 评价时点已在 due[0] 给出：每个类别只能有一条"),
            Words(.dueRepeated(category: nil, firstAt: "due[0]"), "an entry without a category already has a due rule at due[0]: one entry per category",
                  "未限定类别的评价时点已在 due[0] 给出：每个类别只能有一条"),
        ]
        return all
    }()

    /// The findings alone.
    static var findings: [SchemeFinding] { everyFinding.map(\.finding) }

    @Test("every finding reads as the scheme messages read when Policy wrote them", arguments: everyFinding)
    func exactWords(_ words: Words) {
        #expect(words.finding.message(.en) == words.en)
        #expect(words.finding.message(.zh) == words.zh)
    }

    /// The name of a finding's case. Fails to compile when a case is added: name it here, give it
    /// words in ``everyFinding`` and count it in ``caseCount``.
    static func caseName(_ finding: SchemeFinding) -> String {
        switch finding {
        case .notUTF8: "notUTF8"
        case .notValidJSON: "notValidJSON"
        case .invalidJSON: "invalidJSON"
        case .notASchemeFile: "notASchemeFile"
        case .undecodable: "undecodable"
        case .duplicateKey: "duplicateKey"
        case .numberTooLarge: "numberTooLarge"
        case .nanOrInfinity: "nanOrInfinity"
        case .unknownKey: "unknownKey"
        case .keyNotForMethod: "keyNotForMethod"
        case .unknownValue: "unknownValue"
        case .wrongType: "wrongType"
        case .nullNotAllowed: "nullNotAllowed"
        case .missingKey: "missingKey"
        case .missingKeyword: "missingKeyword"
        case .missingDirection: "missingDirection"
        case .targetRequired: "targetRequired"
        case .targetIgnored: "targetIgnored"
        case .invalidValue: "invalidValue"
        case .notAJudgment: "notAJudgment"
        case .excludeRetired: "excludeRetired"
        case .empty: "empty"
        case .cycleYearsOutOfRange: "cycleYearsOutOfRange"
        case .groupMeanAsDefault: "groupMeanAsDefault"
        case .imputedShareOutOfRange: "imputedShareOutOfRange"
        case .noDimensions: "noDimensions"
        case .noIndicators: "noIndicators"
        case .duplicateCode: "duplicateCode"
        case .noClause: "noClause"
        case .notPositive: "notPositive"
        case .notFinite: "notFinite"
        case .missingGoalpost: "missingGoalpost"
        case .ceilingNotAboveFloor: "ceilingNotAboveFloor"
        case .goalpostIgnored: "goalpostIgnored"
        case .growthNeedsTwoYears: "growthNeedsTwoYears"
        case .ratioOfSameColumn: "ratioOfSameColumn"
        case .notAReportColumn: "notAReportColumn"
        case .notInCatalogue: "notInCatalogue"
        case .derivedCodeIsReportColumn: "derivedCodeIsReportColumn"
        case .unknownColumn: "unknownColumn"
        case .cyclicDerivedReference: "cyclicDerivedReference"
        case .missingWeight: "missingWeight"
        case .weightsOverflow: "weightsOverflow"
        case .weightsNormalized: "weightsNormalized"
        case .weightWithoutExplicitMethod: "weightWithoutExplicitMethod"
        case .notBetweenZeroAndOne: "notBetweenZeroAndOne"
        case .subjectiveMethodNotAllowed: "subjectiveMethodNotAllowed"
        case .criteriaOutOfOrder: "criteriaOutOfOrder"
        case .noMatrices: "noMatrices"
        case .matrixShape: "matrixShape"
        case .rowLength: "rowLength"
        case .judgmentNotPositive: "judgmentNotPositive"
        case .judgmentOutOfScale: "judgmentOutOfScale"
        case .diagonalNotOne: "diagonalNotOne"
        case .notReciprocal: "notReciprocal"
        case .inconsistent: "inconsistent"
        case .vikorParameterIgnored: "vikorParameterIgnored"
        case .geometricWithZScore: "geometricWithZScore"
        case .noGradingRule: "noGradingRule"
        case .cutoffNotDecreasing: "cutoffNotDecreasing"
        case .cutoffOutsideScoreRange: "cutoffOutsideScoreRange"
        case .quotaWithoutShares: "quotaWithoutShares"
        case .quotaRoundingWithoutMaxShare: "quotaRoundingWithoutMaxShare"
        case .minShareAboveMaxShare: "minShareAboveMaxShare"
        case .minSharesExceedOne: "minSharesExceedOne"
        case .unknownVetoIndicator: "unknownVetoIndicator"
        case .rectificationYearsOutOfRange: "rectificationYearsOutOfRange"
        case .gradesWithoutGradeScale: "gradesWithoutGradeScale"
        case .decisionsNotStated: "decisionsNotStated"
        case .decisionsNotExhaustive: "decisionsNotExhaustive"
        case .previousGradesRuleShadowed: "previousGradesRuleShadowed"
        case .siteCheckMarginWithoutCutoffs: "siteCheckMarginWithoutCutoffs"
        case .notADate: "notADate"
        case .validityEndsBeforeStart: "validityEndsBeforeStart"
        case .constructionYearsOutOfRange: "constructionYearsOutOfRange"
        case .dueRepeated: "dueRepeated"
        }
    }

    /// How many cases ``SchemeFinding`` has (the lines of ``caseName(_:)``).
    static let caseCount = 76

    /// The name of a JSON expectation's case; fails to compile when one is added.
    static func caseName(_ expected: SchemeFinding.JSONExpectation) -> String {
        switch expected {
        case .value: "value"
        case .endOfInput: "endOfInput"
        case .endOfComment: "endOfComment"
        case .colon: "colon"
        case .commaOr: "commaOr"
        case .key: "key"
        case .closingQuote: "closingQuote"
        case .nestingLimit: "nestingLimit"
        }
    }

    @Test("the sample holds every case, every kind of expected value and every JSON expectation")
    func samplesCoverEveryCase() {
        #expect(Set(Self.findings.map(Self.caseName)).count == Self.caseCount)
        var kinds: Set<SchemeFinding.ValueKind> = [], expectations: Set<String> = []
        for finding in Self.findings {
            switch finding {
            case .wrongType(let kind), .nullNotAllowed(let kind): kinds.insert(kind)
            case .invalidJSON(_, _, let expected): expectations.insert(Self.caseName(expected))
            default: break
            }
        }
        #expect(kinds == Set(SchemeFinding.ValueKind.allCases))
        #expect(expectations.count == 8)
    }

    @Test("a diagnostic prints compiler style: JSON path, label in the user's language, the finding's words")
    func diagnostic() {
        let warning = SchemeDiagnostic.warning(at: "dimensions", .weightsNormalized(sum: 4))
        #expect(warning.isWarning && warning.place == "dimensions" && warning.fileLocation == nil)
        #expect(warning.formatted(.en) == "dimensions: warning: weights sum to 4; normalized to sum 1")
        #expect(warning.formatted(.zh) == "dimensions: 警告: 权重之和为 4，已归一化为 1")
        let error = SchemeDiagnostic.error(at: "", .notUTF8)
        #expect(!error.isWarning && error.formatted(.en) == "$: error: not UTF-8 text; save the scheme file as UTF-8")
    }

    @Test("a scheme read end to end prints the same lines as before its findings were data")
    func endToEnd() {
        let data = "{\n  name: \"t\",\n  title: \"t\",\n  name: \"u\",\n  dimensions: [], grading: {}\n}\n"
        let lines = Scheme.inspect(Data(data.utf8)).diagnostics.map { $0.formatted(.en) }
        #expect(lines.contains("name: error: duplicate key 'name' at line 4, column 3 (first at line 2, column 3); remove one of them"), "\(lines)")
        #expect(lines.contains("dimensions: error: must list at least one dimension"), "\(lines)")
    }
}
