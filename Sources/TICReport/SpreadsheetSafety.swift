import TICIngest

/// Neutralizes CSV cells a spreadsheet would execute (OWASP "CSV Injection"): a cell that starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return and is not a number gets a leading `'`,
/// which Excel shows as text and does not evaluate. Numbers such as `-3.5` stay as they are.
public enum SpreadsheetSafety {
    /// The cell, safe to open in a spreadsheet.
    public static func neutralized(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        switch first {
        case "=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠":
            if case .value = NumberParser.parse(cell), first != "=" , first != "@" { return cell }
            return "'" + cell
        default:
            return cell
        }
    }
}
