/// Whether terminal output is coloured: `--color auto|always|never`.
///
/// `auto` colours only when standard output is a terminal and `NO_COLOR` is unset or empty
/// (https://no-color.org); `always` forces colour (a command-line choice overrides `NO_COLOR`);
/// `never` turns it off.
public enum ColorChoice: String, Sendable, Hashable, CaseIterable {
    /// Colour on a terminal unless `NO_COLOR` is set.
    case auto
    /// Always colour.
    case always
    /// Never colour.
    case never

    /// Whether to colour, given whether stdout is a terminal and the environment.
    public func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
