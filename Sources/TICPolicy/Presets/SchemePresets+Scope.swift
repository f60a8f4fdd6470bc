extension SchemePresets {
    /// `scheme` with the scope, due rule and stated validity its policy text gives (each with its
    /// clause): who is evaluated, when a center is due, how long the text is in force. Kept apart
    /// from the indicator systems so each preset file stays about its indicators and grades.
    static func withScope(_ scheme: Scheme) -> Scheme {
        var scheme = scheme
        switch scheme.name {
        case "national-2017":
            let guideline = "《国家技术创新中心建设工作指引》"
            let guidelineEn = "National TIC Construction Guideline (2017)"
            scheme.scope = SchemeScope(levels: [.national], jurisdictions: nil,
                                       clause: "\(guideline)六（四）：科技部组织开展建设情况总结评估",
                                       clauseEn: "\(guidelineEn), VI(4): the ministry evaluates the national centers")
            scheme.due = [DueSetting(rule: .endOfConstructionPeriod, constructionYears: 3,
                                     clause: "\(guideline)三（二）一般以三年为建设周期；六（四）建设期满前开展总结评估",
                                     clauseEn: "\(guidelineEn), III(2) a three-year construction period; VI(4) evaluated before the construction period ends")]
        case "sichuan-2022":
            let measures = "《四川省技术创新中心建设运行管理办法》"
            let measuresEn = "Sichuan TIC Construction and Operation Measures (2022)"
            scheme.scope = SchemeScope(levels: [.provincial], jurisdictions: ["四川省", "四川"],
                                       clause: "\(measures)第二十一条（科技厅组织开展创新中心绩效评估）、第二十五条（四川省××技术创新中心）",
                                       clauseEn: "\(measuresEn), art. 21 (the provincial department evaluates the centers) and art. 25 (Sichuan … TIC)")
            scheme.due = [DueSetting(rule: .commonCycle, clause: "\(measures)第二十二条：绩效评估一般以三年为一个周期",
                                     clauseEn: "\(measuresEn), art. 22: evaluated on a three-year cycle")]
            scheme.valid = PolicyValidity(from: CalendarDay(year: 2022, month: 2, day: 1), until: CalendarDay(year: 2024, month: 1, day: 31),
                                          clause: "\(measures)第二十七条：自 2022 年 2 月 1 日起施行，有效期两年",
                                          clauseEn: "\(measuresEn), art. 27: in force from 2022-02-01 for two years")
        case "hunan-2020":
            let plan = "《湖南省技术创新中心建设实施方案》"
            let planEn = "Hunan TIC Implementation Plan (2020)"
            scheme.scope = SchemeScope(levels: [.provincial], jurisdictions: ["湖南省", "湖南"],
                                       clause: "\(plan)五（三）省科技厅发文批准组建；六（五）开展绩效评价",
                                       clauseEn: "\(planEn), V(3) approved by the provincial department; VI(5) performance evaluation")
            // The plan states a three-year construction period (三（三）) but not when a center is
            // evaluated: the common cycle is the department's setting.
            scheme.due = [DueSetting(rule: .commonCycle)]
        case "tianjin-2018":
            let plan = "《天津市技术创新中心建设实施方案》"
            let planEn = "Tianjin TIC Implementation Plan (2018)"
            scheme.scope = SchemeScope(levels: [.municipal], jurisdictions: ["天津市", "天津"],
                                       clause: "\(plan)五（四）、六（二）：市科技局组织评估",
                                       clauseEn: "\(planEn), V(4) and VI(2): the municipal bureau evaluates")
            scheme.due = [
                DueSetting(rule: .endOfConstructionPeriod, category: .comprehensive, constructionYears: 3,
                           clause: "\(plan)四（一）以三年为建设周期；五（四）建设期满前开展总结评估",
                           clauseEn: "\(planEn), IV(1) a three-year construction period; V(4) evaluated before the construction period ends"),
                DueSetting(rule: .commonCycle, category: .domain,
                           clause: "\(plan)六（二）：专业性技术创新中心以三年为一个周期进行考核评估",
                           clauseEn: "\(planEn), VI(2): specialized centers are evaluated every three years"),
            ]
        default:
            break
        }
        return scheme
    }
}
