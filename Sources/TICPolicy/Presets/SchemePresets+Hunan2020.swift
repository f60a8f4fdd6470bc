import TICScoring

extension SchemePresets {
    private static let plan = "《湖南省技术创新中心建设实施方案》"
    private static let planEn = "Hunan TIC Implementation Plan (2020)"

    /// Hunan plan 2020: the three focus areas of 六（五） plus service-recipient ratings; combined
    /// dimension weights (AHP subjective, CRITIC objective); TOPSIS; quotas per category (三（一）);
    /// the result a reference for follow-up support (六（五）); the exit rule for 不合格 centers is the
    /// department's. The set-up conditions of 三（四） bind a lead unit when a center is founded
    /// (`ticeval screen`), not an evaluation: they are no vetoes here.
    static let hunan2020 = Scheme(
        name: "hunan-2020",
        title: "湖南省技术创新中心运行绩效评价（示例指标体系）",
        titleEn: "Hunan technology innovation centers: operating performance evaluation (illustrative scheme)",
        source: "\(plan)（湖南省科学技术厅，2020年12月31日）",
        version: "1",
        description: "六（五）：第三方评估以共性关键技术研发成效、成果转化应用实效、对行业技术服务绩效为评价重点，以客观数据、材料和服务对象评价为主要内容，建立有进有出的动态调整机制。综合类、领域类分别排名并适用比例（三（一））。评估结果作为后续支持的重要参考（六（五））；不合格中心的整改与退出规则方案未作规定，此处为省科技厅的设定（限期一年整改）。三（四）的建设条件约束组建时的牵头单位（见 ticeval screen），不作为评价否决线。等级名称、权重、分数线与比例均为示例默认值，应由省科技厅替换。",
        descriptionEn: "VI(5): a third party evaluates mainly common key technology R&D results, results transformation and application, and technology services to the industry, on objective data, materials and service-recipient ratings, with entries and exits. Comprehensive and domain centers are ranked and given quotas separately (III(1)). The results are an important reference for follow-up support (VI(5)); the plan gives no rule for rectifying or removing unqualified centers, so the one-year rectification here is the department's setting. The set-up conditions of III(4) bind the lead unit when a center is founded (see ticeval screen) and are no evaluation vetoes. Grade names, weights, cut-offs and quotas are illustrative defaults for the department to replace.",
        cycleYears: 3,
        defaults: SchemeDefaults(cycleAggregation: .mean, missing: .centerMean, outliers: .winsorize, normalization: .vector),
        dimensionWeights: .combined(CombinedWeighting(
            alpha: 0.6,
            subjective: .ahp(AHPWeighting(
                matrices: [[
                    [1, 1, 2, 3],
                    [1, 1, 2, 3],
                    [.inverse(2), .inverse(2), 1, 2],
                    [.inverse(3), .inverse(3), .inverse(2), 1],
                ]],
                criteria: ["key_tech_rd", "transfer_application", "industry_services", "recipient_rating"],
                randomIndex: .saaty)),
            objective: .critic,
            form: .additive)),
        dimensions: [
            SchemeDimension(
                code: "key_tech_rd", name: "共性关键技术研发成效",
                nameEn: "Common key technology R&D results",
                clause: "\(plan)六（五）", clauseEn: "\(planEn), VI(5)",
                indicatorWeights: .objective(.stddev),
                indicators: [
                    .catalogue("rd_expenditure"),
                    .catalogue("key_technologies", cycleAggregation: .sum),
                    .catalogue("invention_patents", cycleAggregation: .sum),
                    .catalogue("pct_applications", cycleAggregation: .sum, missing: .zero),
                ]),
            SchemeDimension(
                code: "transfer_application", name: "成果转化应用实效",
                nameEn: "Results transformation and application",
                clause: "\(plan)六（五）", clauseEn: "\(planEn), VI(5)",
                indicatorWeights: .equal,
                indicators: [
                    .catalogue("transfer_cases", cycleAggregation: .sum),
                    .catalogue("transfer_revenue", cycleAggregation: .growth),
                    .catalogue("tech_contract_value"),
                    .catalogue("incubated_firms", cycleAggregation: .sum),
                ]),
            SchemeDimension(
                code: "industry_services", name: "对行业技术服务绩效",
                nameEn: "Technology services to the industry",
                clause: "\(plan)六（五）、四（四）", clauseEn: "\(planEn), VI(5), IV(4)",
                indicatorWeights: .explicit,
                indicators: [
                    .catalogue("enterprises_served", weight: 0.3),
                    .catalogue("service_income", weight: 0.3),
                    .catalogue("equipment_sharing_hours", weight: 0.2, missing: .centerMean),
                    serviceIncomeShare(weight: 0.2),
                ]),
            SchemeDimension(
                code: "recipient_rating", name: "服务对象评价",
                nameEn: "Service-recipient ratings",
                clause: "\(plan)六（五）：以有关客观数据、材料和服务对象评价为主要评价内容",
                clauseEn: "\(planEn), VI(5): objective data, materials and service-recipient ratings",
                indicatorWeights: .equal,
                indicators: [
                    .catalogue("satisfaction", missing: .groupMean, outliers: OutlierMethod.none,
                               normalization: .goalposts, floor: 60, ceiling: 100),
                ]),
        ],
        aggregation: AggregationSpec(method: .topsis),
        grading: GradingRules(
            cutoffs: GradeCutoffs(excellent: 55, good: 40, qualified: 25),
            quotas: GradeQuotas(excellent: GradeQuota(maxShare: 0.2), unqualified: GradeQuota(minShare: 0.05)),
            quotaScope: .category,
            tieRule: .includeTies,
            events: EventHandling(integrityViolation: .veto),
            rectificationYears: 1,
            decisions: [
                // 六（五） speaks of entries and exits but gives no exit rule: the department's setting.
                DecisionRule(grades: [.unqualified], decision: .rectify, rectificationYears: 1),
                DecisionRule(decision: .supportReference,
                             clause: "\(plan)六（五）：评估结果作为后续支持的重要参考",
                             clauseEn: "\(planEn), VI(5): the results are an important reference for follow-up support"),
            ],
            clause: "\(plan)六（五）：健全有进有出的动态调整机制，评估结果作为后续支持的重要参考",
            clauseEn: "\(planEn), VI(5): dynamic adjustment with entries and exits; results guide further support"))
}
