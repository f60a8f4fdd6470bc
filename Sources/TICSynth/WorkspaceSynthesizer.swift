import TICIngest
import Foundation
import TICSupport

/// Generates a synthetic, fictional evaluation workspace (Guides/DataContract.md): the
/// registry, one annual-report file per year, the previous cycle's outcomes, events and
/// service-recipient ratings, with realistic skewed and correlated values and a few documented
/// defects (``SyntheticFeatures``).
///
/// The output depends only on `centers`, `years`, `seed` and `csvOptions`: the same arguments give
/// byte-identical files on every platform (seeded ``Xoshiro256StarStar``, portable arithmetic,
/// no locale, no hash-order iteration).
///
/// ```swift
/// let synthesizer = WorkspaceSynthesizer(centers: 300, years: 2022...2024, seed: 20240101)
/// let files = synthesizer.files()            // ["centers.csv": [...], "reports/2022.csv": [...], …]
/// try synthesizer.write(to: URL(fileURLWithPath: "Datasets/sample"))
/// ```
public struct WorkspaceSynthesizer: Sendable {
    /// The number of centers of the bundled sample: 300.
    public static let defaultCenters = 300
    /// The construction cycle of the bundled sample: 2022–2024.
    public static let defaultYears = 2022...2024
    /// The seed of the bundled sample: 20240101.
    public static let defaultSeed: UInt64 = 20_240_101
    /// The fewest centers a workspace can have (room for the history and the feature centers).
    public static let minimumCenters = 20
    /// The longest cycle, in years.
    public static let maximumYears = 10

    /// The number of centers.
    public let centers: Int
    /// The report years (the construction cycle being evaluated).
    public let years: ClosedRange<Int>
    /// The seed.
    public let seed: UInt64
    /// Line ending and byte order mark of every file.
    public let csvOptions: CSVWriter.Options

    /// Describes a workspace to generate.
    ///
    /// - Precondition: `centers ≥ minimumCenters`; `years` has at most `maximumYears` years,
    ///   all in 1000…9999.
    public init(
        centers: Int = WorkspaceSynthesizer.defaultCenters,
        years: ClosedRange<Int> = WorkspaceSynthesizer.defaultYears,
        seed: UInt64 = WorkspaceSynthesizer.defaultSeed,
        csvOptions: CSVWriter.Options = CSVWriter.Options()
    ) {
        precondition(centers >= WorkspaceSynthesizer.minimumCenters, "a synthetic workspace needs at least \(WorkspaceSynthesizer.minimumCenters) centers, got \(centers)")
        precondition(years.count <= WorkspaceSynthesizer.maximumYears, "at most \(WorkspaceSynthesizer.maximumYears) years, got \(years.count)")
        precondition(years.lowerBound >= 1000 && years.upperBound <= 9999, "years must have four digits")
        self.centers = centers
        self.years = years
        self.seed = seed
        self.csvOptions = csvOptions
    }

    /// The relative paths of the files, in the order ``files()`` and ``write(to:)`` produce them:
    /// `centers.csv`, `reports/<year>.csv`…, `history.csv`, `events.csv`, `ratings.csv`.
    public var paths: [String] {
        ["centers.csv"] + years.map { "\(SyntheticWorkspace.reportsDirectory)/\($0).csv" } + ["history.csv", "events.csv", "ratings.csv"]
    }

    /// Every file of the workspace, keyed by its path relative to the workspace folder (`/`
    /// separated, e.g. `reports/2023.csv`).
    ///
    /// - Complexity: O(centers × years × columns); a fraction of a second for the default sample.
    public func files() -> [String: [UInt8]] {
        let workspace = SyntheticWorkspace(centerCount: centers, years: years, seed: seed)
        var result: [String: [UInt8]] = [:]
        result["centers.csv"] = CSVWriter.encode([SyntheticCenter.registryHeader] + workspace.centers.map(\.registryRow), options: csvOptions)
        let header = ["center_id", "year"] + workspace.columns.map(\.code)
        for (t, year) in workspace.years.enumerated() {
            result["\(SyntheticWorkspace.reportsDirectory)/\(year).csv"] = CSVWriter.encode([header] + workspace.reports[t], options: csvOptions)
        }
        result["history.csv"] = CSVWriter.encode([SyntheticWorkspace.historyHeader] + workspace.history, options: csvOptions)
        result["events.csv"] = CSVWriter.encode([SyntheticWorkspace.eventsHeader] + workspace.events, options: csvOptions)
        result["ratings.csv"] = CSVWriter.encode([SyntheticWorkspace.ratingsHeader] + workspace.ratings, options: csvOptions)
        return result
    }

    /// Where the deliberate features of this workspace are (the same generation as ``files()``).
    public func features() -> SyntheticFeatures {
        SyntheticWorkspace(centerCount: centers, years: years, seed: seed).features
    }

    /// Writes every file under `directory`, creating it and `reports/` as needed and replacing
    /// files of the same name; other files in the folder are left alone.
    ///
    /// - Returns: The relative paths written, in ``paths`` order.
    /// - Throws: The file system's error when a folder cannot be created or a file written.
    @discardableResult
    public func write(to directory: URL) throws -> [String] {
        let contents = files()
        let manager = FileManager.default
        try manager.createDirectory(at: directory.appendingPathComponent(SyntheticWorkspace.reportsDirectory), withIntermediateDirectories: true)
        for path in paths {
            try Data(contents[path]!).write(to: directory.appendingPathComponent(path), options: .atomic)
        }
        return paths
    }
}
