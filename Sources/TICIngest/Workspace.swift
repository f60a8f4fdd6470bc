/// An evaluation workspace read from a folder (Guides/DataContract.md), with every problem found.
public struct Workspace: Sendable {
    /// The folder as the user named it.
    public var root: String
    /// The registry, in file order (rejected rows left out).
    public var centers: [Center] = []
    /// The annual reports by year, ascending.
    public var reports: [AnnualReport] = []
    /// Earlier outcomes (`history.csv`), empty when the file is absent.
    public var history: [HistoryRecord] = []
    /// Events (`events.csv`), empty when the file is absent.
    public var events: [EventRecord] = []
    /// Service-recipient ratings (`ratings.csv`), empty when the file is absent.
    public var ratings: [RatingRecord] = []
    /// Every input file read, in the order read.
    public var files: [InputFile] = []
    /// Every problem found, sorted by file, line and column.
    public var diagnostics: [Diagnostic] = []
    /// The cycle the workspace was checked for (the three latest report years unless given).
    public var cycle: ClosedRange<Int>?

    /// An empty workspace rooted at `root` (the loader fills it; tests and tools may build one by hand).
    public init(root: String) { self.root = root }

    /// The path of a file of the workspace as diagnostics name it, e.g. `ws/centers.csv`.
    public func path(of name: String) -> String {
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        return base.isEmpty ? name : "\(base)/\(name)"
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The center with this id.
    public func center(_ id: String) -> Center? { centers.first { $0.id == id } }

    /// The report of `year`, if there is one.
    public func report(year: Int) -> AnnualReport? { reports.first { $0.year == year } }

    /// The years with a report file, ascending.
    public var years: [Int] { reports.map(\.year) }

    /// Data rows read in all files.
    public var rowsRead: Int { files.reduce(0) { $0 + $1.rowsRead } }

    /// Data rows rejected in all files.
    public var rowsRejected: Int { files.reduce(0) { $0 + $1.rowsRejected } }
}
