/// Writes an .xlsx workbook: sheets of text, numbers and booleans, with frozen header rows, column
/// widths, number formats and data-validation lists; zipped by ``ZipWriter`` through the system zlib.
///
/// The bytes depend only on the content: no document properties (so no creation date), fixed zip
/// timestamps, shared strings numbered in order of first use. Text is always a string cell, never a
/// formula; text that a spreadsheet program would take for a formula when edited (`= + - @` first)
/// gets the `quotePrefix` style, which shows it as typed without adding a visible apostrophe.
///
/// ```swift
/// var sheet = WorkbookWriter.Sheet(name: "数据")
/// sheet.frozenRows = 1
/// sheet.rows = [[.text("中心编号"), .text("研发经费投入（万元）")], [.text("HN001"), .number(1234.5)]]
/// let bytes = WorkbookWriter(sheets: [sheet]).bytes()
/// ```
public struct WorkbookWriter: Sendable {
    /// One cell to write.
    public enum Cell: Sendable, Hashable {
        case empty
        case text(String)
        /// A number shown with `format` (an Excel format code such as `0.00` or `#,##0`; nil = General).
        /// A non-finite number is written as the error `#NUM!`, never as a made-up value.
        case number(Double, format: String? = nil)
        case boolean(Bool)
        /// Header text, shown bold.
        case header(String)
    }

    /// A data-validation rule on a block of cells.
    public struct Validation: Sendable, Hashable {
        public enum Rule: Sendable, Hashable {
            /// One of the listed values (a drop-down list).
            case list([String])
            /// A number ≥ `minimum`.
            case decimalAtLeast(Double)
            /// A whole number in `minimum...maximum`.
            case wholeNumber(Int, Int)
        }

        public var rule: Rule
        /// 1-based column.
        public var column: Int
        /// 1-based rows, inclusive.
        public var rows: ClosedRange<Int>
        /// Shown when a value breaks the rule (a short title and a sentence).
        public var errorTitle: String
        public var error: String

        public init(rule: Rule, column: Int, rows: ClosedRange<Int>, errorTitle: String, error: String) {
            self.rule = rule
            self.column = column
            self.rows = rows
            self.errorTitle = errorTitle
            self.error = error
        }
    }

    /// One sheet to write.
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[Cell]]
        /// Rows kept in view when scrolling (the header).
        public var frozenRows: Int
        /// Column widths in characters (0 or missing = the program's default).
        public var columnWidths: [Double]
        public var validations: [Validation]
        public var isHidden: Bool

        public init(name: String, rows: [[Cell]] = [], frozenRows: Int = 0, columnWidths: [Double] = [],
                    validations: [Validation] = [], isHidden: Bool = false) {
            self.name = name
            self.rows = rows
            self.frozenRows = frozenRows
            self.columnWidths = columnWidths
            self.validations = validations
            self.isHidden = isHidden
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// The workbook as .xlsx bytes.
    public func bytes() -> [UInt8] {
        var styles = StyleTable()
        var strings = SharedStrings()
        var sheets = self.sheets
        // A list longer than a validation formula may hold (255 characters) is kept on a hidden sheet.
        var lists: [[String]] = []
        var listReferences: [[String]: String] = [:]
        for sheet in sheets {
            for validation in sheet.validations {
                if case .list(let values) = validation.rule, Self.inlineList(values) == nil, listReferences[values] == nil {
                    lists.append(values)
                    let column = CellAddress.letters(lists.count)
                    listReferences[values] = "'_lists'!$\(column)$1:$\(column)$\(max(values.count, 1))"
                }
            }
        }
        if !lists.isEmpty {
            let height = lists.map(\.count).max() ?? 0
            let rows = (0..<height).map { row in lists.map { row < $0.count ? Cell.text($0[row]) : .empty } }
            sheets.append(Sheet(name: "_lists", rows: rows, isHidden: true))
        }
        var parts: [(String, [UInt8])] = []
        for (index, sheet) in sheets.enumerated() {
            let xml = Self.sheetXML(sheet, styles: &styles, strings: &strings, lists: listReferences)
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Array(xml.utf8)))
        }
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(Self.contentTypes(sheetCount: sheets.count).utf8))
        zip.add("_rels/.rels", Array(Self.packageRelationships.utf8))
        zip.add("xl/workbook.xml", Array(Self.workbookXML(sheets).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(Self.workbookRelationships(sheetCount: sheets.count).utf8))
        zip.add("xl/styles.xml", Array(styles.xml.utf8))
        zip.add("xl/sharedStrings.xml", Array(strings.xml.utf8))
        for (name, bytes) in parts { zip.add(name, bytes) }
        return zip.finish()
    }

    // MARK: Parts

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheetCount: Int) -> String {
        var xml = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        xml += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        for index in 1...max(sheetCount, 1) where index <= sheetCount {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return xml + "</Types>"
    }

    private static let packageRelationships = header
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static func workbookXML(_ sheets: [Sheet]) -> String {
        var xml = header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationshipNamespace)"><bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, sheet) in sheets.enumerated() {
            let state = sheet.isHidden ? #" state="hidden""# : ""
            xml += #"<sheet name="\#(escape(sheetName(sheet.name)))" sheetId="\#(index + 1)"\#(state) r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var xml = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in 0..<sheetCount {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        xml += #"<Relationship Id="rId\#(sheetCount + 2)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        return xml + "</Relationships>"
    }

    private static func sheetXML(_ sheet: Sheet, styles: inout StyleTable, strings: inout SharedStrings, lists: [[String]: String]) -> String {
        var xml = header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(relationshipNamespace)">"#
        xml += #"<sheetViews><sheetView workbookViewId="0">"#
        if sheet.frozenRows > 0 {
            let top = CellAddress(row: sheet.frozenRows + 1, column: 1)
            xml += #"<pane ySplit="\#(sheet.frozenRows)" topLeftCell="\#(top)" activePane="bottomLeft" state="frozen"/>"#
        }
        xml += "</sheetView></sheetViews>"
        let widths = sheet.columnWidths.enumerated().filter { $0.element > 0 }
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths {
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(number(width))" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let cells = row.enumerated().filter { $0.element != .empty }
            guard !cells.isEmpty else { continue }
            xml += #"<row r="\#(rowIndex + 1)">"#
            for (columnIndex, cell) in cells {
                let reference = CellAddress(row: rowIndex + 1, column: columnIndex + 1).description
                xml += cellXML(cell, reference: reference, styles: &styles, strings: &strings)
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.validations.isEmpty {
            xml += #"<dataValidations count="\#(sheet.validations.count)">"#
            for validation in sheet.validations {
                xml += validationXML(validation, lists: lists)
            }
            xml += "</dataValidations>"
        }
        return xml + "</worksheet>"
    }

    private static func cellXML(_ cell: Cell, reference: String, styles: inout StyleTable, strings: inout SharedStrings) -> String {
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            let style = Self.startsLikeFormula(text) ? styles.quotePrefix : 0
            let styleAttribute = style == 0 ? "" : #" s="\#(style)""#
            return #"<c r="\#(reference)"\#(styleAttribute) t="s"><v>\#(strings.index(text))</v></c>"#
        case .header(let text):
            return #"<c r="\#(reference)" s="\#(styles.header)" t="s"><v>\#(strings.index(text))</v></c>"#
        case .boolean(let flag):
            return #"<c r="\#(reference)" t="b"><v>\#(flag ? 1 : 0)</v></c>"#
        case .number(let value, let format):
            guard value.isFinite else { return #"<c r="\#(reference)" t="e"><v>#NUM!</v></c>"# }
            let style = format.map { styles.style(forFormat: $0) } ?? 0
            let styleAttribute = style == 0 ? "" : #" s="\#(style)""#
            return #"<c r="\#(reference)"\#(styleAttribute)><v>\#(number(value))</v></c>"#
        }
    }

    private static func validationXML(_ validation: Validation, lists: [[String]: String]) -> String {
        let column = CellAddress.letters(validation.column)
        let range = "\(column)\(validation.rows.lowerBound):\(column)\(validation.rows.upperBound)"
        let messages = #" allowBlank="1" showErrorMessage="1" errorTitle="\#(escape(validation.errorTitle))" error="\#(escape(validation.error))" sqref="\#(range)""#
        switch validation.rule {
        case .list(let values):
            let formula = inlineList(values) ?? lists[values] ?? "\"\""
            return #"<dataValidation type="list"\#(messages)><formula1>\#(escape(formula))</formula1></dataValidation>"#
        case .decimalAtLeast(let minimum):
            return #"<dataValidation type="decimal" operator="greaterThanOrEqual"\#(messages)><formula1>\#(number(minimum))</formula1></dataValidation>"#
        case .wholeNumber(let minimum, let maximum):
            return #"<dataValidation type="whole" operator="between"\#(messages)><formula1>\#(minimum)</formula1><formula2>\#(maximum)</formula2></dataValidation>"#
        }
    }

    /// Whether a spreadsheet program would take `text` for a formula once a user edits the cell:
    /// its first character is `= + - @` or their full-width forms.
    static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "=+-@＝＋－＠".unicodeScalars.contains(first)
    }

    /// `"a,b,c"` when the values fit a validation formula (255 characters, no comma or quote in a value).
    static func inlineList(_ values: [String]) -> String? {
        guard values.allSatisfy({ !$0.contains(",") && !$0.contains("\"") }) else { return nil }
        let joined = "\"" + values.joined(separator: ",") + "\""
        return joined.count <= 257 ? joined : nil
    }

    /// A sheet name Excel accepts: at most 31 characters, none of `: \ / ? * [ ]`.
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { ":\\/?*[]".contains($0) ? "_" : $0 })
        return String(cleaned.prefix(31))
    }

    /// The shortest decimal that reads back as `value`; integers without a decimal point.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Text for XML content and attributes: the five markup characters escaped; control characters
    /// (which XML 1.0 cannot hold) and a literal `_xHHHH_` written as OOXML's `_xHHHH_` escapes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "_" where OOXMLEscape.isEscape(scalars):
                out += "_x005F_"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += OOXMLEscape.encode(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// OOXML's escape of characters XML cannot hold in text: `_x000B_` for U+000B (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
enum OOXMLEscape {
    static func encode(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
    }

    /// Whether the scalars after an underscore are `xHHHH_` (so the underscore starts an escape).
    static func isEscape(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard rest.count >= 6 else { return false }
        let start = rest.startIndex
        guard rest[start] == "x", rest[start + 5] == "_" else { return false }
        return rest[(start + 1)...(start + 4)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// Text with every `_xHHHH_` replaced by its character.
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "_", isEscape(scalars) {
                let start = scalars.startIndex
                let hex = String(String.UnicodeScalarView(scalars[(start + 1)...(start + 4)]))
                if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) {
                    out.append(decoded)
                    scalars = scalars[(start + 6)...]
                    continue
                }
            }
            out.append(scalar)
        }
        return String(out)
    }
}

/// The styles a written workbook uses: 0 General, then header, quote-prefixed text and one style
/// per number format, in order of first use.
private struct StyleTable {
    private var formats: [String] = []

    let header = 1
    let quotePrefix = 2

    mutating func style(forFormat format: String) -> Int {
        if let index = formats.firstIndex(of: format) { return 3 + index }
        formats.append(format)
        return 2 + formats.count
    }

    var xml: String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        if !formats.isEmpty {
            xml += #"<numFmts count="\#(formats.count)">"#
            for (index, format) in formats.enumerated() {
                xml += #"<numFmt numFmtId="\#(164 + index)" formatCode="\#(WorkbookWriter.escape(format))"/>"#
            }
            xml += "</numFmts>"
        }
        xml += #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        xml += #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        xml += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        xml += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        xml += #"<cellXfs count="\#(3 + formats.count)">"#
        xml += #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        xml += #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        xml += #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>"#
        for index in formats.indices {
            xml += #"<xf numFmtId="\#(164 + index)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        }
        xml += "</cellXfs>"
        xml += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        return xml + "</styleSheet>"
    }
}

/// Shared strings numbered in order of first use.
private struct SharedStrings {
    private var index: [String: Int] = [:]
    private var ordered: [String] = []
    private var uses = 0

    mutating func index(_ text: String) -> Int {
        uses += 1
        if let existing = index[text] { return existing }
        index[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(uses)" uniqueCount="\#(ordered.count)">"#
        for text in ordered {
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? #" xml:space="preserve""# : ""
            xml += "<si><t\(preserve)>\(WorkbookWriter.escape(text))</t></si>"
        }
        return xml + "</sst>"
    }
}
