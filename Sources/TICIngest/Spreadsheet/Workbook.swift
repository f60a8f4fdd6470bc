import TICSupport

/// Why an .xlsx workbook could not be read.
public enum WorkbookProblem: Error, Sendable, Hashable {
    /// The zip container could not be read (or is an .xls/.et compound document).
    case container(ZipProblem)
    /// A part's XML could not be read.
    case xml(XMLProblem)
    /// The container has no `xl/workbook.xml`: a zip file, but not an Excel workbook.
    case notAWorkbook
    /// Every sheet is hidden.
    case noVisibleSheet
    /// The sheet named by the mapping is not in the workbook.
    case sheetNotFound(String, available: [String])
    /// A cell reference (`r="…"`) that is not an A1 address, or a row number out of order.
    case badCellReference(sheet: String, reference: String)
}

/// A cell's address in A1 notation: column letters, then the 1-based row.
public struct CellAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1-based row.
    public var row: Int
    /// 1-based column (A = 1).
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `F7`, `AB12` (letters then digits, nothing else).
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 → A, 27 → AA.
    public static func letters(_ column: Int) -> String { FileLocation.columnLetters(column) }

    /// `F7`.
    public var description: String { Self.letters(column) + String(row) }

    public static func < (a: CellAddress, b: CellAddress) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// A cell's value as the workbook stores it.
public enum SpreadsheetValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    case boolean(Bool)
    /// A number shown with a date or time format: the serial day count (1900 system; a 1904
    /// workbook's serials are shifted to it).
    case date(Double)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)
    /// A formula whose result the file does not store (written by a program that does not
    /// calculate): the value is unknown until a spreadsheet program recalculates and saves.
    case formulaWithoutValue
}

/// One non-empty cell.
public struct SpreadsheetCell: Sendable, Hashable {
    public var column: Int
    public var value: SpreadsheetValue
    /// The number format code when the cell has one other than General (e.g. `000000`, `0.00`).
    public var format: String?

    /// The text a spreadsheet program displays for the cell, as far as ticeval needs it: text as
    /// is; a number in its shortest exact form (integers without a decimal point), or zero-padded
    /// when its format is all zeros (`000123` shown for 123 under `000000`); dates as `yyyy-mm-dd`;
    /// TRUE/FALSE; errors as their code.
    public var displayedText: String {
        switch value {
        case .text(let text): return text
        case .boolean(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let code): return code
        case .formulaWithoutValue: return ""
        case .date(let serial): return Self.isoDate(serial) ?? Self.numberText(serial)
        case .number(let number):
            if let format, !format.isEmpty, format.allSatisfy({ $0 == "0" }), number >= 0, number < 1e15,
               number == number.rounded() {
                let digits = String(Int64(number))
                return String(repeating: "0", count: max(0, format.count - digits.count)) + digits
            }
            return Self.numberText(number)
        }
    }

    static func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    /// `yyyy-mm-dd` of a 1900-system serial day (Excel's day 60 is the nonexistent 1900-02-29).
    static func isoDate(_ serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        var day = Int(serial.rounded(.down))
        if day > 60 { day -= 1 } else if day == 60 { return "1900-02-29" }
        // Day 1 is 1900-01-01, so day d is 25,568 days before d = 25,568 (1970-01-01).
        return civil(daysSinceEpoch: day - 25_568)
    }

    /// The proleptic Gregorian date `days` after 1970-01-01.
    static func civil(daysSinceEpoch days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}

/// One row of a sheet: its 1-based number and its non-empty cells in column order.
public struct SpreadsheetRow: Sendable, Hashable {
    public var number: Int
    public var cells: [SpreadsheetCell]
}

/// A merged range, e.g. `A1:C1`.
public struct MergedRange: Sendable, Hashable {
    public var first: CellAddress
    public var last: CellAddress
}

/// One sheet as read: its rows and merged ranges.
public struct Worksheet: Sendable {
    public var name: String
    public var rows: [SpreadsheetRow]
    public var merged: [MergedRange]
}

/// An .xlsx workbook read from memory: the sheet list, shared strings and number formats; sheets
/// are read on demand.
///
/// ```swift
/// let workbook = try Workbook(bytes: Array(data))
/// let sheet = try workbook.worksheet(named: nil)      // the first visible sheet
/// for row in sheet.rows { print(row.number, row.cells.map(\.displayedText)) }
/// ```
public struct Workbook: Sendable {
    /// A sheet of the workbook as listed in `xl/workbook.xml`.
    public struct Sheet: Sendable, Hashable {
        public var name: String
        /// `hidden` or `veryHidden` sheets are never read unless named.
        public var isHidden: Bool
        var part: String
    }

    /// The sheets in workbook order.
    public let sheets: [Sheet]
    let archive: ZipArchive
    let sharedStrings: [String]
    /// Number format code of each cell style index (nil = General or a non-date built-in).
    let styleFormats: [String?]
    /// Whether each cell style shows numbers as dates or times.
    let styleIsDate: [Bool]
    let date1904: Bool

    /// Opens the workbook: reads the sheet list, shared strings and styles.
    /// - Throws: ``WorkbookProblem``.
    public init(bytes: [UInt8], limits: ZipLimits = .standard) throws(WorkbookProblem) {
        let archive: ZipArchive
        do { archive = try ZipArchive(bytes: bytes, limits: limits) } catch { throw .container(error) }
        self.archive = archive
        guard archive.contains("xl/workbook.xml") else { throw .notAWorkbook }
        do { try archive.checkTotal(archive.entries.map(\.name)) } catch { throw .container(error) }
        let workbook = try Self.part(archive, "xl/workbook.xml")
        let relationships = archive.contains("xl/_rels/workbook.xml.rels")
            ? try Self.relationships(try Self.part(archive, "xl/_rels/workbook.xml.rels"), part: "xl/_rels/workbook.xml.rels")
            : [:]
        var sheets: [Sheet] = []
        var date1904 = false
        do {
            try XMLScanner(part: "xl/workbook.xml", bytes: workbook).scan { event throws(XMLProblem) in
                guard case .start(let element) = event else { return }
                if element.name == "workbookPr", let flag = element["date1904"] { date1904 = flag == "1" || flag == "true" }
                guard element.name == "sheet", let name = element["name"] else { return }
                let state = element["state"] ?? "visible"
                let target = element["id"].flatMap { relationships[$0] } ?? "worksheets/sheet\(sheets.count + 1).xml"
                sheets.append(Sheet(name: name, isHidden: state != "visible", part: Self.resolve(target)))
            }
        } catch { throw .xml(error) }
        self.sheets = sheets
        self.date1904 = date1904
        sharedStrings = archive.contains("xl/sharedStrings.xml")
            ? try Self.sharedStrings(try Self.part(archive, "xl/sharedStrings.xml"))
            : []
        if archive.contains("xl/styles.xml") {
            (styleFormats, styleIsDate) = try Self.styles(try Self.part(archive, "xl/styles.xml"))
        } else {
            (styleFormats, styleIsDate) = ([], [])
        }
    }

    /// The sheet named `name`, or the first visible sheet when `name` is nil.
    /// - Throws: ``WorkbookProblem/sheetNotFound(_:available:)``, ``WorkbookProblem/noVisibleSheet``,
    ///   or a problem reading the sheet's part.
    public func worksheet(named name: String?) throws(WorkbookProblem) -> Worksheet {
        let sheet: Sheet
        if let name {
            guard let found = sheets.first(where: { $0.name == name }) else {
                throw .sheetNotFound(name, available: sheets.map(\.name))
            }
            sheet = found
        } else {
            guard let first = sheets.first(where: { !$0.isHidden }) else { throw .noVisibleSheet }
            sheet = first
        }
        return try read(sheet)
    }

    private func read(_ sheet: Sheet) throws(WorkbookProblem) -> Worksheet {
        let bytes = try Self.part(archive, sheet.part)
        var rows: [SpreadsheetRow] = []
        var merged: [MergedRange] = []
        var row = SpreadsheetRow(number: 0, cells: [])
        var inRow = false
        var inCell = false
        var cellColumn = 0
        var cellType = "n"
        var cellStyle = 0
        var hasFormula = false
        var value: String?
        var collecting = false        // inside <v> or an inline string's <t>
        var phonetic = 0              // depth inside <rPh>
        var inline: String?
        var bad: String?
        do {
            try XMLScanner(part: sheet.part, bytes: bytes).scan { event throws(XMLProblem) in
                switch event {
                case .start(let element):
                    switch element.name {
                    case "row":
                        let number = element["r"].flatMap { Int($0) } ?? row.number + 1
                        if number <= row.number || number > 1_048_576 { bad = bad ?? (element["r"] ?? "?") }
                        row = SpreadsheetRow(number: number, cells: [])
                        inRow = true
                    case "c":
                        if let reference = element["r"] {
                            if let address = CellAddress(reference), address.row == row.number,
                               address.column > (row.cells.last?.column ?? 0) {
                                cellColumn = address.column
                            } else {
                                bad = bad ?? reference
                                cellColumn = (row.cells.last?.column ?? 0) + 1
                            }
                        } else {
                            cellColumn = (row.cells.last?.column ?? 0) + 1
                        }
                        inCell = true
                        cellType = element["t"] ?? "n"
                        cellStyle = element["s"].flatMap { Int($0) } ?? 0
                        hasFormula = false
                        value = nil
                        inline = nil
                    case "v": collecting = true; value = ""
                    case "f": hasFormula = true
                    case "is": inline = ""
                    case "t": collecting = inline != nil && phonetic == 0
                    case "rPh": phonetic += 1
                    case "mergeCell":
                        if let reference = element["ref"] {
                            let parts = reference.split(separator: ":")
                            if parts.count == 2, let first = CellAddress(parts[0]), let last = CellAddress(parts[1]) {
                                merged.append(MergedRange(first: first, last: last))
                            }
                        }
                    default: break
                    }
                case .text(let text):
                    guard collecting else { return }
                    if inline != nil, value == nil { inline! += text } else { value = (value ?? "") + text }
                case .end(let name):
                    switch name {
                    case "v", "t": collecting = false
                    case "rPh": phonetic -= 1
                    case "c":
                        // A cell is kept once, inside a row (a stray or nested end tag adds nothing).
                        guard inRow, inCell else { return }
                        inCell = false
                        if let cell = makeCell(column: cellColumn, type: cellType, style: cellStyle,
                                               value: value, inline: inline, formula: hasFormula) {
                            row.cells.append(cell)
                        }
                    case "row":
                        if inRow, !row.cells.isEmpty { rows.append(row) }
                        inRow = false
                        inCell = false
                    default: break
                    }
                }
            }
        } catch { throw .xml(error) }
        if let bad { throw .badCellReference(sheet: sheet.name, reference: bad) }
        return Worksheet(name: sheet.name, rows: rows, merged: merged)
    }

    private func makeCell(column: Int, type: String, style: Int, value: String?, inline: String?, formula: Bool) -> SpreadsheetCell? {
        let format = style < styleFormats.count ? styleFormats[style] : nil
        let cellValue: SpreadsheetValue
        switch type {
        case "s":
            guard let index = value.flatMap({ Int($0.xmlTrimmed) }), index >= 0, index < sharedStrings.count else { return nil }
            cellValue = .text(sharedStrings[index])
        case "inlineStr":
            cellValue = .text(OOXMLEscape.decode(inline ?? value ?? ""))
        case "str":
            guard let value else { return formula ? SpreadsheetCell(column: column, value: .formulaWithoutValue, format: nil) : nil }
            cellValue = .text(OOXMLEscape.decode(value))
        case "b":
            guard let value else { return nil }
            cellValue = .boolean(value.xmlTrimmed == "1")
        case "e":
            cellValue = .error(value ?? "#VALUE!")
        case "d":
            cellValue = .text(value ?? "")
        default:
            guard let text = value?.xmlTrimmed, !text.isEmpty else {
                return formula ? SpreadsheetCell(column: column, value: .formulaWithoutValue, format: nil) : nil
            }
            guard let number = Double(text) else { cellValue = .text(text); break }
            let isDate = style < styleIsDate.count && styleIsDate[style]
            cellValue = isDate ? .date(date1904 ? number + 1462 : number) : .number(number)
        }
        if case .text(let text) = cellValue, text.isEmpty { return nil }
        return SpreadsheetCell(column: column, value: cellValue, format: format)
    }

    // MARK: Parts

    private static func part(_ archive: ZipArchive, _ name: String) throws(WorkbookProblem) -> [UInt8] {
        do { return try archive.contents(of: name) } catch { throw .container(error) }
    }

    /// `xl/worksheets/sheet1.xml` from a relationship target (relative to `xl/`, or absolute).
    static func resolve(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    private static func relationships(_ bytes: [UInt8], part: String) throws(WorkbookProblem) -> [String: String] {
        var targets: [String: String] = [:]
        do {
            try XMLScanner(part: part, bytes: bytes).scan { event throws(XMLProblem) in
                if case .start(let element) = event, element.name == "Relationship",
                   let id = element["Id"], let target = element["Target"] {
                    targets[id] = target
                }
            }
        } catch { throw .xml(error) }
        return targets
    }

    private static func sharedStrings(_ bytes: [UInt8]) throws(WorkbookProblem) -> [String] {
        var strings: [String] = []
        var current = ""
        var collecting = false
        var phonetic = 0
        do {
            try XMLScanner(part: "xl/sharedStrings.xml", bytes: bytes).scan { event throws(XMLProblem) in
                switch event {
                case .start(let element):
                    switch element.name {
                    case "si": current = ""
                    case "t": collecting = phonetic == 0
                    case "rPh": phonetic += 1
                    default: break
                    }
                case .text(let text): if collecting { current += text }
                case .end(let name):
                    switch name {
                    case "t": collecting = false
                    case "rPh": phonetic -= 1
                    case "si": strings.append(OOXMLEscape.decode(current))
                    default: break
                    }
                }
            }
        } catch { throw .xml(error) }
        return strings
    }

    /// Each cell style's format code and whether it shows dates: `cellXfs` in order, formats from
    /// `numFmts` or the built-in table.
    private static func styles(_ bytes: [UInt8]) throws(WorkbookProblem) -> ([String?], [Bool]) {
        var custom: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellXfs = false
        do {
            try XMLScanner(part: "xl/styles.xml", bytes: bytes).scan { event throws(XMLProblem) in
                switch event {
                case .start(let element):
                    if element.name == "numFmt", let id = element["numFmtId"].flatMap({ Int($0) }), let code = element["formatCode"] {
                        custom[id] = code
                    } else if element.name == "cellXfs" {
                        inCellXfs = true
                    } else if inCellXfs, element.name == "xf" {
                        formatIDs.append(element["numFmtId"].flatMap { Int($0) } ?? 0)
                    }
                case .end(let name): if name == "cellXfs" { inCellXfs = false }
                case .text: break
                }
            }
        } catch { throw .xml(error) }
        let formats = formatIDs.map { id -> String? in custom[id] ?? NumberFormats.builtIn[id] }
        let isDate = formatIDs.map { id -> Bool in
            if let code = custom[id] { return NumberFormats.isDate(code) }
            return NumberFormats.builtInDates.contains(id)
        }
        return (formats, isDate)
    }
}

/// What ticeval needs to know of Excel's number formats.
enum NumberFormats {
    /// Built-in format ids whose codes matter for display (General and dates are handled apart).
    static let builtIn: [Int: String] = [1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 49: "@"]
    /// Built-in ids that show dates or times (ECMA-376 §18.8.30, with the East Asian ids 27–36 and 50–58).
    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether a format code shows a date or time: after removing quoted text, escaped characters
    /// and bracketed sections (colors, conditions, locales — but not elapsed-time `[h]`), it holds
    /// one of y m d h s.
    static func isDate(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var bracket = ""
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    if bracket.allSatisfy({ "hms".contains($0) }), !bracket.isEmpty { return true }
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": inQuote = true
            case "[": inBracket = true; bracket = ""
            case "y", "m", "d", "h", "s": return true
            default: break
            }
        }
        return false
    }
}

extension String {
    fileprivate var xmlTrimmed: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\n" || first == "\t" || first == "\r" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\n" || last == "\t" || last == "\r" { text.removeLast() }
        return String(text)
    }
}
