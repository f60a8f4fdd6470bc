import Foundation

/// Paths to the files the tests read from the checkout: the repository root, the bundled sample
/// workspace and the other files under `Datasets/`, and a test target's fixture folder.
///
/// Every path is derived from this file's location (`#filePath`), so the tests run from any
/// working directory and never depend on the CLI's sample locator.
public enum Fixtures {
    /// The repository root: two levels above `Tests/TICTestSupport/`.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Datasets/sample`, the committed workspace that `ticeval synth` writes with its defaults.
    public static var sampleWorkspace: URL { repository("Datasets/sample") }

    /// A file or folder under the repository root, e.g. `repository("Datasets/projects.csv")`.
    public static func repository(_ relativePath: String) -> URL {
        repositoryRoot.appendingPathComponent(relativePath)
    }

    /// A test target's `Fixtures` folder, e.g. `folder(of: "TICIngestTests")`, read in place (targets
    /// that declare it as a resource may also use `Bundle.module`).
    public static func folder(of testTarget: String) -> URL {
        repository("Tests/\(testTarget)/Fixtures")
    }
}
