/// A problem a user reads: where it is, when that is known, and what is wrong and what to do, in
/// Chinese and English.
///
/// Every layer's error conforms (TICReport words the errors of the layers that hold no prose), and
/// so do the warnings printed as a run proceeds; the CLI prints any of them through one function, as
/// compiler-style lines:
///
/// ```
/// reports/2023.csv:4:3: error: "rd_staff" must not be negative (-4); …   // fileLocation known
/// scheme.json: dimensions[0].weight: warning: …                        // place without a line
/// error: the workspace has 2 errors; run ticeval validate …            // no place
/// ```
public protocol LocalizedProblem: Sendable {
    /// Where the problem is in an input file (`path:line:column`), when it has such a place.
    var fileLocation: FileLocation? { get }
    /// What is printed before the label: by default ``fileLocation``; a file or a JSON path
    /// (`dimensions[0].weight`) for a problem placed otherwise; nil for a problem with no place.
    var place: String? { get }
    /// Whether the problem is only a warning: the run goes on and the data can be used.
    var isWarning: Bool { get }
    /// What is wrong and what to do, without the place or the label.
    func message(_ language: Language) -> String
    /// The lines to print: ``formatted(_:)`` by default; a problem that gathers several located
    /// problems gives one line each, each with its own place.
    func lines(_ language: Language) -> [String]
}

extension LocalizedProblem {
    public var place: String? { fileLocation?.description }
    public var isWarning: Bool { false }
    public func lines(_ language: Language) -> [String] { [formatted(language)] }

    /// `错误`/`error` or `警告`/`warning`.
    public func label(_ language: Language) -> String {
        isWarning ? language.pick("警告", "warning") : language.pick("错误", "error")
    }

    /// `place: error: message` (compiler style, `错误` in Chinese), or `error: message`
    /// (`错误：message`) for a problem with no place.
    public func formatted(_ language: Language) -> String {
        guard let place else { return label(language) + language.pick("：", ": ") + message(language) }
        return "\(place): \(label(language)): \(message(language))"
    }
}
