import TICIngest
import TICSupport

/// A problem with an input file that stops a researcher command (exit status 1), printed to
/// standard error as `path:line:column: error: message` in the user's language.
struct CommandFailure: Error, Sendable, Hashable {
    /// Where the problem is; `nil` for a problem with no place in a file.
    var location: FileLocation?
    /// The file the problem is about when it has no line and column (a file that cannot be read).
    var file: String?
    /// The message in Chinese.
    var zh: String
    /// The message in English.
    var en: String

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

    /// A reading problem found by TICIngest.
    init(_ error: IngestError) {
        self.init(error.location, zh: error.message(.zh), en: error.message(.en))
    }

    /// `path:line:column: error: message` (`错误` in Chinese), `file: error: message` for a whole
    /// file, or `error: message` with no location.
    func formatted(_ language: Language) -> String {
        let label = language.pick("错误", "error")
        let message = language.pick(zh, en)
        if let location { return "\(location): \(label): \(message)" }
        if let file { return "\(file): \(label): \(message)" }
        return "\(label): \(message)"
    }
}
