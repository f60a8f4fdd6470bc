/// Writes a minimal Word document (.docx, WordprocessingML, ECMA-376 Part 1 §17): headings,
/// paragraphs and real tables (`w:tbl`) in three-line style (a rule above and below the header
/// row and below the last row, none between the rows), the header row repeated on every page.
/// Columns are as wide as their text; the A4 page turns landscape when a table would not fit
/// across a portrait one. Zipped by ``ZipWriter`` like ``WorkbookWriter``.
///
/// The bytes depend only on the content: no document properties (so no creation date), fixed zip
/// timestamps. Word, WPS and LibreOffice open it; `word/document.xml` holds the text.
public struct DocumentWriter: Sendable {
    /// A table: a header row, data rows, the columns whose cells are right-aligned (numbers) and
    /// the width of each column in terminal columns (a Chinese character counts two).
    public struct Table: Sendable, Hashable {
        public var header: [String]
        public var rows: [[String]]
        public var rightAligned: Set<Int>
        /// Widths in terminal columns; a missing or empty list gives every column the same share.
        public var columnWidths: [Int]

        public init(header: [String], rows: [[String]], rightAligned: Set<Int> = [], columnWidths: [Int] = []) {
            self.header = header
            self.rows = rows
            self.rightAligned = rightAligned
            self.columnWidths = columnWidths
        }
    }

    /// The text width of an A4 page less two 2.5 cm margins, in twentieths of a point: portrait,
    /// and landscape (used when a table is wider than a portrait page).
    static let portraitWidth = 9_070, landscapeWidth = 14_002
    /// Twentieths of a point per terminal column at 10.5 pt (a digit is about 0.6 em in the fonts
    /// Word and LibreOffice substitute; bold headers are wider), and the cell's side margins.
    static let columnTwips = 170, cellMargins = 240

    /// One block of the body, in order.
    public enum Block: Sendable, Hashable {
        /// A bold caption line (e.g. "Table 1. Weights").
        case heading(String)
        /// A plain paragraph (e.g. a note under a table).
        case paragraph(String)
        case table(Table)
    }

    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// The .docx file.
    public func bytes() -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(Self.contentTypes.utf8))
        zip.add("_rels/.rels", Array(Self.packageRelationships.utf8))
        zip.add("word/document.xml", Array(documentXML().utf8))
        zip.add("word/_rels/document.xml.rels", Array(Self.documentRelationships.utf8))
        zip.add("word/styles.xml", Array(Self.styles.utf8))
        return zip.finish()
    }

    /// `word/document.xml`.
    func documentXML() -> String {
        // A4 with 2.5 cm margins; landscape when a table would not fit across a portrait page.
        let landscape = blocks.contains { block in
            if case .table(let table) = block { return Self.naturalTwips(table).reduce(0, +) > Self.portraitWidth }
            return false
        }
        let width = landscape ? Self.landscapeWidth : Self.portraitWidth
        var xml = Self.header + #"<w:document xmlns:w="\#(Self.main)"><w:body>"#
        for block in blocks {
            switch block {
            case .heading(let text): xml += Self.paragraph(text, bold: true, spaceBefore: true)
            case .paragraph(let text): xml += Self.paragraph(text)
            case .table(let table): xml += Self.tableXML(table, textWidth: width)
            }
        }
        let page = landscape ? #"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"# : #"<w:pgSz w:w="11906" w:h="16838"/>"#
        xml += "<w:sectPr>" + page
            + #"<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>"#
        return xml + "</w:body></w:document>"
    }

    // MARK: Parts

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private static let contentTypes = header
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + "</Types>"

    private static let packageRelationships = header
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + "</Relationships>"

    private static let documentRelationships = header
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + "</Relationships>"

    /// Times New Roman for Latin text and SimSun (宋体) for Chinese, 10.5 pt (五号), as Chinese
    /// journals ask of tables.
    private static let styles = header
        + #"<w:styles xmlns:w="\#(main)"><w:docDefaults><w:rPrDefault><w:rPr>"#
        + #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/>"#
        + #"<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>"#
        + #"<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
        + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#
        + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#
        + #"<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        + "</w:styles>"

    private static func paragraph(_ text: String, bold: Bool = false, right: Bool = false, spaceBefore: Bool = false) -> String {
        var xml = "<w:p>"
        if right { xml += #"<w:pPr><w:jc w:val="right"/></w:pPr>"# }
        if spaceBefore { xml += #"<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/></w:pPr>"# }
        guard !text.isEmpty else { return xml + "</w:p>" }
        xml += "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "")
        return xml + #"<w:t xml:space="preserve">"# + escape(text) + "</w:t></w:r></w:p>"
    }

    /// A three-line table: top and bottom rules 1.5 pt, the rule under the header 0.75 pt.
    private static func tableXML(_ table: Table, textWidth: Int) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        let widths = twips(table, columns: columns, textWidth: textWidth)
        // CT_TblPr's children in the schema's order (ECMA-376 Part 1, 17.4.60): Word refuses others.
        var xml = "<w:tbl><w:tblPr>"
        xml += #"<w:tblW w:w="\#(widths.reduce(0, +))" w:type="dxa"/><w:jc w:val="center"/>"#
        xml += #"<w:tblBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="000000"/>"#
        xml += #"<w:bottom w:val="single" w:sz="12" w:space="0" w:color="000000"/></w:tblBorders>"#
        xml += #"<w:tblLayout w:type="fixed"/>"#
        xml += #"<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>"#
        xml += "</w:tblPr><w:tblGrid>"
        for width in widths { xml += #"<w:gridCol w:w="\#(width)"/>"# }
        xml += "</w:tblGrid>"
        xml += #"<w:tr><w:trPr><w:tblHeader/></w:trPr>"#
        for index in 0..<columns {
            let text = index < table.header.count ? table.header[index] : ""
            xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(widths[index])" w:type="dxa"/><w:tcBorders><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:tcBorders></w:tcPr>"#
            xml += paragraph(text, bold: true, right: table.rightAligned.contains(index)) + "</w:tc>"
        }
        xml += "</w:tr>"
        for row in table.rows {
            xml += "<w:tr>"
            for index in 0..<columns {
                xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(widths[index])" w:type="dxa"/></w:tcPr>"#
                xml += paragraph(index < row.count ? row[index] : "", right: table.rightAligned.contains(index)) + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// Column widths in twentieths of a point: each column's text width plus the cell margins,
    /// scaled down together when the table would be wider than `textWidth`.
    private static func twips(_ table: Table, columns: Int, textWidth: Int) -> [Int] {
        guard columns > 0 else { return [] }
        guard table.columnWidths.count == columns else { return Array(repeating: textWidth / columns, count: columns) }
        let natural = naturalTwips(table)
        let total = natural.reduce(0, +)
        return total <= textWidth ? natural : natural.map { $0 * textWidth / total }
    }

    /// Each column's text width plus the cell margins, unscaled.
    private static func naturalTwips(_ table: Table) -> [Int] {
        table.columnWidths.map { max($0, 1) * columnTwips + cellMargins }
    }

    /// Text for `w:t`: the markup characters escaped; control characters, which XML 1.0 cannot
    /// hold, become spaces (a tab or line break inside a cell reads as a space).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let entity = entities[scalar] {
                out += entity
            } else if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                out += " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"]
}
