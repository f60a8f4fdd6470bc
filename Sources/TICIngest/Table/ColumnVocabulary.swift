/// The header names a workspace file is recognized by: each column's code, its Chinese name, the
/// Chinese name followed by a unit in ASCII or full-width brackets (`研发经费投入（万元）`), and the
/// department's own names from the workspace mapping file (``ColumnMapping``, `columns.csv`).
///
/// Matching ignores letter case, spaces (ASCII and full-width) and the width of brackets; a unit
/// in brackets at the end of a name is split off and compared with the column's unit
/// (``ColumnVocabulary/Match/unit``).
public struct ColumnVocabulary: Sendable {
    /// A column a file may hold.
    public struct Entry: Sendable, Hashable {
        /// The code the loader reads it by, e.g. `rd_expenditure`.
        public var code: String
        /// The other names it is known by (Chinese names, without unit).
        public var names: [String]
        /// The unit its values are in (`万元`), nil when it has none.
        public var unit: String?

        public init(code: String, names: [String], unit: String? = nil) {
            self.code = code; self.names = names; self.unit = unit
        }
    }

    /// How a header cell was recognized.
    public enum Source: String, Sendable, Hashable {
        /// The code itself (`rd_expenditure`): the contract's plain form.
        case code
        /// A Chinese (or other listed) name of the column.
        case name
        /// The workspace mapping file.
        case mapping
    }

    /// A recognized header cell.
    public struct Match: Sendable, Hashable {
        /// The code the column is read as; ``ColumnMapping/textCode`` for a column declared text.
        public var code: String
        /// How it was recognized.
        public var source: Source
        /// The unit written in the header, if any (`万元` of `研发经费投入（万元）`).
        public var unit: String?
        /// The unit the column's values must be in, if any.
        public var expectedUnit: String?
    }

    private var byKey: [String: (code: String, source: Source)] = [:]
    private var units: [String: String] = [:]
    /// The code of the key column (every data row names its center there).
    public let idCode: String

    /// A vocabulary of `entries`, keyed by `idCode`, with the department's `mapping`.
    public init(_ entries: [Entry], idCode: String = "center_id", mapping: ColumnMapping = ColumnMapping()) {
        self.idCode = idCode
        for entry in entries {
            byKey[Self.key(entry.code)] = (entry.code, .code)
            for name in entry.names where byKey[Self.key(name)] == nil { byKey[Self.key(name)] = (entry.code, .name) }
            if let unit = entry.unit { units[entry.code] = unit }
        }
        for (name, code) in mapping.names { byKey[Self.key(name)] = (code, .mapping) }
    }

    /// The column `header` names, or nil when it is none of this file's columns.
    public func match(_ header: String) -> Match? {
        let (name, unit) = Self.splitUnit(header)
        if let found = byKey[Self.key(header)] {
            return Match(code: found.code, source: found.source, unit: nil, expectedUnit: units[found.code])
        }
        guard let unit, let found = byKey[Self.key(name)] else { return nil }
        return Match(code: found.code, source: found.source, unit: unit, expectedUnit: units[found.code])
    }

    /// Whether `header` is one of this file's columns.
    public func knows(_ header: String) -> Bool { match(header) != nil }

    /// The lookup key of a name: letter case, spaces and bracket width ignored.
    static func key(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case " ", "\t", "\u{3000}", "\u{A0}", "\n", "\r": continue
            case "（": out.unicodeScalars.append("(")
            case "）": out.unicodeScalars.append(")")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.lowercased()
    }

    /// `("研发经费投入", "万元")` for `研发经费投入（万元）` or `研发经费投入(万元)`; the name alone when it
    /// does not end in a bracketed text.
    public static func splitUnit(_ header: String) -> (name: String, unit: String?) {
        let trimmed = header.trimmingSpaces
        guard let last = trimmed.last, last == ")" || last == "）" else { return (trimmed, nil) }
        guard let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return (trimmed, nil) }
        let unit = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmingSpaces
        let name = String(trimmed[..<open]).trimmingSpaces
        guard !unit.isEmpty, !name.isEmpty else { return (trimmed, nil) }
        return (name, unit.hasPrefix("单位：") || unit.hasPrefix("单位:") ? String(unit.dropFirst(3)).trimmingSpaces : unit)
    }
}

extension String {
    /// The text without leading and trailing ASCII and full-width spaces.
    var trimmingSpaces: String {
        let spaces: Set<Character> = [" ", "\t", "\u{3000}", "\u{A0}"]
        guard let start = firstIndex(where: { !spaces.contains($0) }) else { return "" }
        let end = lastIndex(where: { !spaces.contains($0) })!
        return String(self[start...end])
    }
}

extension ColumnVocabulary {
    /// The key column, written `中心编号` or `center_id`.
    static let centerID = Entry(code: "center_id", names: ["中心编号", "编号", "中心代码"])
    /// The year column of reports and the optional files.
    static let year = Entry(code: "year", names: ["年度", "年份", "报告年度", "年"])

    /// The columns of `centers.csv` (the registry).
    public static func centers(mapping: ColumnMapping = ColumnMapping()) -> ColumnVocabulary {
        ColumnVocabulary([
            centerID,
            Entry(code: "name", names: ["中心名称", "名称"]),
            Entry(code: "level", names: ["级别", "中心级别"]),
            Entry(code: "region", names: ["地区", "所在地区", "所在地", "地市"]),
            Entry(code: "category", names: ["类别", "中心类别"]),
            Entry(code: "formation", names: ["组建模式"]),
            Entry(code: "lead_type", names: ["牵头单位类型"]),
            Entry(code: "field", names: ["面向领域"]),
            Entry(code: "approved_year", names: ["批准建设年份", "批准年份", "批准建设年度"]),
            Entry(code: "registered_capital_wan", names: ["注册资本"], unit: "万元"),
            Entry(code: "lead_unit", names: ["依托单位", "牵头单位名称", "牵头单位"]),
            Entry(code: "former_names", names: ["曾用名", "原名称"]),
            Entry(code: "platform", names: ["平台类型", "平台类别"]),
        ], mapping: mapping)
    }

    /// The columns of an annual report: the key, the year, the center's name (text) and every
    /// catalogue column read from reports, by code, Chinese name and name with unit; then the
    /// scheme's own `indicators` (a catalogue name keeps its catalogue column).
    public static func reports(mapping: ColumnMapping = ColumnMapping(), indicators: [Entry] = []) -> ColumnVocabulary {
        ColumnVocabulary([centerID, year, Entry(code: "name", names: ["中心名称", "名称"]),
                          Entry(code: ColumnMapping.textCode, names: ["备注", "说明", "填报人", "联系人", "联系电话", "依托单位", "牵头单位", "牵头单位名称", "序号"])]
            + IndicatorCatalogue.reportColumns.map { Entry(code: $0.code, names: [$0.zh], unit: $0.unit) } + indicators,
            mapping: mapping)
    }

    /// The columns of `history.csv`.
    public static func history(mapping: ColumnMapping = ColumnMapping()) -> ColumnVocabulary {
        ColumnVocabulary([
            centerID,
            Entry(code: "cycle", names: ["周期", "评价周期", "建设运行周期"]),
            Entry(code: "grade", names: ["等级", "评价等级", "评估等级", "评价结果"]),
            Entry(code: "status", names: ["状态", "运行状态"]),
            Entry(code: "name", names: ["中心名称"]),
        ], mapping: mapping)
    }

    /// The columns of `events.csv`.
    public static func events(mapping: ColumnMapping = ColumnMapping()) -> ColumnVocabulary {
        ColumnVocabulary([
            centerID, year,
            Entry(code: "event", names: ["事件", "事件类型"]),
            Entry(code: "note", names: ["说明", "备注", "情况说明"]),
            Entry(code: "name", names: ["中心名称"]),
        ], mapping: mapping)
    }

    /// The columns of `ratings.csv`.
    public static func ratings(mapping: ColumnMapping = ColumnMapping()) -> ColumnVocabulary {
        ColumnVocabulary([
            centerID, year,
            Entry(code: "rater", names: ["评价人", "评价人编号", "服务对象", "服务对象编号"]),
            Entry(code: "score", names: ["评分", "得分", "分数", "满意度"], unit: "分"),
            Entry(code: "name", names: ["中心名称"]),
        ], mapping: mapping)
    }
}
