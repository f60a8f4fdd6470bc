import TICSupport
/// Reads a ``TableSource`` the one way every workspace file is read: the first row is the header
/// (names trimmed, matched case-insensitively; empty and repeated names reported), required columns
/// are checked, unknown columns warned about, blank rows skipped, rows with the wrong number of
/// cells rejected, and every other row handed to `row` as ``Cells`` for its typed reads.
///
/// The reader keeps the problems it finds in separate lists (``Outcome``) so that each caller can
/// decide what a file that stops half-way leaves behind.
struct TableReader {
    /// What a file's header must and may hold.
    struct Columns {
        /// Names that must be present; without one of them no row is read.
        var required: [String]
        /// Whether header cell `index`, named `name` (non-empty, as written), is a column the reader
        /// expects; any other gets an ``IngestError/unknownColumn(_:name:)`` warning.
        var isKnown: (_ name: String, _ index: Int, _ header: CSVHeader) -> Bool
        /// What is still checked when a required column is missing (no row is read then).
        var withoutRequired: WithoutRequired = .rowShapes
        /// The names the file's columns are known by; with it, the header is searched for and
        /// title, units, totals and footer rows are recognized (``TableLayout``). Without it the
        /// first row is the header and every name is taken as written.
        var vocabulary: ColumnVocabulary?

        /// Columns known by their lower-case names.
        init(required: [String], known: Set<String>) {
            self.required = required
            self.isKnown = { name, _, _ in known.contains(name.lowercased()) }
        }

        init(required: [String], withoutRequired: WithoutRequired = .rowShapes,
             isKnown: @escaping (_ name: String, _ index: Int, _ header: CSVHeader) -> Bool) {
            self.required = required
            self.isKnown = isKnown
            self.withoutRequired = withoutRequired
        }
    }

    /// What a table missing a required column is still checked for.
    enum WithoutRequired {
        /// Each row's number of cells, not the unknown columns (the registry and the optional files).
        case rowShapes
        /// The unknown columns, not the rows (reports).
        case unknownColumns
    }

    /// What reading one table found.
    struct Outcome {
        /// The header, nil when the file has no row at all.
        var header: CSVHeader?
        /// The sheet the rows came from, for a workbook (locations name it).
        var sheet: String?
        /// The line of the header row.
        var headerLine = 1
        /// Whether the header has every required column (rows were read).
        var usable = false
        /// Data rows read (blank and all-empty rows are not counted).
        var rowsRead = 0
        /// Rows rejected: wrong number of cells, a required column missing, or refused by `row`.
        var rowsRejected = 0
        /// Empty and repeated header names, missing required columns, unknown columns.
        var headerProblems: [Diagnostic] = []
        /// Rows with the wrong number of cells, and each row's cell problems, in file order.
        var rowProblems: [Diagnostic] = []
        /// What the source noticed while splitting rows (stray quotes).
        var structural: [Diagnostic] = []
        /// The problem that stopped the reading (an unterminated quote), if any.
        var failure: IngestError?
        /// What the layout stage did (title rows skipped, header mapped…).
        var adaptations: [Adaptation] = []
        /// Whether no header was found among the first rows (then ``headerProblems`` says so once).
        var noHeader = false
        /// What each header column was recognized as (layout only).
        var matches: [ColumnVocabulary.Match?] = []
    }

    /// Reads `source` against `columns`.
    ///
    /// - Parameters:
    ///   - header: called once with the header and its line, after the checks of the header.
    ///   - row: called for each data row with its cells; returns whether the row is used. Problems
    ///     it adds to ``Cells/problems`` go to ``Outcome/rowProblems``.
    /// - Complexity: one pass over the source; nothing is kept of a row but what `row` keeps.
    static func read(_ source: some TableSource, columns: Columns,
                     header onHeader: (_ header: CSVHeader, _ line: Int) -> Void = { _, _ in },
                     row body: (inout Cells) -> Bool) -> Outcome {
        var outcome = Outcome()
        var structural: [Diagnostic] = []
        let path = source.path
        let sheet = source.sheetName
        outcome.sheet = sheet
        var layout = columns.vocabulary.map(TableLayout.init(vocabulary:))
        var state = LayoutState()
        /// A header row found by the layout, kept until the next row says whether it continues it.
        var candidate: TableLayout.Header?

        func install(_ header: CSVHeader, line: Int) {
            outcome.header = header
            outcome.headerLine = line
            outcome.usable = header.require(columns.required, path: path, line: line, sheet: sheet, diagnostics: &outcome.headerProblems)
            if outcome.usable || columns.withoutRequired == .unknownColumns {
                for (i, name) in header.names.enumerated() where !name.isEmpty && !columns.isKnown(name, i, header) {
                    if layout != nil, i < outcome.matches.count, outcome.matches[i] != nil || header.column(header.codes[i]) != i { continue }
                    outcome.headerProblems.append(Diagnostic(.unknownColumn(FileLocation(path: path, line: line, column: i + 1, sheet: sheet), name: name)))
                }
            }
            onHeader(header, line)
        }

        func finalize(_ found: TableLayout.Header) {
            let header = CSVHeader(names: found.names, codes: found.matches.map { $0?.code }, path: path,
                                   line: found.line, sheet: sheet, diagnostics: &outcome.headerProblems)
            outcome.adaptations = found.adaptations
            outcome.matches = found.matches
            state.start(header: header, matches: found.matches)
            checkUnits(found.matches, header: header, line: found.line, path: path, sheet: sheet, problems: &outcome.headerProblems)
            install(header, line: found.line)
        }

        do throws(IngestError) {
            try source.forEachRow(warnings: &structural) { row in
                if outcome.header == nil, let found = candidate {
                    if row.isBlank { return }
                    candidate = nil
                    if let continued = layout!.continuation(of: found, row) {
                        finalize(continued)
                        return
                    }
                    finalize(found)
                }
                guard let header = outcome.header else {
                    if outcome.noHeader {
                        if !row.isBlank { outcome.rowsRead += 1; outcome.rowsRejected += 1 }
                        return
                    }
                    if layout != nil {
                        if row.isBlank { return }
                        candidate = layout!.consider(row)
                        if candidate == nil && layout!.exhausted {
                            outcome.noHeader = true
                            outcome.rowsRead += layout!.pending.count
                            outcome.rowsRejected += layout!.pending.count
                        }
                        return
                    }
                    install(CSVHeader(record: row, path: path, diagnostics: &outcome.headerProblems), line: row.line)
                    return
                }
                if row.isBlank { return }
                if layout != nil {
                    if state.expectUnits {
                        state.expectUnits = false
                        if let units = TableLayout.units(of: row) {
                            state.unitsLine = row.line
                            var withUnits = outcome.matches
                            for i in withUnits.indices where i < units.count { withUnits[i]?.unit = units[i] }
                            checkUnits(withUnits, header: header, line: row.line, path: path, sheet: sheet, problems: &outcome.headerProblems)
                            return
                        }
                    }
                    let idColumn = header.column(layout!.vocabulary.idCode) ?? 0
                    switch TableLayout.kind(of: row, idColumn: idColumn, idName: header.names[idColumn]) {
                    case .totals: state.totals.append(row.line); return
                    case .footer: state.footers.append(row.line); return
                    case .repeatedHeader: state.repeatedHeaders.append(row.line); return
                    case .data: break
                    }
                    state.noteBlankColumns(row)
                }
                outcome.rowsRead += 1
                guard outcome.usable || columns.withoutRequired == .rowShapes else {
                    outcome.rowsRejected += 1
                    return
                }
                if row.count != header.names.count && !(layout != nil && state.fitsBlankColumns(row, header: header)) {
                    outcome.rowProblems.append(Diagnostic(.fieldCount(row.location(0), expected: header.names.count, found: row.count)))
                    outcome.rowsRejected += 1
                    return
                }
                guard outcome.usable else {
                    outcome.rowsRejected += 1
                    return
                }
                var cells = Cells(row: row, header: header)
                let used = body(&cells)
                state.chineseValues += cells.chineseValues
                outcome.rowProblems.append(contentsOf: cells.problems)
                if !used { outcome.rowsRejected += 1 }
            }
        } catch {
            outcome.failure = error
        }
        outcome.structural = structural
        if let found = candidate, outcome.header == nil { finalize(found) }
        if let layout {
            if outcome.header == nil, !layout.pending.isEmpty {
                if !outcome.noHeader {
                    outcome.noHeader = true
                    outcome.rowsRead += layout.pending.count
                    outcome.rowsRejected += layout.pending.count
                }
                // The row with the most known names, and the required names it lacks.
                var closest: (line: Int, codes: Set<String>)?
                for row in layout.pending {
                    let codes = Set(row.cells.compactMap { $0.isEmpty ? nil : layout.vocabulary.match($0)?.code })
                    if !codes.isEmpty, codes.count > (closest?.codes.count ?? 0) { closest = (row.line, codes) }
                }
                let shown = layout.pending.prefix(3)
                outcome.headerProblems.append(Diagnostic(.noHeaderRow(
                    path: path, firstRows: shown.map { $0.cells.map { QuotedText.clip($0) } }, lines: shown.map(\.line),
                    expected: expectedNames(columns.required), closest: closest?.line,
                    missing: closest.map { found in expectedNames(columns.required.filter { !found.codes.contains($0) }, all: true) } ?? [])))
            }
            state.finish(into: &outcome, path: path)
        }
        return outcome
    }

    /// The names a header must hold, as a message lists them: `中心编号/center_id`.
    static func expectedNames(_ required: [String], all: Bool = false) -> [String] {
        let chinese = ["center_id": "中心编号", "year": "年度", "name": "中心名称", "level": "级别", "region": "地区", "category": "类别",
                       "formation": "组建模式", "lead_type": "牵头单位类型", "field": "面向领域", "approved_year": "批准建设年份",
                       "registered_capital_wan": "注册资本（万元）", "cycle": "周期", "grade": "等级",
                       "status": "状态", "event": "事件", "rater": "评价人", "score": "评分"]
        let names = required.map { code in chinese[code].map { "\($0)/\(code)" } ?? code }
        return all || names.count <= 3 ? names : names.prefix(3) + ["…"]
    }

    /// Checks each recognized column's unit (from its header or the units row) against the unit
    /// its values must be in.
    static func checkUnits(_ matches: [ColumnVocabulary.Match?], header: CSVHeader, line: Int, path: String, sheet: String? = nil,
                           problems: inout [Diagnostic]) {
        for (i, match) in matches.enumerated() {
            guard let match, let unit = match.unit, let expected = match.expectedUnit, unit != expected else { continue }
            if !TableLayout.knownUnits.contains(unit) && !IngestError.moneyUnits.contains(expected) { continue }
            problems.append(Diagnostic(.unitMismatch(FileLocation(path: path, line: line, column: i + 1, sheet: sheet),
                                                     column: header.names[i], found: unit, expected: expected)))
        }
    }
}

/// What the layout stage keeps while the data rows go by.
private struct LayoutState {
    var expectUnits = false
    var unitsLine: Int?
    var totals: [Int] = []
    var footers: [Int] = []
    var repeatedHeaders: [Int] = []
    /// Columns with an empty header name, and whether a data row has a value there (its first line).
    var blankColumns: [Int] = []
    var filled: [Int: Int] = [:]
    var byName = 0, byMapping = 0, withUnit = 0
    var mapped: [String] = []
    var headerLine = 0
    var textNames: [String] = []
    var chineseValues = 0

    mutating func start(header: CSVHeader, matches: [ColumnVocabulary.Match?]) {
        expectUnits = true
        blankColumns = header.names.indices.filter { header.names[$0].isEmpty }
        for (i, match) in matches.enumerated() {
            guard let match else { continue }
            if match.source == .name { byName += 1 }
            if match.source == .mapping {
                byMapping += 1
                mapped.append("\(header.names[i]) → \(match.code)")
            }
            if match.unit != nil { withUnit += 1 }
            if match.code == ColumnMapping.textCode { textNames.append(header.names[i]) }
        }
    }

    mutating func noteBlankColumns(_ row: TableRow) {
        for column in blankColumns where column < row.count && filled[column] == nil && !row.isEmpty(column) {
            filled[column] = row.line
        }
    }

    /// A row longer than the header only by empty cells, or shorter only by blank columns.
    func fitsBlankColumns(_ row: TableRow, header: CSVHeader) -> Bool {
        if row.count > header.names.count {
            return (header.names.count..<row.count).allSatisfy { row.isEmpty($0) }
        }
        return (row.count..<header.names.count).allSatisfy { header.names[$0].isEmpty }
    }

    func finish(into outcome: inout TableReader.Outcome, path: String) {
        let sheet = outcome.sheet
        guard outcome.header != nil else { return }
        if byName + byMapping > 0 || withUnit > 0 {
            outcome.adaptations.append(.headerMapped(line: outcome.headerLine, byName: byName, byMapping: byMapping, withUnit: withUnit))
        }
        if !mapped.isEmpty { outcome.adaptations.append(.mappedColumns(pairs: mapped)) }
        if let unitsLine { outcome.adaptations.append(.unitsRow(line: unitsLine)) }
        if !textNames.isEmpty { outcome.adaptations.append(.textColumns(names: textNames)) }
        if chineseValues > 0 { outcome.adaptations.append(.chineseValues(count: chineseValues)) }
        if !totals.isEmpty { outcome.adaptations.append(.totalsRows(lines: totals)) }
        if !footers.isEmpty { outcome.adaptations.append(.footerRows(lines: footers)) }
        if !repeatedHeaders.isEmpty { outcome.adaptations.append(.repeatedHeaderRows(lines: repeatedHeaders)) }
        let blank = blankColumns.filter { filled[$0] == nil }
        if !blank.isEmpty { outcome.adaptations.append(.blankColumns(columns: blank.map { $0 + 1 })) }
        for column in blankColumns where filled[column] != nil {
            outcome.headerProblems.append(Diagnostic(.emptyHeaderName(FileLocation(path: path, line: outcome.headerLine, column: column + 1, sheet: sheet))))
        }
    }
}
