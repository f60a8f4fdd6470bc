import ArgumentParser
import TICIngest
import TICReport
import TICSupport

/// Reads an input file; an unreadable one prints its located diagnostic and exits with status 1,
/// and the diagnostics of a readable one go to standard error.
func readInput<File>(_ language: Language, diagnostics: (File) -> [Diagnostic],
                     _ read: () throws(IngestError) -> File) throws -> File {
    let file: File
    do { file = try read() } catch {
        Console.error(Diagnostic(error).formatted(language))
        throw ExitCode(1)
    }
    for diagnostic in diagnostics(file) { Console.error(diagnostic.formatted(language)) }
    return file
}
