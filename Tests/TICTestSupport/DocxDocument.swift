import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The tables, paragraphs and a few properties of a WordprocessingML `document.xml`, read with
/// Foundation's XMLParser (independently of the writer).
public final class DocxDocument: NSObject, XMLParserDelegate {
    /// Each table's rows of cell texts, the header row first.
    public private(set) var tables: [[[String]]] = []
    /// The text of every non-empty paragraph outside the tables.
    public private(set) var paragraphs: [String] = []
    /// Rows marked to repeat as a header on every page (`w:tblHeader`).
    public private(set) var repeatedHeaderRows = 0
    /// Table cells whose paragraph is right-aligned.
    public private(set) var rightAlignedCells = 0
    private var row: [String]? = nil, cell: String? = nil, paragraph = "", inText = false

    /// Parses `xml`, the text of `word/document.xml`.
    public init(xml: Data) throws {
        super.init()
        let parser = XMLParser(data: xml)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    public func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                       attributes: [String: String] = [:]) {
        switch name {
        case "w:tbl": tables.append([])
        case "w:tr": row = []
        case "w:tc": cell = ""
        case "w:tblHeader": repeatedHeaderRows += 1
        case "w:jc" where cell != nil && attributes["w:val"] == "right": rightAlignedCells += 1
        case "w:p": paragraph = ""
        case "w:t": inText = true
        default: break
        }
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            if cell != nil { cell! += paragraph } else if !paragraph.isEmpty { paragraphs.append(paragraph) }
        case "w:tc": row?.append(cell ?? ""); cell = nil
        case "w:tr": tables[tables.count - 1].append(row ?? []); row = nil
        default: break
        }
    }
}
