import TICIngest

/// A result table for a paper: a title, a header row, rows of text as the terminal shows them
/// (numbers already rounded for display) and notes under the table. Rendered as LaTeX with
/// booktabs (``latex(_:)``) or as a Word document (``docx(_:)``); the CSV files keep the full
/// precision.
public struct PaperTable: Sendable, Hashable {
    /// The caption, e.g. "Criterion weights (entropy)".
    public var title: String
    public var header: [String]
    /// Display text, one cell per header column.
    public var rows: [[String]]
    /// Columns whose cells are right-aligned (numbers, ranks).
    public var rightAligned: Set<Int>
    /// Lines printed under the table (e.g. λmax, CI and CR of an AHP matrix).
    public var notes: [String]

    public init(title: String, header: [String], rows: [[String]], rightAligned: Set<Int>, notes: [String] = []) {
        self.title = title
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
        self.notes = notes
    }

    /// `tables` as one Word document: each table under its title in bold, its notes below it.
    /// The same tables give the same bytes.
    public static func docx(_ tables: [PaperTable]) -> [UInt8] {
        var blocks: [DocumentWriter.Block] = []
        for table in tables {
            blocks.append(.heading(table.title))
            let widths = table.header.indices.map { column in
                ([table.header] + table.rows).map { $0.indices.contains(column) ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
            }
            blocks.append(.table(DocumentWriter.Table(header: table.header, rows: table.rows, rightAligned: table.rightAligned,
                                                      columnWidths: widths)))
            blocks += table.notes.map { .paragraph($0) }
        }
        return DocumentWriter(blocks: blocks).bytes()
    }
}
