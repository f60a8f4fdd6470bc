import TICScoring

extension SchemePresets {
    private static let guideline = "《国家技术创新中心建设工作指引》（国科发创〔2017〕353号）"
    private static let guidelineEn = "National TIC Construction Guideline (MOST, Guokefachuang [2017] No. 353)"
    private static let decisionClause = "\(guideline)六（四）：建设期满前组织总结评估，根据评估结果决定整改、撤销或后续支持等重大事项（分数线为组织评估部门的设定）"
    private static let decisionClauseEn = "\(guidelineEn), VI(4): the evaluation before the construction period ends decides rectification, revocation or continued support (the score thresholds are the evaluating department's setting)"

    /// National guideline 2017: one dimension per key task of 四 (including talent and institutional
    /// reform); AHP dimension weights (one consistent illustrative matrix, CR ≈ 0.007); equal indicator weights.
    /// 六（四） gives no grade scale: the scheme assigns no grade and decides 后续支持/整改/撤销 on score
    /// thresholds, which are the evaluating department's setting.
    static let national2017 = Scheme(
        name: "national-2017",
        title: "国家技术创新中心建设情况总结评估（示例指标体系）",
        titleEn: "National technology innovation centers: end-of-cycle evaluation (illustrative scheme)",
        source: guideline,
        version: "1",
        description: "一级指标对应指引“四、重点建设任务”的五项任务；六（四）规定建设期满前总结评估，据以决定整改、撤销或后续支持。一级指标权重用层次分析法（示例判断矩阵），二级指标等权；指引未规定等级，本体系不评等级，按得分决定后续支持（≥55）、整改（40–55）或撤销（<40），分数线为组织评估部门的设定；权重与分数线均为示例默认值，应由组织评估的部门替换。",
        descriptionEn: "Dimensions follow the five key tasks of section IV of the guideline; VI(4) has the ministry evaluate each center before its construction period ends and decide on rectification, revocation or continued support. Dimension weights by AHP (an illustrative judgment matrix), equal indicator weights; the guideline gives no grade scale, so the scheme assigns no grade and decides continued support (≥ 55), rectification (40–55) or revocation (< 40) on the score, thresholds being the evaluating department's setting; weights and thresholds are illustrative defaults that the evaluating department replaces.",
        cycleYears: 3,
        defaults: SchemeDefaults(cycleAggregation: .mean, missing: .centerMean, outliers: .none, normalization: .goalposts),
        dimensionWeights: .ahp(AHPWeighting(
            matrices: [[
                [1, 2, 3, 3, 4],
                [.inverse(2), 1, 2, 2, 3],
                [.inverse(3), .inverse(2), 1, 1, 2],
                [.inverse(3), .inverse(2), 1, 1, 2],
                [.inverse(4), .inverse(3), .inverse(2), .inverse(2), 1],
            ]],
            criteria: ["strategic_rd", "open_innovation", "entrepreneurship", "talent", "institutional_reform"],
            randomIndex: .saaty)),
        dimensions: [
            SchemeDimension(
                code: "strategic_rd", name: "服务国家战略，开展技术研发和产业化",
                nameEn: "Serving national strategy: R&D and industrialization",
                clause: "\(guideline)四（一）", clauseEn: "\(guidelineEn), IV(1)",
                indicatorWeights: .equal,
                indicators: [
                    .catalogue("national_projects", floor: 0, ceiling: 2),
                    .catalogue("key_technologies", floor: 0, ceiling: 6),
                    .catalogue("invention_patents", floor: 0, ceiling: 32),
                    .catalogue("pct_applications", floor: 0, ceiling: 2),
                    .catalogue("transfer_revenue", floor: 0, ceiling: 1300),
                ]),
            SchemeDimension(
                code: "open_innovation", name: "集聚开放创新资源，打造创新型产业集群",
                nameEn: "Pooling open innovation resources: innovative industrial clusters",
                clause: "\(guideline)四（二）", clauseEn: "\(guidelineEn), IV(2)",
                indicatorWeights: .equal,
                indicators: [
                    .catalogue("tech_contract_value", floor: 0, ceiling: 3900),
                    .catalogue("enterprises_served", floor: 0, ceiling: 170),
                    .catalogue("equipment_sharing_hours", floor: 0, ceiling: 7800),
                    .catalogue("standards_led", floor: 0, ceiling: 5),
                ]),
            SchemeDimension(
                code: "entrepreneurship", name: "发展科技型创新创业，搭建专业化创新创业平台",
                nameEn: "Tech entrepreneurship: specialized incubation platforms",
                clause: "\(guideline)四（三）", clauseEn: "\(guidelineEn), IV(3)",
                indicatorWeights: .equal,
                indicators: [
                    .catalogue("incubated_firms", floor: 0, ceiling: 10),
                    .catalogue("high_tech_firms", floor: 0, ceiling: 3),
                    .catalogue("social_investment", floor: 0, ceiling: 4600),
                ]),
            SchemeDimension(
                code: "talent", name: "培育和吸引技术创新人才，构筑高端人才集聚地",
                nameEn: "Training and attracting innovation talent",
                clause: "\(guideline)四（四）、五（四）", clauseEn: "\(guidelineEn), IV(4), V(4)",
                indicatorWeights: .equal,
                indicators: [
                    .catalogue("rd_staff", floor: 0, ceiling: 220),
                    .catalogue("leading_talents", floor: 0, ceiling: 10),
                ]),
            SchemeDimension(
                code: "institutional_reform", name: "深化改革创新，探索新型体制机制",
                nameEn: "Reform: new institutional mechanisms and self-sustained operation",
                clause: "\(guideline)四（五）、五（五）", clauseEn: "\(guidelineEn), IV(5), V(5)",
                indicatorWeights: .equal,
                indicators: [
                    serviceIncomeShare(floor: 0, ceiling: 0.3),
                    governmentFundingShare(floor: 0.1, ceiling: 0.5),
                ]),
        ],
        aggregation: .weightedSum,
        grading: GradingRules(
            events: EventHandling(integrityViolation: .veto),
            nonParticipation: NonParticipationRule(decision: .referToDepartment),
            rectificationYears: 1,
            decisions: [
                // An integrity veto: the department's setting (the guideline does not speak of it).
                DecisionRule(vetoed: true, decision: .rectify),
                DecisionRule(minScore: 55, decision: .continueSupport, clause: decisionClause, clauseEn: decisionClauseEn),
                DecisionRule(minScore: 40, decision: .rectify, clause: decisionClause, clauseEn: decisionClauseEn),
                DecisionRule(decision: .revoke, clause: decisionClause, clauseEn: decisionClauseEn),
            ],
            failedReEvaluation: DecisionRule(decision: .revoke),
            clause: "\(guideline)六（四）：建设期满前组织总结评估，根据评估结果决定整改、撤销或后续支持",
            clauseEn: "\(guidelineEn), VI(4): evaluation before the construction period ends decides rectification, revocation or continued support"))
}
