/// A plain-text table for terminals: columns aligned by display width (CJK = 2 cells), numbers
/// right-aligned, optional ANSI colour per cell.
public struct TextTable: Sendable {
    /// How a column is aligned.
    public enum Alignment: Sendable { case left, right }

    /// A column: its title and alignment.
    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        public init(_ title: String, _ alignment: Alignment = .left) { self.title = title; self.alignment = alignment }
    }

    /// A cell: its text and an optional ANSI SGR colour code (e.g. `"32"` for green).
    public struct Cell: Sendable, ExpressibleByStringLiteral {
        public var text: String
        public var color: String?
        public init(_ text: String, color: String? = nil) { self.text = text; self.color = color }
        public init(stringLiteral value: String) { self.init(value) }
    }

    public var columns: [Column]
    public private(set) var rows: [[Cell]] = []

    public init(columns: [Column]) { self.columns = columns }

    /// A table with these titles; the columns in `rightAligned` (numbers) are right-aligned.
    public init(header: [String], rightAligned: Set<Int> = []) {
        self.columns = header.enumerated().map { Column($1, rightAligned.contains($0) ? .right : .left) }
    }

    /// Appends a row of plain cells.
    public mutating func append(_ row: [String]) { rows.append(row.map { Cell($0) }) }

    /// The table without colour, every line ending with a newline.
    public func rendered() -> String { render() + "\n" }

    /// Appends a row (missing cells are blank).
    public mutating func append(_ row: [Cell]) { rows.append(row) }

    /// The table as lines of text; colours only when `colored` is true.
    public func render(colored: Bool = false, maximumColumnWidth: Int = 48) -> String {
        var widths = columns.map { DisplayWidth.of($0.title) }
        let cellsText = rows.map { row in row.map { DisplayWidth.truncated(sanitized($0.text), to: maximumColumnWidth) } }
        for row in cellsText {
            for (i, text) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(text)) }
        }
        func pad(_ text: String, _ i: Int) -> String {
            let fill = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(text)))
            return columns[i].alignment == .right ? fill + text : text + fill
        }
        var lines: [String] = []
        lines.append(columns.indices.map { pad(columns[$0].title, $0) }.joined(separator: "  ").trailingSpacesRemoved)
        lines.append(String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1)))
        for (r, row) in cellsText.enumerated() {
            var parts: [String] = []
            for i in columns.indices {
                let text = i < row.count ? row[i] : ""
                var cell = pad(text, i)
                if colored, i < rows[r].count, let color = rows[r][i].color { cell = "\u{1B}[\(color)m\(cell)\u{1B}[0m" }
                parts.append(cell)
            }
            lines.append(parts.joined(separator: "  ").trailingSpacesRemoved)
        }
        return lines.joined(separator: "\n")
    }

    /// Control characters (line breaks, escapes) would break the layout or the terminal: shown as spaces.
    private func sanitized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
