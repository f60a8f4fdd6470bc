import TICSupport

/// The layout stage between a ``TableSource`` and ``TableReader``: finds the header among title
/// rows, reads a two-row header and a units row, and tells data rows from totals and footer rows.
/// It sees only a source's rows and their cells' locations, so a spreadsheet backend plugs in
/// under it unchanged.
///
/// Rules, in order:
/// - The header is the first row among the first ``searchRows`` non-blank rows in which the key
///   column (``ColumnVocabulary/idCode``) and at least half of the non-empty cells are known names;
///   also read with the row above it (two-row header: a cell empty in the lower row takes the upper
///   row's text). Rows above it are skipped as title rows; the row right above it, when it has two
///   or more non-empty cells, as the group row of a two-row header.
/// - The row right under the header is a units row when each non-empty cell is a unit (`万元`,
///   `（项）`, `单位：…`).
/// - A totals row has 合计, 总计, 小计 or 平均 in its key cell or first non-empty cell; a footer row
///   starts with 填表说明, 填报人, 联系电话, 注：… in its first non-empty cell; a repeated header row
///   (Excel's print titles) has the key's name in its key cell. All three are skipped.
struct TableLayout {
    /// How many non-blank rows are searched for the header.
    static let searchRows = 20

    /// What a row is, once the header is known.
    enum RowKind { case data, totals, footer, repeatedHeader }

    /// A header found.
    struct Header {
        /// The names as written (two-row headers combined).
        var names: [String]
        /// What each name was recognized as.
        var matches: [ColumnVocabulary.Match?]
        /// The line of the (lower) header row.
        var line: Int
        /// Title, group and two-row adaptations.
        var adaptations: [Adaptation]
    }

    let vocabulary: ColumnVocabulary
    /// The rows seen before the header, copied (they are shown when no header is found).
    private(set) var pending: [(line: Int, cells: [String])] = []

    init(vocabulary: ColumnVocabulary) { self.vocabulary = vocabulary }

    /// Whether the search is over without a header.
    var exhausted: Bool { pending.count >= Self.searchRows }

    /// Looks at a row before the header: the header found, or nil (the row is kept as a title candidate).
    mutating func consider(_ row: TableRow) -> Header? {
        let cells = (0..<row.count).map { row.string($0) }
        let matches = cells.map { $0.isEmpty ? nil : vocabulary.match($0) }
        if qualifies(cells, matches) {
            var adaptations: [Adaptation] = []
            var titles = pending.map(\.line)
            if let above = pending.last, above.cells.filter({ !$0.isEmpty }).count >= 2 {
                titles.removeLast()
                if !titles.isEmpty { adaptations.append(.titleRows(lines: titles)) }
                adaptations.append(.groupRow(line: above.line))
            } else if !titles.isEmpty {
                adaptations.append(.titleRows(lines: titles))
            }
            return Header(names: cells, matches: matches, line: row.line, adaptations: adaptations)
        }
        if let above = pending.last {
            var combined = cells
            for i in combined.indices where combined[i].isEmpty && i < above.cells.count { combined[i] = above.cells[i] }
            let combinedMatches = combined.map { $0.isEmpty ? nil : vocabulary.match($0) }
            if qualifies(combined, combinedMatches) {
                var adaptations: [Adaptation] = []
                let titles = pending.dropLast().map(\.line)
                if !titles.isEmpty { adaptations.append(.titleRows(lines: titles)) }
                adaptations.append(.twoRowHeader(lines: [above.line, row.line]))
                return Header(names: combined, matches: combinedMatches, line: row.line, adaptations: adaptations)
            }
        }
        pending.append((row.line, cells))
        return nil
    }

    /// The header continued by `row`, the lower row of a two-row header whose key is merged down
    /// from the upper one (empty key cell, every non-empty cell a known name under an empty or
    /// unknown upper cell); nil when `row` is no such row.
    func continuation(of header: Header, _ row: TableRow) -> Header? {
        guard let idColumn = header.matches.firstIndex(where: { $0?.code == vocabulary.idCode }),
              idColumn >= row.count || row.isEmpty(idColumn) else { return nil }
        var names = header.names, matches = header.matches
        var added = false
        for i in 0..<row.count where !row.isEmpty(i) {
            let text = row.string(i)
            guard i < names.count, matches[i] == nil, let match = vocabulary.match(text) else { return nil }
            names[i] = text
            matches[i] = match
            added = true
        }
        guard added else { return nil }
        return Header(names: names, matches: matches, line: row.line,
                      adaptations: header.adaptations + [.twoRowHeader(lines: [header.line, row.line])])
    }

    /// The key column and at least half of the non-empty cells are known names.
    private func qualifies(_ cells: [String], _ matches: [ColumnVocabulary.Match?]) -> Bool {
        var nonEmpty = 0, known = 0, key = false
        for (cell, match) in zip(cells, matches) where !cell.isEmpty {
            nonEmpty += 1
            if let match {
                known += 1
                if match.code == vocabulary.idCode { key = true }
            }
        }
        return key && known * 2 >= nonEmpty
    }

    /// The units of a units row (one per cell, nil where empty), or nil when `row` is no units row.
    static func units(of row: TableRow) -> [String?]? {
        var units: [String?] = []
        var any = false
        for i in 0..<row.count {
            let text = row.string(i).trimmingSpaces
            if text.isEmpty { units.append(nil); continue }
            guard let unit = unit(text) else { return nil }
            units.append(unit.isEmpty ? nil : unit)
            if !unit.isEmpty { any = true }
        }
        return any ? units : nil
    }

    /// Units a units row or a header may name.
    static let knownUnits: Set<String> = IngestError.moneyUnits.union(
        ["项", "件", "家", "人", "个", "名", "次", "人次", "台", "台套", "小时", "时", "分", "%", "％", "年", "万人次"])

    /// `万元` for `万元`, `（万元）`, `(万元)` or `单位：万元`; the empty unit for the label `单位`; nil for any other text.
    static func unit(_ text: String) -> String? {
        var t = text
        if t == "单位" || t == "计量单位" || t.lowercased() == "unit" { return "" }
        for prefix in ["单位：", "单位:"] where t.hasPrefix(prefix) { t = String(t.dropFirst(prefix.count)).trimmingSpaces }
        if let first = t.first, first == "(" || first == "（", let last = t.last, last == ")" || last == "）", t.count >= 2 {
            t = String(t.dropFirst().dropLast()).trimmingSpaces
        }
        return knownUnits.contains(t) ? t : nil
    }

    /// Labels of totals rows.
    static let totalsLabels: Set<String> = ["合计", "总计", "小计", "平均", "平均值", "合计数", "总合计"]
    /// Starts of footer rows.
    static let footerPrefixes = ["填表说明", "填报说明", "填表人", "填报人", "联系电话", "联系人", "注：", "注:", "说明：", "说明:",
                                 "备注：", "备注:", "审核人", "负责人", "填报日期", "填表日期", "制表人", "制表", "单位负责人"]

    /// Whether a data row is a totals or footer row; `idColumn` is the key column.
    static func kind(of row: TableRow, idColumn: Int, idName: String) -> RowKind {
        // The header repeated on each printed page (Excel's print titles): its key cell is the key's name.
        if idColumn < row.count, row.bytes(idColumn).count >= idName.utf8.count, row.string(idColumn) == idName { return .repeatedHeader }
        // Every label starts with a Chinese character: a row whose first cell and key start in
        // ASCII (`HN-P-001`) is data without building a string (the loader's hot path).
        guard let firstIndex = (0..<row.count).first(where: { !row.isEmpty($0) }) else { return .data }
        if startsWithASCII(row.bytes(firstIndex)) && (idColumn >= row.count || row.isEmpty(idColumn) || startsWithASCII(row.bytes(idColumn))) {
            return .data
        }
        let first = row.string(firstIndex)
        let id = idColumn < row.count ? row.string(idColumn) : ""
        if totalsLabels.contains(squeezed(id)) || totalsLabels.contains(squeezed(first)) { return .totals }
        if footerPrefixes.contains(where: { first.hasPrefix($0) }) { return .footer }
        return .data
    }

    /// Whether the first byte that is no space or tab is ASCII.
    private static func startsWithASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte != 0x20 && byte != 0x09 { return byte < 0x80 }
        return true
    }

    /// The text without spaces and a trailing colon (`合 计：` → `合计`).
    private static func squeezed(_ text: String) -> String {
        var out = String(text.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" })
        while let last = out.last, last == ":" || last == "：" { out.removeLast() }
        return out
    }
}
