import TICSupport
/// The cells of one data row, read by column name or index with their types checked, collecting
/// problems (each at its cell's location). Handed out by ``TableReader``; valid only during that call.
struct Cells {
    /// The row.
    let row: TableRow
    /// The table's header.
    let header: CSVHeader
    /// What the typed reads found, in the order read.
    var problems: [Diagnostic] = []
    /// How many codes were written as their Chinese labels (`省级`), an adaptation to report.
    var chineseValues = 0

    init(row: TableRow, header: CSVHeader) {
        self.row = row
        self.header = header
    }

    /// The line of the row.
    var line: Int { row.line }

    /// Whether no read so far found an error (warnings do not count).
    var errorFree: Bool { !problems.contains { $0.severity == .error } }

    /// Where the cell of `column` is; column 1 when the table has no such column.
    func location(_ column: String) -> FileLocation {
        row.location(header.column(column) ?? 0)
    }

    /// The trimmed text of `column`, nil when the table has no such column.
    func optional(_ column: String) -> String? {
        guard let index = header.column(column) else { return nil }
        return row.string(index)
    }

    func isEmpty(_ column: String) -> Bool { (optional(column) ?? "").isEmpty }

    mutating func required(_ column: String) -> String? {
        let text = optional(column) ?? ""
        if text.isEmpty {
            problems.append(Diagnostic(.emptyRequiredField(location(column), column: column)))
            return nil
        }
        return text
    }

    /// A required identifier without control characters or path separators.
    mutating func identifier(_ column: String) -> String? {
        guard let text = required(column) else { return nil }
        // ASCII is decided without the Unicode tables (C0 controls and DEL are the ASCII controls).
        let unsafe = text.unicodeScalars.contains { scalar in
            scalar.isASCII ? scalar.value < 0x20 || scalar.value == 0x7F || scalar == "/" || scalar == "\\"
                : scalar.properties.generalCategory == .control
        } || text == "." || text == ".."
        if unsafe {
            problems.append(Diagnostic(.unsafeIdentifier(location(column), column: column, value: text)))
            return nil
        }
        if let scalar = Identifier.invisibleScalar(in: text) {
            problems.append(Diagnostic(.invisibleCharacter(location(column), column: column, value: text, scalar: scalar.value)))
            return nil
        }
        return text
    }

    mutating func knownCenter(_ centers: KnownCenters) -> String? {
        // Without a registry no row is checked one by one: the file gets one line (rowsNotChecked).
        guard centers.usable else { return nil }
        guard let id = identifier("center_id") else { return nil }
        if !centers.ids.contains(id) {
            problems.append(Diagnostic(centers.problem(at: location("center_id"), id: id)))
            return nil
        }
        return id
    }

    mutating func code<T: DomainCode>(_ column: String, as type: T.Type) -> T? {
        guard let text = required(column) else { return nil }
        if let value = T(rawValue: text.lowercased()) { return value }
        // A label as departments write it: `面向经济主战场` for the field 经济主战场, spaces ignored.
        let label = text.trimmingSpaces
        let bare = label.hasPrefix("面向") ? String(label.dropFirst(2)) : label
        if let value = T.allCases.first(where: { $0.zh == label || $0.zh == bare }) ?? T.zhAliases[label] {
            chineseValues += 1
            return value
        }
        problems.append(Diagnostic(.unknownCode(location(column), column: column, value: text, allowed: T.allowedCodes)))
        return nil
    }

    mutating func integer(_ column: String) -> Int? {
        guard let text = required(column) else { return nil }
        if let value = Int(text) { return value }
        problems.append(Diagnostic(.invalidInteger(location(column), column: column, text: text)))
        return nil
    }

    /// A number checked against `kind`; `.some(nil)`-like result: the outer optional is nil on error.
    mutating func number(_ column: String, kind: ValueKind) -> Optional<Double?> {
        let text = optional(column) ?? ""
        switch NumberParser.parse(text) {
        case .missing:
            return .some(nil)
        case .value(let v):
            if let problem = WorkspaceLoader.check(v, kind: kind, location: location(column), column: column) {
                problems.append(problem)
                if problem.severity == .error { return nil }
            }
            return .some(v)
        case .invalid(let reason):
            problems.append(Diagnostic(WorkspaceLoader.invalid(reason, location: location(column), column: column, text: text)))
            return nil
        }
    }

    mutating func amount(_ column: String) -> Optional<Double?> { number(column, kind: .amount) }

    mutating func cycle(_ column: String) -> ClosedRange<Int>? {
        guard let text = required(column) else { return nil }
        if let range = CycleParser.parse(text) { return range }
        problems.append(Diagnostic(.invalidCycle(location(column), text: text)))
        return nil
    }

    /// The value of cell `index` (named `name` in messages) as a report stores it: NaN when the
    /// cell is missing or refused (not a number, a percent sign in an amount, an error for its
    /// `kind`), the value otherwise, also when `kind` only warns about it.
    mutating func measurement(_ index: Int, name: String, kind: ValueKind?) -> Double {
        switch row.number(index) {
        case .missing:
            return .nan
        case .value(let v):
            if let kind, kind != .ratio && kind != .score, WorkspaceLoader.containsPercentSign(row.bytes(index)) {
                problems.append(Diagnostic(.percentInAmount(row.location(index), column: name, text: row.string(index), kind: kind)))
                return .nan
            }
            if let problem = WorkspaceLoader.check(v, kind: kind, location: row.location(index), column: name) {
                problems.append(problem)
                return problem.severity == .error ? .nan : v
            }
            return v
        case .invalid(let reason):
            problems.append(Diagnostic(WorkspaceLoader.invalid(reason, location: row.location(index), column: name, text: row.string(index))))
            return .nan
        }
    }
}

/// The first used row of each key of a table, for the duplicate checks.
struct UniqueKeys {
    private var firstLines: [String: Int] = [:]

    /// One key of several values, joined with U+001F (the unit separator).
    static func key(_ parts: String...) -> String { parts.joined(separator: "\u{1F}") }

    /// The line of the first used row with `key`, if any.
    func firstLine(of key: String) -> Int? { firstLines[key] }

    /// Records `line` as the first used row with `key`.
    mutating func use(_ key: String, line: Int) { firstLines[key] = line }
}
