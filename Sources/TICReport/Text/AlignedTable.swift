/// A plain-text table whose columns line up in a terminal, CJK text included (see ``DisplayWidth``).
///
/// Columns are separated by two spaces; a line of `-` under the header; trailing spaces trimmed.
///
/// ```swift
/// var table = AlignedTable(header: ["编号", "结论"], rightAligned: [])
/// table.append(["A01", "符合条件"])
/// print(table.rendered())
/// ```
public struct AlignedTable: Sendable {
    /// The header cells.
    public var header: [String]
    /// The indexes of the right-aligned (numeric) columns.
    public var rightAligned: Set<Int>
    /// The body rows; each has as many cells as the header.
    public private(set) var rows: [[String]] = []

    /// An empty table with the given header.
    public init(header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    /// Appends a row.
    ///
    /// - Precondition: `row.count == header.count`.
    public mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "a row has \(row.count) cells, the header \(header.count)")
        rows.append(row)
    }

    /// The table as text, every line ending with `\n`.
    ///
    /// - Complexity: O(total length of the cells).
    public func rendered() -> String {
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        var out = ""
        func line(_ cells: [String]) {
            var text = ""
            for (index, cell) in cells.enumerated() {
                if index > 0 { text += "  " }
                text += DisplayWidth.pad(cell, to: widths[index], trailing: rightAligned.contains(index))
            }
            while text.last == " " { text.removeLast() }
            out += text + "\n"
        }
        line(header)
        out += String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1)) + "\n"
        for row in rows { line(row) }
        return out
    }
}
