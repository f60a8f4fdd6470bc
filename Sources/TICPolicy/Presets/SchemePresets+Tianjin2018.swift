import TICScoring

extension SchemePresets {
    private static let plan = "《天津市技术创新中心建设实施方案》"
    private static let planEn = "Tianjin TIC Implementation Plan (2018)"
    private static let decisionClause = "\(plan)五（四）：建设期满前，市科技局组织开展建设情况总结评估，并根据评估结果决定整改、撤销或后续支持等重大事项"
    private static let decisionClauseEn = "\(planEn), V(4): before the construction period ends the bureau evaluates each center and decides rectification, revocation or continued support"

    /// Tianjin plan 2018: triennial evaluation of specialized centers (六（二）), dimensions from the
    /// specialized centers' role (一) and the key tasks (三); AHP dimension weights from two experts
    /// (Tummala–Ling random index); CRITIC, explicit and equal indicator weights; VIKOR;
    /// 优秀 specialized (domain) centers get a one-time 300,000 RMB.
    static let tianjin2018 = Scheme(
        name: "tianjin-2018",
        title: "天津市专业性技术创新中心三年考核评估（示例指标体系）",
        titleEn: "Tianjin specialized technology innovation centers: triennial evaluation (illustrative scheme)",
        source: "\(plan)（2018年）",
        version: "1",
        description: "六（二）：专业性技术创新中心以三年为一个周期进行考核评估，评估优秀的给予一次性30万元市财政资金奖励。一级指标取自专业性中心的功能定位（一）与重点任务（三）。登记表 platform 列标为 engineering_center 的市级工程技术中心按三（六）评估考核，通过的纳入技术创新中心序列，未通过的不予纳入；技术创新中心按五（四）决定整改或后续支持（整改期限、撤销条件方案未规定，由市科技局确定）。诚信问题一票否决为市科技局的设定（五（四）仅要求加强科研诚信建设）。权重（两位专家的示例判断矩阵）、分数线、比例均为示例默认值，应由市科技局替换。",
        descriptionEn: "VI(2): specialized centers are evaluated every three years and an 'excellent' one receives a one-time municipal reward of 300,000 RMB. Dimensions come from the specialized centers' role (I) and the key tasks (III). Registry rows marked platform: engineering_center are municipal engineering technology centers reviewed under III(6): those passing join the innovation centers, the others are not admitted; innovation centers are decided under V(4) (rectification or continued support; no deadline and no revocation threshold in the text: the bureau sets them). The integrity veto is the bureau's setting (V(4) only asks to strengthen research integrity). Weights (two experts' illustrative matrices), cut-offs and quotas are illustrative defaults for the bureau to replace.",
        cycleYears: 3,
        defaults: SchemeDefaults(cycleAggregation: .mean, missing: .centerMean, outliers: .winsorize, normalization: .minmax),
        dimensionWeights: .ahp(AHPWeighting(
            matrices: [
                [
                    [1, 1, 2, 3, 3],
                    [1, 1, 2, 3, 3],
                    [.inverse(2), .inverse(2), 1, 2, 2],
                    [.inverse(3), .inverse(3), .inverse(2), 1, 1],
                    [.inverse(3), .inverse(3), .inverse(2), 1, 1],
                ],
                [
                    [1, 2, 2, 3, 4],
                    [.inverse(2), 1, 1, 2, 3],
                    [.inverse(2), 1, 1, 2, 2],
                    [.inverse(3), .inverse(2), .inverse(2), 1, 1],
                    [.inverse(4), .inverse(3), .inverse(2), 1, 1],
                ],
            ],
            criteria: ["common_tech", "standards_transfer", "entrepreneurship", "talent", "operations"],
            randomIndex: .tummalaLing,
            expertAggregation: .judgments)),
        dimensions: [
            SchemeDimension(
                code: "common_tech", name: "关键共性技术研发",
                nameEn: "Common key technology R&D",
                clause: "\(plan)一、功能定位（专业性技术创新中心）；三（一）",
                clauseEn: "\(planEn), I (role of specialized centers); III(1)",
                indicatorWeights: .objective(.critic),
                indicators: [
                    .catalogue("rd_expenditure"),
                    .catalogue("key_technologies", cycleAggregation: .sum),
                    .catalogue("invention_patents", cycleAggregation: .sum),
                ]),
            SchemeDimension(
                code: "standards_transfer", name: "规范标准制定与成果转化",
                nameEn: "Standards and results transformation",
                clause: "\(plan)一、功能定位（专业性技术创新中心）；三（一）",
                clauseEn: "\(planEn), I (role of specialized centers); III(1)",
                indicatorWeights: .equal,
                indicators: [
                    .catalogue("standards_led", cycleAggregation: .sum),
                    .catalogue("transfer_cases", cycleAggregation: .sum),
                    .catalogue("transfer_revenue"),
                    .catalogue("tech_contract_value"),
                ]),
            SchemeDimension(
                code: "entrepreneurship", name: "科技型创新创业",
                nameEn: "Tech entrepreneurship and incubation",
                clause: "\(plan)三（三）", clauseEn: "\(planEn), III(3)",
                indicatorWeights: .explicit,
                indicators: [
                    .catalogue("incubated_firms", weight: 0.4),
                    .catalogue("high_tech_firms", weight: 0.3),
                    .catalogue("social_investment", weight: 0.3, outliers: .log),
                ]),
            SchemeDimension(
                code: "talent", name: "技术创新人才队伍",
                nameEn: "Innovation talent",
                clause: "\(plan)三（四）", clauseEn: "\(planEn), III(4)",
                indicatorWeights: .equal,
                indicators: [
                    .catalogue("rd_staff", cycleAggregation: .latest),
                    .catalogue("leading_talents", cycleAggregation: .latest),
                ]),
            SchemeDimension(
                code: "operations", name: "治理结构与运行机制",
                nameEn: "Governance and operating mechanism",
                clause: "\(plan)三（五）；四（二）资金投入", clauseEn: "\(planEn), III(5); IV(2) funding",
                indicatorWeights: .equal,
                indicators: [
                    governmentFundingShare(),
                    serviceIncomeShare(),
                ]),
        ],
        aggregation: AggregationSpec(method: .vikor, v: Aggregation.defaultVIKORWeight),
        grading: GradingRules(
            cutoffs: GradeCutoffs(excellent: 60, good: 40, qualified: 20),
            quotas: GradeQuotas(excellent: GradeQuota(maxShare: 0.15)),
            quotaScope: .category,
            tieRule: .excludeTies,
            events: EventHandling(integrityViolation: .veto,
                                  integrityClause: "\(plan)五（四）：有关单位要加强科研诚信建设",
                                  integrityClauseEn: "\(planEn), V(4): the units concerned strengthen research integrity"),
            nonParticipation: NonParticipationRule(decision: .referToDepartment),
            rewards: [
                RewardRule(grade: .excellent, category: .domain, amountRMB: 300_000, kind: .oneTime,
                           clause: "\(plan)六（二）：专业性技术创新中心以三年为一个周期进行考核评估，评估优秀的给予一次性30万元市财政资金奖励",
                           clauseEn: "\(planEn), VI(2): specialized centers evaluated every three years; 'excellent' ones receive a one-time 300,000 RMB municipal reward"),
            ],
            rectificationYears: 1,
            decisions: [
                DecisionRule(grades: [.excellent, .good, .qualified], platform: .engineeringCenter, decision: .convert,
                             clause: "\(plan)三（六）：优化整合现有天津市工程技术中心，对通过评估考核的进行撤并转，优先纳入天津市技术创新中心序列进行管理",
                             clauseEn: "\(planEn), III(6): existing municipal engineering technology centers that pass the review are merged or converted and admitted first as innovation centers"),
                DecisionRule(platform: .engineeringCenter, decision: .notConverted,
                             clause: "\(plan)三（六）：对通过评估考核的进行撤并转（未通过的不纳入技术创新中心序列）",
                             clauseEn: "\(planEn), III(6): only engineering technology centers that pass the review are converted (the others are not admitted)"),
                DecisionRule(grades: [.unqualified], decision: .rectify, clause: decisionClause, clauseEn: decisionClauseEn),
                DecisionRule(decision: .continueSupport, clause: decisionClause, clauseEn: decisionClauseEn),
            ],
            failedReEvaluation: DecisionRule(decision: .revoke),
            clause: "\(plan)五（四）、六（二）", clauseEn: "\(planEn), V(4), VI(2)"))
}
