/// Reads a ``TableSource`` the one way every workspace file is read: the first row is the header
/// (names trimmed, matched case-insensitively; empty and repeated names reported), required columns
/// are checked, unknown columns warned about, blank rows skipped, rows with the wrong number of
/// cells rejected, and every other row handed to `row` as ``Cells`` for its typed reads.
///
/// The reader keeps the problems it finds in separate lists (``Outcome``) so that each caller can
/// decide what a file that stops half-way leaves behind.
struct TableReader {
    /// What a file's header must and may hold.
    struct Columns {
        /// Names that must be present; without one of them no row is read.
        var required: [String]
        /// Whether header cell `index`, named `name` (non-empty, as written), is a column the reader
        /// expects; any other gets an ``IngestError/unknownColumn(_:name:)`` warning.
        var isKnown: (_ name: String, _ index: Int, _ header: CSVHeader) -> Bool
        /// What is still checked when a required column is missing (no row is read then).
        var withoutRequired: WithoutRequired = .rowShapes

        /// Columns known by their lower-case names.
        init(required: [String], known: Set<String>) {
            self.required = required
            self.isKnown = { name, _, _ in known.contains(name.lowercased()) }
        }

        init(required: [String], withoutRequired: WithoutRequired = .rowShapes,
             isKnown: @escaping (_ name: String, _ index: Int, _ header: CSVHeader) -> Bool) {
            self.required = required
            self.isKnown = isKnown
            self.withoutRequired = withoutRequired
        }
    }

    /// What a table missing a required column is still checked for.
    enum WithoutRequired {
        /// Each row's number of cells, not the unknown columns (the registry and the optional files).
        case rowShapes
        /// The unknown columns, not the rows (reports).
        case unknownColumns
    }

    /// What reading one table found.
    struct Outcome {
        /// The header, nil when the file has no row at all.
        var header: CSVHeader?
        /// The line of the header row.
        var headerLine = 1
        /// Whether the header has every required column (rows were read).
        var usable = false
        /// Data rows read (blank and all-empty rows are not counted).
        var rowsRead = 0
        /// Rows rejected: wrong number of cells, a required column missing, or refused by `row`.
        var rowsRejected = 0
        /// Empty and repeated header names, missing required columns, unknown columns.
        var headerProblems: [Diagnostic] = []
        /// Rows with the wrong number of cells, and each row's cell problems, in file order.
        var rowProblems: [Diagnostic] = []
        /// What the source noticed while splitting rows (stray quotes).
        var structural: [Diagnostic] = []
        /// The problem that stopped the reading (an unterminated quote), if any.
        var failure: IngestError?
    }

    /// Reads `source` against `columns`.
    ///
    /// - Parameters:
    ///   - header: called once with the header and its line, after the checks of the header.
    ///   - row: called for each data row with its cells; returns whether the row is used. Problems
    ///     it adds to ``Cells/problems`` go to ``Outcome/rowProblems``.
    /// - Complexity: one pass over the source; nothing is kept of a row but what `row` keeps.
    static func read(_ source: some TableSource, columns: Columns,
                     header onHeader: (_ header: CSVHeader, _ line: Int) -> Void = { _, _ in },
                     row body: (inout Cells) -> Bool) -> Outcome {
        var outcome = Outcome()
        var structural: [Diagnostic] = []
        let path = source.path
        do throws(IngestError) {
            try source.forEachRow(warnings: &structural) { row in
                guard let header = outcome.header else {
                    let header = CSVHeader(record: row, path: path, diagnostics: &outcome.headerProblems)
                    outcome.header = header
                    outcome.headerLine = row.line
                    outcome.usable = header.require(columns.required, path: path, line: row.line,
                                                    diagnostics: &outcome.headerProblems)
                    if outcome.usable || columns.withoutRequired == .unknownColumns {
                        for (i, name) in header.names.enumerated() where !name.isEmpty && !columns.isKnown(name, i, header) {
                            outcome.headerProblems.append(Diagnostic(.unknownColumn(row.location(i), name: name)))
                        }
                    }
                    onHeader(header, row.line)
                    return
                }
                if row.isBlank { return }
                outcome.rowsRead += 1
                guard outcome.usable || columns.withoutRequired == .rowShapes else {
                    outcome.rowsRejected += 1
                    return
                }
                if row.count != header.names.count {
                    outcome.rowProblems.append(Diagnostic(.fieldCount(row.location(0), expected: header.names.count, found: row.count)))
                    outcome.rowsRejected += 1
                    return
                }
                guard outcome.usable else {
                    outcome.rowsRejected += 1
                    return
                }
                var cells = Cells(row: row, header: header)
                let used = body(&cells)
                outcome.rowProblems.append(contentsOf: cells.problems)
                if !used { outcome.rowsRejected += 1 }
            }
        } catch {
            outcome.failure = error
        }
        outcome.structural = structural
        return outcome
    }
}
