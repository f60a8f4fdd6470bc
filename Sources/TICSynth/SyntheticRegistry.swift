import TICIngest
import TICSupport

/// Draws the registry of a synthetic workspace: ids, fictional names and the categorical traits.
///
/// Composition for `n` centers: about 4 % national centers (at least one) hosted in a dozen
/// provinces, and the rest split 40 / 30 / 30 between Sichuan (`SC-P-…`, provincial), Hunan
/// (`HN-P-…`, provincial) and Tianjin (`TJ-M-…`, municipal).
enum SyntheticRegistry {
    /// A jurisdiction whose centers share an id prefix and a name prefix.
    struct Jurisdiction {
        let code: String
        let levelLetter: String
        let level: Level
        /// The `region` cell; empty for national centers, which take their host province.
        let region: String
        let namePrefix: String
        let comprehensiveShare: Double
    }

    static let sichuan = Jurisdiction(code: "SC", levelLetter: "P", level: .provincial, region: "四川", namePrefix: "四川省", comprehensiveShare: 0.10)
    static let hunan = Jurisdiction(code: "HN", levelLetter: "P", level: .provincial, region: "湖南", namePrefix: "湖南省", comprehensiveShare: 0.15)
    static let tianjin = Jurisdiction(code: "TJ", levelLetter: "M", level: .municipal, region: "天津", namePrefix: "天津市", comprehensiveShare: 0.08)
    static let national = Jurisdiction(code: "CN", levelLetter: "N", level: .national, region: "", namePrefix: "国家", comprehensiveShare: 0.25)

    /// Host provinces of national centers, assigned in a shuffled cycle.
    static let hostRegions = ["北京", "上海", "广东", "江苏", "浙江", "湖北", "安徽", "陕西", "山东", "四川", "湖南", "天津"]

    /// Fictional field phrases by field; a name is 〈region〉（示例）〈modifier〉〈subject〉[综合]技术创新中心.
    static let subjects: [Field: [String]] = [
        .frontier: ["量子信息", "人工智能", "类脑智能", "空天信息", "先进计算", "新型显示", "合成生物", "深地探测", "光电子", "先进核能"],
        .economy: [
            "先进材料", "智能装备", "轨道交通", "新能源汽车", "现代农业", "绿色化工", "工程机械", "电子信息", "精细化工", "节能环保",
            "现代物流", "纺织服装", "食品加工", "有色金属", "装配式建筑", "现代种业", "新型储能", "氢能", "工业软件", "智能网联汽车",
        ],
        .nationalNeeds: ["航空发动机", "高端芯片", "卫星导航", "燃气轮机", "海洋装备", "高性能复合材料", "核技术应用", "数控机床", "特种钢材", "应急安全"],
        .health: ["生物医药", "医疗器械", "中医药", "精准医学", "疫苗", "康复辅具", "创新药物", "医学影像", "生物制品", "营养健康"],
    ]
    static let modifiers = ["", "智能", "绿色", "高端", "先进", "新一代", "未来", "数字", "融合", "协同"]

    /// Field shares: economy 50 %, national needs 20 %, frontier 15 %, health 15 %.
    static let fieldWeights: [(Field, Double)] = [(.frontier, 0.15), (.economy, 0.50), (.nationalNeeds, 0.20), (.health, 0.15)]
    /// Formation shares: leading enterprise 45 %, alliance 25 %, universities/institutes 30 %.
    static let formationWeights: [(Formation, Double)] = [(.leadingEnterprise, 0.45), (.enterpriseAlliance, 0.25), (.academicLed, 0.30)]

    /// The first four regional centers take these traits so that every code of every enum
    /// appears even in a small workspace: (formation, lead type, field, category).
    static let coverage: [(Formation, LeadType, Field, Category)] = [
        (.leadingEnterprise, .enterprise, .economy, .comprehensive),
        (.enterpriseAlliance, .newRDInstitution, .frontier, .domain),
        (.academicLed, .university, .health, .domain),
        (.academicLed, .institute, .nationalNeeds, .domain),
    ]

    /// How many centers of each jurisdiction a workspace of `count` centers has, national first.
    static func composition(count: Int) -> [(Jurisdiction, Int)] {
        let nationalCount = max(1, (count * 4 + 50) / 100)
        let regional = count - nationalCount
        let sichuanCount = (regional * 40 + 50) / 100
        let hunanCount = (regional * 30 + 50) / 100
        return [(national, nationalCount), (sichuan, sichuanCount), (hunan, hunanCount), (tianjin, regional - sichuanCount - hunanCount)]
    }

    /// Draws `count` centers; approved years are filled in later (they depend on the history).
    static func make<G: RandomNumberGenerator>(count: Int, using rng: inout G) -> [SyntheticCenter] {
        var centers: [SyntheticCenter] = []
        var usedNames = Set<String>()
        var regionalIndex = 0
        var hosts: [String] = []
        for (jurisdiction, size) in composition(count: count) {
            guard size > 0 else { continue }
            let width = max(3, String(size).count)
            for number in 1...size {
                var formation = pick(formationWeights, using: &rng)
                var leadType = leadType(for: formation, using: &rng)
                var field = pick(fieldWeights, using: &rng)
                var category: Category = rng.nextBool(probability: jurisdiction.comprehensiveShare) ? .comprehensive : .domain
                var region = jurisdiction.region
                if jurisdiction.level == .national {
                    if hosts.isEmpty { hosts = rng.shuffled(hostRegions) }
                    region = hosts.removeFirst()
                } else {
                    if regionalIndex < coverage.count {
                        (formation, leadType, field, category) = coverage[regionalIndex]
                    }
                    regionalIndex += 1
                }
                let name = uniqueName(prefix: jurisdiction.namePrefix, field: field, category: category, used: &usedNames, using: &rng)
                let strength = rng.nextStandardNormal()
                let capitalMedian = jurisdiction.level == .national ? 15_000.0 : 3_000.0
                let capital = rng.nextLogNormal(mu: PortableMath.log(capitalMedian) + 0.15 * strength, sigma: 0.6)
                centers.append(SyntheticCenter(
                    id: "\(jurisdiction.code)-\(jurisdiction.levelLetter)-\(NumberText.zeroPadded(number, width: width))",
                    name: name,
                    level: jurisdiction.level,
                    region: region,
                    category: category,
                    formation: formation,
                    leadType: leadType,
                    field: field,
                    approvedYear: 0,
                    registeredCapital: max(100, (capital / 10).rounded() * 10),
                    strength: strength,
                    growth: rng.nextNormal(mean: 0.06 + 0.02 * strength, standardDeviation: 0.04)
                ))
            }
        }
        return centers
    }

    /// Lead unit given the formation: leading enterprises are enterprises; alliances are led by an
    /// enterprise (70 %) or a new R&D institution; academic centers by a university (45 %), an
    /// institute (35 %) or a new R&D institution.
    static func leadType<G: RandomNumberGenerator>(for formation: Formation, using rng: inout G) -> LeadType {
        switch formation {
        case .leadingEnterprise: .enterprise
        case .enterpriseAlliance: pick([(.enterprise, 0.7), (.newRDInstitution, 0.3)], using: &rng)
        case .academicLed: pick([(.university, 0.45), (.institute, 0.35), (.newRDInstitution, 0.20)], using: &rng)
        }
    }

    static func pick<Value, G: RandomNumberGenerator>(_ table: [(Value, Double)], using rng: inout G) -> Value {
        table[rng.nextIndex(weights: table.map(\.1))].0
    }

    /// 〈prefix〉（示例）〈modifier〉〈subject〉[综合]技术创新中心, unique across the workspace; after
    /// 20 collisions a number （2）,（3）… is appended.
    static func uniqueName<G: RandomNumberGenerator>(prefix: String, field: Field, category: Category, used: inout Set<String>, using rng: inout G) -> String {
        let list = subjects[field]!
        let tail = category == .comprehensive ? "综合技术创新中心" : "技术创新中心"
        var candidate = ""
        for _ in 0..<20 {
            let modifier = modifiers[rng.nextInt(below: modifiers.count)]
            candidate = "\(prefix)（示例）\(modifier)\(list[rng.nextInt(below: list.count)])\(tail)"
            if used.insert(candidate).inserted { return candidate }
        }
        var suffix = 2
        while !used.insert("\(candidate)（\(suffix)）").inserted { suffix += 1 }
        return "\(candidate)（\(suffix)）"
    }
}
