import TICIngest
import TICSupport

/// The rows of `rejected.csv`: `file,line,column,severity,message`, one per diagnostic whose data
/// was not used as written — every error (the row or file was refused), plus the warnings that
/// drop or replace data: an ignored file, an unknown column, a missing or empty annual report
/// (treated as missing, never as zero), a report row repeated in another file (counted once), rows
/// not checked because the registry could not be read. Warnings about data that was used (a stray quote, a
/// fractional count) are not listed. With the outputs, every input row is accounted for: it is
/// in the ranking, or imputed (see the center cards in `summary.json`), or listed here.
public enum RejectedTable {
    /// The header row, in the given language.
    public static func header(language: Language) -> [String] {
        language == .zh ? ["文件", "行", "列", "严重程度", "原因"] : ["file", "line", "column", "severity", "message"]
    }

    /// Whether a diagnostic means some input was not used as written.
    public static func isRejection(_ diagnostic: Diagnostic) -> Bool {
        if diagnostic.severity == .error { return true }
        switch diagnostic.problem {
        case .ignoredFile, .unknownColumn, .reportWithoutRows, .repeatedReport, .rowsNotChecked, .textInUnknownColumn: return true
        default: return false
        }
    }

    /// One row per rejecting diagnostic, in file, line and column order.
    /// - Complexity: O(*n* log *n*) in the number of diagnostics.
    public static func rows(_ diagnostics: [Diagnostic], language: Language) -> [[String]] {
        diagnostics.filter(isRejection).sorted().map { d in
            [d.location.path, String(d.location.line), String(d.location.column),
             language == .zh ? (d.severity == .error ? "错误" : "警告") : d.severity.rawValue,
             d.problem.message(language)]
        }
    }
}
