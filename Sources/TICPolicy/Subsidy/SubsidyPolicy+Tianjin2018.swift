import TICIngest

extension SubsidyPolicy {
    /// Tianjin 2018 (《天津市技术创新中心建设实施方案》六（二）): a comprehensive center's R&D-capacity
    /// project gets at most 30 % of its total investment, at most 5,000,000 RMB a year, for three
    /// consecutive years. Specialized (专业性, `domain`) centers are not covered: they are evaluated
    /// every three years and an 优秀 grade earns a one-time 300,000 RMB reward instead.
    public static let tianjin2018 = SubsidyPolicy(
        id: "tianjin-2018",
        clauseZh: "《天津市技术创新中心建设实施方案》六（二）",
        clauseEn: "Tianjin TIC Implementation Plan (2018), VI(2)",
        categories: [.comprehensive],
        maximumSharePercent: 30,
        annualCapYuan: 5_000_000,
        years: 3,
        notApplicableZh: "专业性（领域类）中心不适用研发创新能力建设项目补助；其三年考核评估优秀的给予一次性30万元奖励",
        notApplicableEn: "specialized (domain) centers get no R&D-capacity project subsidy; an excellent triennial evaluation earns a one-time 300,000 RMB reward instead"
    )
}
