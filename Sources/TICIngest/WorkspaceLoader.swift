import Foundation

/// Reads an evaluation workspace folder and validates it, collecting every problem.
///
/// Files: `centers.csv` (required), `reports/<year>.csv` (at least one), and the optional
/// `history.csv`, `events.csv`, `ratings.csv`. A row is either used or rejected with an error
/// diagnostic naming the file, line, column and what was expected; nothing is dropped silently.
public struct WorkspaceLoader: Sendable {
    /// How to decode the files.
    public var encoding: EncodingChoice
    /// The cycle to check for missing reports; nil means the three latest report years.
    public var cycle: ClosedRange<Int>?

    public init(encoding: EncodingChoice = .auto, cycle: ClosedRange<Int>? = nil) {
        self.encoding = encoding
        self.cycle = cycle
    }

    /// The registry columns every `centers.csv` must have.
    public static let centerColumns = ["center_id", "name", "level", "region", "category", "formation",
                                       "lead_type", "field", "approved_year", "registered_capital_wan"]

    /// Loads the workspace at `root`. Problems with the data are diagnostics, never thrown.
    public func load(root: String) -> Workspace {
        var workspace = Workspace(root: root)
        var diagnostics: [Diagnostic] = []
        let rootPath = root.hasSuffix("/") ? String(root.dropLast()) : root
        func path(_ name: String) -> String { rootPath.isEmpty ? name : "\(rootPath)/\(name)" }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            workspace.diagnostics = [Diagnostic(.fileNotFound(path: rootPath))]
            return workspace
        }

        diagnostics += Self.caseVariants(in: rootPath, of: Self.workspaceNames, path: path)
        let (rejectedCenters, approvedColumn) = loadCenters(path: path("centers.csv"), into: &workspace, diagnostics: &diagnostics)
        let known = KnownCenters(ids: Set(workspace.centers.map(\.id)), rejected: rejectedCenters, registry: path("centers.csv"))

        // Annual reports.
        let reportsDir = path("reports")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: reportsDir)) ?? []).sorted()
        var yearFiles: [(Int, String)] = []
        let variants = Self.caseVariants(among: names.filter { !$0.hasPrefix(".") })
        for name in names where !name.hasPrefix(".") {
            let full = "\(reportsDir)/\(name)"
            if let read = variants[name] {
                diagnostics.append(Diagnostic(.nameDiffersOnlyInCase(path: full, read: "\(reportsDir)/\(read)")))
                continue
            }
            if name.lowercased().hasSuffix(".csv"), let year = Int(name.dropLast(4)), name.count == 8, (1900...2999).contains(year) {
                yearFiles.append((year, full))
            } else {
                diagnostics.append(Diagnostic(.ignoredFile(path: full)))
            }
        }
        if yearFiles.isEmpty { diagnostics.append(Diagnostic(.noReports(path: reportsDir))) }
        for (year, file) in yearFiles {
            if let report = loadReport(path: file, year: year, centers: known, workspace: &workspace, diagnostics: &diagnostics) {
                workspace.reports.append(report)
            }
        }

        // The cycle. Whether a center lacks a report of the cycle is decided with the scheme
        // (`missing_report`), so the evaluation's checks report it, not the loader.
        let years = workspace.years
        let cycle = self.cycle ?? (years.isEmpty ? nil : max(years[0], years[years.count - 1] - 2)...years[years.count - 1])
        workspace.cycle = cycle
        if let cycle {
            let missingYears = cycle.filter { !years.contains($0) }
            if !missingYears.isEmpty {
                diagnostics.append(Diagnostic(.cycleWithoutReports(path: reportsDir, cycle: "\(cycle.lowerBound)-\(cycle.upperBound)", missingYears: missingYears)))
            }
        }
        // An approval year no report can follow (before 1949, or after the year after the latest report).
        if let latest = years.last {
            let allowed = Self.earliestApprovalYear...(latest + 1)
            for center in workspace.centers where !allowed.contains(center.approvedYear) {
                diagnostics.append(Diagnostic(.approvedYearOutOfRange(
                    FileLocation(path: path("centers.csv"), line: center.line, column: approvedColumn),
                    year: center.approvedYear, latestReport: latest)))
            }
        }

        loadHistory(path: path("history.csv"), centers: known, into: &workspace, diagnostics: &diagnostics)
        loadEvents(path: path("events.csv"), centers: known, into: &workspace, diagnostics: &diagnostics)
        loadRatings(path: path("ratings.csv"), centers: known, into: &workspace, diagnostics: &diagnostics)
        workspace.diagnostics = diagnostics.sorted()
        return workspace
    }

    // MARK: - Files

    /// The names the loader reads in the workspace folder itself.
    static let workspaceNames = ["centers.csv", "history.csv", "events.csv", "ratings.csv", "reports"]

    /// An error for every entry of `folder` that differs from one of `names` only in letter case
    /// while that name exists too (`Centers.csv` beside `centers.csv`): the loader reads only the exact name.
    static func caseVariants(in folder: String, of names: [String], path: (String) -> String) -> [Diagnostic] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        let present = Set(entries)
        return entries.sorted().compactMap { entry in
            guard let name = names.first(where: { $0 != entry && $0 == entry.lowercased() }), present.contains(name) else { return nil }
            return Diagnostic(.nameDiffersOnlyInCase(path: path(entry), read: path(name)))
        }
    }

    /// For every name that differs from another of `names` only in letter case, the one read instead:
    /// the all-lower-case name when there is one, else the first in sorted order.
    static func caseVariants(among names: [String]) -> [String: String] {
        var variants: [String: String] = [:]
        for group in Dictionary(grouping: names, by: { $0.lowercased() }).values where group.count > 1 {
            let read = group.first { $0 == $0.lowercased() } ?? group.sorted()[0]
            for name in group where name != read { variants[name] = read }
        }
        return variants
    }

    private func readTable(path: String, optional: Bool, diagnostics: inout [Diagnostic]) -> CSVTable? {
        if optional && !FileManager.default.fileExists(atPath: path) { return nil }
        do {
            let file = try CSVFile(path: path, encoding: encoding)
            return try CSVTable(file: file, diagnostics: &diagnostics)
        } catch {
            diagnostics.append(Diagnostic(error))
            return nil
        }
    }

    private func record(_ table: CSVTable, rejected: Int, in workspace: inout Workspace) {
        workspace.files.append(InputFile(path: table.file.path, sha256: table.file.sha256, bytes: table.file.byteCount,
                                         encoding: table.file.encoding, rowsRead: table.rowsRead,
                                         rowsRejected: table.rowsRejected + rejected))
    }

    /// The earliest approval year accepted in `centers.csv`.
    public static let earliestApprovalYear = 1949

    /// Reads the registry; returns the ids of rows rejected for errors, with their lines, and the
    /// 1-based column of `approved_year`.
    private func loadCenters(path: String, into workspace: inout Workspace, diagnostics: inout [Diagnostic]) -> ([String: Int], Int) {
        guard let table = readTable(path: path, optional: false, diagnostics: &diagnostics) else { return ([:], 1) }
        guard table.header.require(Self.centerColumns, path: path, line: table.headerLine, diagnostics: &diagnostics) else {
            record(table, rejected: table.rows.count, in: &workspace)
            return ([:], 1)
        }
        warnUnknownColumns(table, known: Set(Self.centerColumns), diagnostics: &diagnostics)
        if table.rowsRead == 0 { diagnostics.append(Diagnostic(.noCenters(path: path))) }
        var firstLine: [String: Int] = [:]
        var rejected = 0
        var rejectedIDs: [String: Int] = [:]
        for (row, line) in zip(table.rows, table.lines) {
            var cells = Cells(table: table, row: row, line: line)
            let id = cells.identifier("center_id")
            let name = cells.required("name")
            let level = cells.code("level", as: Level.self)
            let region = cells.required("region")
            let category = cells.code("category", as: Category.self)
            let formation = cells.code("formation", as: Formation.self)
            let leadType = cells.code("lead_type", as: LeadType.self)
            let field = cells.code("field", as: Field.self)
            let approved = cells.integer("approved_year")
            let capital = cells.amount("registered_capital_wan")
            if let id, let first = firstLine[id] {
                cells.problems.append(Diagnostic(.duplicateCenter(cells.location("center_id"), centerID: id, firstLine: first)))
            }
            diagnostics.append(contentsOf: cells.problems)
            guard cells.errorFree, let id, let name, let level, let region, let category, let formation,
                  let leadType, let field, let approved, let capital else {
                rejected += 1
                if let id, rejectedIDs[id] == nil { rejectedIDs[id] = line }
                continue
            }
            firstLine[id] = line
            workspace.centers.append(Center(id: id, name: name, level: level, region: region, category: category,
                                            formation: formation, leadType: leadType, field: field,
                                            approvedYear: approved, registeredCapitalWan: capital, line: line))
        }
        record(table, rejected: rejected, in: &workspace)
        return (rejectedIDs, (table.header.column("approved_year") ?? 0) + 1)
    }

    private func loadReport(path: String, year: Int, centers: KnownCenters, workspace: inout Workspace,
                            diagnostics: inout [Diagnostic]) -> AnnualReport? {
        let file: CSVFile
        do { file = try CSVFile(path: path, encoding: encoding) } catch {
            diagnostics.append(Diagnostic(error))
            return nil
        }
        diagnostics.append(contentsOf: file.diagnostics)
        var report: AnnualReport?
        var header: CSVHeader?
        var idColumn = 0, yearColumn = 0
        var valueColumns: [Int] = []
        var kinds: [ValueKind?] = []
        var rowValues = ContiguousArray<Double>()
        var firstLine: [String: Int] = [:]
        var read = 0, rejected = 0
        var found: [Diagnostic] = []
        var usable = true
        var structural: [Diagnostic] = []
        defer { diagnostics.append(contentsOf: structural) }
        do {
            try CSVReader.forEachRecord(in: file.text, path: path, warnings: &structural) { record in
                guard let head = header else {
                    let head = CSVHeader(record: record, path: path, diagnostics: &found)
                    header = head
                    usable = head.require(["center_id", "year"], path: path, line: record.line, diagnostics: &found)
                    idColumn = head.column("center_id") ?? 0
                    yearColumn = head.column("year") ?? 0
                    var names: [String] = []
                    for (i, name) in head.names.enumerated() where i != idColumn && i != yearColumn && !name.isEmpty
                        && head.column(name) == i {
                        valueColumns.append(i)
                        names.append(name)
                        let column = IndicatorCatalogue.column(name.lowercased())
                        kinds.append(column?.kind)
                        if column == nil || column?.inReports == false {
                            found.append(Diagnostic(.unknownColumn(FileLocation(path: path, line: record.line, column: i + 1), name: name)))
                        }
                    }
                    report = AnnualReport(year: year, path: path, columns: names.map { IndicatorCatalogue.column($0.lowercased())?.code ?? $0 },
                                          headerLine: record.line, fileColumns: valueColumns.map { $0 + 1 })
                    return
                }
                var allEmpty = true
                for i in 0..<record.count where !record.isEmpty(i) { allEmpty = false; break }
                if allEmpty { return }
                read += 1
                guard usable else { rejected += 1; return }
                func at(_ column: Int) -> FileLocation { FileLocation(path: path, line: record.line, column: column + 1) }
                if record.count != head.names.count {
                    found.append(Diagnostic(.fieldCount(at(0), expected: head.names.count, found: record.count)))
                    rejected += 1
                    return
                }
                let id = record.string(idColumn)
                let yearText = record.string(yearColumn)
                var rowOK = true
                if let rowYear = Int(yearText) {
                    if rowYear != year {
                        found.append(Diagnostic(.yearMismatch(at(yearColumn), fileYear: year, rowYear: rowYear)))
                        rowOK = false
                    }
                } else {
                    found.append(Diagnostic(.invalidInteger(at(yearColumn), column: "year", text: yearText)))
                    rowOK = false
                }
                if id.isEmpty {
                    found.append(Diagnostic(.emptyRequiredField(at(idColumn), column: "center_id")))
                    rowOK = false
                } else if !centers.ids.contains(id) {
                    if let scalar = Identifier.invisibleScalar(in: id) {
                        found.append(Diagnostic(.invisibleCharacter(at(idColumn), column: "center_id", value: id, scalar: scalar.value)))
                    } else {
                        found.append(Diagnostic(centers.problem(at: at(idColumn), id: id)))
                    }
                    rowOK = false
                } else if rowOK, let first = firstLine[id] {
                    found.append(Diagnostic(.duplicateReport(at(idColumn), centerID: id, year: year, firstLine: first)))
                    rowOK = false
                }
                guard rowOK else { rejected += 1; return }
                firstLine[id] = record.line
                rowValues.removeAll(keepingCapacity: true)
                for (k, column) in valueColumns.enumerated() {
                    let name = head.names[column]
                    switch record.number(column) {
                    case .missing:
                        rowValues.append(.nan)
                    case .value(let v):
                        if let kind = kinds[k], kind != .ratio && kind != .score, Self.containsPercentSign(record.bytes(column)) {
                            found.append(Diagnostic(.percentInAmount(at(column), column: name, text: record.string(column), kind: kind)))
                            rowValues.append(.nan)
                        } else if let problem = Self.check(v, kind: kinds[k], location: at(column), column: name) {
                            found.append(problem)
                            rowValues.append(problem.severity == .error ? .nan : v)
                        } else {
                            rowValues.append(v)
                        }
                    case .invalid(let reason):
                        found.append(Diagnostic(Self.invalid(reason, location: at(column), column: name, text: record.string(column))))
                        rowValues.append(.nan)
                    }
                }
                report?.append(centerID: id, line: record.line, values: rowValues)
            }
        } catch {
            diagnostics.append(contentsOf: found)
            diagnostics.append(Diagnostic(error as? IngestError ?? .unreadable(path: path, code: EIO)))
            workspace.files.append(InputFile(path: path, sha256: file.sha256, bytes: file.byteCount, encoding: file.encoding,
                                             rowsRead: read, rowsRejected: read))
            return nil
        }
        diagnostics.append(contentsOf: found)
        workspace.files.append(InputFile(path: path, sha256: file.sha256, bytes: file.byteCount, encoding: file.encoding,
                                         rowsRead: read, rowsRejected: rejected))
        if header == nil { diagnostics.append(Diagnostic(.emptyFile(path: path))) }
        else if read == 0 && usable { diagnostics.append(Diagnostic(.reportWithoutRows(path: path, year: year))) }
        return usable ? report : nil
    }

    private func loadHistory(path: String, centers: KnownCenters, into workspace: inout Workspace, diagnostics: inout [Diagnostic]) {
        guard let table = readTable(path: path, optional: true, diagnostics: &diagnostics) else { return }
        let columns = ["center_id", "cycle", "grade", "status"]
        guard table.header.require(columns, path: path, line: table.headerLine, diagnostics: &diagnostics) else {
            record(table, rejected: table.rows.count, in: &workspace)
            return
        }
        warnUnknownColumns(table, known: Set(columns), diagnostics: &diagnostics)
        var rejected = 0
        var firstLine: [String: Int] = [:]
        for (row, line) in zip(table.rows, table.lines) {
            var cells = Cells(table: table, row: row, line: line)
            let id = cells.knownCenter(centers)
            let cycle = cells.cycle("cycle")
            let grade: Grade? = cells.isEmpty("grade") ? nil : cells.code("grade", as: Grade.self)
            let status = cells.code("status", as: Status.self)
            if let id, let cycle {
                let key = "\(id)\u{1F}\(cycle.lowerBound)-\(cycle.upperBound)"
                if let first = firstLine[key] {
                    cells.problems.append(Diagnostic(.duplicateRow(cells.location("center_id"), columns: ["center_id", "cycle"],
                                                                   values: [id, "\(cycle.lowerBound)-\(cycle.upperBound)"], firstLine: first)))
                } else if cells.errorFree {
                    firstLine[key] = line
                }
            }
            diagnostics.append(contentsOf: cells.problems)
            guard cells.errorFree, let id, let cycle, let status else { rejected += 1; continue }
            workspace.history.append(HistoryRecord(centerID: id, cycle: cycle, grade: grade, status: status, line: line))
        }
        record(table, rejected: rejected, in: &workspace)
    }

    private func loadEvents(path: String, centers: KnownCenters, into workspace: inout Workspace, diagnostics: inout [Diagnostic]) {
        guard let table = readTable(path: path, optional: true, diagnostics: &diagnostics) else { return }
        let required = ["center_id", "year", "event"]
        guard table.header.require(required, path: path, line: table.headerLine, diagnostics: &diagnostics) else {
            record(table, rejected: table.rows.count, in: &workspace)
            return
        }
        warnUnknownColumns(table, known: Set(required + ["note"]), diagnostics: &diagnostics)
        var rejected = 0
        var firstLine: [String: Int] = [:]
        for (row, line) in zip(table.rows, table.lines) {
            var cells = Cells(table: table, row: row, line: line)
            let id = cells.knownCenter(centers)
            let year = cells.integer("year")
            let kind = cells.code("event", as: EventKind.self)
            let note = cells.optional("note") ?? ""
            if let id, let year, let kind {
                let key = "\(id)\u{1F}\(year)\u{1F}\(kind.rawValue)"
                if let first = firstLine[key] {
                    cells.problems.append(Diagnostic(.duplicateRow(cells.location("center_id"), columns: ["center_id", "year", "event"],
                                                                   values: [id, String(year), kind.rawValue], firstLine: first)))
                } else if cells.errorFree {
                    firstLine[key] = line
                }
            }
            diagnostics.append(contentsOf: cells.problems)
            guard cells.errorFree, let id, let year, let kind else { rejected += 1; continue }
            workspace.events.append(EventRecord(centerID: id, year: year, kind: kind, note: note, line: line))
        }
        record(table, rejected: rejected, in: &workspace)
    }

    private func loadRatings(path: String, centers: KnownCenters, into workspace: inout Workspace, diagnostics: inout [Diagnostic]) {
        guard let table = readTable(path: path, optional: true, diagnostics: &diagnostics) else { return }
        let columns = ["center_id", "year", "rater", "score"]
        guard table.header.require(columns, path: path, line: table.headerLine, diagnostics: &diagnostics) else {
            record(table, rejected: table.rows.count, in: &workspace)
            return
        }
        warnUnknownColumns(table, known: Set(columns), diagnostics: &diagnostics)
        var rejected = 0
        var firstLine: [String: Int] = [:]
        for (row, line) in zip(table.rows, table.lines) {
            var cells = Cells(table: table, row: row, line: line)
            let id = cells.knownCenter(centers)
            let year = cells.integer("year")
            let rater = cells.required("rater")
            let score = cells.isEmpty("score") ? nil : cells.number("score", kind: .score)
            if cells.isEmpty("score") { _ = cells.required("score") }
            if let id, let year, let rater {
                let key = "\(id)\u{1F}\(year)\u{1F}\(rater)"
                if let first = firstLine[key] {
                    cells.problems.append(Diagnostic(.duplicateRow(cells.location("center_id"), columns: ["center_id", "year", "rater"],
                                                                   values: [id, String(year), rater], firstLine: first)))
                } else if cells.errorFree {
                    firstLine[key] = line
                }
            }
            diagnostics.append(contentsOf: cells.problems)
            guard cells.errorFree, let id, let year, let rater, let score, let value = score else { rejected += 1; continue }
            workspace.ratings.append(RatingRecord(centerID: id, year: year, rater: rater, score: value, line: line))
        }
        record(table, rejected: rejected, in: &workspace)
    }

    private func warnUnknownColumns(_ table: CSVTable, known: Set<String>, diagnostics: inout [Diagnostic]) {
        for (i, name) in table.header.names.enumerated() where !name.isEmpty && !known.contains(name.lowercased()) {
            diagnostics.append(Diagnostic(.unknownColumn(FileLocation(path: table.file.path, line: table.headerLine, column: i + 1), name: name)))
        }
    }

    // MARK: - Values

    /// The largest magnitude of a report value: 1e100, the limit of the scoring core (TICScoring's
    /// `ScoringLimits.maximumMagnitude`), so a huge value is reported at its cell, not as a scoring
    /// error about a cycle mean.
    static let maximumMagnitude = 1e100

    /// Checks a parsed value against its kind; returns the problem, if any.
    static func check(_ value: Double, kind: ValueKind?, location: FileLocation, column: String) -> Diagnostic? {
        guard let kind else { return nil }
        switch kind {
        case .count, .amount, .quantity:
            if value < 0 { return Diagnostic(.negativeValue(location, column: column, value: value)) }
            if value > maximumMagnitude {
                return Diagnostic(.outOfRange(location, column: column, value: value, minimum: 0, maximum: maximumMagnitude))
            }
            if kind == .count, value != value.rounded() { return Diagnostic(.fractionalCount(location, column: column, value: value)) }
        case .score:
            if value < 0 || value > 100 { return Diagnostic(.outOfRange(location, column: column, value: value, minimum: 0, maximum: 100)) }
        case .ratio:
            if abs(value) > maximumMagnitude {
                return Diagnostic(.outOfRange(location, column: column, value: value, minimum: -maximumMagnitude, maximum: maximumMagnitude))
            }
        }
        return nil
    }

    /// Whether a cell holds `%` or the full-width `％` (EF BC 85).
    static func containsPercentSign(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x25 { return true }
            if bytes[i] == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x85 { return true }
            i += 1
        }
        return false
    }

    /// The diagnostic for a cell that is not a number.
    static func invalid(_ reason: NumberProblem, location: FileLocation, column: String, text: String) -> IngestError {
        switch reason {
        case .notANumber: return .invalidNumber(location, column: column, text: text)
        case .nonFinite: return .nonFiniteNumber(location, column: column, text: text)
        case .excelError: return .excelErrorValue(location, column: column, text: text)
        case .date: return .dateInsteadOfNumber(location, column: column, text: text)
        }
    }
}

/// The registry's ids, and the ids of registry rows rejected for errors (a row elsewhere naming one
/// of those is refused with a pointer to the registry line, not as an unknown center).
struct KnownCenters {
    let ids: Set<String>
    let rejected: [String: Int]
    let registry: String

    /// The problem for a row naming `id`, which is not a usable center.
    func problem(at location: FileLocation, id: String) -> IngestError {
        if let line = rejected[id] { return .rejectedCenter(location, centerID: id, registry: FileLocation(path: registry, line: line)) }
        return .unknownCenter(location, centerID: id)
    }
}

/// The cells of one row of a small table, read by column name, collecting problems.
struct Cells {
    let table: CSVTable
    let row: [String]
    let line: Int
    var problems: [Diagnostic] = []

    init(table: CSVTable, row: [String], line: Int) {
        self.table = table
        self.row = row
        self.line = line
    }

    var errorFree: Bool { !problems.contains { $0.severity == .error } }

    func location(_ column: String) -> FileLocation {
        FileLocation(path: table.file.path, line: line, column: (table.header.column(column) ?? 0) + 1)
    }

    func optional(_ column: String) -> String? {
        guard let index = table.header.column(column) else { return nil }
        return row[index]
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
        if let value = T.allCases.first(where: { $0.zh == text }) { return value }
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
}

/// Parses cycles written `2019-2021` (also `2019–2021`, `2019~2021`, `2019至2021`).
public enum CycleParser {
    /// The years of the cycle, or nil when the text is not `start-end` with start ≤ end.
    public static func parse(_ text: String) -> ClosedRange<Int>? {
        let separators: Set<Character> = ["-", "–", "—", "~", "～", "至", "－"]
        let parts = text.split(whereSeparator: { separators.contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]), start <= end,
              (1900...2999).contains(start), (1900...2999).contains(end) else { return nil }
        return start...end
    }
}

/// Checks on identifiers that two files must spell alike.
enum Identifier {
    /// The first invisible or direction-changing character of `text` (format characters such as
    /// U+200B ZERO WIDTH SPACE, U+200E/U+200F marks, U+202A–U+202E and U+2066–U+2069 bidi controls,
    /// U+FEFF), or nil. Such an id looks identical to another on screen but never matches it.
    static func invisibleScalar(in text: String) -> Unicode.Scalar? {
        for scalar in text.unicodeScalars where !scalar.isASCII {
            if scalar.properties.generalCategory == .format || scalar.value == 0x3164 || scalar.value == 0x115F || scalar.value == 0x1160 {
                return scalar
            }
        }
        return nil
    }
}
