import ArgumentParser
import TICIngest

/// `--cycle 2022-2024`: the years of an evaluation cycle, parsed once by ``CycleParser`` (also
/// `2022–2024`, `2022~2024`, `2022至2024`).
struct Cycle: Sendable, Hashable {
    /// The years, first to last.
    let years: ClosedRange<Int>

    /// Parses `FIRST-LAST`.
    /// - Throws: `ValidationError` (exit status 2) naming the text and the expected form.
    init(parsing text: String) throws {
        guard let years = CycleParser.parse(text) else {
            throw ValidationError("expected two years such as 2022-2024")
        }
        self.years = years
    }
}

/// `--cycle`, declared once for the commands that evaluate a workspace.
struct CycleOptions: ParsableArguments {
    @Option(help: "The evaluation cycle, e.g. 2022-2024. Default: the three latest report years.",
            transform: Cycle.init(parsing:))
    var cycle: Cycle?

    /// The years of `--cycle`, if given.
    var years: ClosedRange<Int>? { cycle?.years }
}
