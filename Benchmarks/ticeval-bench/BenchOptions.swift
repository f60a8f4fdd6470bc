import Foundation

/// Command-line options of `ticeval-bench` (the bench has no ArgumentParser dependency).
struct BenchOptions {
    /// Smaller sizes and fewer runs, for CI: well under a minute.
    var quick = false
    /// Where inputs and `results.json` go.
    var dataDirectory: String?
    /// Internal: parse this CSV once and print memory figures (the child process of the ingestion case).
    var ingestChild: String?
    /// Internal: time the shipped report reader on this file (one warm-up, three runs) and print the median
    /// seconds; `peers.py` alternates it with `pandas.read_csv` so both meet the same machine load.
    var ingestTime: String?
    /// Internal: load this workspace folder a few times (for profiling the loader with `perf record`).
    var loadOnly: String?
    /// Only these groups (`ingest`, `scoring`, `mc`, `evaluate`); all when empty. For profiling one
    /// workload; `peers.py` then times only the peers of the cases present.
    var groups: Set<String> = []
    /// Internal: worker threads of the Monte Carlo case (default 2, the cores of the target
    /// machine); 1 gives a per-core figure that other load on the machine disturbs less.
    var monteCarloThreads = 2
    static let groupNames = ["ingest", "scoring", "mc", "evaluate"]

    static let usage = """
        usage: ticeval-bench [--quick] [--data DIR] [--only GROUP[,GROUP...]]
          --quick       small sizes, few runs (CI); writes to .build/bench-data-quick
          --data DIR    folder for the generated inputs and results.json (default .build/bench-data)
          --only LIST   only these groups: ingest, scoring, mc, evaluate (default: all)
        """

    /// Parses `arguments` (without the program name); nil after printing usage.
    static func parse(_ arguments: [String]) -> BenchOptions? {
        var options = BenchOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--quick": options.quick = true
            case "--data":
                guard let value = rest.popFirst() else { return nil }
                options.dataDirectory = value
            case "--only":
                guard let value = rest.popFirst() else { return nil }
                let names = value.split(separator: ",").map { String($0) }
                guard !names.isEmpty, names.allSatisfy(groupNames.contains) else { return nil }
                options.groups.formUnion(names)
            case "--mc-threads":
                guard let value = rest.popFirst(), let threads = Int(value), threads > 0 else { return nil }
                options.monteCarloThreads = threads
            case "--ingest-time":
                guard let value = rest.popFirst() else { return nil }
                options.ingestTime = value
            case "--load-only":
                guard let value = rest.popFirst() else { return nil }
                options.loadOnly = value
            case "--ingest-child":
                guard let value = rest.popFirst() else { return nil }
                options.ingestChild = value
            default:
                return nil
            }
        }
        return options
    }

    /// The sizes of a run.
    struct Sizes {
        var csvRows: Int
        var csvColumns = 30
        /// Decision-matrix rows: `small`, `large`.
        var small: Int
        var large: Int
        var criteria = 64
        var monteCarloSamples: Int
        var syntheticCenters: Int
        /// Kept runs of a fast case (≤ 0.1 s) and of a slow one.
        var fastRepeats: Int
        var slowRepeats: Int
    }

    var sizes: Sizes {
        quick
            ? Sizes(csvRows: 10_000, small: 200, large: 1_000, monteCarloSamples: 1_000,
                    syntheticCenters: 1_000, fastRepeats: 5, slowRepeats: 2)
            : Sizes(csvRows: 100_000, small: 1_000, large: 10_000, monteCarloSamples: 10_000,
                    syntheticCenters: 10_000, fastRepeats: 21, slowRepeats: 5)
    }
}
