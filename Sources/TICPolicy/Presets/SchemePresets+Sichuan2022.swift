import TICScoring

extension SchemePresets {
    private static let measures = "《四川省技术创新中心建设运行管理办法》"
    private static let measuresEn = "Sichuan TIC Construction and Operation Measures (2022)"

    /// Sichuan measures 2022: the five areas of art. 21 as dimensions, explicit dimension weights,
    /// a mix of explicit, equal and entropy indicator weights, goalposts for the service-income share;
    /// grades per art. 22, post-subsidy for 优秀 and one year to rectify per art. 23; the integrity veto is
    /// the department's setting under art. 24 (按有关规定处理).
    static let sichuan2022 = Scheme(
        name: "sichuan-2022",
        title: "四川省技术创新中心绩效评估（示例指标体系）",
        titleEn: "Sichuan technology innovation centers: performance evaluation (illustrative scheme)",
        source: "\(measures)（四川省科学技术厅，2022年）",
        version: "1",
        description: "一级指标为第二十一条所列五个方面，以年度报告的客观数据（第十九条）为主要依据；第二十二条三年一个周期、分优秀/良好/合格/不合格四类；第二十三条优秀给予后补助奖补、不合格限期一年整改；第二十四条弄虚作假一票否决。权重、分数线、比例均为示例默认值，应由科技厅替换。",
        descriptionEn: "Dimensions are the five areas of art. 21, assessed mainly on the objective data of the annual reports (art. 19); art. 22 sets a three-year cycle and four grades; art. 23 rewards 'excellent' with a post-subsidy and gives 'unqualified' centers one year to rectify; art. 24 makes fraud a veto. Weights, cut-offs and quotas are illustrative defaults for the department to replace.",
        cycleYears: 3,
        defaults: SchemeDefaults(cycleAggregation: .mean, missing: .centerMean, outliers: .none, normalization: .goalposts),
        dimensionWeights: .explicit,
        dimensions: [
            SchemeDimension(
                code: "strategic_tasks", name: "承担国家、省重大战略科技任务",
                nameEn: "Undertaking national and provincial major strategic S&T tasks",
                clause: "\(measures)第二十一条", clauseEn: "\(measuresEn), art. 21",
                weight: 0.25, indicatorWeights: .explicit,
                indicators: [
                    .catalogue("national_projects", weight: 0.4, floor: 0, ceiling: 2),
                    .catalogue("provincial_projects", weight: 0.3, floor: 0, ceiling: 7),
                    .catalogue("project_funding", weight: 0.3, floor: 0, ceiling: 2000),
                ]),
            SchemeDimension(
                code: "key_tech", name: "实施关键技术攻关",
                nameEn: "Key technology breakthroughs",
                clause: "\(measures)第二十一条", clauseEn: "\(measuresEn), art. 21",
                weight: 0.25, indicatorWeights: .equal,
                indicators: [
                    .catalogue("rd_expenditure", floor: 0, ceiling: 7800),
                    .catalogue("key_technologies", cycleAggregation: .sum, floor: 0, ceiling: 20),
                    .catalogue("invention_patents", cycleAggregation: .sum, floor: 0, ceiling: 98),
                ]),
            SchemeDimension(
                code: "industry_leadership", name: "引领行业技术进步",
                nameEn: "Leading technology progress in the industry",
                clause: "\(measures)第二十一条", clauseEn: "\(measuresEn), art. 21",
                weight: 0.2, indicatorWeights: .objective(.entropy),
                indicators: [
                    .catalogue("standards_led", cycleAggregation: .sum, floor: 0, ceiling: 16),
                    .catalogue("tech_contract_value", floor: 0, ceiling: 3900),
                    .catalogue("transfer_cases", cycleAggregation: .sum, floor: 0, ceiling: 47),
                    .catalogue("transfer_revenue", floor: 0, ceiling: 1300),
                ]),
            SchemeDimension(
                code: "tech_services", name: "面向社会提供技术创新服务",
                nameEn: "Technology innovation services to society",
                clause: "\(measures)第二十一条", clauseEn: "\(measuresEn), art. 21",
                weight: 0.15, indicatorWeights: .explicit,
                indicators: [
                    .catalogue("enterprises_served", weight: 0.3, floor: 0, ceiling: 170),
                    .catalogue("service_income", weight: 0.3, floor: 0, ceiling: 2600),
                    .catalogue("equipment_sharing_hours", weight: 0.15, missing: .groupMean, floor: 0, ceiling: 7800),
                    serviceIncomeShare(weight: 0.25, floor: 0, ceiling: 0.3),
                ]),
            SchemeDimension(
                code: "incubation", name: "培育孵化科技型企业",
                nameEn: "Incubating technology-based enterprises",
                clause: "\(measures)第二十一条", clauseEn: "\(measuresEn), art. 21",
                weight: 0.15, indicatorWeights: .equal,
                indicators: [
                    .catalogue("incubated_firms", floor: 0, ceiling: 10),
                    .catalogue("high_tech_firms", floor: 0, ceiling: 3),
                    .catalogue("social_investment", floor: 0, ceiling: 4600),
                ]),
        ],
        aggregation: .weightedSum,
        grading: GradingRules(
            cutoffs: GradeCutoffs(excellent: 85, good: 70, qualified: 55),
            quotas: GradeQuotas(excellent: GradeQuota(maxShare: 0.2)),
            quotaScope: .category,
            tieRule: .includeTies,
            events: EventHandling(integrityViolation: .veto,
                                  integrityClause: "\(measures)第二十四条：发现弄虚作假、违反科研诚信情况的按有关规定处理",
                                  integrityClauseEn: "\(measuresEn), art. 24: fraud and research-integrity violations are handled per the applicable rules"),
            nonParticipation: NonParticipationRule(decision: .remove,
                                                   clause: "\(measures)第二十三条：不参加评估或中途退出评估的，不再列入创新中心序列",
                                                   clauseEn: "\(measuresEn), art. 23: a center that does not take part or withdraws is no longer in the sequence"),
            rewards: [
                RewardRule(grade: .excellent, amountRMB: nil, kind: .postSubsidy,
                           clause: "\(measures)第二十三条：评估结果为“优秀”的……按照相关规定给予一定后补助奖补",
                           clauseEn: "\(measuresEn), art. 23: 'excellent' centers receive a post-subsidy per the applicable rules (amount set by the department)"),
            ],
            rectificationYears: 1,
            decisions: [
                DecisionRule(grades: [.excellent], decision: .recommendNational,
                             clause: "\(measures)第二十三条：评估结果为“优秀”的将优先推荐创建国家技术创新中心",
                             clauseEn: "\(measuresEn), art. 23: 'excellent' centers are recommended first to create a national center"),
                DecisionRule(grades: [.good, .qualified], decision: .continue,
                             clause: "\(measures)第二十三条：评估结果为“优秀”“良好”“合格”及整改通过的创新中心进入下一轮建设运行周期",
                             clauseEn: "\(measuresEn), art. 23: 'excellent', 'good' and 'qualified' centers and those passing rectification enter the next cycle"),
                DecisionRule(grades: [.unqualified], decision: .rectify, rectificationYears: 1,
                             clause: "\(measures)第二十三条：评估结果为“不合格”的创新中心应限期一年整改",
                             clauseEn: "\(measuresEn), art. 23: 'unqualified' centers rectify within one year"),
            ],
            failedReEvaluation: DecisionRule(decision: .remove,
                                             clause: "\(measures)第二十三条：整改未通过……的，不再列入创新中心序列",
                                             clauseEn: "\(measuresEn), art. 23: a center failing rectification is no longer in the sequence"),
            clause: "\(measures)第二十二条至第二十四条",
            clauseEn: "\(measuresEn), arts. 22–24"))
}
