import Foundation
import TICIngest
import TICReport
import TICSupport

/// Standard output and standard error: the one place the CLI writes them.
///
/// Both are written straight to their file descriptors (after flushing what `print` may have
/// buffered, such as ArgumentParser's help, so the order is kept). Every error on standard output is
/// checked: a result that cannot be written (a full disk, a closed pipe, `> /dev/full`) is a
/// ``CommandFailure`` (exit status 1), never a truncated file with status 0. Standard error is
/// written without checks: a diagnostic that cannot be shown must not stop the command or trap.
enum Console {
    /// Writes `text` to standard output.
    /// - Throws: ``CommandFailure`` saying why standard output could not be written.
    static func write(_ text: String) throws(CommandFailure) {
        try flushStandardOutput()
        let code = writeAll(text, to: STDOUT_FILENO)
        if code != 0 { throw outputFailure(code) }
    }

    /// Writes `text` and a newline to standard output (see ``write(_:)``).
    static func writeLine(_ text: String) throws(CommandFailure) { try write(text + "\n") }

    /// Writes bytes (UTF-8 text) to standard output (see ``write(_:)``).
    static func write(bytes: [UInt8]) throws(CommandFailure) {
        try write(String(decoding: bytes, as: UTF8.self))
    }

    /// Flushes what the C library buffers for standard output (text written with `print`).
    /// - Throws: ``CommandFailure`` when that write fails.
    static func flushStandardOutput() throws(CommandFailure) {
        if fflush(nil) != 0 { throw outputFailure(errno) }
    }

    /// Prints a problem to standard error, one line per located problem (`path:line:column: error:
    /// message`): the one way failures and warnings reach the user. `file` names the file a problem
    /// placed by a JSON path is in (`scheme.json: dimensions[0]: error: …`).
    static func report(_ problem: any LocalizedProblem, language: Language, in file: String? = nil) {
        let prefix = file.map { "\($0): " } ?? ""
        for line in problem.lines(language) { note(prefix + line) }
    }

    /// Writes a line to standard error (a note such as the list of outputs; problems go through
    /// ``report(_:language:in:)``); a failure to write it is ignored.
    static func note(_ line: String) {
        writeToStandardError(line + "\n")
    }

    /// Writes text to standard error as it is (a progress bar's `\r` redraw); failures are ignored.
    static func writeToStandardError(_ text: String) {
        _ = writeAll(text, to: STDERR_FILENO)
    }

    /// Writes all of `text` to `descriptor`, retrying short writes and interruptions.
    /// - Returns: 0, or the `errno` of the write that failed.
    private static func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes -> Int32 in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                offset += written
            }
            return 0
        }
    }

    /// Whether standard output is an interactive terminal.
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Whether standard error is an interactive terminal (progress bars go there).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// The failure to write standard output, with the system's reason in plain words.
    static func outputFailure(_ code: Int32) -> CommandFailure {
        let reason = SystemErrorText(code: code)
        return CommandFailure(nil, zh: "无法写入标准输出：\(reason.message(.zh))；输出不完整",
                              en: "cannot write to standard output: \(reason.message(.en)); the output is incomplete")
    }
}

/// `write(2)`, named apart from ``Console/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

