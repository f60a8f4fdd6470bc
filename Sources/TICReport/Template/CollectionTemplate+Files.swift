import TICIngest
import TICSupport

extension CollectionTemplate {
    /// The template for the whole department, relative path → bytes:
    /// - xlsx: `centers.xlsx` (中心名录, 说明) and `reports/2025.xlsx` (2025年度报告, 说明);
    /// - csv: `centers.csv`, `reports/2025.csv` (UTF-8 with a BOM) and `说明.txt`.
    ///
    /// The folder is a workspace once filled in: `ticeval evaluate DIR --scheme …` reads it as it is.
    /// The registry holds ``centers`` when given; the report has no rows (a row left with its key
    /// alone would be read as a report whose every value is missing).
    public func files(format: FileFormat) -> [(name: String, bytes: [UInt8])] {
        let text = CollectionTemplateText(language: language)
        let reportName = "reports/\(year).\(format.rawValue)", centersName = "centers.\(format.rawValue)"
        switch format {
        case .xlsx:
            let instructions = instructionsSheet(perCenter: false, format: format)
            let rows = max(centers.count, Self.blankRows)
            return [
                (centersName, WorkbookWriter(sheets: [centersSheet(validatedRows: rows), instructions]).bytes()),
                (reportName, WorkbookWriter(sheets: [reportSheet(for: [], validatedRows: rows), instructions]).bytes()),
            ]
        case .csv:
            return [
                (centersName, CSVExport().encode(header: Self.centerColumns.map(\.header), rows: centerRows())),
                (reportName, CSVExport().encode(header: reportColumns.map(\.header), rows: [])),
                (CollectionTemplateText.instructionsFileName, instructionsText(perCenter: false, format: format, text: text)),
            ]
        }
    }

    /// One report file per center of ``centers`` (``perCenterName(_:format:)``), its id, name and
    /// year filled in, with last year's values for reference where they can never be read as data:
    /// - xlsx: the sheets 2025年度报告 (read), 2024年数据（仅供参考） (a list of indicator, unit and
    ///   value, with no 中心编号 header, after the first sheet: never read), 说明;
    /// - csv: `reports/2025-ID.csv`, `reference/2024-ID.csv` (outside `reports/`) and `说明.txt`.
    public func perCenterFiles(format: FileFormat) -> [(name: String, bytes: [UInt8])] {
        let text = CollectionTemplateText(language: language)
        var files: [(name: String, bytes: [UInt8])] = []
        switch format {
        case .xlsx:
            let instructions = instructionsSheet(perCenter: true, format: format)
            for center in centers {
                let sheets = [reportSheet(for: [center], validatedRows: 1), referenceSheet(for: center), instructions]
                files.append((perCenterName(center, format: format), WorkbookWriter(sheets: sheets).bytes()))
            }
        case .csv:
            for center in centers {
                files.append((perCenterName(center, format: format),
                              CSVExport().encode(header: reportColumns.map(\.header), rows: reportRows(for: [center]))))
            }
            for center in centers {
                let rows = referenceRows(for: center, text: text).map { $0.map(Self.text(of:)) }
                files.append(("reference/\(year - 1)-\(center.id).csv",
                              CSVExport().encode(header: rows[0], rows: Array(rows.dropFirst()))))
            }
            files.append((CollectionTemplateText.instructionsFileName, instructionsText(perCenter: true, format: format, text: text)))
        }
        return files
    }

    // MARK: - Sheets

    /// The report sheet: the header (bold, frozen), a row per center with id, name and year, and the
    /// validations of the first `validatedRows` data rows.
    public func reportSheet(for centers: [Center], validatedRows: Int) -> WorkbookWriter.Sheet {
        let columns = reportColumns
        let rows: [[WorkbookWriter.Cell]] = [columns.map { .header($0.header) }]
            + centers.map { center in
                [.text(center.id), .text(center.name), .number(Double(year))] + Array(repeating: .empty, count: columns.count - 3)
            }
        return WorkbookWriter.Sheet(name: CollectionTemplateText.reportSheetName(year: year), rows: rows, frozenRows: 1,
                                    columnWidths: columns.map(Self.width), validations: validations(columns, rows: validatedRows))
    }

    /// The registry sheet: the header, a row per center of ``centers`` (values as Chinese labels,
    /// numbers as number cells), drop-down lists of the labels.
    public func centersSheet(validatedRows: Int) -> WorkbookWriter.Sheet {
        let columns = Self.centerColumns
        let rows: [[WorkbookWriter.Cell]] = [columns.map { .header($0.header) }] + centerRows().map { row in
            zip(columns, row).map { column, value in
                switch column.rule {
                case _ where value.isEmpty: .empty
                case .anyYear, .nonNegative: Double(value).map { .number($0) } ?? .text(value)
                default: .text(value)
                }
            }
        }
        return WorkbookWriter.Sheet(name: CollectionTemplateText.centersSheetName, rows: rows, frozenRows: 1,
                                    columnWidths: columns.map(Self.width), validations: validations(columns, rows: validatedRows))
    }

    /// The instructions sheet: the introduction, then the columns of the report (and of the
    /// registry, unless `perCenter`) with meaning, unit and rule.
    public func instructionsSheet(perCenter: Bool, format: FileFormat) -> WorkbookWriter.Sheet {
        let text = CollectionTemplateText(language: language)
        var rows: [[WorkbookWriter.Cell]] = []
        for (index, line) in text.introduction(self, perCenter: perCenter, format: format).enumerated() {
            rows.append(line.isEmpty ? [] : [index == 0 ? .header(line) : .text(line)])
        }
        for (heading, columns) in columnTables(perCenter: perCenter, text: text) {
            rows.append([.header(heading)])
            rows.append(text.columnTableHeader.map { .header($0) })
            rows += columns.map { text.columnRow($0).map { $0.isEmpty ? .empty : .text($0) } }
            rows.append([])
        }
        return WorkbookWriter.Sheet(name: text.instructionsSheetName, rows: rows, columnWidths: [34, 8, 70, 40])
    }

    /// A center's reference sheet: a notice, then indicator, unit and last year's value, one a row.
    public func referenceSheet(for center: Center) -> WorkbookWriter.Sheet {
        let text = CollectionTemplateText(language: language)
        return WorkbookWriter.Sheet(name: CollectionTemplateText.referenceSheetName(year: year - 1),
                                    rows: [[.header(text.referenceNotice(center, previousYear: year - 1, year: year))], []]
                                        + referenceRows(for: center, text: text),
                                    columnWidths: [34, 8, 22])
    }

    // MARK: - Parts

    /// The table of a reference: a header, then one row per report column; a sentence when the
    /// center has no report last year.
    private func referenceRows(for center: Center, text: CollectionTemplateText) -> [[WorkbookWriter.Cell]] {
        guard let values = previousValues(of: center) else { return [[.text(text.noPreviousReport(previousYear: year - 1))]] }
        return [text.referenceHeader(previousYear: year - 1).map { .header($0) }] + values.map { column, value in
            [.text(column.name), column.unit.map { .text($0) } ?? .empty, value.map { .number($0) } ?? .text(text.notReported)]
        }
    }

    /// The column tables of the instructions: the report's, then the registry's (not per center).
    private func columnTables(perCenter: Bool, text: CollectionTemplateText) -> [(String, [Column])] {
        [(text.reportHeading(year: year), reportColumns)] + (perCenter ? [] : [(text.registryHeading, Self.centerColumns)])
    }

    /// `说明.txt` of a CSV template: the introduction and the column tables, UTF-8 with a BOM, CRLF
    /// (Notepad on Chinese Windows).
    private func instructionsText(perCenter: Bool, format: FileFormat, text: CollectionTemplateText) -> [UInt8] {
        var lines = text.introduction(self, perCenter: perCenter, format: format)
        for (heading, columns) in columnTables(perCenter: perCenter, text: text) {
            lines.append(heading)
            for column in columns {
                let row = text.columnRow(column)
                lines.append("- \(row[0])" + text.language.pick("：\(row[2])；\(row[3])", ": \(row[2]); \(row[3])"))
            }
            lines.append("")
        }
        return [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8)
    }

    /// The validations of `columns` on data rows 2…`rows` + 1 (none for text and unknown numbers).
    private func validations(_ columns: [Column], rows: Int) -> [WorkbookWriter.Validation] {
        let text = CollectionTemplateText(language: language)
        return columns.enumerated().compactMap { index, column in
            let rule: WorkbookWriter.Validation.Rule
            switch column.rule {
            case .text, .number: return nil
            case .count: rule = .wholeNumber(0, Int(Int32.max))
            case .nonNegative: rule = .decimalAtLeast(0)
            case .year(let year): rule = .wholeNumber(year, year)
            case .anyYear: rule = .wholeNumber(1900, 2999)
            case .choice(let labels): rule = .list(labels)
            }
            let message = text.validationMessage(column.rule)
            return WorkbookWriter.Validation(rule: rule, column: index + 1, rows: 2...(rows + 1),
                                             errorTitle: message.title, error: message.message)
        }
    }

    /// A column's width: its header's display width and some room, 10 to 40 characters.
    private static func width(_ column: Column) -> Double {
        Double(min(40, max(10, DisplayWidth.of(column.header) + 2)))
    }

    /// A cell as CSV text.
    private static func text(of cell: WorkbookWriter.Cell) -> String {
        switch cell {
        case .empty: ""
        case .text(let text), .header(let text): text
        case .number(let value, _): plain(value)
        case .boolean(let flag): flag ? "TRUE" : "FALSE"
        }
    }
}
