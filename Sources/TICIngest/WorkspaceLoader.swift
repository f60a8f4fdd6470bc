import Foundation
import TICSupport

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
    /// Report columns besides the catalogue's, known by the scheme's Chinese names and units
    /// (a scheme's own indicators); see ``ColumnVocabulary/reports(mapping:indicators:)``.
    public var indicators: [ColumnVocabulary.Entry] = []
    /// The report columns the evaluation needs as numbers (the scheme's); nil: every catalogue
    /// column. A column outside this set is read as numbers while every cell is one; a text cell
    /// keeps the whole column as text with one warning, never an error (the scheme does not use it).
    public var neededColumns: Set<String>?

    public init(encoding: EncodingChoice = .auto, cycle: ClosedRange<Int>? = nil) {
        self.encoding = encoding
        self.cycle = cycle
    }

    /// The registry columns every `centers.csv` must have.
    public static let centerColumns = ["center_id", "name", "level", "region", "category", "formation",
                                       "lead_type", "field", "approved_year", "registered_capital_wan"]
    /// The columns `centers.csv` may have besides ``centerColumns``.
    public static let optionalCenterColumns = ["lead_unit", "former_names", "platform"]

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
        var mapping = ColumnMapping()
        // Each file may be a CSV file or a workbook (centers.csv or centers.xlsx).
        func file(_ name: String) -> String { Self.resolve(name, in: rootPath, path: path, diagnostics: &diagnostics) }
        if let (read, file) = ColumnMapping.read(path: file(ColumnMapping.fileName), encoding: encoding,
                                                  knownCodes: ColumnMapping.knownCodes, diagnostics: &diagnostics) {
            mapping = read
            workspace.files.append(file)
        }
        let centersPath = file("centers.csv")
        let registry = loadCenters(path: centersPath, mapping: mapping, into: &workspace, diagnostics: &diagnostics)
        var known = KnownCenters(ids: Set(workspace.centers.map(\.id)), rejected: registry.rejected, registry: centersPath,
                                 usable: registry.usable, centers: workspace.centers)
        known.registrySheet = registry.sheet

        // Annual reports: every CSV file of reports/, each row keyed by (center_id, year).
        let reportsDir = path("reports")
        let files = Self.reportFiles(in: reportsDir, diagnostics: &diagnostics)
        if files.isEmpty { diagnostics.append(Diagnostic(.noReports(path: reportsDir))) }
        var byYear: [Int: AnnualReport] = [:]
        var seen: [String: (report: Int, row: Int)] = [:]
        var kept: [AnnualReport] = []
        for (file, year) in files {
            guard let source = source(path: file, optional: false, sheets: mapping.sheets, diagnostics: &diagnostics) else { continue }
            var (reports, input, found) = Self.readReports(source, year: year, centers: known,
                                                           vocabulary: .reports(mapping: mapping, indicators: indicators),
                                                           needed: neededColumns)
            diagnostics.append(contentsOf: found)
            var rejected = 0
            for report in reports {
                let merged = Self.withoutRepeats(report, earlier: kept, seen: &seen, diagnostics: &diagnostics, rejected: &rejected)
                kept.append(merged)
                if byYear[report.year] == nil { byYear[report.year] = merged } else { byYear[report.year]!.merge(merged) }
            }
            input.rowsRejected += rejected
            workspace.files.append(input)
        }
        workspace.reports = byYear.keys.sorted().map { byYear[$0]! }

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
                    FileLocation(path: centersPath, line: center.line, column: registry.approvedColumn, sheet: registry.sheet),
                    year: center.approvedYear, latestReport: latest)))
            }
        }

        loadHistory(path: file("history.csv"), centers: known, mapping: mapping, into: &workspace, diagnostics: &diagnostics)
        loadEvents(path: file("events.csv"), centers: known, mapping: mapping, into: &workspace, diagnostics: &diagnostics)
        loadRatings(path: file("ratings.csv"), centers: known, mapping: mapping, into: &workspace, diagnostics: &diagnostics)
        workspace.diagnostics = diagnostics.sorted()
        return workspace
    }

    // MARK: - Files

    /// The names the loader reads in the workspace folder itself.
    static let workspaceNames = ["centers.csv", "history.csv", "events.csv", "ratings.csv", "reports", ColumnMapping.fileName]

    /// The workspace file `name` (`centers.csv`) as present: the CSV file, or the workbook of the
    /// same name (`centers.xlsx`) when there is no CSV file. Both present is an error (the CSV file
    /// is read); neither gives the CSV name, for the message saying it is missing.
    static func resolve(_ name: String, in folder: String, path: (String) -> String, diagnostics: inout [Diagnostic]) -> String {
        let stem = stem(name)
        let entries = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? [])
        let workbooks = ["xlsx", "xlsm", "xls", "et"].map { "\(stem).\($0)" }.filter { entries.contains($0) }
        if entries.contains(name) {
            for workbook in workbooks {
                diagnostics.append(Diagnostic(.nameDiffersOnlyInExtension(path: path(workbook), read: path(name))))
            }
            return path(name)
        }
        guard let first = workbooks.first else { return path(name) }
        for other in workbooks.dropFirst() {
            diagnostics.append(Diagnostic(.nameDiffersOnlyInExtension(path: path(other), read: path(first))))
        }
        return path(first)
    }

    /// The extensions of files the loader reads: CSV, and workbooks (`.xls` and `.et` are read only
    /// to be refused with what to do).
    static let tableExtensions = ["csv", "xlsx", "xlsm", "xls", "et"]

    /// Whether `name` is a workbook by its extension.
    static func isWorkbook(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["xlsx", "xlsm", "xls", "et"].contains { lower.hasSuffix("." + $0) }
    }

    /// The report files of `folder` in reading order (files named by a year first, by year, then
    /// the others by name) with the year their name gives. Hidden files (and Excel's `~$` lock
    /// files) are skipped; a file that is neither CSV nor a workbook is ignored with a warning;
    /// names that differ only in letter case or extension are errors (one of them is read: the CSV
    /// file, else the first by name).
    static func reportFiles(in folder: String, diagnostics: inout [Diagnostic]) -> [(path: String, year: Int?)] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }.sorted()
        let variants = caseVariants(among: names)
        let tables = names.filter { name in tableExtensions.contains { name.lowercased().hasSuffix("." + $0) } }
        var csvStems: [String: String] = [:]
        for name in tables.sorted(by: { ($0.lowercased().hasSuffix(".csv") ? 0 : 1, $0) < ($1.lowercased().hasSuffix(".csv") ? 0 : 1, $1) })
        where csvStems[stem(name).lowercased()] == nil {
            csvStems[stem(name).lowercased()] = name
        }
        var named: [(String, Int)] = [], others: [String] = []
        for name in names {
            let full = "\(folder)/\(name)"
            if let read = variants[name] {
                diagnostics.append(Diagnostic(.nameDiffersOnlyInCase(path: full, read: "\(folder)/\(read)")))
                continue
            }
            guard let read = csvStems[stem(name).lowercased()], read == name else {
                if let csv = csvStems[stem(name).lowercased()] {
                    diagnostics.append(Diagnostic(.nameDiffersOnlyInExtension(path: full, read: "\(folder)/\(csv)")))
                } else {
                    diagnostics.append(Diagnostic(.ignoredFile(path: full)))
                }
                continue
            }
            if let year = year(fromFileName: name) { named.append((full, year)) } else { others.append(full) }
        }
        return named.sorted { $0.1 < $1.1 }.map { ($0.0, $0.1) } + others.map { ($0, nil) }
    }

    /// The name without its last extension.
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The year of a report file named `2023.csv` (also `2023年.csv`, `2023年度.csv`), nil for any other name.
    static func year(fromFileName name: String) -> Int? {
        var s = stem(name)
        for suffix in ["年度", "年"] where s.hasSuffix(suffix) { s = String(s.dropLast(suffix.count)); break }
        guard s.count == 4, s.allSatisfy(\.isASCII), let year = Int(s), (1900...2999).contains(year) else { return nil }
        return year
    }

    /// `report` without the rows an earlier report file already gave for the same center and year:
    /// an identical row is a warning (counted once), a different one an error; both name the first
    /// row. `seen` holds the (report, row) of every row kept so far, `earlier` the reports kept.
    /// - Complexity: one dictionary lookup per row; the report is copied only when a row is dropped.
    static func withoutRepeats(_ report: AnnualReport, earlier: [AnnualReport], seen: inout [String: (report: Int, row: Int)],
                               diagnostics: inout [Diagnostic], rejected: inout Int) -> AnnualReport {
        var dropped: [Int] = []
        let columnCount = report.columns.count
        for row in 0..<report.rowCount {
            let id = report.centerIDs[row]
            let key = UniqueKeys.key(id, String(report.year))
            guard let first = seen[key] else {
                seen[key] = (earlier.count, row - dropped.count)
                continue
            }
            let other = earlier[first.report]
            var same = Set(other.columns) == Set(report.columns)
            for (j, column) in report.columns.enumerated() where same {
                let v = report.values[row * columnCount + j]
                let w = other.values[first.row * other.columns.count + other.columnIndex(of: column)!]
                same = v == w || (v.isNaN && w.isNaN)
            }
            let location = report.location(ofRow: row)
            let firstLocation = other.location(ofRow: first.row)
            diagnostics.append(Diagnostic(same ? .repeatedReport(location, centerID: id, year: report.year, first: firstLocation)
                                               : .conflictingReport(location, centerID: id, year: report.year, first: firstLocation)))
            if !same { rejected += 1 }
            dropped.append(row)
        }
        guard !dropped.isEmpty else { return report }
        let skip = Set(dropped)
        var kept = AnnualReport(year: report.year, path: report.path, columns: report.columns,
                                headerLine: report.headerLine, fileColumns: report.fileColumns, sheet: report.sheet)
        for row in 0..<report.rowCount where !skip.contains(row) {
            kept.append(centerID: report.centerIDs[row], line: report.lines[row], values: report.rowValues(row))
        }
        return kept
    }

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

    /// Opens a workspace file as a table; nil when it cannot be read (with the problem) or when an
    /// `optional` file is absent.
    private func source(path: String, optional: Bool, sheets: [String] = [], diagnostics: inout [Diagnostic]) -> (any TableSource)? {
        if optional && !FileManager.default.fileExists(atPath: path) { return nil }
        do {
            if Self.isWorkbook(path) { return try XLSXSource(path: path, sheetNames: sheets) }
            return try CSVSource(path: path, encoding: encoding)
        } catch {
            diagnostics.append(Diagnostic(error))
            return nil
        }
    }

    /// Reads a table of records (the registry, history, events, ratings): `body` turns each row's
    /// cells into a record, or nil to reject the row. A file that cannot be read to its end keeps
    /// nothing but that problem; a file without a required column keeps no record.
    /// - Returns: the records and the reader's outcome; nil when the file was not read.
    private func readRecords<Record>(path: String, optional: Bool, columns: TableReader.Columns, centers: KnownCenters? = nil,
                                     sheets: [String] = [], workspace: inout Workspace, diagnostics: inout [Diagnostic],
                                     _ body: (inout Cells) -> Record?) -> ([Record], TableReader.Outcome)? {
        guard let source = source(path: path, optional: optional, sheets: sheets, diagnostics: &diagnostics) else { return nil }
        var records: [Record] = []
        let outcome = TableReader.read(source, columns: columns) { cells in
            guard let record = body(&cells) else { return false }
            records.append(record)
            return true
        }
        diagnostics.append(contentsOf: source.notes)
        if let failure = outcome.failure {
            diagnostics.append(Diagnostic(failure))
            return nil
        }
        diagnostics.append(contentsOf: outcome.structural)
        guard outcome.header != nil || outcome.noHeader else {
            diagnostics.append(Diagnostic(.emptyFile(path: path)))
            return nil
        }
        diagnostics.append(contentsOf: outcome.headerProblems)
        diagnostics.append(contentsOf: outcome.rowProblems)
        if let centers, !centers.usable, outcome.usable, outcome.rowsRead > 0 {
            diagnostics.append(Diagnostic(.rowsNotChecked(path: path, rows: outcome.rowsRead, registry: centers.registry)))
        }
        var input = source.inputFile(rowsRead: outcome.rowsRead, rowsRejected: outcome.rowsRejected)
        input.adaptations = outcome.adaptations
        workspace.files.append(input)
        guard outcome.header != nil else { return nil }
        return (records, outcome)
    }

    /// The earliest approval year accepted in `centers.csv`.
    public static let earliestApprovalYear = 1949

    /// What reading the registry left for the other files.
    struct Registry {
        /// The ids of rows rejected for errors, with their lines.
        var rejected: [String: Int] = [:]
        /// The 1-based column of `approved_year`.
        var approvedColumn = 1
        /// Whether the registry was read (its header found, with every required column).
        var usable = false
        /// The sheet read, when the registry is a workbook.
        var sheet: String?
    }

    /// Reads the registry.
    private func loadCenters(path: String, mapping: ColumnMapping, into workspace: inout Workspace,
                             diagnostics: inout [Diagnostic]) -> Registry {
        var keys = UniqueKeys()
        var registry = Registry()
        var columns = TableReader.Columns(required: Self.centerColumns, known: Set(Self.centerColumns + Self.optionalCenterColumns))
        columns.vocabulary = .centers(mapping: mapping)
        let read = readRecords(path: path, optional: false, columns: columns, sheets: mapping.sheets, workspace: &workspace,
                               diagnostics: &diagnostics) { cells -> Center? in
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
            let platform = cells.isEmpty("platform") ? Platform.tic : cells.code("platform", as: Platform.self)
            if let id, let first = keys.firstLine(of: id) {
                cells.problems.append(Diagnostic(.duplicateCenter(cells.location("center_id"), centerID: id, firstLine: first)))
            }
            guard cells.errorFree, let id, let name, let level, let region, let category, let formation,
                  let leadType, let field, let approved, let capital, let platform else {
                if let id, registry.rejected[id] == nil { registry.rejected[id] = cells.line }
                return nil
            }
            keys.use(id, line: cells.line)
            var center = Center(id: id, name: name, level: level, region: region, category: category,
                                formation: formation, leadType: leadType, field: field,
                                approvedYear: approved, registeredCapitalWan: capital, line: cells.line)
            center.platform = platform
            if let unit = cells.optional("lead_unit"), !unit.isEmpty { center.leadUnit = unit }
            if let former = cells.optional("former_names"), !former.isEmpty {
                center.formerNames = former.split(whereSeparator: { ";；、|".contains($0) }).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            }
            return center
        }
        guard let read, read.1.usable else { return registry }
        let (centers, outcome) = read
        if outcome.rowsRead == 0 { diagnostics.append(Diagnostic(.noCenters(path: path))) }
        workspace.centers += centers
        registry.usable = true
        registry.sheet = outcome.sheet
        registry.approvedColumn = (outcome.header?.column("approved_year") ?? 0) + 1
        return registry
    }

    /// Reads one annual report as ``load(root:)`` does, with the registry's ids given.
    ///
    /// - Parameters:
    ///   - path: the report file, named `<year>.csv` in a workspace.
    ///   - year: the year the file's name gives; every row stating a year must state this one.
    ///   - centerIDs: the ids of the registry; a row naming another id is rejected.
    /// - Returns: the report (nil when the file cannot be used) and every problem found, unsorted.
    public func readReport(path: String, year: Int, centerIDs: Set<String>) -> (report: AnnualReport?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let source = source(path: path, optional: false, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let known = KnownCenters(ids: centerIDs, rejected: [:], registry: "centers.csv", usable: true, centers: [])
        let (reports, _, found) = Self.readReports(source, year: year, centers: known, vocabulary: .reports(indicators: indicators),
                                                   needed: neededColumns)
        // With the file's year given, every row kept states it: one report at most.
        return (reports.first, found)
    }

    /// Codes of report columns that hold text, never read as numbers.
    static let textCodes: Set<String> = ["name", "lead_unit", "former_names", "note", "event", "rater", ColumnMapping.textCode]

    /// Reads one report file: `center_id` required; `year` required unless the file's name gives
    /// it (`fileYear`); `name` (中心名称) kept as text and compared with the registry; every other
    /// column a catalogue indicator (an unknown one is kept, with a warning). A row whose id or
    /// year is wrong is rejected; a cell that is not a usable value is missing (NaN) with its problem.
    /// - Returns: one report per year the rows state, ascending; the file's entry; the problems.
    static func readReports(_ source: some TableSource, year fileYear: Int?, centers: KnownCenters, vocabulary: ColumnVocabulary,
                            needed: Set<String>? = nil)
        -> (reports: [AnnualReport], file: InputFile, diagnostics: [Diagnostic]) {
        let path = source.path
        var reports: [Int: AnnualReport] = [:]
        var names: [String] = []
        var idColumn = 0
        var yearColumn: Int?
        var nameColumn: Int?
        var valueColumns: [Int] = []
        var valueCodes: [String] = []
        var kinds: [ValueKind?] = []
        // Unknown columns (no catalogue indicator, not in columns.csv): read as numbers unless a
        // cell is text; then the whole column is kept as text (one warning), never half-read.
        var lenient: [Bool] = []
        var unusedColumn: [Bool] = []
        var textCells: [Int: (location: FileLocation, text: String, count: Int)] = [:]
        var textNames: [String] = []
        var formerNames = 0
        var headerLine = 1
        var rowValues = ContiguousArray<Double>()
        var keys = UniqueKeys()
        var columns = TableReader.Columns(required: fileYear == nil ? ["center_id", "year"] : ["center_id"],
                                          withoutRequired: .unknownColumns) { name, i, header in
            // The id and year columns (the first when one is missing), and repeated names, are not value columns.
            if i == header.column("center_id") ?? 0 || i == header.column("year") ?? 0 || header.column(header.codes[i]) != i { return true }
            return IndicatorCatalogue.column(header.codes[i])?.inReports == true
        }
        columns.vocabulary = vocabulary
        let outcome = TableReader.read(source, columns: columns, header: { header, line in
            names = header.names
            headerLine = line
            idColumn = header.column("center_id") ?? 0
            yearColumn = header.column("year")
            nameColumn = header.column("name")
            for (i, name) in header.names.enumerated() where i != idColumn && i != yearColumn && !name.isEmpty
                && header.column(header.codes[i]) == i {
                let code = header.codes[i]
                if textCodes.contains(code) {
                    if code != ColumnMapping.textCode { textNames.append(name) }
                    continue
                }
                valueColumns.append(i)
                valueCodes.append(IndicatorCatalogue.column(code)?.code ?? (code == name.lowercased() ? name : code))
                kinds.append(IndicatorCatalogue.column(code)?.kind)
                let unknown = IndicatorCatalogue.column(code) == nil && code == name.lowercased()
                let unused = needed.map { !$0.contains(IndicatorCatalogue.column(code)?.code ?? code) } ?? false
                lenient.append(unknown || unused)
                unusedColumn.append(unused && !unknown)
            }
        }, row: { cells in
            let row = cells.row
            let id = row.string(idColumn)
            var rowOK = true
            var rowYear = fileYear ?? 0
            if let yearColumn {
                let yearText = row.string(yearColumn)
                if let stated = Int(yearText), (1900...2999).contains(stated) {
                    if let fileYear, stated != fileYear {
                        cells.problems.append(Diagnostic(.yearMismatch(row.location(yearColumn), fileYear: fileYear, rowYear: stated)))
                        rowOK = false
                    }
                    rowYear = stated
                } else {
                    cells.problems.append(Diagnostic(.invalidInteger(row.location(yearColumn), column: "year", text: yearText)))
                    rowOK = false
                }
            }
            if !centers.usable { return false }
            if id.isEmpty {
                let values = valueColumns.contains { $0 < row.count && !row.isEmpty($0) }
                cells.problems.append(Diagnostic(values ? .valuesWithoutID(row.location(idColumn))
                                                        : .emptyRequiredField(row.location(idColumn), column: "center_id")))
                rowOK = false
            } else if !centers.ids.contains(id) {
                if let scalar = Identifier.invisibleScalar(in: id) {
                    cells.problems.append(Diagnostic(.invisibleCharacter(row.location(idColumn), column: "center_id", value: id, scalar: scalar.value)))
                } else {
                    cells.problems.append(Diagnostic(centers.problem(at: row.location(idColumn), id: id)))
                }
                rowOK = false
            } else if rowOK, let first = keys.firstLine(of: UniqueKeys.key(id, String(rowYear))) {
                cells.problems.append(Diagnostic(.duplicateReport(row.location(idColumn), centerID: id, year: rowYear, firstLine: first)))
                rowOK = false
            }
            guard rowOK else { return false }
            if let nameColumn, let center = centers.byID[id] {
                let written = row.string(nameColumn)
                if !written.isEmpty && written != center.name {
                    if center.formerNames?.contains(written) == true {
                        formerNames += 1
                    } else {
                        cells.problems.append(Diagnostic(.nameDiffers(row.location(nameColumn), centerID: id, found: written, registered: center.name,
                                                                      registry: FileLocation(path: centers.registry, line: center.line, sheet: centers.registrySheet))))
                    }
                }
            }
            keys.use(UniqueKeys.key(id, String(rowYear)), line: row.line)
            rowValues.removeAll(keepingCapacity: true)
            for (k, column) in valueColumns.enumerated() {
                if lenient[k], case .invalid = row.number(column) {
                    let text = textCells[k]
                    textCells[k] = (text?.location ?? row.location(column), text?.text ?? row.string(column), (text?.count ?? 0) + 1)
                    rowValues.append(.nan)
                    continue
                }
                rowValues.append(cells.measurement(column, name: names[column], kind: kinds[k]))
            }
            if reports[rowYear] == nil {
                reports[rowYear] = AnnualReport(year: rowYear, path: path, columns: valueCodes,
                                                headerLine: headerLine, fileColumns: valueColumns.map { $0 + 1 }, sheet: source.sheetName)
            }
            reports[rowYear]!.append(centerID: id, line: row.line, values: rowValues)
            return true
        })
        var diagnostics = source.notes
        if !textCells.isEmpty {
            for (k, text) in textCells.sorted(by: { $0.key < $1.key }) {
                let column = names[valueColumns[k]]
                diagnostics.append(Diagnostic(unusedColumn[k] ? .textInUnusedColumn(text.location, column: column, text: text.text, cells: text.count)
                                                              : .textInUnknownColumn(text.location, column: column, text: text.text, cells: text.count)))
                textNames.append(names[valueColumns[k]])
            }
            let kept = valueCodes.indices.filter { textCells[$0] == nil }
            for (year, report) in reports { reports[year] = report.keeping(columns: kept) }
            valueCodes = kept.map { valueCodes[$0] }
            valueColumns = kept.map { valueColumns[$0] }
        }
        var headerProblems = outcome.headerProblems
        if fileYear == nil, let k = headerProblems.firstIndex(where: {
            if case .missingColumn(_, "year") = $0.problem { return true } else { return false } }) {
            headerProblems[k] = Diagnostic(.missingYearColumn(headerProblems[k].location))
        }
        diagnostics.append(contentsOf: headerProblems)
        diagnostics.append(contentsOf: outcome.rowProblems)
        var input = source.inputFile(rowsRead: outcome.rowsRead, rowsRejected: outcome.rowsRejected)
        if let failure = outcome.failure {
            diagnostics.append(Diagnostic(failure))
            diagnostics.append(contentsOf: outcome.structural)
            input.rowsRejected = outcome.rowsRead
            return ([], input, diagnostics)
        }
        if outcome.header == nil && !outcome.noHeader { diagnostics.append(Diagnostic(.emptyFile(path: path))) }
        else if outcome.rowsRead == 0 && outcome.usable, let fileYear { diagnostics.append(Diagnostic(.reportWithoutRows(path: path, year: fileYear))) }
        if outcome.usable && !centers.usable && outcome.rowsRead > 0 {
            diagnostics.append(Diagnostic(.rowsNotChecked(path: path, rows: outcome.rowsRead, registry: centers.registry)))
        }
        diagnostics.append(contentsOf: outcome.structural)
        input.adaptations = outcome.adaptations
        if !textNames.isEmpty { input.adaptations.append(.textColumns(names: textNames)) }
        if formerNames > 0 { input.adaptations.append(.formerNames(count: formerNames)) }
        if fileYear == nil && !reports.isEmpty { input.adaptations.append(.rowsByYear(years: reports.keys.sorted())) }
        guard outcome.usable else { return ([], input, diagnostics) }
        // A usable file without rows still gives its year's (empty) report, as before.
        if reports.isEmpty, let fileYear {
            reports[fileYear] = AnnualReport(year: fileYear, path: path, columns: valueCodes, headerLine: headerLine,
                                             fileColumns: valueColumns.map { $0 + 1 })
        }
        return (reports.keys.sorted().map { reports[$0]! }, input, diagnostics)
    }

    private func loadHistory(path: String, centers: KnownCenters, mapping: ColumnMapping, into workspace: inout Workspace, diagnostics: inout [Diagnostic]) {
        let required = ["center_id", "cycle", "grade", "status"]
        var keys = UniqueKeys()
        let read = readRecords(path: path, optional: true, columns: Self.columns(required, known: Set(required), .history(mapping: mapping)), centers: centers, sheets: mapping.sheets,
                               workspace: &workspace, diagnostics: &diagnostics) { cells -> HistoryRecord? in
            let id = cells.knownCenter(centers)
            let cycle = cells.cycle("cycle")
            let grade: Grade? = cells.isEmpty("grade") ? nil : cells.code("grade", as: Grade.self)
            let status = cells.code("status", as: Status.self)
            if let id, let cycle {
                let cycleText = "\(cycle.lowerBound)-\(cycle.upperBound)"
                Self.checkDuplicate(UniqueKeys.key(id, cycleText), in: &keys, cells: &cells,
                                    columns: ["center_id", "cycle"], values: [id, cycleText])
            }
            guard cells.errorFree, let id, let cycle, let status else { return nil }
            return HistoryRecord(centerID: id, cycle: cycle, grade: grade, status: status, line: cells.line)
        }
        workspace.history += read?.0 ?? []
    }

    private func loadEvents(path: String, centers: KnownCenters, mapping: ColumnMapping, into workspace: inout Workspace, diagnostics: inout [Diagnostic]) {
        let required = ["center_id", "year", "event"]
        var keys = UniqueKeys()
        let read = readRecords(path: path, optional: true, columns: Self.columns(required, known: Set(required + ["note"]), .events(mapping: mapping)), centers: centers, sheets: mapping.sheets,
                               workspace: &workspace, diagnostics: &diagnostics) { cells -> EventRecord? in
            let id = cells.knownCenter(centers)
            let year = cells.integer("year")
            let kind = cells.code("event", as: EventKind.self)
            let note = cells.optional("note") ?? ""
            if let id, let year, let kind {
                Self.checkDuplicate(UniqueKeys.key(id, String(year), kind.rawValue), in: &keys, cells: &cells,
                                    columns: ["center_id", "year", "event"], values: [id, String(year), kind.rawValue])
            }
            guard cells.errorFree, let id, let year, let kind else { return nil }
            return EventRecord(centerID: id, year: year, kind: kind, note: note, line: cells.line)
        }
        workspace.events += read?.0 ?? []
    }

    private func loadRatings(path: String, centers: KnownCenters, mapping: ColumnMapping, into workspace: inout Workspace, diagnostics: inout [Diagnostic]) {
        let required = ["center_id", "year", "rater", "score"]
        var keys = UniqueKeys()
        let read = readRecords(path: path, optional: true, columns: Self.columns(required, known: Set(required), .ratings(mapping: mapping)), centers: centers, sheets: mapping.sheets,
                               workspace: &workspace, diagnostics: &diagnostics) { cells -> RatingRecord? in
            let id = cells.knownCenter(centers)
            let year = cells.integer("year")
            let rater = cells.required("rater")
            let score = cells.isEmpty("score") ? nil : cells.number("score", kind: .score)
            if cells.isEmpty("score") { _ = cells.required("score") }
            if let id, let year, let rater {
                Self.checkDuplicate(UniqueKeys.key(id, String(year), rater), in: &keys, cells: &cells,
                                    columns: ["center_id", "year", "rater"], values: [id, String(year), rater])
            }
            guard cells.errorFree, let id, let year, let rater, let score, let value = score else { return nil }
            return RatingRecord(centerID: id, year: year, rater: rater, score: value, line: cells.line)
        }
        workspace.ratings += read?.0 ?? []
    }

    /// The columns of an optional file, read with the layout stage.
    private static func columns(_ required: [String], known: Set<String>, _ vocabulary: ColumnVocabulary) -> TableReader.Columns {
        var columns = TableReader.Columns(required: required, known: known)
        columns.vocabulary = vocabulary
        return columns
    }

    /// A row of an optional file whose key an earlier used row has is a duplicate (an error at its
    /// `center_id`); otherwise, when the row has no error so far, it becomes the key's first row.
    private static func checkDuplicate(_ key: String, in keys: inout UniqueKeys, cells: inout Cells,
                                       columns: [String], values: [String]) {
        if let first = keys.firstLine(of: key) {
            cells.problems.append(Diagnostic(.duplicateRow(cells.location("center_id"), columns: columns, values: values, firstLine: first)))
        } else if cells.errorFree {
            keys.use(key, line: cells.line)
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
    /// The registry's sheet, when it is a workbook.
    var registrySheet: String?
    /// Whether the registry was read; when not, rows elsewhere are not checked one by one.
    var usable = true
    /// The registry's centers by id (names and former names for the reports' name column).
    var byID: [String: Center] = [:]

    init(ids: Set<String>, rejected: [String: Int], registry: String, usable: Bool = true, centers: [Center] = []) {
        self.ids = ids
        self.rejected = rejected
        self.registry = registry
        self.usable = usable
        self.byID = Dictionary(centers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The problem for a row naming `id`, which is not a usable center.
    func problem(at location: FileLocation, id: String) -> IngestError {
        if let line = rejected[id] { return .rejectedCenter(location, centerID: id, registry: FileLocation(path: registry, line: line, sheet: registrySheet)) }
        if let registered = Self.withLeadingZeros(id, among: ids) { return .leadingZerosLost(location, centerID: id, registered: registered) }
        return .unknownCenter(location, centerID: id)
    }

    /// The registered id that `id` is with its leading zeros restored (`12` → `0012`), when `id` is
    /// all digits and exactly one registered id is: a spreadsheet program read the id as a number
    /// and dropped its zeros.
    static func withLeadingZeros(_ id: String, among ids: Set<String>) -> String? {
        guard !id.isEmpty, id.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let matches = ids.filter { registered in
            registered.count > id.count && registered.hasSuffix(id)
                && registered.dropLast(id.count).allSatisfy { $0 == "0" }
        }
        return matches.count == 1 ? matches.first : nil
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
