import Foundation

/// Writing to standard error, and whether standard output is a terminal.
enum Console {
    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Whether standard output is an interactive terminal.
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Whether standard error is an interactive terminal (progress bars go there).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}
