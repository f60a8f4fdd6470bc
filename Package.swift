// swift-tools-version:6.0
import PackageDescription

// Layers (arrows go one way): TICSupport (languages and localized-text helpers, file locations, number
// formatting, seeded generators, portable math) is the bottom that TICIngest and TICScoring share; TICIngest and TICScoring know nothing of each other;
// TICPolicy uses both; TICReport uses TICPolicy; the CLI uses all of them.
// Only TICScoring links BLAS: OpenBLAS on Linux, Accelerate on Apple platforms.
let blasLinking: [LinkerSetting] = [
    .linkedLibrary("openblas", .when(platforms: [.linux])),
    .linkedFramework("Accelerate", .when(platforms: [.macOS])),
]

let package = Package(
    name: "ticeval",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ticeval", targets: ["ticeval"]),
        .library(name: "TICSupport", targets: ["TICSupport"]),
        .library(name: "TICIngest", targets: ["TICIngest"]),
        .library(name: "TICSynth", targets: ["TICSynth"]),
        .library(name: "TICScoring", targets: ["TICScoring"]),
        .library(name: "TICPolicy", targets: ["TICPolicy"]),
        .library(name: "TICReport", targets: ["TICReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CBLAS",
            path: "Sources/CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        // The system zlib, for the .xlsx container (inflate, deflate, crc32).
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "TICSupport"),
        .target(name: "TICIngest", dependencies: ["TICSupport", "CZlib"]),
        .target(name: "TICScoring", dependencies: ["CBLAS", "TICSupport"], linkerSettings: blasLinking),
        // The synthetic, fictional workspace generator (ticeval synth, the bundled sample): beside the reader, not in it.
        .target(name: "TICSynth", dependencies: ["TICSupport", "TICIngest"]),
        .target(name: "TICPolicy", dependencies: ["TICSupport", "TICIngest", "TICScoring"]),
        .target(name: "TICReport", dependencies: ["TICSupport", "TICPolicy", "TICIngest", "TICScoring"]),
        .executableTarget(
            name: "ticeval",
            dependencies: [
                "TICSupport", "TICIngest", "TICSynth", "TICScoring", "TICPolicy", "TICReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ticeval-bench",
            dependencies: ["TICSupport", "TICIngest", "TICSynth", "TICScoring", "TICPolicy", "TICReport"],
            path: "Benchmarks/ticeval-bench"
        ),
        // Notebooks as runnable scripts: `swift run notebook-evaluation` and so on (see Notebooks/README.md).
        .executableTarget(name: "notebook-evaluation", dependencies: ["TICSupport", "TICIngest", "TICScoring", "TICPolicy", "TICReport"],
                          path: "Notebooks/01-evaluation-walkthrough", exclude: ["figures"]),
        .executableTarget(name: "notebook-weighting", dependencies: ["TICSupport", "TICIngest", "TICScoring", "TICPolicy", "TICReport"],
                          path: "Notebooks/02-weighting-schemes", exclude: ["figures"]),
        .executableTarget(name: "notebook-uncertainty", dependencies: ["TICSupport", "TICIngest", "TICScoring", "TICPolicy", "TICReport"],
                          path: "Notebooks/03-uncertainty-sensitivity", exclude: ["figures"]),
        // What the test targets share (fixture paths, temporary folders, tolerances, the seeded
        // generator, the CLI runner); only test targets depend on it, and it is no product.
        .target(name: "TICTestSupport", dependencies: ["TICSupport"], path: "Tests/TICTestSupport"),
        .testTarget(name: "TICIngestTests", dependencies: ["TICIngest", "TICSupport", "TICTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TICSynthTests", dependencies: ["TICSynth", "TICIngest", "TICSupport", "TICTestSupport"]),
        .testTarget(name: "TICScoringTests", dependencies: ["TICScoring", "TICTestSupport"]),
        .testTarget(name: "TICPolicyTests", dependencies: ["TICPolicy", "TICIngest", "TICScoring", "TICSupport", "TICTestSupport"]),
        .testTarget(name: "TICReportTests", dependencies: ["TICReport", "TICPolicy", "TICIngest", "TICSupport", "TICTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ticevalTests", dependencies: ["ticeval", "TICSupport", "TICSynth", "TICTestSupport"]),
    ]
)
