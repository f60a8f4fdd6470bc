import Foundation
import TICIngest

/// Which centers a scheme evaluates: the levels and the jurisdictions it states, both matched
/// exactly. A provincial scheme evaluates its own province's provincial centers; a national center
/// is outside it whatever its region (Guides/Domain.md: "A provincial scheme evaluates its own
/// jurisdiction's centers").
///
/// A center's jurisdiction is its registry `jurisdiction` column when the cell is filled, else its
/// `region`. Matching is string equality after trimming spaces, never a substring: `四川省` matches
/// the list entry `四川省` only, so a scheme lists each spelling it accepts (`["四川省", "四川"]`).
/// A `region` that matches no entry is outside the scope when it names another province-level
/// division (``ProvinceLevelDivision``); any other region (a city such as `成都市`, a district, a
/// blank) is counted in, and the evaluation says so once with the count
/// (`EvaluationNote.Kind.regionsTakenAsInScope`): a department's own workspace often records cities.
public struct SchemeScope: Sendable, Hashable {
    /// The levels evaluated (at least one).
    public var levels: [Level]
    /// The jurisdictions evaluated, each spelling accepted; nil: every jurisdiction (a national scheme).
    public var jurisdictions: [String]?
    /// The clause that sets the scope, in Chinese.
    public var clause: String?
    /// The clause in English.
    public var clauseEn: String?

    /// Creates a scope.
    public init(levels: [Level], jurisdictions: [String]? = nil, clause: String? = nil, clauseEn: String? = nil) {
        self.levels = levels; self.jurisdictions = jurisdictions; self.clause = clause; self.clauseEn = clauseEn
    }

    /// How `center` stands against the scope.
    public func standing(of center: Center) -> ScopeStanding {
        guard levels.contains(center.level) else { return .outside(exclusion(.level(center.level))) }
        guard let jurisdictions else { return .inside }
        let accepted = Set(jurisdictions.map(Self.trimmed))
        if let jurisdiction = center.jurisdiction {
            return accepted.contains(Self.trimmed(jurisdiction)) ? .inside : .outside(exclusion(.jurisdiction(jurisdiction)))
        }
        let region = Self.trimmed(center.region)
        if accepted.contains(region) { return .inside }
        if ProvinceLevelDivision.names.contains(region) { return .outside(exclusion(.region(region))) }
        return .insideByRegion(region)
    }

    /// The text without leading and trailing spaces (ASCII, full-width and no-break).
    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces) }

    func exclusion(_ cause: ScopeExclusion.Cause) -> ScopeExclusion {
        ScopeExclusion(cause: cause, levels: levels, jurisdictions: jurisdictions)
    }
}

/// Where a center stands against a scheme's ``SchemeScope``.
public enum ScopeStanding: Sendable, Hashable {
    /// In scope: its level and its jurisdiction (or region) are the scheme's, or the scheme states no jurisdiction.
    case inside
    /// In scope because its `region` (given) names no province-level division and it has no
    /// `jurisdiction`: counted in, and reported.
    case insideByRegion(String)
    /// Out of scope: listed, not graded, not in quotas, not paid.
    case outside(ScopeExclusion)
}

/// Why a center is outside a scheme's scope, with the scope it was held against.
public struct ScopeExclusion: Sendable, Hashable {
    /// What did not match.
    public enum Cause: Sendable, Hashable {
        /// Its level is not one of the scheme's (a national center under a provincial scheme).
        case level(Level)
        /// Its registry `jurisdiction`, as written, is not one of the scheme's.
        case jurisdiction(String)
        /// It has no `jurisdiction` and its `region`, as written, names another province-level division.
        case region(String)
    }

    /// What did not match.
    public var cause: Cause
    /// The scheme's levels.
    public var levels: [Level]
    /// The scheme's jurisdictions (nil: any).
    public var jurisdictions: [String]?

    public init(cause: Cause, levels: [Level], jurisdictions: [String]?) {
        self.cause = cause; self.levels = levels; self.jurisdictions = jurisdictions
    }

    /// A stable code for programs: `level`, `jurisdiction` or `region`.
    public var code: String {
        switch cause {
        case .level: "level"
        case .jurisdiction: "jurisdiction"
        case .region: "region"
        }
    }
}

extension SchemeScope: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case levels, jurisdictions, clause
        case clauseEn = "clause_en"
    }

    /// Decodes leniently; `levels` is required.
    public init(from decoder: any Decoder) throws {
        decoder.warnUnknownKeys(CodingKeys.self)
        let sink = decoder.schemeSink
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let sink, !c.contains(.levels) {
            sink.record(.error(at: SchemePath.render(c.codingPath + [CodingKeys.levels]), .missingKey))
        }
        levels = try c.keywords(Level.self, forKey: .levels, sink: sink) ?? []
        jurisdictions = try c.lenient([String].self, forKey: .jurisdictions, sink: sink)
        clause = try c.lenient(String.self, forKey: .clause, sink: sink)
        clauseEn = try c.lenient(String.self, forKey: .clauseEn, sink: sink)
    }
}

/// The 34 province-level divisions of China (省、自治区、直辖市、特别行政区), each in its full and
/// its short name: a `region` written so names a jurisdiction, and one that is not the scheme's puts
/// the center out of its scope.
public enum ProvinceLevelDivision {
    /// Full names (`四川省`, `广西壮族自治区`, `天津市`, `香港特别行政区`) and short names (`四川`, `广西`, `天津`, `香港`).
    public static let names: Set<String> = {
        let provinces = ["河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
                         "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾"]
        let municipalities = ["北京", "天津", "上海", "重庆"]
        let autonomous = ["内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区",
                          "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区"]
        let special = ["香港": "香港特别行政区", "澳门": "澳门特别行政区"]
        var names = Set(provinces + municipalities + Array(autonomous.keys) + Array(special.keys))
        names.formUnion(provinces.map { $0 + "省" })
        names.formUnion(municipalities.map { $0 + "市" })
        names.formUnion(autonomous.values)
        names.formUnion(special.values)
        return names
    }()
}
