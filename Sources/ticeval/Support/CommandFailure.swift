import TICIngest
import TICSupport

/// A problem a command found that no library type describes: a failure that stops it (exit status 1)
/// or a warning printed as it goes on, written to standard error as `path:line:column: error: message`
/// in the user's language (through ``Console/report(_:language:)`` like every other problem).
struct CommandFailure: Error, Sendable, Hashable, LocalizedProblem {
    /// Where the problem is; `nil` for a problem with no place in a file.
    var location: FileLocation?
    /// The file the problem is about when it has no line and column (a file that cannot be read).
    var file: String?
    /// The message in Chinese.
    var zh: String
    /// The message in English.
    var en: String
    /// Whether it is only a warning (the command goes on).
    var isWarning = false

    /// A failure at `location` with the message in both languages.
    init(_ location: FileLocation?, zh: String, en: String) {
        self.location = location
        self.zh = zh
        self.en = en
    }

    /// A problem with a whole file: printed as `file: error: message`.
    init(file: String, zh: String, en: String) {
        self.init(nil, zh: zh, en: en)
        self.file = file
    }

    /// A warning about a whole file: printed as `file: warning: message`.
    static func warning(file: String, zh: String, en: String) -> CommandFailure {
        var warning = CommandFailure(file: file, zh: zh, en: en)
        warning.isWarning = true
        return warning
    }

    /// A reading problem found by TICIngest.
    init(_ error: IngestError) {
        self.init(error.location, zh: error.message(.zh), en: error.message(.en))
        self.isWarning = error.isWarning
    }

    var fileLocation: FileLocation? { location }

    /// `path:line:column`, else the file, else none (`error: message`).
    var place: String? { location?.description ?? file }

    func message(_ language: Language) -> String { language.pick(zh, en) }
}
