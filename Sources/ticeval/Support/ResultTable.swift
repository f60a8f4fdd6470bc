import TICIngest
import TICReport
import TICSupport

/// A researcher command's result as rows of named columns, written as CSV (full precision, shortest
/// round-trip `Double.description`), as JSON rows, or as a terminal table (fixed decimals).
struct ResultTable: Sendable {
    /// A cell.
    enum Value: Sendable, Hashable {
        /// Text, e.g. an alternative id.
        case text(String)
        /// A real number.
        case number(Double)
        /// A whole number, e.g. a rank.
        case integer(Int)

        /// The value in JSON.
        var json: JSONValue {
            switch self {
            case .text(let text): return .string(text)
            case .number(let number): return .number(number)
            case .integer(let integer): return .integer(integer)
            }
        }
    }

    /// Machine names of the columns: the CSV header and the JSON keys.
    let keys: [String]
    /// Column titles for the terminal table, Chinese then English.
    let titles: (zh: [String], en: [String])
    /// The rows, each with one value per key.
    let rows: [[Value]]

    /// RFC 4180 CSV with the `keys` header and numbers at full precision.
    func csv() -> String {
        var writer = CSVWriter()
        writer.writeRow(keys)
        for row in rows {
            writer.writeRow(row.map { value in
                switch value {
                case .text(let text): return text
                case .number(let number): return NumberText.shortest(number)
                case .integer(let integer): return String(integer)
                }
            })
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The rows as JSON objects keyed by `keys`.
    var jsonRows: JSONValue {
        .array(rows.map { row in .object(zip(keys, row).map { ($0, $1.json) }) })
    }

    /// An aligned table with `fractionDigits` decimals for real numbers.
    func table(_ language: Language, fractionDigits: Int = 4) -> String {
        var table = TextTable(header: language == .zh ? titles.zh : titles.en, rightAligned: numericColumns)
        for row in displayRows(fractionDigits: fractionDigits) { table.append(row) }
        return table.rendered()
    }

    /// The same table for a paper (LaTeX or .docx), with the terminal's decimals.
    func paper(_ title: String, language: Language, fractionDigits: Int = 4, notes: [String] = []) -> PaperTable {
        PaperTable(title: title, header: language == .zh ? titles.zh : titles.en,
                   rows: displayRows(fractionDigits: fractionDigits), rightAligned: numericColumns, notes: notes)
    }

    /// The columns of numbers and whole numbers (right-aligned).
    private var numericColumns: Set<Int> {
        Set(rows.first.map { row in
            row.indices.filter { if case .text = row[$0] { return false } else { return true } }
        } ?? [])
    }

    /// The rows as displayed: real numbers with `fractionDigits` decimals.
    private func displayRows(fractionDigits: Int) -> [[String]] {
        rows.map { row in
            row.map { value in
                switch value {
                case .text(let text): return text
                case .number(let number): return NumberText.fixed(number, fractionDigits: fractionDigits)
                case .integer(let integer): return String(integer)
                }
            }
        }
    }
}
