import TICIngest

extension EligibilityRuleSet {
    private static let hunanPlanZh = "《湖南省技术创新中心建设实施方案》"
    private static let hunanPlanEn = "Hunan TIC Implementation Plan (2020)"
    private static let academicLeads: Set<LeadType> = [.university, .institute, .newRDInstitution]

    /// Hunan 2020 (《湖南省技术创新中心建设实施方案》): the lead unit's conditions of 三（四）
    /// 建设条件 and the legal-entity conditions of 四（一）.
    ///
    /// - `rd_average`: an enterprise lead averages ≥ 4000 万元 R&D expenditure over the last three years.
    /// - `service_income_share`: a university / institute / new R&D institution lead earns ≥ 30 % of
    ///   its annual income from external technical consulting, services and transfers.
    /// - `transfer_cases`: the same leads have ≥ 5 successful transfer cases in the field (5 例以上（含5例）).
    /// - `legal_entity`: the center is an independent legal entity (原则上应为独立法人实体).
    /// - `registered_capital`: registered capital ≥ 1000 万元.
    ///
    /// The qualitative conditions of 三（四） (leading position, platforms, talents, …) need expert
    /// review and are not screened.
    public static let hunan2020 = EligibilityRuleSet(
        id: "hunan-2020",
        titleZh: "湖南省技术创新中心建设条件（2020）",
        titleEn: "Hunan TIC set-up conditions (2020)",
        conditions: [
            EligibilityCondition(
                code: "rd_average", nameZh: "近三年平均研发经费", nameEn: "3-year average R&D",
                descriptionZh: "牵头企业近三年平均研发经费不低于4000万元",
                descriptionEn: "Enterprise lead: average R&D expenditure of the last three years ≥ 40,000,000 RMB",
                clauseZh: hunanPlanZh + "三（四）", clauseEn: hunanPlanEn + ", III(4)",
                leadTypes: [.enterprise],
                measure: .averageRDExpenditure, comparison: .atLeast(4000)),
            EligibilityCondition(
                code: "service_income_share", nameZh: "技术服务收入占比", nameEn: "service income share",
                descriptionZh: "高校、科研院所、新型研发机构牵头：对外技术咨询、服务、成果转让（转化）收入占年收入比例不低于30%",
                descriptionEn: "University/institute/new R&D institution lead: external technical-service income ≥ 30% of annual income",
                clauseZh: hunanPlanZh + "三（四）", clauseEn: hunanPlanEn + ", III(4)",
                leadTypes: academicLeads,
                measure: .serviceIncomeShare, comparison: .atLeast(0.3)),
            EligibilityCondition(
                code: "transfer_cases", nameZh: "成果转化成功案例", nameEn: "transfer cases",
                descriptionZh: "高校、科研院所、新型研发机构牵头：申报领域科技成果转化成功案例5例以上（含5例）",
                descriptionEn: "University/institute/new R&D institution lead: ≥ 5 successful technology-transfer cases in the field",
                clauseZh: hunanPlanZh + "三（四）", clauseEn: hunanPlanEn + ", III(4)",
                leadTypes: academicLeads,
                measure: .transferCases, comparison: .atLeast(5)),
            EligibilityCondition(
                code: "legal_entity", nameZh: "独立法人", nameEn: "legal entity",
                descriptionZh: "中心原则上应为独立法人实体",
                descriptionEn: "The center is (in principle) an independent legal entity",
                clauseZh: hunanPlanZh + "四（一）", clauseEn: hunanPlanEn + ", IV(1)",
                measure: .legalEntity, comparison: .isYes),
            EligibilityCondition(
                code: "registered_capital", nameZh: "注册资金", nameEn: "registered capital",
                descriptionZh: "注册资金不少于1000万元",
                descriptionEn: "Registered capital ≥ 10,000,000 RMB",
                clauseZh: hunanPlanZh + "四（一）", clauseEn: hunanPlanEn + ", IV(1)",
                measure: .registeredCapital, comparison: .atLeast(1000)),
        ]
    )
}
