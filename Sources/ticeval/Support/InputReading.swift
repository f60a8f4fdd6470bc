import TICIngest
import TICReport
import TICSupport

/// Reads an input file; the problem that makes it unreadable is thrown (`TICEval.main()` prints it
/// at its location, exit status 1), and the diagnostics of a readable one go to standard error.
func readInput<File>(_ language: Language, diagnostics: (File) -> [Diagnostic],
                     _ read: () throws(IngestError) -> File) throws(IngestError) -> File {
    let file = try read()
    for diagnostic in diagnostics(file) { Console.report(diagnostic.problem, language: language) }
    return file
}
